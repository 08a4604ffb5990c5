import type { QueryResolvers } from '../../../../generated/graphql.js';
import { invalid } from '../../../../domain/errors.js';
import { pastReader } from '../../time-travel.js';
import { boundedInt, CHAIN_LENGTH_DEFAULT, CHAIN_LENGTH_MAX, idOf, pageSize } from '../../../../domain/validation.js';

export const argumentChains: QueryResolvers['argumentChains'] = async (
  _parent,
  { fromId, toId, maxLength, first, asOf, atRevision },
  ctx,
) => {
  const from = idOf('Claim', fromId, 'fromId');
  const to = idOf('Claim', toId, 'toId');
  if (from === to) throw invalid('toId', 'fromId and toId must be two different claims');
  const reader = await pastReader({ asOf, atRevision }, ctx);
  return ctx.repos.graph.argumentChains(
    {
      fromId: from,
      toId: to,
      maxLength: boundedInt(maxLength, 'maxLength', 1, CHAIN_LENGTH_MAX, CHAIN_LENGTH_DEFAULT),
      first: pageSize(first),
    },
    reader,
  );
};
