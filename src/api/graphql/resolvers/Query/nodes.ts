import type { QueryResolvers } from '../../../../generated/graphql.js';
import { labelOfId } from '../../../../domain/ids.js';
import { invalid } from '../../../../domain/errors.js';
import { PAGE_SIZE_MAX } from '../../../../domain/validation.js';
import { loadNodeOrSurvivor } from '../../node-loading.js';

export const nodes: QueryResolvers['nodes'] = (_parent, { ids }, ctx) => {
  if (ids.length > PAGE_SIZE_MAX) throw invalid('ids', `At most ${PAGE_SIZE_MAX} ids at once`);
  return Promise.all(
    ids.map((raw, i) => {
      const id = raw.trim();
      const label = labelOfId(id);
      if (!label) throw invalid(`ids[${i}]`, `"${raw.slice(0, 140)}" is not a valid id`);
      return loadNodeOrSurvivor(ctx.loaders, label, id);
    }),
  );
};
