// Argdown text to and from the argmap graph document, parsed by @argdown/core (the Argdown project's own parser).
import {
  ArgdownApplication,
  DataPlugin,
  IArgument,
  ModelPlugin,
  ParserPlugin,
  type IEquivalenceClass,
  type IRelation,
  type RelationMember,
} from '@argdown/core';
import type { GraphDocument } from '../domain/graph-document.js';
import { ID_PREFIXES, labelOfId, slugify, type NodeLabel } from '../domain/ids.js';
import type { AttackKind, ClaimKind } from '../domain/index.js';
import { InterchangeError, Tally, emptyDocument } from './common.js';

type Argument = GraphDocument['arguments'][number];
type Data = Record<string, unknown> | undefined;

let application: ArgdownApplication | null = null;
function parser(): ArgdownApplication {
  if (!application) {
    application = new ArgdownApplication();
    application.addPlugin(new ParserPlugin(), 'parse-input');
    application.addPlugin(new DataPlugin(), 'build-model');
    application.addPlugin(new ModelPlugin(), 'build-model');
  }
  return application;
}

const CLAIM_KINDS = new Set(['LEGAL', 'FACTUAL', 'POLICY', 'VALUE', 'PREDICTION']);
const ATTACK_KINDS = new Set(['REBUT', 'UNDERMINE']);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * An Argdown text as a graph document. Statements are claims; an argument with a
 * premise-conclusion structure is one SUPPORT argument per inference step (premises in order);
 * an argument without one is made of its relations: the statements that support it are its
 * premises, and each statement it supports (+>), attacks (->) or argument it undercuts (_>)
 * gives one argument. Relations between statements are one-premise arguments (contrary and
 * contradictory: an attack each way). Data `{id, kind, attackKind, scheme}` on statements and
 * arguments (what argmap's own export writes) is read back.
 */
export function argdownToDocument(
  text: string,
  options: { idBase: string; source?: unknown; origin?: string },
): { doc: GraphDocument; skipped: Tally } {
  const response = parser().run({ input: text, process: ['parse-input', 'build-model'], logLevel: 'none' }) as {
    parserErrors?: { message: string; token?: { startLine?: number } }[];
    lexerErrors?: { message: string; line?: number }[];
    exceptions?: Error[];
    statements?: Record<string, IEquivalenceClass>;
    arguments?: Record<string, IArgument>;
    relations?: IRelation[];
  };
  const errors = [
    ...(response.lexerErrors ?? []).map((e) => `line ${e.line ?? '?'}: ${e.message}`),
    ...(response.parserErrors ?? []).map((e) => `line ${e.token?.startLine ?? '?'}: ${e.message}`),
    ...(response.exceptions ?? []).map((e) => e.message),
  ];
  const origin = options.origin ?? 'document';
  if (errors.length > 0) throw new InterchangeError(origin, `${origin}: not valid Argdown: ${errors.slice(0, 5).join('; ')}`);

  const skipped = new Tally();
  const doc = emptyDocument();
  const used = new Set<string>();
  const idFor = (label: NodeLabel, title: string, data: Data): string => {
    const given = str(data?.id);
    let id = given && labelOfId(given) === label ? given : `${ID_PREFIXES[label]}:${options.idBase}-${slugify(title, 50)}`;
    for (let n = 2; used.has(id); n++) id = `${ID_PREFIXES[label]}:${options.idBase}-${slugify(title, 50)}-${n}`;
    used.add(id);
    return id;
  };

  const claimIds = new Map<string, string>();
  for (const [title, statement] of Object.entries(response.statements ?? {})) {
    const text = statement.members.map((m) => str(m.text)).find(Boolean) ?? title;
    const data = statement.data as Data;
    const id = idFor('Claim', title, data);
    claimIds.set(title, id);
    const kind = str(data?.kind);
    doc.claims.push({ id, text, kind: (kind && CLAIM_KINDS.has(kind) ? kind : 'FACTUAL') as ClaimKind });
  }
  const argumentsOf = new Map<string, string[]>();
  const conclusionOf = new Map<string, string>();
  const add = (title: string, arg: Argument) => {
    doc.arguments.push(arg);
    argumentsOf.set(title, [...(argumentsOf.get(title) ?? []), arg.id]);
  };
  const descriptionClaim = (arg: IArgument): string => {
    const existing = conclusionOf.get(arg.title ?? '');
    if (existing) return existing;
    const text = IArgument.getCanonicalMemberText(arg)?.trim() || arg.title || 'argument';
    const id = idFor('Claim', `${arg.title ?? 'argument'}-description`, undefined);
    doc.claims.push({ id, text, kind: 'FACTUAL' });
    skipped.add('arguments without premise-conclusion structure whose description became a claim');
    conclusionOf.set(arg.title ?? '', id);
    return id;
  };
  const relations = response.relations ?? [];
  const titleOf = (m: RelationMember | undefined) =>
    m?.type === 'inference' ? ((m as { argumentTitle?: string }).argumentTitle ?? '') : (m?.title ?? '');

  // Arguments with a premise-conclusion structure: one argument per inference step.
  const args = Object.entries(response.arguments ?? {});
  for (const [title, arg] of args) {
    if (arg.pcs.length === 0) continue;
    const data = arg.data as Data;
    let premises: string[] = [];
    let step = 0;
    const steps = arg.pcs.filter((s) => s.role !== 'premise').length;
    for (const s of arg.pcs) {
      const claimId = claimIds.get(s.title ?? '');
      if (!claimId) continue;
      if (s.role === 'premise') {
        premises.push(claimId);
        continue;
      }
      step++;
      const isMain = step === steps;
      const attack = isMain && str(data?.kind) === 'ATTACK';
      const attackKind = str(data?.attackKind);
      const distinct = [...new Set(premises.filter((p) => p !== claimId))];
      if (distinct.length === 0) skipped.add('inference steps without premises');
      else
        add(title, {
          id: isMain ? idFor('Argument', title, data) : idFor('Argument', `${title}-step-${step}`, undefined),
          kind: attack ? 'ATTACK' : 'SUPPORT',
          attackKind: attack ? ((attackKind && ATTACK_KINDS.has(attackKind) ? attackKind : 'REBUT') as AttackKind) : null,
          scheme:
            (isMain ? str(data?.scheme) : null) ??
            (str((s as { inference?: { inferenceRules?: string[] } }).inference?.inferenceRules?.join(', ')) || null),
          rationale: isMain ? (IArgument.getCanonicalMemberText(arg)?.trim() ?? null) || null : null,
          ...(isMain && String(data?.reconstructed) === 'true' ? { reconstructed: true } : {}),
          premiseIds: distinct,
          conclusionId: claimId,
          targetArgumentId: null,
        });
      conclusionOf.set(title, claimId);
      premises = [claimId];
    }
  }
  // Arguments made of relations, then the relations of everything else.
  const premisesOf = new Map<string, string[]>();
  for (const r of relations) {
    if (r.to?.type === 'argument' && r.relationType === 'support' && (r.to as IArgument).pcs.length === 0) {
      const premise = r.from?.type === 'equivalence-class' ? claimIds.get(titleOf(r.from)) : undefined;
      if (premise) premisesOf.set(titleOf(r.to), [...(premisesOf.get(titleOf(r.to)) ?? []), premise]);
    }
  }
  const deferred: (() => void)[] = [];
  for (const r of relations) {
    const fromTitle = titleOf(r.from);
    const toTitle = titleOf(r.to);
    if (r.to?.type === 'argument' && r.relationType === 'support' && (r.to as IArgument).pcs.length === 0) {
      if (r.from?.type !== 'equivalence-class') skipped.add('support of an argument by an argument');
      continue;
    }
    const fromArgument = r.from?.type === 'argument' ? (r.from as IArgument) : null;
    const data = (fromArgument?.data as Data) ?? undefined;
    const premiseIds = (): string[] => {
      if (!fromArgument) return [claimIds.get(fromTitle)!].filter(Boolean);
      if (fromArgument.pcs.length > 0) return [conclusionOf.get(fromTitle)].filter((x): x is string => Boolean(x));
      const given = premisesOf.get(fromTitle);
      return given?.length ? [...new Set(given)] : [descriptionClaim(fromArgument)];
    };
    const make = (kind: Argument['kind'], attackKind: AttackKind | null, conclusionId: string | null, targetArgumentId: string | null) => {
      const premises = premiseIds().filter((p) => p !== conclusionId);
      if (premises.length === 0) return skipped.add(`${r.relationType} relations without a premise argmap can hold`);
      const given = fromArgument && !argumentsOf.has(fromTitle) ? data : undefined;
      add(fromArgument ? fromTitle : `${fromTitle}-${r.relationType}-${toTitle}`, {
        id: idFor('Argument', fromArgument ? fromTitle : `${fromTitle}-${r.relationType}-${toTitle}`, given),
        kind,
        attackKind,
        scheme: str(data?.scheme),
        ...(given && str(given.schemeId) ? { schemeId: str(given.schemeId) } : {}),
        ...(given && String(given.reconstructed) === 'true' ? { reconstructed: true } : {}),
        rationale: fromArgument ? (IArgument.getCanonicalMemberText(fromArgument)?.trim() ?? null) || null : null,
        premiseIds: premises,
        conclusionId,
        targetArgumentId,
      });
    };
    const toClaim = r.to?.type === 'equivalence-class' ? claimIds.get(toTitle) : undefined;
    const dataKind = str(data?.attackKind);
    const attackKind = (dataKind && ATTACK_KINDS.has(dataKind) ? dataKind : 'REBUT') as AttackKind;
    if (fromArgument && fromArgument.pcs.length > 0 && r.relationType === 'support' && conclusionOf.get(fromTitle) === toClaim) continue;
    switch (r.relationType) {
      case 'support':
      case 'entails':
        if (toClaim) make('SUPPORT', null, toClaim, null);
        else skipped.add(`${r.relationType} relations to an argument`);
        break;
      case 'attack':
      case 'contrary':
      case 'contradictory':
        if (toClaim) {
          make('ATTACK', attackKind, toClaim, null);
          if (r.relationType !== 'attack' && r.from?.type === 'equivalence-class') {
            const back = claimIds.get(fromTitle)!;
            add(`${toTitle}-${r.relationType}-${fromTitle}`, {
              id: idFor('Argument', `${toTitle}-${r.relationType}-${fromTitle}`, undefined),
              kind: 'ATTACK',
              attackKind: 'REBUT',
              scheme: null,
              rationale: null,
              premiseIds: [toClaim],
              conclusionId: back,
              targetArgumentId: null,
            });
          }
        } else deferred.push(() => undercut(toTitle, make));
        break;
      case 'undercut':
        deferred.push(() => undercut(toTitle, make));
        break;
    }
  }
  // Undercuts last: their targets must exist first.
  function undercut(target: string, make: (k: Argument['kind'], a: AttackKind | null, c: string | null, t: string | null) => void) {
    const targetId = argumentsOf.get(target)?.at(-1);
    if (targetId) make('ATTACK', 'UNDERCUT', null, targetId);
    else skipped.add('undercuts of an argument argmap does not hold');
  }
  for (const run of deferred) run();
  return { doc, skipped };
}

const titleOfId = (id: string) => id.slice(id.indexOf(':') + 1);
const data = (fields: Record<string, string | null | undefined>) => {
  const entries = Object.entries(fields).filter(([, v]) => v);
  return entries.length ? ` {${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')}}` : '';
};
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Free text on one line, with Argdown's markup characters escaped so a quoted "[and]" stays text. */
const freeText = (text: string) => oneLine(text).replace(/[\\[\]<>]/g, (c) => `\\${c}`);

/**
 * The document as Argdown: every claim a statement, every support argument a
 * premise-conclusion structure (premises in order), every attack an argument whose premises
 * support it and which attacks (->) its claim or undercuts (_>) its argument. Ids, claim kinds,
 * attack kinds and schemes ride along as Argdown data, so the text reads back the same.
 * Actors, assertions, sources, provisions and issues have no place in Argdown and are left out.
 */
export function documentToArgdown(doc: GraphDocument): string {
  const lines: string[] = [
    `// argmap export: ${doc.claims.length} claims, ${doc.arguments.length} arguments`,
    '// (actors, assertions, sources, provisions and issues are not carried by Argdown)',
    '',
  ];
  for (const c of doc.claims) lines.push(`[${titleOfId(c.id)}]: ${freeText(c.text)}${data({ id: c.id, kind: c.kind })}`, '');
  for (const a of doc.arguments) {
    const head = `<${titleOfId(a.id)}>${a.rationale ? `: ${freeText(a.rationale)}` : ''}`;
    if (a.kind === 'SUPPORT' && a.conclusionId) {
      lines.push(
        `${head}${data({ id: a.id, scheme: a.scheme, schemeId: a.schemeId, reconstructed: a.reconstructed ? 'true' : null })}`,
        '',
      );
      a.premiseIds.forEach((p, i) => lines.push(`(${i + 1}) [${titleOfId(p)}]`));
      lines.push('----', `(${a.premiseIds.length + 1}) [${titleOfId(a.conclusionId)}]`, '');
      continue;
    }
    lines.push(
      `${head}${data({ id: a.id, kind: a.kind, attackKind: a.attackKind, scheme: a.scheme, schemeId: a.schemeId, reconstructed: a.reconstructed ? 'true' : null })}`,
    );
    for (const p of a.premiseIds) lines.push(`  + [${titleOfId(p)}]`);
    if (a.conclusionId) lines.push(`  ${a.kind === 'ATTACK' ? '->' : '+>'} [${titleOfId(a.conclusionId)}]`);
    if (a.targetArgumentId) lines.push(`  _> <${titleOfId(a.targetArgumentId)}>`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
