import type { ArgumentMapResolvers, MutationResolvers, QueryResolvers } from '../../../generated/graphql.js';
import { invalid, NotFoundError } from '../../../domain/errors.js';
import { mapIdOf } from '../../../domain/maps.js';
import { forbidden } from '../errors.js';
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
  myRole: (map, _args, ctx) => ctx.maps.roleIn(map.id),
  members: async (map, _args, ctx) => {
    if (!(await ctx.maps.roleIn(map.id))) throw forbidden(`The members of ${map.id} are shown to its members and keys only`);
    return ctx.anyMap.maps.listMembers({ mapId: map.id });
  },
};

export const maps: QueryResolvers['maps'] = async (_parent, paging, ctx) => toConnection(await ctx.maps.list(pageRequest(paging)));

export const map: QueryResolvers['map'] = (_parent, { id }, ctx) => ctx.maps.find(mapIdOf(id, 'id'));

export const createMap: MutationResolvers['createMap'] = async (_parent, { input }, ctx) => {
  const slug = input.slug === null || input.slug === undefined ? null : input.slug.trim();
  const created = await ctx.anyMap.maps.createMap({
    name: name(input.name, 'input.name'),
    description: description(input.description, 'input.description'),
    visibility: input.visibility ?? 'PUBLIC',
    slug,
    ownerId: ctx.reader.kind === 'USER' ? ctx.reader.userId : null,
  });
  // This request sees the map it made (and, a user, as its owner).
  ctx.maps.forget(created.id);
  return created;
};

export const updateMap: MutationResolvers['updateMap'] = async (_parent, { id, input }, ctx) => {
  const map = await ctx.maps.open(id, 'id');
  const updated = await map.repos.maps.updateMap(map.mapId, {
    name: input.name === null || input.name === undefined ? null : name(input.name, 'input.name'),
    ...('description' in input ? { description: description(input.description, 'input.description') } : {}),
    visibility: input.visibility ?? null,
  });
  if (!updated) throw new NotFoundError('Map', map.mapId).at('id');
  // A map made private is hidden from outsiders at once by this process (others within KnownMaps' time).
  ctx.maps.forget(map.mapId);
  return updated;
};

export const deleteMap: MutationResolvers['deleteMap'] = async (_parent, { id }, ctx) => {
  const map = await ctx.maps.open(id, 'id');
  if (!(await map.repos.maps.deleteMap(map.mapId))) throw new NotFoundError('Map', map.mapId).at('id');
  ctx.maps.forget(map.mapId);
  return map.mapId;
};
