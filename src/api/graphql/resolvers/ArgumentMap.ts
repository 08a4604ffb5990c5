import type { ArgumentMapResolvers, MutationResolvers, QueryResolvers } from '../../../generated/graphql.js';
import { invalid, NotFoundError } from '../../../domain/errors.js';
import { mapIdOf } from '../../../domain/maps.js';
import { optionalText, requiredText } from '../../../domain/validation.js';
import { pageRequest, toConnection } from '../connection.js';

const NAME_MAX = 200;
const DESCRIPTION_MAX = 2000;

function name(value: string, field: string): string {
  const text = requiredText(value, field, 'name');
  if (text.length > NAME_MAX) throw invalid(field, `A map's name is at most ${NAME_MAX} characters`);
  return text;
}

function description(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 'description');
  if (text !== null && text.length > DESCRIPTION_MAX) throw invalid(field, `A map's description is at most ${DESCRIPTION_MAX} characters`);
  return text;
}

export const ArgumentMap: ArgumentMapResolvers = {
  currentRevision: (map) => map.revision,
};

export const maps: QueryResolvers['maps'] = async (_parent, paging, ctx) =>
  toConnection(await ctx.anyMap.maps.listMaps({ page: pageRequest(paging) }));

export const map: QueryResolvers['map'] = async (_parent, { id }, ctx) => {
  const [found] = await ctx.anyMap.maps.findMapsByIds({ ids: [mapIdOf(id, 'id')] });
  return found ?? null;
};

export const createMap: MutationResolvers['createMap'] = async (_parent, { input }, ctx) => {
  const slug = input.slug === null || input.slug === undefined ? null : input.slug.trim();
  const created = await ctx.anyMap.maps.createMap({
    name: name(input.name, 'input.name'),
    description: description(input.description, 'input.description'),
    visibility: input.visibility ?? 'PUBLIC',
    slug,
  });
  return created;
};

export const updateMap: MutationResolvers['updateMap'] = async (_parent, { id, input }, ctx) => {
  const mapId = mapIdOf(id, 'id');
  const updated = await ctx.anyMap.maps.updateMap(mapId, {
    name: input.name === null || input.name === undefined ? null : name(input.name, 'input.name'),
    ...('description' in input ? { description: description(input.description, 'input.description') } : {}),
    visibility: input.visibility ?? null,
  });
  if (!updated) throw new NotFoundError('Map', mapId).at('id');
  return updated;
};

export const deleteMap: MutationResolvers['deleteMap'] = async (_parent, { id }, ctx) => {
  const mapId = mapIdOf(id, 'id');
  if (!(await ctx.anyMap.maps.deleteMap(mapId))) throw new NotFoundError('Map', mapId).at('id');
  ctx.maps.forget(mapId);
  return mapId;
};
