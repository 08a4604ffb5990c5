import { NotFoundError } from '../../domain/errors.js';
import { proposalIdOf, type ProposalRecord } from '../../domain/proposals.js';
import type { Context } from './context.js';
import type { MapAccess } from './maps.js';

/**
 * The proposal a review names, and its map opened with the mutation's role: NOT_FOUND when there
 * is none, or when the reader may not see its map (a private map's proposals do not exist for
 * outsiders; the map is not named).
 */
export async function openProposal(
  ctx: Context,
  value: string,
  field = 'proposalId',
): Promise<{ map: MapAccess; proposal: ProposalRecord }> {
  const id = proposalIdOf(value, field);
  const [found] = await ctx.anyMap.proposals.findProposalsByIds({ ids: [id] });
  if (!found || !(await ctx.maps.sees(found.mapId))) throw new NotFoundError('Proposal', id).at(field);
  return { map: await ctx.maps.open(found.mapId, field), proposal: found };
}

/** A proposal by id for a read: null when there is none or the reader may not see its map. */
export async function findProposal(ctx: Context, id: string): Promise<ProposalRecord | null> {
  const [found] = await ctx.anyMap.proposals.findProposalsByIds({ ids: [id] });
  return found && (await ctx.maps.sees(found.mapId)) ? found : null;
}
