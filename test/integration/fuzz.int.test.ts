import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { formatReport, runFuzz, type FuzzReport } from '../../bench/lib/fuzz/run.js';
import { startSeededService, type FuzzService } from '../../bench/lib/fuzz/service.js';

/**
 * `npm run fuzz` on a reduced budget: the same corpus and checks, against the compiled service
 * (NODE_ENV=production, a process of its own) over the test database reset to the seed debate.
 */
describe('the fuzz, a reduced corpus', () => {
  let service: FuzzService;
  let report: FuzzReport;
  const HEALTHZ_MS = 1_000;

  before(async () => {
    const conn = loadConfig().neo4j;
    if (!conn) throw new Error('NEO4J_URI is not set: run the tests with `npm test`, which starts a test database');
    service = await startSeededService({ conn, log: () => {} });
    report = await runFuzz({
      url: service.url,
      keys: service.keys,
      production: true,
      requests: 300,
      seconds: 30,
      concurrency: 6,
      seed: 26,
      healthzLimitMs: HEALTHZ_MS,
      deadlineMs: 20_000,
      writers: 20,
      log: () => {},
    });
  });
  after(() => service?.stop());

  it('sent every category, the 20 concurrent writes included', () => {
    for (const [category, n] of Object.entries(report.sent)) assert.ok(n > 0, `no ${category} request was sent`);
    assert.equal(report.writes.succeeded, 20, formatReport(report, HEALTHZ_MS));
  });

  it('no 5xx, no hang, every error with a catalog code and no internal detail, nothing changed but the writes', () => {
    assert.equal(report.total, 0, formatReport(report, HEALTHZ_MS));
  });

  it('revision numbers stay consecutive: one per successful write, the newest listed is current', () => {
    const { before: was, after: now, newestListed, consecutive } = report.revisions;
    assert.equal(now.count - was.count, report.writes.succeeded);
    assert.equal(now.current - was.current, report.writes.succeeded);
    assert.equal(newestListed, now.current);
    assert.ok(consecutive);
  });
});
