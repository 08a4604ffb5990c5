import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  deriveFramework,
  evaluateDerived,
  evaluateMap,
  EvaluationInputError,
  explain,
  gradualStrengths,
  groundedLabelling,
  isCompleteLabelling,
  issueVerdict,
  nodeName,
  nodeOf,
  parseIccma,
  toApx,
  toIccma,
  type EvaluationArgument,
  type EvaluationAssertion,
  type EvaluationMap,
  type ScenarioInput,
} from '../../src/domain/evaluation/index.js';
import { generateDebate } from '../../src/cli/generate.js';
import { seededRandom } from '../../src/cli/generate.js';

const claims = (...ids: string[]) => ids.map((id) => ({ id: `claim:${id}` }));
const c = (id: string) => `claim:${id}`;
const support = (id: string, premises: string[], conclusion: string): EvaluationArgument => ({
  id: `argument:${id}`,
  kind: 'SUPPORT',
  attackKind: null,
  premiseIds: premises.map(c),
  conclusionId: c(conclusion),
  targetArgumentId: null,
});
const attack = (id: string, premises: string[], conclusion: string, attackKind: 'REBUT' | 'UNDERMINE' = 'REBUT'): EvaluationArgument => ({
  id: `argument:${id}`,
  kind: 'ATTACK',
  attackKind,
  premiseIds: premises.map(c),
  conclusionId: c(conclusion),
  targetArgumentId: null,
});
const undercut = (id: string, premises: string[], target: string): EvaluationArgument => ({
  id: `argument:${id}`,
  kind: 'ATTACK',
  attackKind: 'UNDERCUT',
  premiseIds: premises.map(c),
  conclusionId: null,
  targetArgumentId: `argument:${target}`,
});
const said = (id: string, actor: string, item: string, source: string | null = null): EvaluationAssertion => ({
  id: `assertion:${id}`,
  actorId: `actor:${actor}`,
  sourceId: source && `source:${source}`,
  claimId: item.startsWith('claim:') ? item : null,
  argumentId: item.startsWith('argument:') ? item : null,
});
const label = (map: EvaluationMap, id: string, scenario: ScenarioInput = {}, semantics: 'GROUNDED' | 'PREFERRED' = 'GROUNDED') =>
  evaluateMap(map, { scenario, semantics }).statusOf(id)?.label;

