import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { ensureManagedNeo4j, removeManagedInstance, type ManagedNeo4j } from '../../src/managed-neo4j/index.js';
import { startTestService, type TestService } from '../support/service.js';

/** Polls until `check` holds or `ms` pass; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`condition not reached within ${ms} ms`);
}

describe('when Neo4j goes away and comes back', () => {
  // A managed instance of its own, so stopping it touches nothing else.
  const opts = { dataDir: loadConfig().dataDir, instance: 'outage-test', onProgress: () => {} };
  let db: ManagedNeo4j;
  let t: TestService;

  before(async () => {
    await removeManagedInstance(opts);
    db = await ensureManagedNeo4j(opts);
    t = await startTestService({ env: { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password } });
    await t.gql('mutation { createIssue(input: { id: "issue:still-here", question: "Still here?" }) { id } }');
  });
  after(async () => {
    await t?.close();
    await removeManagedInstance(opts);
  });

  const ready = async () => (await fetch(`${t.url}/readyz`)).status === 200;

  it('is ready while the database is up', async () => {
    assert.equal(await ready(), true);
    const body = (await (await fetch(`${t.url}/readyz`)).json()) as { ready: boolean };
    assert.equal(body.ready, true);
  });

  it('turns /readyz false, answers SERVICE_UNAVAILABLE quickly, keeps /healthz up, and recovers by itself', async () => {
    await db.stop();
    await within(10_000, async () => !(await ready()));
    const started = Date.now();
    const r = await t.gql('{ issues { totalCount } }', {}, null);
    const took = Date.now() - started;
    assert.equal(r.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', JSON.stringify(r.errors));
    assert.ok(took < 15_000, `answered after ${took} ms`);
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
    const write = await t.gql('mutation { createIssue(input: { question: "During the outage?" }) { id } }');
    assert.equal(write.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');

    db = await ensureManagedNeo4j(opts);
    await within(60_000, ready);
    const back = await t.gql<{ issue: { question: string } | null }>('{ issue(id: "issue:still-here") { question } }', {}, null);
    assert.equal(back.errors, undefined, JSON.stringify(back.errors));
    assert.equal(back.data?.issue?.question, 'Still here?');
  });
});
