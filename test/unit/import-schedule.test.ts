import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GROUP_LIMIT_FACTOR, scheduleMapBatches, type MapBatch, type ScheduledArgument } from '../../src/domain/import-schedule.js';
import { generateDebate } from '../../src/cli/generate.js';

const arg = (id: string, premiseIds: string[], conclusionId: string | null, targetArgumentId: string | null = null): ScheduledArgument => ({
  id,
  premiseIds,
  conclusionId,
  targetArgumentId,
});

/** Checks the two rules of a schedule; returns in which batch each claim and argument went. */
function check(claims: string[], args: ScheduledArgument[], batches: MapBatch[]) {
  const claimAt = new Map<string, number>();
  const argAt = new Map<string, number>();
  batches.forEach((b, n) => {
    for (const i of b.claims) claimAt.set(claims[i]!, n);
    for (const i of b.arguments) argAt.set(args[i]!.id, n);
  });
  assert.equal(claimAt.size, claims.length, 'every claim once');
  assert.equal(argAt.size, args.length, 'every argument once');
  for (const a of args) {
    const at = argAt.get(a.id)!;
    for (const p of a.premiseIds) if (claimAt.has(p)) assert.ok(claimAt.get(p)! <= at, `${a.id}: premise ${p} written after it`);
    if (a.conclusionId && claimAt.has(a.conclusionId)) assert.ok(claimAt.get(a.conclusionId)! <= at, `${a.id}: conclusion after it`);
    if (a.targetArgumentId && argAt.has(a.targetArgumentId)) assert.ok(argAt.get(a.targetArgumentId)! <= at, `${a.id}: target after it`);
  }
  return { claimAt, argAt };
}

describe('import schedule', () => {
  it('writes an argument with its premises, before or with its conclusion; a claim with the arguments it is a premise of', () => {
    const claims = ['c0', 'c1', 'c2', 'c3', 'c4'];
    // c1 and c2 linked premises of a concluding in c0; c3 rebuts c0; b undercuts a; c4 and c0 rebut each other.
    const args = [
      arg('a', ['c1', 'c2'], 'c0'),
      arg('r', ['c3'], 'c0'),
      arg('b', ['c4'], null, 'a'),
      arg('m1', ['c4'], 'c0'),
      arg('m2', ['c0'], 'c4'),
    ];
    const batches = scheduleMapBatches(claims, args, 2);
    const { claimAt, argAt } = check(claims, args, batches);
    // The linked premises go with their argument, and the mutual rebuttal is one transaction.
    assert.equal(claimAt.get('c1'), argAt.get('a'));
    assert.equal(claimAt.get('c2'), argAt.get('a'));
    assert.equal(claimAt.get('c0'), claimAt.get('c4'));
    assert.equal(argAt.get('m1'), argAt.get('m2'));
  });

  it('splits a component too large for one transaction and keeps every argument whole', () => {
    // A ring of rebuttals: every claim needed by the next, one component of 2n items.
    const n = 60;
    const claims = Array.from({ length: n }, (_, i) => `c${i}`);
    const args = claims.map((c, i) => arg(`a${i}`, [c], claims[(i + 1) % n]!));
    const batchSize = 10;
    const batches = scheduleMapBatches(claims, args, batchSize);
    check(claims, args, batches);
    assert.ok(2 * n > batchSize * GROUP_LIMIT_FACTOR);
    assert.ok(
      batches.every((b) => b.claims.length + b.arguments.length <= batchSize),
      batches.map((b) => b.claims.length + b.arguments.length).join(),
    );
  });

  it('keeps a generated map in batches of the size asked, each argument with its premises and conclusion', () => {
    const doc = generateDebate({ claims: 2000, seed: 3 });
    const batches = scheduleMapBatches(
      doc.claims.map((c) => c.id),
      doc.arguments,
      500,
    );
    check(
      doc.claims.map((c) => c.id),
      doc.arguments,
      batches,
    );
    const largest = Math.max(...batches.map((b) => b.claims.length + b.arguments.length));
    assert.ok(largest <= 500 * GROUP_LIMIT_FACTOR, `${largest}`);
  });
});