describe('the map as a framework', () => {
  it('a claim nothing concludes is a premise: IN unless attacked', () => {
    const map = { claims: claims('p'), arguments: [] };
    assert.equal(label(map, c('p')), 'IN');
  });

  it('support: the conclusion stands with its argument and falls when the only support falls', () => {
    const map = { claims: claims('p', 'c', 'q'), arguments: [support('s', ['p'], 'c')] };
    assert.equal(label(map, c('c')), 'IN');
    assert.equal(label(map, 'argument:s'), 'IN');
    const attacked = { ...map, arguments: [...map.arguments, attack('x', ['q'], 'p', 'UNDERMINE')] };
    assert.equal(label(attacked, c('p')), 'OUT', 'undermined premise');
    assert.equal(label(attacked, 'argument:s'), 'OUT', 'an argument falls with its premise');
    assert.equal(label(attacked, c('c')), 'OUT', 'no support stands');
    assert.equal(label(attacked, 'argument:x'), 'IN');
  });

  it('a claim with two supports stands while one of them does', () => {
    const map = {
      claims: claims('p1', 'p2', 'c', 'q'),
      arguments: [support('s1', ['p1'], 'c'), support('s2', ['p2'], 'c'), attack('x', ['q'], 'p1')],
    };
    assert.equal(label(map, 'argument:s1'), 'OUT');
    assert.equal(label(map, c('c')), 'IN');
  });

  it('a linked argument falls when any one of its premises does', () => {
    const map = { claims: claims('p1', 'p2', 'c', 'q'), arguments: [support('s', ['p1', 'p2'], 'c'), attack('x', ['q'], 'p2')] };
    assert.equal(label(map, c('p1')), 'IN');
    assert.equal(label(map, 'argument:s'), 'OUT');
    assert.equal(label(map, c('c')), 'OUT');
  });

  it('an attack on a claim reaches every argument that uses it as a premise', () => {
    const map = {
      claims: claims('p', 'c1', 'c2', 'q'),
      arguments: [support('s1', ['p'], 'c1'), support('s2', ['p'], 'c2'), attack('x', ['q'], 'p', 'UNDERMINE')],
    };
    for (const id of ['argument:s1', 'argument:s2', c('c1'), c('c2')]) assert.equal(label(map, id), 'OUT', id);
  });

  it('a rebuttal defeats the claim but leaves the rebutted inference standing', () => {
    const map = { claims: claims('p', 'c', 'q'), arguments: [support('s', ['p'], 'c'), attack('x', ['q'], 'c')] };
    assert.equal(label(map, c('c')), 'OUT');
    assert.equal(label(map, 'argument:s'), 'IN');
  });

  it('an undercut defeats the inference; its premises stay and the conclusion loses that support', () => {
    const map = { claims: claims('p', 'c', 'u'), arguments: [support('s', ['p'], 'c'), undercut('x', ['u'], 's')] };
    assert.equal(label(map, 'argument:s'), 'OUT');
    assert.equal(label(map, c('p')), 'IN');
    assert.equal(label(map, c('c')), 'OUT');
  });

  it('reinstatement through the map: an attack on the attacker’s premise restores the claim', () => {
    const map = { claims: claims('p', 'q', 'r'), arguments: [attack('x', ['q'], 'p'), attack('y', ['r'], 'q')] };
    assert.equal(label(map, c('q')), 'OUT');
    assert.equal(label(map, 'argument:x'), 'OUT');
    assert.equal(label(map, c('p')), 'IN');
  });

  it('attacks are one-way as drawn; a mutual rebuttal is two arguments and leaves both open in grounded, one each in preferred', () => {
    const oneWay = { claims: claims('p', 'q'), arguments: [attack('x', ['q'], 'p')] };
    assert.equal(label(oneWay, c('q')), 'IN');
    assert.equal(label(oneWay, c('p')), 'OUT');
    const mutual = { claims: claims('p', 'q'), arguments: [attack('x', ['q'], 'p'), attack('y', ['p'], 'q')] };
    assert.equal(label(mutual, c('p')), 'UNDEC');
    const pr = evaluateMap(mutual, { semantics: 'PREFERRED' });
    assert.equal(pr.extensionCount, 2);
    assert.deepEqual(pr.statusOf(c('p')), { label: 'UNDEC', credulous: true, sceptical: false });
    assert.deepEqual(
      pr.extensionIds().map((ids) => ids.filter((id) => id.startsWith('claim:'))),
      [[c('p')], [c('q')]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });

  it('refuses a map with a dangling reference or a repeated id, naming the field', () => {
    assert.throws(
      () => deriveFramework({ claims: claims('p'), arguments: [support('s', ['p'], 'gone')] }),
      (e: unknown) => e instanceof EvaluationInputError && e.field === 'arguments[0].conclusionId',
    );
    assert.throws(
      () => deriveFramework({ claims: claims('p', 'p'), arguments: [] }),
      (e: unknown) => e instanceof EvaluationInputError && e.field === 'claims[1].id',
    );
  });
});

describe('scenarios', () => {
  const map: EvaluationMap = {
    claims: claims('p', 'q', 'r', 'c'),
    arguments: [attack('x', ['q'], 'p'), support('s', ['p'], 'c'), undercut('u', ['r'], 's')],
    assertions: [
      said('1', 'official', c('q'), 'report'),
      said('2', 'official', 'argument:x', 'report'),
      said('3', 'judge', c('p'), 'opinion'),
      said('4', 'official', c('r'), 'opinion'),
      said('5', 'judge', c('r'), 'report'),
    ],
  };

  it('without an actor: items only that actor asserted go; items others also asserted, or nobody asserted, stay', () => {
    const scenario = { excludeActorIds: ['actor:official'] };
    const d = deriveFramework(map, scenario);
    assert.deepEqual([...d.removedIds].sort(), [c('q'), 'argument:x'].sort());
    assert.equal(label(map, c('p')), 'OUT');
    assert.equal(label(map, c('p'), scenario), 'IN', 'the attack is gone');
    assert.equal(label(map, c('r'), scenario), 'IN', 'the judge asserted it too');
    assert.equal(label(map, c('c'), scenario), 'OUT', 'the undercut (asserted by nobody) stays');
    assert.deepEqual(evaluateMap(map, { scenario }).statusOf(c('q')), { label: 'OUT', credulous: false, sceptical: false, excluded: true });
  });

  it('without a source, and without named ids (arguments go with their premises, undercuts with their targets)', () => {
    assert.deepEqual([...deriveFramework(map, { excludeSourceIds: ['source:report'] }).removedIds].sort(), [c('q'), 'argument:x'].sort());
    assert.deepEqual(
      [...deriveFramework(map, { excludeIds: [c('p')] }).removedIds].sort(),
      [c('p'), 'argument:s', 'argument:u', 'argument:x'].sort(),
    );
    assert.deepEqual(
      [...deriveFramework(map, { excludeIds: ['assertion:3'] }).removedIds].sort(),
      [c('p'), 'argument:s', 'argument:u', 'argument:x'].sort(),
    );
  });

  it('assume forces IN, reject forces OUT, and the stored map is untouched', () => {
    const before = JSON.stringify(map);
    assert.equal(label(map, c('p'), { assumeIds: [c('p')] }), 'IN');
    assert.equal(label(map, 'argument:s', { assumeIds: [c('p')] }), 'OUT', 'still undercut');
    assert.equal(label(map, c('c'), { assumeIds: ['argument:s'] }), 'IN');
    assert.equal(label(map, c('q'), { rejectIds: [c('q')] }), 'OUT');
    assert.equal(label(map, c('p'), { rejectIds: [c('q')] }), 'IN', 'the attack lost its premise');
    assert.equal(JSON.stringify(map), before);
  });

  it('refuses unknown or contradictory scenario ids with the field at fault', () => {
    const field = (scenario: ScenarioInput) => {
      try {
        deriveFramework(map, scenario);
        return null;
      } catch (e) {
        return e instanceof EvaluationInputError ? e.field : 'other';
      }
    };
    assert.equal(field({ assumeIds: ['claim:nope'] }), 'scenario.assumeIds[0]');
    assert.equal(field({ assumeIds: [c('p')], rejectIds: [c('q'), c('p')] }), 'scenario.rejectIds[1]');
    assert.equal(field({ excludeIds: [c('p')], assumeIds: [c('p')] }), 'scenario.assumeIds[0]');
    assert.equal(field({ excludeActorIds: ['actor:nobody'] }), null, 'excluding someone absent removes nothing');
  });
});

/** A small random map with every kind of argument, cycles included. */
function randomMap(random: () => number): EvaluationMap {
  const n = 2 + Math.floor(random() * 10);
  const ids = Array.from({ length: n }, (_, i) => `k${i}`);
  const args: EvaluationArgument[] = [];
  const count = Math.floor(random() * n * 1.5);
  for (let k = 0; k < count; k += 1) {
    const conclusion = ids[Math.floor(random() * n)]!;
    const others = ids.filter((x) => x !== conclusion);
    const premises = [others[Math.floor(random() * others.length)]!];
    if (random() < 0.25) {
      const more = others.filter((x) => x !== premises[0]);
      if (more.length) premises.push(more[Math.floor(random() * more.length)]!);
    }
    const r = random();
    if (r < 0.45) args.push(support(`a${k}`, premises, conclusion));
    else if (r < 0.85 || args.length === 0) args.push(attack(`a${k}`, premises, conclusion, random() < 0.5 ? 'REBUT' : 'UNDERMINE'));
    else args.push(undercut(`a${k}`, premises, args[Math.floor(random() * args.length)]!.id.slice('argument:'.length)));
  }
  return { claims: claims(...ids), arguments: args };
}

/** The map-level reading of a complete labelling: what docs/evaluation.md promises. */
function checkMapConditions(map: EvaluationMap, statusOf: (id: string) => string | undefined, what: string) {
  for (const a of map.arguments) {
    const premises = a.premiseIds.map((p) => statusOf(p));
    const undercuts = map.arguments.filter((u) => u.targetArgumentId === a.id).map((u) => statusOf(u.id));
    const expected =
      premises.some((l) => l === 'OUT') || undercuts.includes('IN')
        ? 'OUT'
        : premises.every((l) => l === 'IN') && undercuts.every((l) => l === 'OUT')
          ? 'IN'
          : 'UNDEC';
    assert.equal(statusOf(a.id), expected, `${what}: ${a.id}`);
  }
  for (const claim of map.claims) {
    const supports = map.arguments.filter((a) => a.kind === 'SUPPORT' && a.conclusionId === claim.id).map((a) => statusOf(a.id));
    const attacks = map.arguments.filter((a) => a.kind === 'ATTACK' && a.conclusionId === claim.id).map((a) => statusOf(a.id));
    const unsupported = supports.length > 0 && supports.every((l) => l === 'OUT');
    const supported = supports.length === 0 || supports.includes('IN');
    const expected = attacks.includes('IN') || unsupported ? 'OUT' : supported && attacks.every((l) => l === 'OUT') ? 'IN' : 'UNDEC';
    assert.equal(statusOf(claim.id), expected, `${what}: ${claim.id}`);
  }
}

describe('random maps through the translation', () => {
  it('grounded, preferred and stable labellings read as the map says, on 1500 random maps', () => {
    const random = seededRandom(3);
    for (let k = 0; k < 1500; k += 1) {
      const map = randomMap(random);
      const derived = deriveFramework(map);
      const grounded = evaluateDerived(derived);
      checkMapConditions(map, (id) => grounded.statusOf(id)?.label, `grounded #${k}`);
      if (k % 5 === 0) {
        for (const semantics of ['PREFERRED', 'STABLE'] as const) {
          const ev = evaluateDerived(derived, { semantics, listExtensions: 1000 });
          for (const [i, labelling] of ev.solution.extensions.entries()) {
            assert.ok(isCompleteLabelling(derived.af, labelling));
            const byId = new Map<string, string>();
            derived.claimIds.forEach((id, j) => byId.set(id, ['UNDEC', 'IN', 'OUT'][labelling[derived.claimNode[j]!]!]!));
            derived.argumentIds.forEach((id, j) => byId.set(id, ['UNDEC', 'IN', 'OUT'][labelling[derived.argumentNode[j]!]!]!));
            checkMapConditions(map, (id) => byId.get(id), `${semantics} #${k} extension ${i}`);
          }
        }
      }
    }
  });

  it('stays linear in the size of the map, generated debates included', () => {
    const random = seededRandom(8);
    const maps = [
      ...Array.from({ length: 200 }, () => randomMap(random)),
      ...[50, 500, 3000].map((n) => generateDebate({ claims: n, seed: n })),
    ];
    for (const map of maps) {
      const d = deriveFramework(map);
      const premises = map.arguments.reduce((sum, a) => sum + a.premiseIds.length, 0);
      assert.ok(d.af.size <= 3 * map.claims.length + map.arguments.length);
      assert.ok(d.af.targets.length <= 2 * map.claims.length + premises + map.arguments.length);
    }
  });

  it('generated debates under scenarios: labels follow the map, left-out items are reported, nothing else moves', () => {
    for (const seed of [1, 2, 3]) {
      const doc = generateDebate({ claims: 2000, seed });
      const scenario = { excludeActorIds: [doc.actors[0]!.id, doc.actors[1]!.id], excludeSourceIds: [doc.sources[0]!.id] };
      const derived = deriveFramework(doc, scenario);
      const kept: EvaluationMap = {
        claims: doc.claims.filter((x) => !derived.removedIds.includes(x.id)),
        arguments: doc.arguments.filter((x) => !derived.removedIds.includes(x.id)),
      };
      const ev = evaluateDerived(derived);
      checkMapConditions(kept, (id) => ev.statusOf(id)?.label, `generated ${seed}`);
      // The scenario equals evaluating the map without the removed items.
      const direct = evaluateMap(kept);
      for (const x of kept.claims) assert.equal(ev.statusOf(x.id)?.label, direct.statusOf(x.id)?.label);
      for (const id of derived.removedIds) assert.equal(ev.statusOf(id)?.excluded, true);
    }
  });
});

describe('gradual strengths (quadratic energy)', () => {
  it('keep base scores without arguments; supports raise, attacks lower; weights and base scores count', () => {
    const alone = gradualStrengths({ claims: claims('p', 'c'), arguments: [] });
    assert.equal(alone.strengthOf(c('p')), 0.5);
    const supported = gradualStrengths({ claims: claims('p', 'c'), arguments: [support('s', ['p'], 'c')] });
    const attacked = gradualStrengths({ claims: claims('p', 'c'), arguments: [attack('x', ['p'], 'c')] });
    assert.ok(supported.strengthOf(c('c'))! > 0.5);
    assert.ok(attacked.strengthOf(c('c'))! < 0.5);
    const weak = gradualStrengths({ claims: claims('p', 'c'), arguments: [{ ...attack('x', ['p'], 'c'), weight: 0.2 }] });
    assert.ok(weak.strengthOf(c('c'))! > attacked.strengthOf(c('c'))!);
    const sure = gradualStrengths({ claims: claims('p', 'c'), arguments: [attack('x', ['p'], 'c')], baseScores: new Map([[c('c'), 0.9]]) });
    assert.ok(sure.strengthOf(c('c'))! > attacked.strengthOf(c('c'))!);
    // Closed form for one attack: E = -(1 · 0.5), s = 0.5 - 0.5 · h(0.5) with h(x) = x² / (1 + x²).
    assert.ok(Math.abs(attacked.strengthOf(c('c'))! - (0.5 - 0.5 * (0.25 / 1.25))) < 1e-5);
    assert.throws(
      () => gradualStrengths({ claims: claims('p'), arguments: [], baseScores: new Map([[c('p'), 1.5]]) }),
      EvaluationInputError,
    );
  });

  it('stay in [0, 1] and converge on random maps with cycles, and on a generated debate', () => {
    const random = seededRandom(21);
    const maps = [...Array.from({ length: 500 }, () => randomMap(random)), generateDebate({ claims: 5000, seed: 4 })];
    for (const [k, map] of maps.entries()) {
      const r = gradualStrengths(map);
      assert.ok(r.converged, `#${k} converged (residual ${r.residual})`);
      for (const s of [...r.claimStrength, ...r.argumentStrength]) assert.ok(s >= 0 && s <= 1, `#${k}: ${s}`);
    }
  });

  it('reach the fixpoint a plain damped iteration of the model reaches, on random maps with cycles', () => {
    const h = (x: number) => (x <= 0 ? 0 : (x * x) / (1 + x * x));
    const random = seededRandom(33);
    for (let k = 0; k < 300; k += 1) {
      const map = randomMap(random);
      // Reference: every item updated together from the previous step, step 0.5, many steps.
      const s = new Map<string, number>([...map.claims.map((x) => [x.id, 0.5] as const), ...map.arguments.map((a) => [a.id, 1] as const)]);
      for (let step = 0; step < 3000; step += 1) {
        const energy = new Map<string, number>();
        for (const a of map.arguments) {
          const force = s.get(a.id)! * Math.min(...a.premiseIds.map((p) => s.get(p)!));
          const to = a.conclusionId ?? a.targetArgumentId!;
          energy.set(to, (energy.get(to) ?? 0) + (a.kind === 'SUPPORT' ? force : -force));
        }
        for (const [id, value] of [...s]) {
          const b = id.startsWith('claim:') ? 0.5 : 1;
          const e = energy.get(id) ?? 0;
          s.set(id, value + 0.5 * (b - b * h(-e) + (1 - b) * h(e) - value));
        }
      }
      const r = gradualStrengths(map);
      assert.ok(r.converged);
      for (const [id, value] of s) assert.ok(Math.abs(r.strengthOf(id)! - value) < 1e-4, `#${k} ${id}: ${r.strengthOf(id)} vs ${value}`);
    }
  });

  it('adding an attack never raises the strength of what it attacks (acyclic maps)', () => {
    const random = seededRandom(4);
    for (let k = 0; k < 300; k += 1) {
      const n = 3 + Math.floor(random() * 8);
      const ids = Array.from({ length: n }, (_, i) => `k${i}`);
      // Arguments only from higher to lower index: acyclic.
      const args: EvaluationArgument[] = [];
      for (let i = 1; i < n; i += 1) {
        const to = Math.floor(random() * i);
        args.push(random() < 0.5 ? support(`a${i}`, [ids[i]!], ids[to]!) : attack(`a${i}`, [ids[i]!], ids[to]!));
      }
      const map = { claims: claims(...ids), arguments: args };
      const target = ids[0]!;
      const before = gradualStrengths(map).strengthOf(c(target))!;
      const after = gradualStrengths({ ...map, arguments: [...args, attack('extra', [ids[n - 1]!], target)] }).strengthOf(c(target))!;
      assert.ok(after <= before + 1e-9, `#${k}: ${before} -> ${after}`);
    }
  });

  it('fixes assumed items at 1 and rejected ones at 0, and leaves out excluded ones', () => {
    const map = { claims: claims('p', 'q', 'c'), arguments: [attack('x', ['q'], 'p')] };
    const r = gradualStrengths(map, { scenario: { assumeIds: [c('p')], rejectIds: [c('q')], excludeIds: [c('c')] } });
    assert.equal(r.strengthOf(c('p')), 1);
    assert.equal(r.strengthOf(c('q')), 0);
    assert.equal(r.strengthOf(c('c')), null);
  });
});

describe('explanations', () => {
  const text = (id: string) => `text of ${id.slice('claim:'.length)}`;

  it('OUT: names the IN attackers; IN: a dispute tree whose attackers are all defeated; in words from claim texts', () => {
    const map = {
      claims: claims('p', 'q', 'r', 'c'),
      arguments: [attack('x', ['q'], 'p'), attack('y', ['r'], 'q'), support('s', ['p'], 'c')],
    };
    const d = deriveFramework(map);
    const q = explain(d, c('q'), { textOf: text })!;
    assert.equal(q.label, 'OUT');
    assert.deepEqual(
      q.defeatedBy.map((s) => s.itemId),
      ['argument:y'],
    );
    assert.deepEqual(q.sentences, [
      '“Text of q” is rejected: an attack on it stands.',
      '“Text of r” rebuts “Text of q”; the rebuttal stands.',
    ]);
    assert.deepEqual(
      q.steps.map((s) => [s.argumentId, s.label]),
      [['argument:y', 'IN']],
    );
    const p = explain(d, c('p'), { textOf: text })!;
    assert.equal(p.label, 'IN');
    assert.equal(p.tree!.children.length, 1);
    assert.equal(p.tree!.children[0]!.itemId, 'argument:x');
    assert.equal(p.tree!.children[0]!.label, 'OUT');
    assert.deepEqual(p.sentences, [
      '“Text of p” stands: the one attack on it fails.',
      '“Text of q” rebuts “Text of p”; the rebuttal fails: its premise is rejected.',
      '“Text of r” rebuts “Text of q”; the rebuttal stands.',
    ]);
    assert.deepEqual(
      p.claims.map((x) => [x.id, x.label, x.unattacked]),
      [
        ['claim:p', 'IN', false],
        ['claim:q', 'OUT', false],
        ['claim:r', 'IN', true],
      ],
    );
  });

  it('UNDEC: the cycle that leaves it open, every step undecided and each attacking the next', () => {
    const map = { claims: claims('p', 'q', 'c'), arguments: [attack('x', ['q'], 'p'), attack('y', ['p'], 'q'), support('s', ['p'], 'c')] };
    const d = deriveFramework(map);
    const e = explain(d, c('c'), { textOf: text })!;
    assert.equal(e.label, 'UNDEC');
    assert.ok(e.cycle.length >= 3);
    assert.equal(e.cycle[0]!.node, e.cycle.at(-1)!.node);
    const nodeByName = new Map(Array.from({ length: d.af.size }, (_, v) => [nodeName(d, v), v]));
    const attacks = (a: string, b: string) => {
      const u = nodeByName.get(a)!;
      const v = nodeByName.get(b)!;
      return Array.from(d.af.targets.subarray(d.af.targetStart[u]!, d.af.targetStart[u + 1]!)).includes(v);
    };
    for (let i = 0; i + 1 < e.cycle.length; i += 1)
      assert.ok(attacks(e.cycle[i]!.node, e.cycle[i + 1]!.node), `${e.cycle[i]!.node} attacks ${e.cycle[i + 1]!.node}`);
    assert.ok(e.cycle.every((s) => s.label === 'UNDEC'));
    assert.match(e.sentences.join(' '), /cycle/);
  });

  it('on random maps: every explanation agrees with the labelling and its dispute tree alternates IN and OUT', () => {
    const random = seededRandom(9);
    for (let k = 0; k < 400; k += 1) {
      const map = randomMap(random);
      const d = deriveFramework(map);
      const labels = groundedLabelling(d.af);
      for (const id of [...d.claimIds, ...d.argumentIds]) {
        const e = explain(d, id, { maxDepth: 8 })!;
        const check = (node: NonNullable<typeof e.tree>) => {
          for (const child of node.children) {
            assert.equal(child.label, node.label === 'IN' ? 'OUT' : 'IN');
            check(child);
          }
        };
        if (e.tree) check(e.tree);
        if (e.label === 'OUT') assert.ok(e.defeatedBy.length > 0 && e.defeatedBy.every((s) => s.label === 'IN'));
        if (e.label === 'UNDEC') assert.ok(e.cycle.length >= 2 && e.cycle.every((s) => s.label === 'UNDEC'));
        assert.equal(['UNDEC', 'IN', 'OUT'][labels[nodeOf(d, id)]!], e.label);
      }
    }
  });
});

describe('issue verdicts', () => {
  it('says which positions stand under each semantics', () => {
    const map = {
      claims: claims('yes', 'no', 'why-not', 'because'),
      arguments: [attack('x', ['why-not'], 'yes'), attack('y', ['because'], 'why-not'), attack('z', ['why-not'], 'because')],
    };
    const verdicts = issueVerdict(map, [
      { claimId: c('yes'), stance: 'PRO' },
      { claimId: c('no'), stance: 'CON' },
    ]);
    const answer = Object.fromEntries(verdicts.map((v) => [v.semantics, v.answer]));
    assert.deepEqual(answer, { GROUNDED: 'CON', COMPLETE: 'CON', PREFERRED: 'CON', STABLE: 'CON' });
    const preferred = verdicts.find((v) => v.semantics === 'PREFERRED')!;
    assert.deepEqual(preferred.credulous.PRO, [c('yes')], 'yes holds in the extension where “because” wins');
    assert.deepEqual(preferred.standing.PRO, []);
    const without = issueVerdict(map, [{ claimId: c('yes'), stance: 'PRO' }], {
      scenario: { excludeIds: [c('why-not')] },
      semantics: ['GROUNDED'],
    });
    assert.equal(without[0]!.answer, 'PRO');
  });
});

describe('ICCMA and ASPARTIX export', () => {
  it('round-trips the derived framework with a number-to-id mapping', () => {
    const doc = generateDebate({ claims: 300, seed: 6 });
    const d = deriveFramework(doc);
    const iccma = toIccma(d);
    assert.match(iccma.text, /^p af \d+\n# 1 claim:g000000\n/);
    const parsed = parseIccma(iccma.text);
    assert.equal(parsed.size, d.af.size);
    assert.equal(parsed.attacks.length, d.af.targets.length);
    assert.equal(new Set(iccma.names).size, d.af.size, 'names are unique');
    const pairs = new Set(parsed.attacks.map(([a, b]) => `${iccma.names[a]}>${iccma.names[b]}`));
    for (const a of doc.arguments.filter((x) => x.kind === 'ATTACK' && x.conclusionId)) assert.ok(pairs.has(`${a.id}>${a.conclusionId}`));
    const apx = toApx(d);
    assert.equal(apx.text.split('\n').filter((l) => l.startsWith('arg(')).length, d.af.size);
    assert.equal(apx.text.split('\n').filter((l) => l.startsWith('att(')).length, d.af.targets.length);
    assert.match(apx.text, /^arg\(a1\)\. % claim:g000000$/m);
  });
});
