import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../src/config.js';
import { SEED_FILE } from '../../src/cli/seed.js';

/**
 * The analyst's rules for the seed debate (data/seed/README.md, "Rules"): arguments grounded in
 * the texts or marked as reconstructions, hedges kept, reported speech attributed to who holds
 * the view, citations saying whose they are, and the structural half of rebut, undermine and
 * undercut. Exceptions a rule flags are explained in data/seed/review.json.
 */

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEED_DIR = path.dirname(SEED_FILE);
const doc = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Record<string, Item[]>;
const review = JSON.parse(readFileSync(path.join(SEED_DIR, 'review.json'), 'utf8')) as Item;
const texts = JSON.parse(readFileSync(path.join(SEED_DIR, 'texts.json'), 'utf8')) as Record<string, string>;
const readme = readFileSync(path.join(SEED_DIR, 'README.md'), 'utf8');
const SEEDS_DIR = process.env.ARGMAP_SEEDS_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
const haveTexts = existsSync(SEEDS_DIR);
const textOf = (sourceId: string) => readFileSync(path.join(SEEDS_DIR, texts[sourceId]!), 'utf8');
const allTexts = () => Object.keys(texts).map(textOf);
const skipWithoutTexts = (t: { skip: (m: string) => void }) => {
  t.skip(`the seed texts are not at ${SEEDS_DIR} (set ARGMAP_SEEDS_DIR): not checked`);
};

const claims = new Map(doc.claims!.map((c) => [c.id as string, c]));
const args = new Map(doc.arguments!.map((a) => [a.id as string, a]));
const actors = new Map(doc.actors!.map((a) => [a.id as string, a]));
const stanceOf = new Map(doc.positions!.map((p) => [p.claimId as string, p.stance as string]));
const ownAssertions = new Map<string, Item[]>();
for (const a of doc.assertions!) if (a.argumentId) ownAssertions.set(a.argumentId, [...(ownAssertions.get(a.argumentId) ?? []), a]);
const premiseOfSome = new Set(doc.arguments!.flatMap((a) => a.premiseIds as string[]));
const supported = new Set(doc.arguments!.filter((a) => a.kind === 'SUPPORT').map((a) => a.conclusionId as string));
const inSomeArgument = new Set([...premiseOfSome, ...doc.arguments!.map((a) => a.conclusionId as string)]);
const kindOf = (a: Item) => (a.attackKind ?? a.kind) as string;

/**
 * Words that qualify a statement (a modal, a condition, a limit of the speaker's knowledge, a
 * reservation): a claim that drops them from its quote overstates it.
 */
