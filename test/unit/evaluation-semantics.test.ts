import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EvaluationTooComplexError,
  frameworkFromPairs,
  groundedLabelling,
  IN,
  isCompleteLabelling,
  OUT,
  solveSemantics,
  stronglyConnectedComponents,
  UNDEC,
  type Framework,
  type Labelling,
  type Semantics,
} from '../../src/domain/evaluation/index.js';
import { seededRandom } from '../../src/cli/generate.js';

const names = 'abcdefghijklmnop';
/** A framework from "a>b b>a" notation. */
function af(spec: string, size?: number): Framework {
  const pairs = spec
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split('>').map((x) => names.indexOf(x)) as [number, number]);
  const n = size ?? Math.max(0, ...pairs.flat()) + 1;
  return frameworkFromPairs(n, pairs);
}
const inSet = (labels: Labelling): string =>
  Array.from(labels)
    .map((l, v) => (l === IN ? (names[v] ?? `(${v})`) : ''))
    .join('');
const extensions = (f: Framework, s: Semantics) => solveSemantics(f, s, { listExtensions: 100 }).extensions.map(inSet).sort();

/** Every complete labelling by trying every IN set: the reference the solver is checked against. */
function bruteForce(f: Framework): Record<'complete' | 'preferred' | 'stable' | 'grounded', Labelling[]> {
  const complete: Labelling[] = [];
  for (let mask = 0; mask < 1 << f.size; mask += 1) {
    const labels = new Uint8Array(f.size);
    for (let v = 0; v < f.size; v += 1) if (mask & (1 << v)) labels[v] = IN;
    for (let v = 0; v < f.size; v += 1) {
      if (labels[v] === IN) continue;
      for (let e = f.attackerStart[v]!; e < f.attackerStart[v + 1]!; e += 1) if (mask & (1 << f.attackers[e]!)) labels[v] = OUT;
    }
    if (isCompleteLabelling(f, labels)) complete.push(labels);
  }
  const subset = (a: Labelling, b: Labelling) => a.every((l, v) => l !== IN || b[v] === IN);
  const preferred = complete.filter((a) => !complete.some((b) => b !== a && subset(a, b) && !subset(b, a)));
  const stable = complete.filter((a) => a.every((l) => l !== UNDEC));
  const grounded = complete.filter((a) => complete.every((b) => subset(a, b)));
  return { complete, preferred, stable, grounded };
}

function randomFramework(random: () => number, maxSize: number): Framework {
  const n = 1 + Math.floor(random() * maxSize);
  const density = random() * 0.5;
  const pairs: [number, number][] = [];
  for (let a = 0; a < n; a += 1) for (let b = 0; b < n; b += 1) if (random() < (a === b ? density / 4 : density)) pairs.push([a, b]);
  return frameworkFromPairs(n, pairs);
}

/** What a semantics must say of each node, from a list of all its labellings. */
function acceptance(all: Labelling[], size: number) {
  const credulous = Array.from({ length: size }, (_, v) => all.some((l) => l[v] === IN));
  const sceptical = Array.from({ length: size }, (_, v) => all.length > 0 && all.every((l) => l[v] === IN));
  const alwaysOut = Array.from({ length: size }, (_, v) => all.length > 0 && all.every((l) => l[v] === OUT));
  return { credulous, sceptical, alwaysOut };
}

