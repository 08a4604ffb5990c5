import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { DEADLINE_MARGIN_MS } from '../../src/db/executor.js';
import { ensureManagedNeo4j, removeManagedInstance, type ManagedNeo4j } from '../../src/managed-neo4j/index.js';
import { startTestService, type GqlResult, type TestService } from '../support/service.js';

const TIMEOUT_MS = 3_000;
/** What a request may take with the database frozen: the transaction timeout, the client's margin, and scheduling on a busy machine. */
const BOUND_MS = TIMEOUT_MS + DEADLINE_MARGIN_MS + 3_000;

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

describe('when Neo4j freezes (SIGSTOP) and thaws', () => {
  // A managed instance of its own, so freezing it touches nothing else.
  const opts = { dataDir: loadConfig().dataDir, instance: 'freeze-test', onProgress: () => {} };
  let db: ManagedNeo4j;
  let t: TestService;

  before(async () => {
    await removeManagedInstance(opts);
    db = await ensureManagedNeo4j(opts);
    t = await startTestService({
      env: { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, ARGMAP_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) },
    });
    // A server just started plans its first write cold; on a busy machine that can pass the short
    // timeout this test sets, so the setup write is tried until it goes in (it is not under test).
    let made = await t.gql('mutation { createIssue(input: { id: "issue:frozen", question: "Still here?" }) { id } }');
    for (let attempt = 1; attempt < 10 && made.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'; attempt += 1) {
      made = await t.gql('mutation { createIssue(input: { id: "issue:frozen", question: "Still here?" }) { id } }');
    }
    assert.equal(made.errors, undefined, JSON.stringify(made.errors));
  });
  after(async () => {
    if (db) process.kill(db.pid, 'SIGCONT');
    await t?.close();
    await removeManagedInstance(opts);
  });

  it('answers every request within the bound with SERVICE_UNAVAILABLE, then fails fast, and resumes on its own', async () => {
    process.kill(db.pid, 'SIGSTOP');
    const ask = () => timed(t.gql('{ issue(id: "issue:frozen") { question } }', {}, null));
    const first = await Promise.all([ask(), ask(), ask(), ask()]);
    for (const { value, ms } of first) {
      assert.equal(value.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', JSON.stringify(value.errors));
      assert.ok(ms < BOUND_MS, `answered after ${Math.round(ms)} ms`);
    }
    // Known to be down: refused without waiting for the database again.
    const next = await ask();
    assert.equal(next.value.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
    assert.ok(next.ms < first.reduce((min, r) => Math.min(min, r.ms), Infinity), `a known outage took ${Math.round(next.ms)} ms`);
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);

    process.kill(db.pid, 'SIGCONT');
    const thawed = performance.now();
    let back: GqlResult<{ issue: { question: string } | null }>;
    for (;;) {
      back = await t.gql<{ issue: { question: string } | null }>('{ issue(id: "issue:frozen") { question } }', {}, null);
      if (!back.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const resumed = performance.now() - thawed;
    assert.equal(back.data?.issue?.question, 'Still here?');
    assert.ok(resumed < 2_000 + DEADLINE_MARGIN_MS, `resumed ${Math.round(resumed)} ms after SIGCONT`);
  });
});
