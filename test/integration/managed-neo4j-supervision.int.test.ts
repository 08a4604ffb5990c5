// A managed Neo4j whose java dies (SIGKILL) is restarted by its keeper, and the service using it recovers
// by itself: measured from the kill to the first answered query.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import {
  ensureManagedNeo4j,
  managedInstancePaths,
  managedNeo4jStatus,
  removeManagedInstance,
  type ManagedNeo4j,
} from '../../src/managed-neo4j/index.js';
import { startTestService, type TestService } from '../support/service.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a managed Neo4j that dies', { timeout: 10 * 60_000 }, () => {
  const opts = { dataDir: loadConfig().dataDir, instance: 'supervision-test', onProgress: () => {} };
  let db: ManagedNeo4j;
  let t: TestService;
  let coldStartMs = 0;

  before(async () => {
    await removeManagedInstance(opts);
    const started = Date.now();
    db = await ensureManagedNeo4j(opts);
    coldStartMs = Date.now() - started;
    t = await startTestService({ env: { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password } });
    const created = await t.gql('mutation { createIssue(input: { id: "issue:survives", question: "Does it survive?" }) { id } }');
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  });
  after(async () => {
    await t?.close().catch(() => {}); // the last test closes it already
    await db?.stop();
    await removeManagedInstance(opts);
  });

  it('is restarted by its keeper, logged, and the service answers again by itself', async () => {
    const killed = db.pid;
    const killedAt = Date.now();
    process.kill(killed, 'SIGKILL');

    let readyMs = -1;
    let answeredMs = -1;
    while (Date.now() - killedAt < 5 * 60_000) {
      if (readyMs < 0 && (await fetch(`${t.url}/readyz`)).status === 200 && db.pid !== killed) readyMs = Date.now() - killedAt;
      if (readyMs >= 0) {
        const r = await t.gql<{ issue: { question: string } | null }>('{ issue(id: "issue:survives") { question } }', {}, null);
        if (r.errors === undefined) {
          assert.equal(r.data?.issue?.question, 'Does it survive?');
          answeredMs = Date.now() - killedAt;
          break;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The measurement, for the record: a cold start of this instance, and kill-to-answer.
    process.stderr.write(
      `  cold start ${coldStartMs} ms; SIGKILL to /readyz 200 ${readyMs} ms; to the first answered query ${answeredMs} ms\n`,
    );
    assert.ok(answeredMs > 0, 'the service answered again');
    // 15 s on a quiet machine; a restart is a start (plus recovery), so on a busy one it may take as long as a cold start.
    const bound = Math.max(15_000, 1.5 * coldStartMs);
    assert.ok(answeredMs < bound, `answered after ${answeredMs} ms, bound ${bound} ms`);

    assert.equal(alive(killed), false);
    assert.notEqual(db.pid, killed, 'the handle follows the new java');
    const status = await managedNeo4jStatus(opts);
    assert.deepEqual([status.running, status.state, status.restarts, status.pid], [true, 'running', 1, db.pid]);
    const log = readFileSync(path.join(managedInstancePaths(opts).home, 'logs', 'keeper.log'), 'utf8');
    assert.match(log, /java exited \(signal SIGKILL\) unexpectedly: restarting in 0\.5 s \(attempt 1\)/);
    assert.match(log, new RegExp(`java pid ${db.pid} answers on Bolt again`));
  });

  it('is stopped, not restarted, when its users go', async () => {
    const pid = db.pid;
    await t.close();
    await db.stop();
    assert.equal(alive(pid), false);
    assert.equal((await managedNeo4jStatus(opts)).running, false);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // four keeper polls
    assert.equal((await managedNeo4jStatus(opts)).running, false, 'nothing came back');
  });
});
