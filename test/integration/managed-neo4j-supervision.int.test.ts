// A managed Neo4j whose java dies (SIGKILL) is restarted by its keeper, and the service using it recovers
// by itself: measured from the kill to the first answered query.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateDebate } from '../../src/cli/generate.js';
import { loadConfig, REPO_ROOT } from '../../src/config.js';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import {
  ensureManagedNeo4j,
  managedInstancePaths,
  managedNeo4jStatus,
  removeManagedInstance,
  type ManagedNeo4j,
} from '../../src/managed-neo4j/index.js';
import { alive, processesOf, within } from '../support/processes.js';
import { startTestService, type TestService } from '../support/service.js';

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

  it('killed during a batched import, it comes back and the import run again ends with every item, once', async () => {
    const doc = generateDebate({ claims: 1500, seed: 7 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'argmap-import-kill-'));
    const file = path.join(dir, 'debate.json');
    writeFileSync(file, JSON.stringify(doc));
    const env = { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NODE_ENV: 'test' };
    const importOnce = (onLine: (line: string) => void = () => {}) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'argmap.js'), 'import', '--batch-size', '250', file], {
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => chunk.split('\n').forEach(onLine));
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? 1));
      });
    try {
      await t.service.backend.repos.database.deleteEverything();
      // Kill java once three batches have committed, while the import goes on.
      let batches = 0;
      let killed = -1;
      const first = await importOnce((line) => {
        if (/: \d+\/\d+$/.test(line.trim()) && ++batches === 3 && killed < 0) {
          killed = db.pid;
          process.kill(killed, 'SIGKILL');
        }
      });
      assert.ok(killed > 0, 'java was killed during the import');
      process.stderr.write(`  the interrupted import exited with ${first}\n`);
      // Whether it waited out the restart or failed, running it again completes it.
      const started = Date.now();
      while ((await fetch(`${t.url}/readyz`)).status !== 200) {
        assert.ok(Date.now() - started < 5 * 60_000, 'the database came back');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.equal(await importOnce(), 0, 'the import run again succeeds');
      assert.deepEqual(await t.service.backend.repos.database.counts(), expectedCounts(doc));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is stopped, not restarted, when its users go', async () => {
    const pid = db.pid;
    await t.close();
    await db.stop();
    assert.equal(alive(pid), false);
    assert.equal((await managedNeo4jStatus(opts)).running, false);
    // Nothing of the instance is left that could start it again: no keeper, no java.
    await within(10_000, () => processesOf(managedInstancePaths(opts).home).length === 0);
    assert.equal((await managedNeo4jStatus(opts)).running, false, 'nothing came back');
  });
});

/** The nodes and relationships a graph document makes in an empty database. */
function expectedCounts(doc: GraphDocument): { nodes: number; relationships: number } {
  const nodes =
    doc.issues.length +
    doc.actors.length +
    doc.sources.length +
    doc.provisions.length +
    doc.claims.length +
    doc.arguments.length +
    doc.assertions.length;
  const relationships =
    doc.affiliations.length +
    doc.provisions.filter((p) => p.partOfId).length +
    doc.arguments.reduce((n, a) => n + a.premiseIds.length + (a.conclusionId || a.targetArgumentId ? 1 : 0), 0) +
    doc.assertions.reduce((n, a) => n + 2 + (a.sourceId ? 1 : 0) + (a.previousIds?.length ?? 0), 0) +
    doc.citations.length +
    doc.positions.length;
  return { nodes, relationships };
}
