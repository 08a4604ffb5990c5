import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { defaultEvaluationMemoryMB, loadConfig } from '../../src/config.js';
import type { Executor } from '../../src/db/executor.js';
import type { Statement } from '../../src/db/statement.js';
import * as evaluation from '../../src/db/statements/evaluation.js';
import * as revision from '../../src/db/statements/revision.js';
import type { MapItems } from '../../src/domain/evaluation/live-map.js';
import { EvaluationCache, EvaluationRepository } from '../../src/repositories/evaluation.js';
import { EvaluationCaches, estimateCacheBytes } from '../../src/repositories/evaluation-caches.js';

/** A chain of `n` claims, each attacking the one before: claim 0 is OUT when n is even. */
function chain(mapId: string, n: number): MapItems {
  const claim = (i: number) => `claim:${mapId}-${i}`;
  return {
    claims: Array.from({ length: n }, (_, i) => [claim(i), `Claim ${i} of ${mapId}, in a few words.`] as const),
    arguments: Array.from(
      { length: n - 1 },
      (_, i) => [`argument:${mapId}-${i}`, 'ATTACK', 'REBUT', [claim(i + 1)], claim(i), null] as const,
    ),
    assertions: Array.from({ length: n }, (_, i) => [`assertion:${mapId}-${i}`, 'actor:x', null, claim(i), null] as const),
    positions: [[claim(0), 'issue:q', 'PRO']],
  };
}

/**
 * A database holding one map, as the evaluation statements read it: the revision, the whole map
 * (counted, and held back while `gate` is pending), and for time travel the node documents.
 */
function fakeDatabase(items: MapItems) {
  const db = {
    epoch: 'e1',
    revision: 1,
    wholeReads: 0,
    gate: null as Promise<void> | null,
    executor: {
      read: <P, R>(statement: Statement<P, R>): Promise<R[]> => {
        if (statement === (evaluation.findRevision as unknown)) return Promise.resolve([{ epoch: db.epoch, revision: db.revision }] as R[]);
        if (statement === (revision.findEvaluationDocuments as unknown)) {
          const rows = items.claims.map(([id, text]) => ({
            id,
            label: 'Claim',
            props: [{ key: 'text', type: 'String', value: text }],
            out: [],
          }));
          return Promise.resolve(rows as R[]);
        }
        if (statement === (revision.findStatesAfter as unknown)) return Promise.resolve([]);
        // No change log: a kept map is brought forward by reading it whole.
        if (statement === (evaluation.findMapChanges as unknown)) return Promise.resolve([]);
        throw new Error(`not in the fake database: ${statement.name}`);
      },
      stream: async <P, R, T>(statement: Statement<P, R>, _params: P, consume: (rows: AsyncIterable<R>) => Promise<T>): Promise<T> => {
        assert.equal(statement, evaluation.findMap);
        db.wholeReads += 1;
        await db.gate;
        async function* rows() {
          yield { kind: 'revision', item: [db.epoch, db.revision] };
          for (const item of items.claims) yield { kind: 'claim', item };
          for (const item of items.arguments) yield { kind: 'argument', item };
          for (const item of items.assertions) yield { kind: 'assertion', item };
          for (const item of items.positions) yield { kind: 'position', item };
        }
        return consume(rows() as AsyncIterable<R>);
      },
    } as unknown as Executor,
  };
  return db;
}

/** Maps of `n` claims each, their databases, and a request on one of them (a repository over its cache, as createRepositories makes). */
function service(caches: EvaluationCaches, sizes: Record<string, number>) {
  const dbs = Object.fromEntries(Object.entries(sizes).map(([mapId, n]) => [mapId, fakeDatabase(chain(mapId, n))]));
  return {
    dbs,
    request: (mapId: string) => new EvaluationRepository(dbs[mapId]!.executor, caches.for(mapId)),
    evaluate: (mapId: string) => new EvaluationRepository(dbs[mapId]!.executor, caches.for(mapId)).snapshot(),
  };
}