const HEDGE =
  /\b(likely|could|might|may|if|probably|perhaps|appears?|in theory|tends? to|to (?:my|our) knowledge|know of nothing|as far as (?:I|we) know|at least not|not sure|almost certainly|can[’']t imagine)\b/i;
/** A claim keeps a hedge with one of these (a conditional, a modal, a doubt, a risk, a limit of knowledge). */
const CLAIM_HEDGE =
  /\b(likely|could|might|may|if|probably|perhaps|appears?|in theory|tends? to|whether(?! or not)|unless|assuming|risk|unclear|not sure|known|at least)\b/i;
/** Reporting verbs: a sentence with one reports someone else's words or views. */
const REPORTING =
  /(?<![-\w])(said|says|told|according to|wrote|insists?|insisting|claims?|alleges?|characterized|reported|documented|noted|acknowledged|warned|stressed|pointed out|suggested|commented)\b/i;
/** A claim about what someone said may be asserted by the outlet that reports it. */
const CLAIM_REPORTS = /\b(say|says|said|claims?|calls?|called|alleges?|told|insists?|admitted|spoke|ordered|mention\w*)\b/i;

function sentenceAround(text: string, quote: string): string {
  const at = text.indexOf(quote);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at + quote.length);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const from = at - lineStart;
  const to = from + quote.length;
  const breaks = [0, ...[...line.matchAll(/(?<=[.?!]|[.?!]”)\s+(?=[A-Z“])/g)].map((m) => m.index + m[0].length), line.length];
  return line.slice(Math.max(...breaks.filter((b) => b <= from)), Math.min(...breaks.filter((b) => b >= to)));
}

/** The passages a rationale quotes ("..."), split at elisions. */
function quotedPassages(rationale: string): string[] {
  return [...rationale.matchAll(/"([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s*\.\.\.\s*/)).filter((p) => p.length > 0);
}

function explained(key: string): Map<string, string> {
  const list = (review[key] ?? []) as Item[];
  for (const e of list) assert.ok(typeof e.reason === 'string' && e.reason.length > 20, `${key}: ${e.assertionId} needs a reason`);
  return new Map(list.map((e) => [e.assertionId as string, e.reason as string]));
}

describe('the seed debate keeps the analyst rules (data/seed/README.md)', () => {
  describe('every argument is grounded', () => {
    const reconstructed = doc.arguments!.filter((a) => a.reconstructed === true);

    it('has an assertion of its own that makes the inference, or is marked as a reconstruction with a rationale', () => {
      const ungrounded = doc.arguments!.filter((a) => !ownAssertions.has(a.id) && a.reconstructed !== true).map((a) => a.id);
      assert.deepEqual(ungrounded, [], 'arguments with neither an assertion of their own nor the reconstruction mark');
      const both = reconstructed.filter((a) => ownAssertions.has(a.id)).map((a) => a.id);
      assert.deepEqual(both, [], 'an argument a speaker states is not a reconstruction');
      const bare = reconstructed
        .filter((a) => typeof a.rationale !== 'string' || quotedPassages(a.rationale).length === 0)
        .map((a) => a.id);
      assert.deepEqual(bare, [], 'a reconstruction names the passage it reads, in double quotes');
    });

    it('the README lists every reconstruction and says why it exists', () => {
      const section = /## Reconstructed arguments\n([\s\S]*?)(\n## |$)/.exec(readme)?.[1] ?? '';
      const listed = [...section.matchAll(/`(argument:[a-z0-9-]+)`/g)].map((m) => m[1]!);
      assert.deepEqual([...new Set(listed)].sort(), reconstructed.map((a) => a.id).sort());
      const count = /(\d+) of the (\d+) arguments are reconstructions/.exec(readme);
      assert.ok(count, 'the README gives the count of reconstructions');
      assert.equal(Number(count[1]), reconstructed.length);
      assert.equal(Number(count[2]), doc.arguments!.length);
    });

    it("each reconstruction's quoted passages are verbatim in the seed texts", (t) => {
      if (!haveTexts) return skipWithoutTexts(t);
      const corpus = allTexts();
      const missing = reconstructed.flatMap((a) =>
        quotedPassages(a.rationale as string)
          .filter((p) => !corpus.some((text) => text.includes(p)))
          .map((p) => `${a.id}: ${p}`),
      );
      assert.deepEqual(missing, []);
    });
  });

  describe('the map argues, not only quotes', () => {
    it('at most 10 % of the claims are in no argument, and review.json says why each of them is not', () => {
      const unlinked = doc.claims!.filter((c) => !inSomeArgument.has(c.id)).map((c) => c.id as string);
      const listed = ((review.unlinkedClaims ?? []) as Item[]).map((e) => {
        assert.ok(typeof e.reason === 'string' && e.reason.length > 40, `unlinkedClaims: ${e.claimId} needs a reason`);
        return e.claimId as string;
      });
      assert.deepEqual([...listed].sort(), [...unlinked].sort(), 'review.json lists exactly the claims in no argument');
      assert.ok(
        unlinked.length <= doc.claims!.length * 0.1,
        `${unlinked.length} of ${doc.claims!.length} claims are in no argument (at most 10 %)`,
      );
    });

    it('at most 35 % of the arguments are the analyst’s reconstructions', () => {
      const reconstructed = doc.arguments!.filter((a) => a.reconstructed === true).length;
      assert.ok(
        reconstructed <= doc.arguments!.length * 0.35,
        `${reconstructed} of ${doc.arguments!.length} arguments are reconstructions (at most 35 %)`,
      );
    });
  });

  describe('data/seed/README.md says what the data holds', () => {
    const section = (title: string) => new RegExp(`## ${title}\n([\\s\\S]*?)(\n## |$)`).exec(readme)?.[1] ?? '';
    const figures = (pattern: RegExp, text = section('What is covered')) => {
      const m = pattern.exec(text.replace(/\s+/g, ' '));
      assert.ok(m, `the README states ${pattern}`);
      return m.slice(1).map(Number);
    };
    const count = <T>(items: T[], test: (x: T) => boolean) => items.filter(test).length;

    it('gives the counts of claims, arguments, assertions, actors, provisions and citations as they are', () => {
      const cl = doc.claims!;
      const kinds = ['LEGAL', 'FACTUAL', 'VALUE', 'PREDICTION', 'POLICY'].map((k) => count(cl, (c) => c.kind === k));
      assert.deepEqual(figures(/\*\*(\d+) claims\*\* \((\d+) legal, (\d+) factual, (\d+) value, (\d+) prediction, (\d+) policy\)/), [
        cl.length,
        ...kinds,
      ]);
      const stances = ['PRO', 'CON', 'NEUTRAL'].map((k) => count(doc.positions!, (p) => p.stance === k));
      assert.deepEqual(figures(/(\d+) take a stance on the issue \((\d+) PRO, (\d+) CON, (\d+) NEUTRAL\)/), [
        doc.positions!.length,
        ...stances,
      ]);
      const unlinked = count(cl, (c) => !inSomeArgument.has(c.id));
      assert.deepEqual(figures(/(\d+) are a premise or a conclusion of some argument; the (\d+) in no argument/), [
        cl.length - unlinked,
        unlinked,
      ]);
      const ar = doc.arguments!;
      assert.deepEqual(
        figures(
          /\*\*(\d+) arguments\*\*: (\d+) supports \((\d+) arguments are linked, with several premises\), (\d+) rebuttals, (\d+) undermining attacks and (\d+) undercuts\. (\d+) are stated by a speaker/,
        ),
        [
          ar.length,
          count(ar, (a) => a.kind === 'SUPPORT'),
          count(ar, (a) => a.premiseIds.length > 1),
          ...['REBUT', 'UNDERMINE', 'UNDERCUT'].map((k) => count(ar, (a) => a.attackKind === k)),
          count(ar, (a) => a.reconstructed !== true),
        ],
      );
      const as = doc.assertions!;
      assert.deepEqual(figures(/\*\*(\d+) assertions\*\* \((\d+) of claims, (\d+) of arguments\)/), [
        as.length,
        count(as, (a) => Boolean(a.claimId)),
        count(as, (a) => Boolean(a.argumentId)),
      ]);
      assert.deepEqual(figures(/\*\*(\d+) actors\*\*/), [doc.actors!.length]);
      assert.deepEqual(figures(/(\d+) affiliations/), [doc.affiliations!.length]);
      assert.deepEqual(figures(/\*\*(\d+) provisions\*\*/), [doc.provisions!.length]);
      const ci = doc.citations!;
      assert.deepEqual(figures(/\*\*(\d+) citations\*\* \((\d+) the speaker's, (\d+) the analyst's reading\)/), [
        ci.length,
        count(ci, (c) => (c.attribution ?? 'SPEAKER') === 'SPEAKER'),
        count(ci, (c) => c.attribution === 'ANALYST'),
      ]);
      for (const s of doc.sources!) {
        const row = new RegExp(`\\(\`${s.id}\`\\) \\| (\\d+) \\|`);
        assert.deepEqual(figures(row), [count(as, (a) => a.sourceId === s.id)], s.id);
      }
    });

    it('quotes the texts verbatim where it says what changed and why', (t) => {
      if (!haveTexts) return skipWithoutTexts(t);
      const corpus = allTexts();
      const text = section('What changed in the third pass').replace(/\s*\n\s*/g, ' ');
      const missing = quotedPassages(text).filter((p) => !corpus.some((x) => x.includes(p)));
      assert.deepEqual(missing, [], 'passages in double quotes that are not in the texts');
    });
  });

  it("keeps the quote's hedges: a hedged quote's claim is hedged too, or the data explains why not", () => {
    const hedged = (id: string) => CLAIM_HEDGE.test(claims.get(id)!.text);
    // An argument's quote keeps its hedge in the claims it joins: its conclusion or one of its premises.
    const kept = (a: Item) =>
      a.claimId
        ? hedged(a.claimId)
        : [...args.get(a.argumentId)!.premiseIds, args.get(a.argumentId)!.conclusionId].some((id) => id && hedged(id));
    const flagged = doc.assertions!.filter((a) => HEDGE.test(a.quote) && !kept(a)).map((a) => a.id as string);
    const reasons = explained('hedgeExceptions');
    assert.deepEqual(
      flagged.filter((id) => !reasons.has(id)),
      [],
      'hedged quotes whose claims drop the hedge: fix the claim, or explain in review.json',
    );
    assert.deepEqual(
      [...reasons.keys()].filter((id) => !flagged.includes(id)),
      [],
      'explained exceptions the detector no longer flags',
    );
  });

  describe('attribution', () => {
    const ownVoice = new Map<string, string>();
    for (const s of doc.sources!) {
      const voice = doc.actors!.find(
        (a) => (s.publisher && a.kind === 'MEDIA' && a.name === s.publisher) || (s.author && a.name === s.author),
      );
      ownVoice.set(s.id, voice?.id ?? 'actor:publisher-of-the-2025-04-09-report');
    }

    it('every source has an actor for its own voice', () => {
      for (const [source, actor] of ownVoice) assert.ok(actors.has(actor), `${source}: ${actor}`);
    });

    it('an outlet or author asserts only what it says in its own voice; reported views belong to who holds them', (t) => {
      if (!haveTexts) return skipWithoutTexts(t);
      const flagged: string[] = [];
      for (const a of doc.assertions!) {
        if (ownVoice.get(a.sourceId) !== a.actorId) continue;
        const sentence = sentenceAround(textOf(a.sourceId), a.quote);
        const aboutSaying = a.claimId && CLAIM_REPORTS.test(claims.get(a.claimId)!.text);
        if (REPORTING.test(sentence) && !aboutSaying) flagged.push(a.id);
      }
      const reasons = explained('attributionExceptions');
      assert.deepEqual(
        flagged.filter((id) => !reasons.has(id)),
        [],
        'own-voice assertions from sentences that report others: attribute them, or explain in review.json',
      );
      assert.deepEqual(
        [...reasons.keys()].filter((id) => !flagged.includes(id)),
        [],
        'explained exceptions the check no longer flags',
      );
    });

    it('quotes an outlet took from another (told CNN) say so', (t) => {
      if (!haveTexts) return skipWithoutTexts(t);
      const byId = new Map(doc.assertions!.map((a) => [a.id as string, a]));
      for (const r of (review.reportedVia ?? []) as Item[]) {
        const a = byId.get(r.assertionId);
        assert.ok(a, r.assertionId);
        assert.ok(sentenceAround(textOf(a.sourceId), a.quote).includes(`told ${r.via}`), `${r.assertionId}: told ${r.via}`);
      }
      for (const s of doc.sources!) {
        const text = textOf(s.id);
        for (const a of doc.assertions!.filter((x) => x.sourceId === s.id && x.claimId)) {
          const via = /told (CNN|Fox News)/.exec(sentenceAround(text, a.quote))?.[1];
          if (via)
            assert.ok(
              ((review.reportedVia ?? []) as Item[]).some((r) => r.assertionId === a.id && r.via === via),
              `${a.id} came via ${via}`,
            );
        }
      }
    });

    it('every actor description comes from the texts or is marked as added context', (t) => {
      const entries = new Map(((review.descriptions ?? []) as Item[]).map((e) => [e.actorId as string, e]));
      const described = doc.actors!.filter((a) => a.description).map((a) => a.id as string);
      assert.deepEqual(
        described.filter((id) => !entries.has(id)),
        [],
        'described actors without an entry in review.json',
      );
      assert.deepEqual(
        [...entries.keys()].filter((id) => !described.includes(id)),
        [],
        'entries for actors without a description',
      );
      for (const [id, e] of entries) {
        assert.ok(Array.isArray(e.from) !== (typeof e.context === 'string'), `${id}: either "from" (passages) or "context" (a reason)`);
      }
      if (!haveTexts) return skipWithoutTexts(t);
      const corpus = allTexts();
      for (const [id, e] of entries) {
        for (const span of e.from ?? [])
          assert.ok(
            corpus.some((text) => text.includes(span)),
            `${id}: "${span}" is not in the texts`,
          );
      }
    });
  });

  describe('citations say whose they are', () => {
    it('a speaker citation names a provision the claim’s own sources name; the rest are the analyst’s', (t) => {
      const names = (review.provisionNames ?? {}) as Record<string, string[]>;
      for (const p of doc.provisions!) assert.ok(Array.isArray(names[p.id]), `provisionNames lists how the texts name ${p.id}`);
      for (const c of doc.citations!)
        assert.ok([undefined, 'SPEAKER', 'ANALYST'].includes(c.attribution), `${c.claimId} → ${c.provisionId}`);
      if (!haveTexts) return skipWithoutTexts(t);
      const unnamed: string[] = [];
      for (const c of doc.citations!.filter((x) => (x.attribution ?? 'SPEAKER') === 'SPEAKER')) {
        const sources = new Set(doc.assertions!.filter((a) => a.claimId === c.claimId).map((a) => a.sourceId as string));
        const said = [...sources].map(textOf).join('\n').toLowerCase();
        if (!names[c.provisionId]!.some((n) => said.includes(n.toLowerCase()))) unnamed.push(`${c.claimId} → ${c.provisionId}`);
      }
      assert.deepEqual(unnamed, [], 'speaker citations of provisions no source of the claim names: mark them ANALYST');
      assert.ok(
        doc.citations!.some((c) => c.attribution === 'ANALYST'),
        'the Citizenship Clause, which no text names, is cited as the analyst’s reading',
      );
    });
  });

  describe('structure', () => {
    it('a rebuttal targets a claim, an undermining attack a claim used as a premise, an undercut an argument', () => {
      for (const a of doc.arguments!) {
        const kind = kindOf(a);
        if (kind === 'UNDERCUT') assert.ok(args.has(a.targetArgumentId), `${a.id} undercuts an argument of the map`);
        else assert.ok(claims.has(a.conclusionId), `${a.id} concludes in a claim of the map`);
        if (kind === 'UNDERMINE')
          assert.ok(premiseOfSome.has(a.conclusionId), `${a.id}: ${a.conclusionId} is no premise of any argument; this is a rebuttal`);
      }
    });

    it("an attack on a claim is named by the claim's place in the inferences, whatever stance it takes", () => {
      // README "Rules": a claim some argument supports is a conclusion, and so is a claim no argument uses
      // (a standalone view): attacking it is a rebuttal. A claim used as a premise and supported by nothing
      // is an undermining's target, even when it also takes a stance on the issue.
      const misnamed: string[] = [];
      for (const a of doc.arguments!.filter((x) => x.kind === 'ATTACK' && x.conclusionId)) {
        const c = a.conclusionId as string;
        const rule = supported.has(c) || !premiseOfSome.has(c) ? 'REBUT' : 'UNDERMINE';
        if (a.attackKind !== rule) misnamed.push(`${a.id}: ${a.attackKind}, the rule says ${rule}`);
      }
      assert.deepEqual(misnamed, []);
      const both = doc.arguments!.filter(
        (a) => a.attackKind === 'UNDERMINE' && stanceOf.get(a.conclusionId) !== undefined && stanceOf.get(a.conclusionId) !== 'NEUTRAL',
      );
      assert.ok(both.length > 0, 'the map has premises that take a stance and are undermined: the rule is exercised');
    });

    it('nothing attacks or supports itself', () => {
      for (const a of doc.arguments!) {
        assert.ok(!a.premiseIds.includes(a.conclusionId), `${a.id}: its conclusion is one of its premises`);
        if (a.targetArgumentId) {
          assert.notEqual(a.targetArgumentId, a.id, `${a.id} undercuts itself`);
          const target = args.get(a.targetArgumentId)!;
          const shared = (a.premiseIds as string[]).filter((p) => target.premiseIds.includes(p) || target.conclusionId === p);
          assert.deepEqual(shared, [], `${a.id} undercuts an argument with its own premise or conclusion`);
        }
      }
    });

    it('stances agree with the arguments: supports do not cross sides, rebuttals do', () => {
      const crossed: string[] = [];
      for (const a of doc.arguments!) {
        const to = stanceOf.get(a.conclusionId);
        for (const p of a.premiseIds as string[]) {
          const from = stanceOf.get(p);
          if (!from || !to || from === 'NEUTRAL' || to === 'NEUTRAL') continue;
          if (a.kind === 'SUPPORT' && from !== to) crossed.push(`${a.id}: ${from} premise supports a ${to} claim`);
          if (a.kind === 'ATTACK' && a.conclusionId && from === to) crossed.push(`${a.id}: ${from} premise attacks a ${to} claim`);
        }
      }
      assert.deepEqual(crossed, []);
    });

    it('a claim used to support a PRO or CON claim is not NEUTRAL, and the reasons for the proposal are PRO', () => {
      const neutral: string[] = [];
      for (const a of doc.arguments!.filter((x) => x.kind === 'SUPPORT')) {
        const to = stanceOf.get(a.conclusionId);
        if (to !== 'PRO' && to !== 'CON') continue;
        for (const p of a.premiseIds as string[]) if (stanceOf.get(p) === 'NEUTRAL') neutral.push(`${p} (premise of ${a.id})`);
      }
      assert.deepEqual(neutral, []);
      const proposal = 'claim:us-should-send-convicted-citizens-to-el-salvador';
      assert.equal(stanceOf.get(proposal), 'PRO');
      const reasons = doc
        .arguments!.filter((a) => a.kind === 'SUPPORT' && a.conclusionId === proposal)
        .flatMap((a) => a.premiseIds as string[]);
      assert.ok(reasons.length > 0);
      assert.deepEqual(
        reasons.filter((p) => stanceOf.get(p) !== 'PRO'),
        [],
        'every reason given for the proposal takes the PRO stance',
      );
    });
  });
});
