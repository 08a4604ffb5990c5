/**
 * How one claim bears on another, and why a claim stands: every chain of arguments
 * `argumentChains` finds from a starting claim to an ending one, drawn from start to end, each
 * step labelled by its argument, shortest first, with what the chain amounts to; and a claim's
 * justification (`Claim.justification`) drawn as a tree of the arguments that decide it. Both
 * follow the semantics, the scenario and the revision of the view, live in the URL and export as
 * PNG and SVG. The drawing is HTML (every claim a button), so it is read and moved through by
 * keyboard like the rest of the page.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, announce, escape, status } from './dom.js';
import { download, svgText, wrap } from './export.js';
import type { ChainsQuery, JustificationQuery, Label } from './generated/graphql.js';
import { CHAINS, CLAIM_QUOTES, JUSTIFICATION } from './operations.js';
import { scenario, view, writeUrl } from './state.js';

type Chain = ChainsQuery['argumentChains'][number];
type Account = NonNullable<JustificationQuery['claim']>['justification'][number];
type Step = Account['steps'][number];

const BADGE: Record<Label, string> = { IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' };
const VERB: Record<string, string> = { SUPPORT: 'supports', REBUT: 'rebuts', UNDERMINE: 'undermines', UNDERCUT: 'undercuts' };
const NOUN: Record<string, string> = { SUPPORT: 'support', REBUT: 'rebuttal', UNDERMINE: 'undermining', UNDERCUT: 'undercut' };
const relation = (a: { kind: string; attackKind?: string | null }) => (a.kind === 'SUPPORT' ? 'SUPPORT' : (a.attackKind ?? 'REBUT'));
const polarity = (a: { kind: string; attackKind?: string | null }) =>
  a.kind === 'SUPPORT' ? 'support' : a.attackKind === 'UNDERCUT' ? 'undercut' : 'attack';

/** A row of the drawing as the SVG export lays it out: a claim box, or the argument linking two. */
interface Row {
  depth: number;
  kind: 'claim' | 'link';
  text: string;
  polarity?: string;
  label?: Label | 'EXCLUDED';
}
/** What is drawn now, for the export: a title and columns of rows. */
let figure: { title: string; columns: Row[][] } | null = null;

/** The claim the next chain starts from, while the reader chooses where it ends. */
export const pendingFrom = (): string | null => (view.from && !view.to ? view.from : null);

let cardCount = 0;
/** A claim as a focusable card: label badge and short label; its full text (and, once focused, its quotes) as its description. */
function card(
  claim: { id: string; shortLabel: string; text: string },
  label: Label | 'EXCLUDED' | null,
  quotes: { quote?: string | null; actor: { name: string }; source?: { title: string } | null }[] | null,
  extra = '',
): string {
  cardCount += 1;
  const more = `chain-more-${cardCount}`;
  const badge = label === 'EXCLUDED' ? '— set aside' : label ? BADGE[label] : '';
  const verdict = label === 'EXCLUDED' ? 'excluded' : (label ?? '').toLowerCase();
  return `<div class="claim-card ${verdict}">
    <button type="button" class="chain-claim" data-claim="${escape(claim.id)}" aria-describedby="${more}">
      ${badge ? `<span class="verdict ${verdict}">${escape(badge)}</span> ` : ''}<span class="short-label">${escape(claim.shortLabel)}</span>${extra}
    </button>
    <div class="claim-more" id="${more}" data-quotes="${quotes ? 'loaded' : ''}">
      <p class="full-text">${escape(claim.text)}</p>
      ${quotes ? quoteList(quotes) : ''}
    </div>
  </div>`;
}

