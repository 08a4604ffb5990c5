import type { MutationResolvers, QueryResolvers, Resolvers } from '../../../generated/graphql.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { Context } from '../context.js';
import { Actor } from './Actor.js';
import { Affiliation, Membership } from './Affiliation.js';
import { Argument } from './Argument.js';
import { ArgumentChain } from './ArgumentChain.js';
import { Assertion } from './Assertion.js';
import { Citation } from './Citation.js';
import { Claim } from './Claim.js';
import { Issue, Position } from './Issue.js';
import { Evaluation, Explanation, Verdict } from './Evaluation.js';
import { Node } from './Node.js';
import { Provision } from './Provision.js';
import { Source } from './Source.js';
import { addAssertion } from './Mutation/addAssertion.js';
import { citeProvision } from './Mutation/citeProvision.js';
import { createActor } from './Mutation/createActor.js';
import { createArgument } from './Mutation/createArgument.js';
import { createClaim } from './Mutation/createClaim.js';
import { createIssue } from './Mutation/createIssue.js';
import { createProvision } from './Mutation/createProvision.js';
import { createSource } from './Mutation/createSource.js';
import { deleteArgument } from './Mutation/deleteArgument.js';
import { deleteClaim } from './Mutation/deleteClaim.js';
import { importDocument } from './Mutation/importDocument.js';
import { importGraph } from './Mutation/importGraph.js';
import { setPosition } from './Mutation/setPosition.js';
import { updateClaim } from './Mutation/updateClaim.js';
import { actor } from './Query/actor.js';
import { actors } from './Query/actors.js';
import { argumentChains } from './Query/argumentChains.js';
import { argumentGraph } from './Query/argumentGraph.js';
import { argument } from './Query/argument.js';
import { assertion } from './Query/assertion.js';
import { claim } from './Query/claim.js';
import { claims } from './Query/claims.js';
import { evaluation } from './Query/evaluation.js';
import { issue } from './Query/issue.js';
import { issues } from './Query/issues.js';
import { node } from './Query/node.js';
import { nodes } from './Query/nodes.js';
import { provision } from './Query/provision.js';
import { provisions } from './Query/provisions.js';
import { search } from './Query/search.js';
import { source } from './Query/source.js';
import { sources } from './Query/sources.js';

const Query: QueryResolvers = {
  node,
  nodes,
  claim,
  claims,
  argument,
  actor,
  actors,
  assertion,
  source,
  sources,
  provision,
  provisions,
  issue,
  issues,
  search,
  argumentGraph,
  argumentChains,
  evaluation,
};

const mutations: MutationResolvers = {
  createClaim,
  updateClaim,
  deleteClaim,
  createArgument,
  deleteArgument,
  createActor,
  createSource,
  createProvision,
  createIssue,
  addAssertion,
  citeProvision,
  setPosition,
  importGraph,
  importDocument,
};

function assertCanWrite(ctx: Context): void {
  switch (ctx.viewer.refusal) {
    case null:
      return;
    case 'NO_KEYS_CONFIGURED':
      throw forbidden('Writes are disabled on this server: no API keys are configured (ARGMAP_API_KEYS)');
    case 'MISSING_KEY':
      throw unauthenticated('Mutations need an API key: send the header "Authorization: Bearer <key>"');
    case 'INVALID_KEY':
      throw unauthenticated('The API key is not valid');
  }
}

/** Every mutation passes the access check first; reads are public. */
function guarded(resolvers: MutationResolvers): MutationResolvers {
  const out: Record<string, unknown> = {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    out[name] = (parent: unknown, args: unknown, ctx: Context, info: unknown) => {
      assertCanWrite(ctx);
      return (resolve as (...a: unknown[]) => unknown)(parent, args, ctx, info);
    };
  }
  return out as MutationResolvers;
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: guarded(mutations),
  Node,
  Claim,
  Argument,
  ArgumentChain,
  Assertion,
  Actor,
  Affiliation,
  Membership,
  Source,
  Provision,
  Citation,
  Issue,
  Position,
  Evaluation,
  Explanation,
  Verdict,
};
