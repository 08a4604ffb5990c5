import type { GraphDocument } from '../domain/graph-document.js';
import type { ActorKind, ClaimKind, Stance } from '../domain/index.js';

/**
 * mulberry32: a small, fast, seedable PRNG, so a given seed always yields the same debate (and the
 * tests' random maps and inputs the same draws, so a failure can be replayed).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'citizen prison sentence court statute amendment due process cruel unusual punishment deport denaturalise executive congress judicial review habeas treaty consent transfer offer fee cost deterrent crime violent offender right liberty custody foreign sovereign delegation equal protection abroad conditions rights law policy'.split(
    ' ',
  );
const CLAIM_KINDS: ClaimKind[] = ['LEGAL', 'FACTUAL', 'POLICY', 'VALUE', 'PREDICTION'];
const ACTOR_KINDS: ActorKind[] = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'MEDIA', 'GOVERNMENT', 'COURT'];
const STANCES: Stance[] = ['PRO', 'CON', 'NEUTRAL'];

/**
 * A synthetic debate of the seed debate's shape: per claim about 1.8 assertions (with quotes),
 * 0.95 arguments (supports and attacks fanning in, about one in six linked, a few undercuts,
 * cycles), 0.35 citations into a provision hierarchy, and stances for one claim in ten.
 * `idPrefix` goes after the kind of every id (`claim:m17-g000001`): ids are unique across the
 * deployment, so debates generated for different maps need one each.
 */
export function generateDebate({
  claims: claimCount,
  seed = 1,
  idPrefix,
}: {
  claims: number;
  seed?: number;
  idPrefix?: string;
}): GraphDocument {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const pad = (i: number) => String(i).padStart(6, '0');
  const idOf = (kind: string, rest: string) => (idPrefix ? `${kind}:${idPrefix}-${rest}` : `${kind}:${rest}`);

  const actorCount = Math.max(5, Math.round(claimCount / 20));
  const sourceCount = Math.max(3, Math.round(claimCount / 50));
  const doc: GraphDocument = {
    issues: [{ id: idOf('issue', 'g-question'), question: 'May the state send its citizens to serve sentences abroad?' }],
    actors: Array.from({ length: actorCount }, (_, i) => ({
      id: idOf('actor', `g${pad(i)}`),
      name: `Actor ${i} ${pick(WORDS)}`,
      kind: pick(ACTOR_KINDS),
      description: `${pick(WORDS)} ${pick(WORDS)}`,
    })),
    affiliations: [],
    sources: Array.from({ length: sourceCount }, (_, i) => ({
      id: idOf('source', `g${pad(i)}`),
      title: `Report ${i} on ${sentence(3)}`,
      kind: 'NEWS' as const,
      publisher: `Publisher ${i % 7}`,
      author: null,
      publishedAt: `2025-0${1 + (i % 9)}-1${i % 10}`,
      url: null,
    })),
    provisions: [
      {
        id: idOf('provision', 'g-constitution'),
        name: 'Constitution',
        kind: 'CONSTITUTION',
        citation: 'Const.',
        summary: null,
        partOfId: null,
      },
    ],
    claims: Array.from({ length: claimCount }, (_, i) => ({
      id: idOf('claim', `g${pad(i)}`),
      text: `Claim ${i}: ${sentence(8 + int(8))}.`,
      kind: pick(CLAIM_KINDS),
    })),
    arguments: [],
    assertions: [],
    citations: [],
    positions: [],
  };
  for (let a = 0; a < 12; a += 1) {
    doc.provisions.push({
      id: idOf('provision', `g-amendment-${a}`),
      name: `Amendment ${a}`,
      kind: 'AMENDMENT',
      citation: `Const. amend. ${a}`,
      summary: null,
      partOfId: idOf('provision', 'g-constitution'),
    });
    for (let c = 0; c < 3; c += 1) {
      doc.provisions.push({
        id: idOf('provision', `g-clause-${a}-${c}`),
        name: `Clause ${c} of amendment ${a}`,
        kind: 'CLAUSE',
        citation: `Const. amend. ${a}, cl. ${c}`,
        summary: sentence(6),
        partOfId: idOf('provision', `g-amendment-${a}`),
      });
    }
  }
  for (let i = 0; i < actorCount; i += 1) {
    if (doc.actors[i]!.kind === 'PERSON' && i % 3 === 0) {
      const org = doc.actors.find((x, j) => j > i && x.kind !== 'PERSON');
      if (org) doc.affiliations.push({ actorId: doc.actors[i]!.id, organizationId: org.id, role: 'member' });
    }
  }
  const claimId = (i: number) => doc.claims[i]!.id;
  let argumentIndex = 0;
  const supportArgs: string[] = [];
  for (let i = 1; i < claimCount; i += 1) {
    // Mostly towards earlier claims (a tree with fan-in), now and then forward (cycles).
    const fanIn = random() < 0.95 ? 1 : 0;
    for (let k = 0; k < fanIn; k += 1) {
      const conclusion = random() < 0.97 ? int(i) : Math.min(claimCount - 1, i + 1 + int(10));
      if (conclusion === i) continue;
      const linked = random() < 1 / 6 && i > 2;
      const premiseIds = [claimId(i)];
      if (linked) {
        const other = int(i);
        if (other !== conclusion && other !== i) premiseIds.push(claimId(other));
      }
      const attack = random() < 0.35;
      const id = idOf('argument', `g${pad(argumentIndex++)}`);
      doc.arguments.push({
        id,
        kind: attack ? 'ATTACK' : 'SUPPORT',
        attackKind: attack ? (random() < 0.8 ? 'REBUT' : 'UNDERMINE') : null,
        scheme: random() < 0.3 ? 'Argument from Expert Opinion' : null,
        rationale: null,
        premiseIds,
        conclusionId: claimId(conclusion),
        targetArgumentId: null,
      });
      if (!attack) supportArgs.push(id);
    }
    if (random() < 0.03 && supportArgs.length > 0) {
      doc.arguments.push({
        id: idOf('argument', `g${pad(argumentIndex++)}`),
        kind: 'ATTACK',
        attackKind: 'UNDERCUT',
        scheme: null,
        rationale: null,
        premiseIds: [claimId(i)],
        conclusionId: null,
        targetArgumentId: pick(supportArgs),
      });
    }
  }
  let assertionIndex = 0;
  for (let i = 0; i < claimCount; i += 1) {
    const count = 1 + (random() < 0.8 ? 1 : 0);
    for (let k = 0; k < count; k += 1) {
      doc.assertions.push({
        id: idOf('assertion', `g${pad(assertionIndex++)}`),
        actorId: pick(doc.actors).id,
        claimId: claimId(i),
        argumentId: null,
        sourceId: pick(doc.sources).id,
        quote: `${sentence(6 + int(10))}`,
        date: random() < 0.5 ? `2025-04-${String(1 + int(28)).padStart(2, '0')}` : null,
      });
    }
    if (random() < 0.35) {
      doc.citations.push({
        claimId: claimId(i),
        provisionId: pick(doc.provisions.slice(1)).id,
        role: pick(['PROHIBITS', 'PERMITS', 'REQUIRES', 'CONTEXT'] as const),
        attribution: 'SPEAKER',
        note: null,
      });
    }
    if (random() < 0.1) doc.positions.push({ claimId: claimId(i), issueId: idOf('issue', 'g-question'), stance: pick(STANCES) });
  }
  return doc;
}
