import type { QueryResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';

export const provision: QueryResolvers['provision'] = (_parent, { id }, ctx) => ctx.loaders.provision.load(idOf('Provision', id, 'id'));