function quoteList(quotes: { quote?: string | null; actor: { name: string }; source?: { title: string } | null }[]): string {
  if (!quotes.length) return '<p class="hint">Nobody on record asserted it.</p>';
  return `<ul class="quotes">${quotes
    .map(
      (q) =>
        `<li><span class="speaker">${escape(q.actor.name)}</span>: ${q.quote ? `“${escape(q.quote)}”` : '<span class="hint">(no quote)</span>'}${q.source ? ` <cite>${escape(q.source.title)}</cite>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** What a chain amounts to: a support chain, or (an odd number of attacks on it) a case against the end. */
export function amounts(chain: Chain): { attacks: number; against: boolean; words: string } {
  const attacks = chain.arguments.filter((a) => a.kind === 'ATTACK').length;
  const from = chain.claims[0]!.shortLabel;
  const to = chain.claims.at(-1)!.shortLabel;
  const against = attacks % 2 === 1;
  const words = against
    ? `“${from}” ultimately counts against “${to}”${attacks > 1 ? ` (${attacks} attacks on the way)` : ''}`
    : attacks === 0
      ? `A support chain: “${from}” ultimately supports “${to}”`
      : `“${from}” ultimately supports “${to}” (${attacks} attacks on the way cancel out)`;
  return { attacks, against, words };
}

function chainHtml(chain: Chain, index: number): { html: string; rows: Row[] } {
  const rows: Row[] = [];
  const { words } = amounts(chain);
  const parts: string[] = [];
  chain.claims.forEach((claim, i) => {
    const label = claim.status.excluded ? 'EXCLUDED' : claim.status.label;
    parts.push(`<li class="chain-node">${card(claim, label, claim.assertions)}</li>`);
    rows.push({ depth: 0, kind: 'claim', text: claim.shortLabel, label });
    const argument = chain.arguments[i];
    if (!argument) return;
    const others = argument.premises.filter((p) => p.id !== claim.id);
    const linked = others.length ? ` together with ${others.map((p) => `“${p.shortLabel}”`).join(' and ')}` : '';
    const undercuts = argument.undercutBy.length
      ? `; undercut by ${argument.undercutBy.map((u) => u.premises.map((p) => `“${p.shortLabel}”`).join(' and ')).join('; ')}`
      : '';
    const kind = relation(argument);
    const text = `${VERB[kind]} the next claim${linked}${undercuts}`;
    parts.push(
      `<li class="chain-link ${polarity(argument)}"><span class="arrow" aria-hidden="true">${argument.kind === 'SUPPORT' ? '▼' : '⊥'}</span> <span class="step-kind">${escape(NOUN[kind] ?? kind)}</span>: ${escape(text)}${
        argument.scheme ? ` <span class="hint">(${escape(argument.scheme)})</span>` : ''
      } <button type="button" class="link" data-argument="${escape(argument.id)}">the argument</button></li>`,
    );
    rows.push({ depth: 0, kind: 'link', text, polarity: polarity(argument) });
  });
  const title = `Chain ${index + 1} · ${chain.length} step${chain.length === 1 ? '' : 's'}`;
  return {
    html: `<li class="chain" aria-labelledby="chain-${index}-title">
      <h3 id="chain-${index}-title">${escape(title)}</h3>
      <p class="amounts">${escape(words)}.</p>
      <ol class="chain-path">${parts.join('')}</ol>
    </li>`,
    rows: [{ depth: 0, kind: 'link', text: `${title}: ${words}` }, ...rows],
  };
}

/** Draws every chain from `fromId` to `toId` (shortest first), as things stand in the view. */
export async function showChains(fromId: string, toId: string): Promise<void> {
  const body = $('chain-body');
  body.setAttribute('aria-busy', 'true');
  const { argumentChains } = await gql(CHAINS, {
    mapId: view.map,
    fromId,
    toId,
    atRevision: view.revision,
    semantics: view.semantics,
    scenario: scenario(),
  });
  cardCount = 0;
  const [first] = argumentChains;
  const at = view.revision !== null ? ` as of revision ${view.revision}` : '';
  if (!first) {
    $('chain-title').textContent = `How ${fromId} bears on ${toId}`;
    body.innerHTML = `<p id="chain-summary">No chain of at most 6 arguments leads from ${escape(fromId)} to ${escape(toId)}${escape(at)}.</p>`;
    figure = { title: `No chain from ${fromId} to ${toId}`, columns: [] };
  } else {
    const from = first.claims[0]!.shortLabel;
    const to = first.claims.at(-1)!.shortLabel;
    $('chain-title').textContent = `How “${from}” bears on “${to}”`;
    const drawn = argumentChains.map(chainHtml);
    const against = argumentChains.filter((c) => amounts(c).against).length;
    body.innerHTML = `<p id="chain-summary">${argumentChains.length} chain${argumentChains.length === 1 ? '' : 's'} from “${escape(from)}” to “${escape(to)}”, shortest first${escape(at)}, under ${escape(
      view.semantics.toLowerCase(),
    )} semantics: ${argumentChains.length - against} for it, ${against} against it.</p>
      <ol class="chains">${drawn.map((d) => d.html).join('')}</ol>`;
    figure = { title: `How “${from}” bears on “${to}”${at}`, columns: drawn.map((d) => d.rows) };
  }
  body.setAttribute('aria-busy', 'false');
  status(`${argumentChains.length} chain${argumentChains.length === 1 ? '' : 's'} from ${fromId} to ${toId}${at}`);
}

/** The tree of one account: a claim, the steps that bear on it, and under each step its premises (and the undercut on it). */
function accountTree(account: Account, rootId: string, rows: Row[]): string {
  const claims = new Map(account.claims.map((c) => [c.claimId, c]));
  const drawn = new Set<string>();
  const onClaim = new Map<string, Step[]>();
  const onArgument = new Map<string, Step[]>();
  for (const step of account.steps) {
    if (step.conclusionId) onClaim.set(step.conclusionId, [...(onClaim.get(step.conclusionId) ?? []), step]);
    if (step.targetArgumentId) onArgument.set(step.targetArgumentId, [...(onArgument.get(step.targetArgumentId) ?? []), step]);
  }
  const claimNode = (id: string, depth: number): string => {
    const c = claims.get(id);
    if (!c) return '';
    const again = drawn.has(id);
    drawn.add(id);
    const note = again
      ? ' <span class="hint">(as above)</span>'
      : c.unattacked && !(onClaim.get(id)?.length ?? 0)
        ? ' <span class="hint">(nobody attacks it)</span>'
        : '';
    rows.push({ depth, kind: 'claim', text: `${c.shortLabel}${again ? ' (as above)' : ''}`, label: c.label });
    const steps = again ? [] : (onClaim.get(id) ?? []);
    return `<li class="why-claim">${card({ id, shortLabel: c.shortLabel, text: c.text }, c.label, null, note)}${
      steps.length ? `<ul class="why-steps">${steps.map((s) => stepNode(s, depth + 1)).join('')}</ul>` : ''
    }</li>`;
  };
  const stepNode = (step: Step, depth: number): string => {
    const kind = relation(step);
    const fails =
      step.label === 'IN'
        ? 'stands'
        : step.label === 'UNDEC'
          ? 'undecided'
          : step.rejectedByScenario
            ? 'rejected by the scenario'
            : step.undercutById
              ? 'fails: undercut'
              : step.failedPremiseId
                ? 'fails: a premise is rejected'
                : 'fails';
    const words = `${NOUN[kind]} (${step.premiseIds.length > 1 ? 'linked premises, ' : ''}${fails})`;
    rows.push({ depth, kind: 'link', text: words, polarity: polarity(step) });
    const premises = step.premiseIds.map((p) => claimNode(p, depth + 1)).join('');
    const undercuts = (onArgument.get(step.argumentId) ?? []).map((u) => stepNode(u, depth + 1)).join('');
    return `<li class="why-step ${polarity(step)} ${step.label.toLowerCase()}"><p class="step-line"><span class="arrow" aria-hidden="true">${
      step.kind === 'SUPPORT' ? '▲' : '⊤'
    }</span> <span class="step-kind">${escape(NOUN[kind] ?? kind)}</span> <span class="verdict ${step.label.toLowerCase()}">${escape(
      BADGE[step.label],
    )}</span> ${escape(fails)} <button type="button" class="link" data-argument="${escape(step.argumentId)}">the argument</button></p><p class="hint step-sentence">${escape(step.sentence)}</p>${
      step.premiseIds.length > 1 ? '<p class="linked-note">Linked premises, together:</p>' : ''
    }<ul class="why-premises">${premises}${undercuts}</ul></li>`;
  };
  return `<ul class="why-tree">${claimNode(rootId, 0)}</ul>`;
}

/** Sentences with each claim's short label focusable, its full text shown on focus (the words stay the API's). */
export function sentencesHtml(sentences: readonly string[], claims: readonly { shortLabel: string; text: string }[]): string {
  const byLabel = new Map(claims.map((c) => [c.shortLabel, c.text]));
  return sentences
    .map(
      (s) =>
        `<li>${s
          .split(/(“[^”]*”)/)
          .map((part) => {
            const text = /^“(.*)”$/.exec(part) ? byLabel.get(part.slice(1, -1)) : undefined;
            return text === undefined
              ? escape(part)
              : `<span class="term" tabindex="0" title="${escape(text)}" data-full="${escape(text)}">${escape(part)}</span>`;
          })
          .join('')}</li>`,
    )
    .join('');
}

/** Draws why a claim stands or falls: its justification, one account per labelling. */
export async function showWhy(claimId: string): Promise<void> {
  const body = $('chain-body');
  body.setAttribute('aria-busy', 'true');
  const { claim } = await gql(JUSTIFICATION, { id: claimId, atRevision: view.revision, semantics: view.semantics, scenario: scenario() });
  cardCount = 0;
  const at = view.revision !== null ? ` as of revision ${view.revision}` : '';
  if (!claim) {
    $('chain-title').textContent = `Why ${claimId}?`;
    body.innerHTML = `<p id="chain-summary">No claim ${escape(claimId)}${escape(at)}.</p>`;
    figure = { title: `No claim ${claimId}`, columns: [] };
  } else {
    const semantics = view.semantics.toLowerCase();
    const verdict = claim.status.excluded
      ? 'is set aside by the scenario'
      : claim.status.label === 'IN'
        ? 'stands'
        : claim.status.label === 'OUT'
          ? 'is rejected'
          : 'is undecided';
    $('chain-title').textContent = `Why “${claim.shortLabel}” ${verdict}`;
    const columns: Row[][] = [];
    const several = claim.justification.length > 1;
    const sections = claim.justification.map((account, i) => {
      const heading = several
        ? account.label === 'IN'
          ? `A labelling that accepts it (${semantics})`
          : `A labelling that ${account.label === 'OUT' ? 'rejects' : 'leaves open'} it (${semantics})`
        : view.semantics === 'GROUNDED' || view.semantics === 'COMPLETE'
          ? 'The grounded justification'
          : `Every ${semantics} labelling agrees`;
      const rows: Row[] = [{ depth: 0, kind: 'link', text: heading }];
      const tree = accountTree(account, claim.id, rows);
      columns.push(rows);
      return `<section class="account" aria-labelledby="account-${i}">
        <h3 id="account-${i}">${escape(heading)}</h3>
        <ol class="sentences">${sentencesHtml(account.sentences, account.claims)}</ol>
        ${tree}
      </section>`;
    });
    body.innerHTML = `<p id="chain-summary">“${escape(claim.shortLabel)}” ${escape(verdict)} under ${escape(semantics)} semantics${escape(at)}${
      several ? ': the extensions differ on it, so here is one labelling that accepts it and one that does not' : ''
    }.</p>${sections.join('') || '<p class="hint">The scenario leaves this claim out: there is nothing to justify.</p>'}`;
    figure = { title: `Why “${claim.shortLabel}” ${verdict}${at}`, columns };
  }
  body.setAttribute('aria-busy', 'false');
  status(`Why ${claimId}${at}`);
}

/** Draws what the view names: chains between its two ends, the justification of its claim, or what to choose. */
export async function showChainView(): Promise<void> {
  const pick = $('chain-pick');
  if (view.why) {
    pick.textContent = '';
    await showWhy(view.why);
    return;
  }
  if (view.from && view.to) {
    pick.textContent = '';
    await showChains(view.from, view.to);
    return;
  }
  figure = null;
  $('chain-title').textContent = 'Chains and justifications';
  $('chain-body').innerHTML = view.from
    ? `<p id="chain-summary">The chain starts at ${escape(view.from)}. Choose where it ends: search for a claim and choose <em>Chain to here</em>, or open a claim's panel and choose <em>Chains from the chosen claim to here</em>.</p>`
    : `<p id="chain-summary">Open a claim's panel and choose <em>Chains to…</em> (then the claim to end at) or <em>Why?</em>; or search and choose <em>Chain from here</em> on one result and <em>Chain to here</em> on another.</p>`;
}

/** Starts a chain at a claim; the next claim chosen ends it. */
export function chainFrom(id: string): void {
  view.from = id;
  view.to = null;
  view.why = null;
  writeUrl();
  announce(`Chain starts at ${id}. Choose the claim to end at: search, or open its panel.`);
  status(`Chain from ${id}: choose where it ends`);
}

function svg(): string {
  const data = figure ?? { title: 'Nothing drawn', columns: [] };
  const columnWidth = 380;
  const indent = 22;
  const font = 12;
  const parts: string[] = [];
  const width = Math.max(400, 40 + data.columns.length * (columnWidth + 30));
  // The title wraps to the drawing's width; the columns start below it.
  const title = wrap(data.title, Math.floor((width - 40) / (16 * 0.6)));
  const top = 26 + title.length * 16 * 1.3;
  let height = top;
  data.columns.forEach((rows, c) => {
    let y = top;
    const x0 = 20 + c * (columnWidth + 30);
    for (const row of rows) {
      const x = x0 + row.depth * indent;
      const width = columnWidth - row.depth * indent;
      const lines = wrap(row.text, Math.max(12, Math.floor((width - 16) / (font * 0.55))));
      const h = lines.length * font * 1.3 + 12;
      if (row.kind === 'claim') {
        const dash = row.label === 'OUT' ? ' stroke-dasharray="6 4"' : row.label === 'UNDEC' ? ' stroke-dasharray="2 3"' : '';
        const fill = row.label === 'IN' ? '#e3f2e6' : row.label === 'OUT' ? '#eeeeee' : row.label === 'UNDEC' ? '#fff4cc' : '#ffffff';
        const badge = row.label && row.label !== 'EXCLUDED' ? `${BADGE[row.label]} · ` : row.label === 'EXCLUDED' ? '— set aside · ' : '';
        parts.push(
          `<g class="claim"><rect x="${x}" y="${y}" width="${width}" height="${h}" rx="6" fill="${fill}" stroke="#1d1d1f" stroke-width="${row.label === 'IN' ? 3 : 1.5}"${dash} />${svgText(
            wrap(`${badge}${row.text}`, Math.max(12, Math.floor((width - 16) / (font * 0.55)))),
            x + 8,
            y + 6 + font,
            font,
          )}</g>`,
        );
      } else {
        const colour =
          row.polarity === 'support'
            ? '#0072B2'
            : row.polarity === 'attack'
              ? '#B85000'
              : row.polarity === 'undercut'
                ? '#A8487F'
                : '#1d1d1f';
        const dash = row.polarity === 'attack' ? ' stroke-dasharray="6 4"' : row.polarity === 'undercut' ? ' stroke-dasharray="2 3"' : '';
        if (row.polarity)
          parts.push(`<line x1="${x + 10}" y1="${y - 4}" x2="${x + 10}" y2="${y + h + 4}" stroke="${colour}" stroke-width="2"${dash} />`);
        parts.push(
          `<g class="link">${svgText(lines, x + (row.polarity ? 22 : 0), y + 6 + font, font, row.polarity ? colour : '#1d1d1f')}</g>`,
        );
      }
      y += h + 8;
    }
    height = Math.max(height, y + 20);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(data.title)}">
<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" />
${svgText(title, 20, 26, 16, '#1d1d1f', 'bold')}
${parts.join('\n')}
</svg>
`;
}

/** The drawing as a PNG: the SVG painted on a canvas at twice its size. */
async function png(): Promise<Blob> {
  const text = svg();
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Loads a claim card's quotes the first time it is focused (the justification does not carry them). */
async function loadQuotes(button: HTMLButtonElement): Promise<void> {
  const more = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  if (!more || more.dataset.quotes) return;
  more.dataset.quotes = 'loading';
  const { claim } = await gql(CLAIM_QUOTES, { id: button.dataset.claim! });
  more.insertAdjacentHTML('beforeend', claim ? quoteList(claim.assertions) : '');
  more.dataset.quotes = 'loaded';
}

export function setupChains(): void {
  const body = $('chain-body');
  body.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const claim = target.closest<HTMLButtonElement>('button[data-claim]');
    if (claim) void actions.showPanel(claim.dataset.claim!);
    const argument = target.closest<HTMLButtonElement>('button[data-argument]');
    if (argument) void actions.showPanel(argument.dataset.argument!);
  });
  body.addEventListener('focusin', (event) => {
    const claim = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-claim]');
    if (claim) void loadQuotes(claim).catch((e: Error) => status(e.message));
  });
  // Up and down move between the claims of a drawing, as in a list.
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...body.querySelectorAll<HTMLButtonElement>('button[data-claim]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!;
    next.focus();
  });
  $('chain-swap').addEventListener('click', () => {
    if (!view.from || !view.to) return;
    [view.from, view.to] = [view.to, view.from];
    writeUrl();
    void showChainView().catch((e: Error) => status(e.message));
  });
  $('chain-export-svg').addEventListener('click', () => download(new Blob([svg()], { type: 'image/svg+xml' }), 'argmap-chain.svg'));
  $('chain-export-png').addEventListener('click', () => {
    void png()
      .then((blob) => download(blob, 'argmap-chain.png'))
      .catch((e: Error) => status(`Could not export the PNG: ${e.message}`));
  });
}

/** For the tests: the SVG of what is drawn. */
export const chainSvg = svg;
