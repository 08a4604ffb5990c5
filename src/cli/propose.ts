// `argmap propose FILE --map ID`: reads a text into a proposal for the map, as proposeFromText does, and prints what it found.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DomainError } from '../domain/errors.js';
import { SOURCE_KINDS } from '../domain/index.js';
import { SYSTEM_AUTHOR } from '../domain/people.js';
import type { ProposalRecord } from '../domain/proposals.js';
import { oneOf } from '../domain/validation.js';
import { validateSource } from '../domain/validate/source.js';
import type { Backend } from '../main.js';
import type { Repositories } from '../repositories/index.js';
import { mapOption, requireMap } from './maps.js';
import { UsageError } from './usage-error.js';

const quoted = (text: string, max = 160) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** What a proposal found, one block per item: the quote with its place, the speaker, the claim, the best match. */
export async function describeProposal(proposal: ProposalRecord, repos: Pick<Repositories, 'claims'>): Promise<string> {
  const matchIds = [...new Set(proposal.items.flatMap((item) => item.matches.slice(0, 1).map((m) => m.claimId)))];
  const claims = new Map((await repos.claims.findClaimsByIds({ ids: matchIds })).flatMap((c) => (c ? [[c.id, c.text] as const] : [])));
  const lines = proposal.items.map((item) => {
    const { speaker } = item;
    const who = speaker.actorId
      ? `${speaker.name} (${speaker.actorId})`
      : `${speaker.name} (new ${speaker.kind.toLowerCase()}${speaker.description ? `: ${speaker.description}` : ''})`;
    const [best] = item.matches;
    const match = best
      ? `${best.relation} ${best.claimId} (${best.score.toFixed(2)}) ${quoted(claims.get(best.claimId) ?? '', 100)}`
      : 'none';
    return [
      `${item.id.slice(item.id.indexOf('#'))} [${item.start}-${item.end}] ${quoted(item.quote)}`,
      `    speaker: ${who}, confidence ${speaker.confidence.toFixed(2)}`,
      `    claim (${item.kind}): ${item.claimText}`,
      `    best match: ${match}`,
    ].join('\n');
  });
  const links = proposal.links.map(
    (l) =>
      `  ${l.premise.slice(l.premise.indexOf('#'))} ${l.kind === 'SUPPORT' ? 'supports' : 'attacks'} ${l.conclusion.slice(l.conclusion.indexOf('#'))} (${l.score.toFixed(2)})`,
  );
  return [
    ...lines,
    ...(links.length > 0 ? ['links between them:', ...links] : []),
    `${proposal.id}: ${proposal.items.length} proposed ${proposal.items.length === 1 ? 'assertion' : 'assertions'} for ${proposal.mapId}, nothing in the map yet.`,
    'Review them with acceptProposedAssertions / rejectProposedAssertions, or in the explorer ("Map a text").',
  ].join('\n');
}

export async function proposeCommand(
  args: string[],
  withBackend: <T>(work: (backend: Backend) => Promise<T>) => Promise<T>,
  log: (line: string) => void,
): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      map: { type: 'string' },
      'source-title': { type: 'string' },
      'source-kind': { type: 'string', default: 'NEWS' },
      html: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('argmap propose needs one FILE');
  const mapId = mapOption(values.map);
  let newSource = null;
  try {
    const kind = oneOf(SOURCE_KINDS, values['source-kind'], '--source-kind');
    newSource = values['source-title'] ? validateSource({ title: values['source-title'], kind }, '--source-') : null;
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  }
  const text = (await readFile(file)).toString('utf8');
  const format = values.html || /\.x?html?$/i.test(file) ? 'HTML' : 'PLAIN';
  await withBackend(async (backend) => {
    const repos = backend.reposFor(mapId);
    await requireMap(repos.maps, mapId);
    backend.origin.operation = 'propose';
    const started = Date.now();
    const proposal = await repos.proposals.propose({ text, format, sourceId: null, newSource, author: SYSTEM_AUTHOR });
    process.stdout.write(`${await describeProposal(proposal, repos)}\n`);
    log(`Read ${proposal.text.length.toLocaleString('en-US')} characters of ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
