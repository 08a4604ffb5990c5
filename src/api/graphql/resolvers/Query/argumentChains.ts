import type { QueryResolvers } from '../../../../generated/graphql.js';
import { invalid } from '../../../../domain/errors.js';
import { pastReader, pastRevision } from '../../time-travel.js';
import { boundedInt, CHAIN_LENGTH_DEFAULT, CHAIN_LENGTH_MAX, idOf, pageSize } from '../../../../domain/validation.js';

export const argumentChains: QueryResolvers['argumentChains'] = async (
  _parent,
  { mapId, fromId, toId, maxLength, first, asOf, atRevision },
  ctx,
) => {
  const map = await ctx.maps.open(mapId);
  const from = idOf('Claim', fromId, 'fromId');
  const to = idOf('Claim', toId, 'toId');
  if (from === to) throw invalid('toId', 'fromId and toId must be two different claims');
  const at = await pastRevision(asOf, atRevision, map);
  const reader = at === null ? undefined : await pastReader({ atRevision: at }, ctx, map);
  const chains = await map.repos.graph.argumentChains(
    {
      fromId: from,
      toId: to,
      maxLength: boundedInt(maxLength, 'maxLength', 1, CHAIN_LENGTH_MAX, CHAIN_LENGTH_DEFAULT),
      first: pageSize(first),
    },
    reader,
  );
  // At a past revision the chain's claims say so: their status and explanations are those of the map of then.
  return at === null
    ? chains
    : chains.map((chain) => ({ ...chain, claims: chain.claims.map((claim) => ({ ...claim, asOfRevision: at })) }));
};