describe('standard frameworks from the literature', () => {
  it('a chain a > b > c: grounded {a, c}, the only extension of every semantics (Dung 1995)', () => {
    const f = af('a>b b>c');
    for (const s of ['GROUNDED', 'COMPLETE', 'PREFERRED', 'STABLE'] as const) assert.deepEqual(extensions(f, s), ['ac'], s);
  });

  it('a mutual attack (Nixon diamond): grounded empty, two preferred and stable, three complete', () => {
    const f = af('a>b b>a');
    assert.deepEqual(extensions(f, 'GROUNDED'), ['']);
    assert.deepEqual(extensions(f, 'COMPLETE'), ['', 'a', 'b']);
    assert.deepEqual(extensions(f, 'PREFERRED'), ['a', 'b']);
    assert.deepEqual(extensions(f, 'STABLE'), ['a', 'b']);
    const pr = solveSemantics(f, 'PREFERRED');
    assert.deepEqual([...pr.credulous], [1, 1]);
    assert.deepEqual([...pr.sceptical], [0, 0]);
    assert.deepEqual([...pr.labels], [UNDEC, UNDEC]);
  });

  it('an odd cycle of three: only the empty extension, and no stable one', () => {
    const f = af('a>b b>c c>a');
    assert.deepEqual(extensions(f, 'PREFERRED'), ['']);
    assert.deepEqual(extensions(f, 'COMPLETE'), ['']);
    const st = solveSemantics(f, 'STABLE');
    assert.equal(st.extensionCount, 0);
    assert.deepEqual([...st.labels], [UNDEC, UNDEC, UNDEC]);
    assert.deepEqual([...st.credulous], [0, 0, 0]);
  });

  it('an even cycle of four: preferred {a, c} and {b, d}', () => {
    const f = af('a>b b>c c>d d>a');
    assert.deepEqual(extensions(f, 'PREFERRED'), ['ac', 'bd']);
    assert.deepEqual(extensions(f, 'STABLE'), ['ac', 'bd']);
    assert.deepEqual(extensions(f, 'COMPLETE'), ['', 'ac', 'bd']);
  });

  it('floating acceptance: d is undecided in grounded but sceptically accepted under preferred (Baroni, Caminada & Giacomin 2011)', () => {
    const f = af('a>b b>a a>c b>c c>d');
    assert.equal(groundedLabelling(f)[3], UNDEC);
    assert.deepEqual(extensions(f, 'PREFERRED'), ['ad', 'bd']);
    const pr = solveSemantics(f, 'PREFERRED');
    assert.equal(pr.labels[3], IN);
    assert.equal(pr.sceptical[3], 1);
    assert.equal(pr.labels[2], OUT, 'c is OUT in every preferred labelling');
    assert.equal(solveSemantics(f, 'COMPLETE').labels[3], UNDEC, 'complete: d is not IN in the empty complete labelling');
  });

  it('a self-attacking argument: never accepted; what it attacks is undecided', () => {
    const f = af('a>a a>b');
    assert.deepEqual([...groundedLabelling(f)], [UNDEC, UNDEC]);
    assert.deepEqual(extensions(f, 'PREFERRED'), ['']);
    assert.equal(solveSemantics(f, 'STABLE').extensionCount, 0);
  });

  it('stable and preferred differ when a self-attacker is only defeated by one side: a <> b, b > c, c > c', () => {
    const f = af('a>b b>a b>c c>c');
    assert.deepEqual(extensions(f, 'PREFERRED'), ['a', 'b']);
    assert.deepEqual(extensions(f, 'STABLE'), ['b']);
    const st = solveSemantics(f, 'STABLE');
    assert.equal(st.labels[1], IN, 'b is in the only stable labelling');
    assert.equal(st.sceptical[0], 0);
  });

  it('reinstatement: c defends a against b (a < b < c)', () => {
    const f = af('b>a c>b');
    assert.deepEqual([...groundedLabelling(f)], [IN, OUT, IN]);
  });

  it('counts independent choices as a product and lists them up to the limit', () => {
    // Ten independent mutual attacks: 2^10 preferred labellings.
    const pairs: [number, number][] = [];
    for (let k = 0; k < 10; k += 1) pairs.push([2 * k, 2 * k + 1], [2 * k + 1, 2 * k]);
    const f = frameworkFromPairs(20, pairs);
    const pr = solveSemantics(f, 'PREFERRED', { maxExtensions: 2000, listExtensions: 2000 });
    assert.equal(pr.extensionCount, 1024);
    assert.equal(pr.extensionCountExact, true);
    assert.equal(pr.extensions.length, 1024);
    assert.equal(new Set(pr.extensions.map(inSet)).size, 1024);
    const capped = solveSemantics(f, 'PREFERRED', { maxExtensions: 5, listExtensions: 5 });
    assert.equal(capped.extensions.length, 5);
    assert.deepEqual([...capped.credulous], Array(20).fill(1));
  });
});

describe('strongly connected components', () => {
  it('numbers components so attacks never go to a higher-numbered one, over a long chain without recursion', () => {
    const n = 200_000;
    const pairs: [number, number][] = [];
    for (let v = 0; v + 1 < n; v += 1) pairs.push([v, v + 1]);
    pairs.push([n - 1, n - 3]);
    const { component, count } = stronglyConnectedComponents(frameworkFromPairs(n, pairs));
    assert.equal(count, n - 2);
    assert.equal(component[n - 1], component[n - 3]);
    for (const [a, b] of pairs) assert.ok(component[a]! >= component[b]!);
  });
});