/** What the estimate says a map of `n` claims keeps once evaluated (its ids as long as those of `mapId`). */
async function bytesOfMap(n: number, mapId = 'map:a'): Promise<number> {
  const cache = new EvaluationCache();
  await new EvaluationRepository(fakeDatabase(chain(mapId, n)).executor, cache).snapshot();
  return estimateCacheBytes(cache);
}

const kept = (caches: EvaluationCaches) =>
  caches
    .usage()
    .filter((u) => u.bytes > 0)
    .map((u) => u.mapId);

describe('EvaluationCaches: every map evaluated within one memory budget', () => {
  it('estimates what a map keeps from its items, growing with them', async () => {
    const small = await bytesOfMap(100);
    const large = await bytesOfMap(1000);
    assert.ok(small > 0);
    assert.ok(large > 8 * small && large < 12 * small, `${small} bytes for 100 claims, ${large} for 1000`);
  });

  it('keeps maps until the budget is reached, then drops the least recently used first', async () => {
    const one = await bytesOfMap(200);
    const caches = new EvaluationCaches({ budgetBytes: Math.floor(2.5 * one) });
    const s = service(caches, { 'map:a': 200, 'map:b': 200, 'map:c': 200, 'map:d': 200 });
    await s.evaluate('map:a');
    await s.evaluate('map:b');
    assert.deepEqual(kept(caches), ['map:a', 'map:b']);
    // A request on map:a makes it the most recent, even when its snapshot is already there.
    await s.evaluate('map:a');
    assert.equal(s.dbs['map:a']!.wholeReads, 1);
    await s.evaluate('map:c');
    assert.deepEqual(kept(caches), ['map:a', 'map:c']);
    assert.equal(caches.for('map:b').latest, null);
    assert.equal(caches.for('map:b').live, null);
    await s.evaluate('map:d');
    // map:b was used last (just above), then map:c, then map:a: map:a goes.
    assert.deepEqual(kept(caches), ['map:c', 'map:d']);
  });

  it('holds the total within the budget, and the total is what each cache holds', async () => {
    const one = await bytesOfMap(300, 'map:m0');
    const caches = new EvaluationCaches({ budgetBytes: 3 * one + 1 });
    const sizes = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`map:m${i}`, 300]));
    const s = service(caches, sizes);
    for (let round = 0; round < 2; round += 1) {
      for (const mapId of Object.keys(sizes)) {
        await s.evaluate(mapId);
        const each = caches.usage().map(({ mapId: id }) => estimateCacheBytes(caches.for(id)));
        assert.ok(caches.bytes <= caches.budgetBytes, `${caches.bytes} kept, budget ${caches.budgetBytes}`);
        assert.equal(
          caches.bytes,
          each.reduce((a, b) => a + b, 0),
        );
      }
    }
    assert.equal(kept(caches).length, 3);
  });

  it('reads an evicted map again on its next use, and a request holding its snapshot still answers', async () => {
    const one = await bytesOfMap(100);
    const caches = new EvaluationCaches({ budgetBytes: one + 1 });
    const s = service(caches, { 'map:a': 100, 'map:b': 100 });
    const held = await s.evaluate('map:a');
    await s.evaluate('map:b');
    assert.deepEqual(kept(caches), ['map:b']);
    // The snapshot the request took is whole and evaluates as before.
    assert.equal(held.evaluate('GROUNDED').statusOf('claim:map:a-0')?.label, 'OUT');
    assert.equal(held.evaluate('GROUNDED').statusOf('claim:map:a-99')?.label, 'IN');
    const again = await s.evaluate('map:a');
    assert.equal(s.dbs['map:a']!.wholeReads, 2);
    assert.notEqual(again, held);
    assert.equal(again.evaluate('GROUNDED').statusOf('claim:map:a-0')?.label, 'OUT');
    assert.deepEqual(kept(caches), ['map:a']);
  });

  it('evaluates a map bigger than the whole budget, and keeps it until another map is used', async () => {
    const caches = new EvaluationCaches({ budgetBytes: 1024 });
    const s = service(caches, { 'map:big': 500, 'map:small': 10 });
    const big = await s.evaluate('map:big');
    assert.equal(big.state.map.claims.length, 500);
    assert.ok(caches.bytes > caches.budgetBytes);
    assert.deepEqual(kept(caches), ['map:big']);
    await s.evaluate('map:big');
    assert.equal(s.dbs['map:big']!.wholeReads, 1);
    await s.evaluate('map:small');
    assert.deepEqual(kept(caches), ['map:small']);
  });

  it('never evicts a map whose refresh is under way', async () => {
    const one = await bytesOfMap(100);
    const caches = new EvaluationCaches({ budgetBytes: one + 1 });
    const s = service(caches, { 'map:a': 100, 'map:b': 100 });
    await s.evaluate('map:a');
    // map:a's database is replaced: its next evaluation reads it whole, and the read waits.
    let release!: () => void;
    s.dbs['map:a']!.gate = new Promise((resolve) => (release = resolve));
    s.dbs['map:a']!.epoch = 'e2';
    const refreshing = s.evaluate('map:a');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.dbs['map:a']!.wholeReads, 2);
    await s.evaluate('map:b');
    assert.deepEqual(kept(caches), ['map:a', 'map:b']);
    assert.notEqual(caches.for('map:a').latest, null);
    release();
    await refreshing;
    // map:a published last: map:b, used before it, goes.
    assert.deepEqual(kept(caches), ['map:a']);
    assert.equal(caches.for('map:a').live?.epoch, 'e2');
  });

  it('counts a past snapshot, and a dropped map is forgotten, even when its refresh ends later', async () => {
    const caches = new EvaluationCaches({ budgetBytes: 1024 ** 3 });
    const s = service(caches, { 'map:a': 100 });
    s.dbs['map:a']!.revision = 5;
    await s.evaluate('map:a');
    const present = caches.bytes;
    const past = await s.request('map:a').snapshotAt(3);
    assert.equal(past.revision, 3);
    assert.ok(caches.bytes > present, `${caches.bytes} after the past snapshot, ${present} before`);
    assert.equal(caches.bytes, estimateCacheBytes(caches.for('map:a')));

    let release!: () => void;
    s.dbs['map:a']!.gate = new Promise((resolve) => (release = resolve));
    s.dbs['map:a']!.epoch = 'e2';
    const refreshing = s.evaluate('map:a');
    caches.drop('map:a');
    assert.equal(caches.bytes, 0);
    release();
    const snapshot = await refreshing;
    assert.equal(snapshot.state.map.claims.length, 100);
    assert.equal(caches.bytes, 0);
    assert.equal(caches.for('map:a').latest, null);
  });
});

