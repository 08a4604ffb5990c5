import type { MapMembershipResolvers, MutationResolvers, QueryResolvers } from '../../../generated/graphql.js';
import { invalid } from '../../../domain/errors.js';
import { isUserId, MAP_ROLES, roleAtLeast, type MapRole, type UserRecord } from '../../../domain/people.js';
import type { Context } from '../context.js';
import { forbidden } from '../errors.js';
import type { MapAccess } from '../maps.js';

export const MapMembership: MapMembershipResolvers = {};

/** The request's own user, from its token (recorded when the request began). */
export function meOf(ctx: Context): UserRecord | null {
  return ctx.reader.kind === 'USER' ? { __typename: 'User', id: ctx.reader.userId, name: ctx.reader.name } : null;
}

export const me: QueryResolvers['me'] = (_parent, _args, ctx) => meOf(ctx);

function userIdOf(value: string): string {
  const id = value.trim();
  if (!isUserId(id)) throw invalid('userId', `"${value.slice(0, 140)}" is not a user id (\`user:\` and 32 hex digits, see User.id)`);
  return id;
}

/** Making, unmaking or removing an owner takes an owner (an ADMIN manages everyone else). */
async function assertMayTouchOwner(map: MapAccess, userId: string, role: MapRole | null, mutation: string): Promise<void> {
  if (roleAtLeast(map.role, 'OWNER')) return;
  const current = (await map.repos.maps.listMembers({ mapId: map.mapId })).find((m) => m.user.id === userId)?.role;
  if (role === 'OWNER' || current === 'OWNER') throw forbidden(`${mutation} of an owner needs the OWNER role in ${map.mapId}`);
}

export const setMembership: MutationResolvers['setMembership'] = async (_parent, { mapId, userId, role }, ctx) => {
  if (!MAP_ROLES.includes(role)) throw invalid('role', `role is one of ${MAP_ROLES.join(', ')}`);
  const map = await ctx.maps.open(mapId);
  const user = userIdOf(userId);
  await assertMayTouchOwner(map, user, role, 'setMembership');
  return map.repos.maps.setMembership({ mapId: map.mapId, userId: user, role });
};

export const removeMembership: MutationResolvers['removeMembership'] = async (_parent, { mapId, userId }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const user = userIdOf(userId);
  await assertMayTouchOwner(map, user, null, 'removeMembership');
  return map.repos.maps.removeMembership({ mapId: map.mapId, userId: user });
};