describe('the solver against brute force on random frameworks', () => {
  it('grounded: the least complete labelling, on 3000 random frameworks', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 3000; k += 1) {
      const f = randomFramework(random, 9);
      const g = groundedLabelling(f);
      const ref = bruteForce(f);
      assert.ok(isCompleteLabelling(f, g), `grounded labelling legal (#${k})`);
      assert.equal(ref.grounded.length, 1);
      assert.deepEqual([...g], [...ref.grounded[0]!], `grounded (#${k})`);
      // Grounded ⊆ every complete; every preferred is complete; stable ⊆ preferred.
      for (const c of ref.complete) assert.ok(g.every((l, v) => l !== IN || c[v] === IN));
      for (const s of ref.stable) assert.ok(ref.preferred.includes(s));
    }
  });

  it('complete, preferred and stable labellings, acceptance and counts, on 600 random frameworks', () => {
    const random = seededRandom(5);
    const key = (l: Labelling) => Array.from(l).join('');
    for (let k = 0; k < 600; k += 1) {
      const f = randomFramework(random, 8);
      const ref = bruteForce(f);
      const reference = { COMPLETE: ref.complete, PREFERRED: ref.preferred, STABLE: ref.stable };
      for (const s of ['COMPLETE', 'PREFERRED', 'STABLE'] as const) {
        const all = reference[s];
        // With a small enumeration limit the solver must still get acceptance right by its queries.
        for (const maxExtensions of [1000, 1]) {
          const got = solveSemantics(f, s, { maxExtensions, listExtensions: maxExtensions });
          const what = `${s} #${k} limit ${maxExtensions}`;
          if (maxExtensions === 1000) {
            assert.deepEqual(got.extensions.map(key).sort(), all.map(key).sort(), what);
            assert.equal(got.extensionCount, all.length, what);
            assert.equal(got.extensionCountExact, true);
          } else {
            assert.ok(got.extensionCount <= all.length);
            for (const l of got.extensions)
              assert.ok(
                all.some((r) => key(r) === key(l)),
                `${what}: listed labelling is one of them`,
              );
          }
          for (const l of got.extensions) assert.ok(isCompleteLabelling(f, l), what);
          const want = acceptance(all, f.size);
          assert.deepEqual([...got.credulous].map(Boolean), want.credulous, `${what} credulous`);
          if (s === 'COMPLETE') {
            const g = groundedLabelling(f);
            assert.deepEqual([...got.labels], [...g], `${what}: labels are the grounded ones`);
            assert.deepEqual([...got.sceptical].map(Boolean), want.sceptical, `${what} sceptical`);
          } else if (all.length > 0) {
            assert.deepEqual([...got.sceptical].map(Boolean), want.sceptical, `${what} sceptical`);
            const labels = want.sceptical.map((sc, v) => (sc ? IN : want.alwaysOut[v] ? OUT : UNDEC));
            assert.deepEqual([...got.labels], labels, `${what} labels`);
          } else {
            assert.deepEqual([...got.labels], Array(f.size).fill(UNDEC), `${what}: no stable labelling`);
          }
        }
      }
    }
  });
});

describe('budgets', () => {
  it('refuses a piece larger than maxComponentNodes with a too-complex error that says what to change', () => {
    const n = 50;
    const pairs: [number, number][] = [];
    for (let v = 0; v < n; v += 1) pairs.push([v, (v + 1) % n]);
    assert.throws(
      () => solveSemantics(frameworkFromPairs(n, pairs), 'PREFERRED', { maxComponentNodes: 10 }),
      (e: unknown) => e instanceof EvaluationTooComplexError && /maxComponentNodes/.test(e.message) && e.kind === 'TOO_COMPLEX',
    );
    // A small cycle feeding a long chain: only the two nodes on the cycle count.
    const tail: [number, number][] = [
      [0, 1],
      [1, 0],
    ];
    for (let v = 1; v < 5000; v += 1) tail.push([v, v + 1]);
    const solved = solveSemantics(frameworkFromPairs(5001, tail), 'PREFERRED', { maxComponentNodes: 10 });
    assert.equal(solved.cyclicNodes, 2);
    assert.equal(solved.solverNodes, 5001);
    assert.equal(solved.extensionCount, 2);
  });

  it('stops at the time budget instead of running on', () => {
    // 2^40 preferred labellings enumerated with a tiny budget: must end with the error, quickly.
    const pairs: [number, number][] = [];
    for (let k = 0; k < 40; k += 1) pairs.push([2 * k, 2 * k + 1], [2 * k + 1, 2 * k], [2 * k, 80], [2 * k + 1, 80]);
    const f = frameworkFromPairs(81, pairs);
    const started = Date.now();
    assert.throws(() => solveSemantics(f, 'PREFERRED', { timeBudgetMs: 50, maxExtensions: 1e9 }), EvaluationTooComplexError);
    assert.ok(Date.now() - started < 5000);
  });
});