describe('ARGMAP_EVALUATION_MEMORY_MB', () => {
  it('sets the budget in MiB, and refuses what is not a whole number', () => {
    assert.equal(loadConfig({ ARGMAP_EVALUATION_MEMORY_MB: '512' }).evaluationMemoryBytes, 512 * 1024 ** 2);
    assert.throws(() => loadConfig({ ARGMAP_EVALUATION_MEMORY_MB: '1.5' }), /ARGMAP_EVALUATION_MEMORY_MB must be a whole number/);
    assert.throws(() => loadConfig({ ARGMAP_EVALUATION_MEMORY_MB: 'lots' }), /ARGMAP_EVALUATION_MEMORY_MB/);
  });

  it('refuses a budget the heap cannot hold', () => {
    const heapMB = Math.floor(getHeapStatistics().heap_size_limit / 1024 ** 2);
    assert.throws(() => loadConfig({ ARGMAP_EVALUATION_MEMORY_MB: String(heapMB) }), /--max-old-space-size/);
  });

  it('defaults to a quarter of the machine (at least 256 MiB), within half the heap', () => {
    const GiB = 1024 ** 3;
    assert.equal(defaultEvaluationMemoryMB(8 * GiB, 16 * GiB), 2048);
    assert.equal(defaultEvaluationMemoryMB(64 * GiB, 4 * GiB), 2048);
    assert.equal(defaultEvaluationMemoryMB(512 * 1024 ** 2, 4 * GiB), 256);
    assert.equal(defaultEvaluationMemoryMB(512 * 1024 ** 2, 256 * 1024 ** 2), 128);
    assert.equal(loadConfig({}).evaluationMemoryBytes, defaultEvaluationMemoryMB() * 1024 ** 2);
  });
});
