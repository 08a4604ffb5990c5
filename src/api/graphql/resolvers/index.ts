import type { MutationResolvers, QueryResolvers, Resolvers } from '../../../generated/graphql.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { forbidden, unauthenticated } from '../errors.js';
import { roleAllows } from '../auth.js';
import type { Context } from '../context.js';
import { Actor } from './Actor.js';
import { Affiliation, Membership } from './Affiliation.js';
import { Argument } from './Argument.js';
import { ArgumentMap, createMap, deleteMap, map, maps, updateMap } from './ArgumentMap.js';
import { ArgumentChain } from './ArgumentChain.js';
import { Assertion } from './Assertion.js';
import { Citation } from './Citation.js';
import { Claim } from './Claim.js';
import { Issue, Position } from './Issue.js';
import { Evaluation, ExplainedClaim, Explanation, ExplanationStep, Verdict } from './Evaluation.js';
import { Node } from './Node.js';
import { Provision } from './Provision.js';
import { Source } from './Source.js';
import { Subscription } from './Subscription.js';
import { Change, currentRevision, history, NodeState, revert, revisions, Revision } from './Revision.js';
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
import { updateActor } from './Mutation/updateActor.js';
import { deleteActor } from './Mutation/deleteActor.js';
import { updateSource } from './Mutation/updateSource.js';
import { deleteSource } from './Mutation/deleteSource.js';
import { updateProvision } from './Mutation/updateProvision.js';
import { deleteProvision } from './Mutation/deleteProvision.js';
import { updateAssertion } from './Mutation/updateAssertion.js';
import { deleteAssertion } from './Mutation/deleteAssertion.js';
import { updateCitation } from './Mutation/updateCitation.js';
import { removeCitation } from './Mutation/removeCitation.js';
import { updateArgument } from './Mutation/updateArgument.js';
import { updateIssue } from './Mutation/updateIssue.js';
import { deleteIssue } from './Mutation/deleteIssue.js';
import { removePosition } from './Mutation/removePosition.js';
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
  revisions,
  currentRevision,
  maps,
  map,
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
  updateActor,
  deleteActor,
  updateSource,
  deleteSource,
  updateProvision,
  deleteProvision,
  updateAssertion,
  deleteAssertion,
  updateCitation,
  removeCitation,
  updateArgument,
  updateIssue,
  deleteIssue,
  removePosition,
  importGraph,
  importDocument,
  revert,
  createMap,
  updateMap,
  deleteMap,
};

/** Mutations only an `admin` key may run: they write many items at once or undo others' work. */
const ADMIN_MUTATIONS: ReadonlySet<string> = new Set(['importGraph', 'importDocument', 'revert', 'deleteMap']);

function assertMayRun(ctx: Context, mutation: string): void {
  const needed = ADMIN_MUTATIONS.has(mutation) ? 'admin' : 'write';
  switch (ctx.viewer.refusal) {
    case 'NO_KEYS_CONFIGURED':
      throw forbidden('Writes are disabled on this server: no API keys are configured (ARGMAP_API_KEYS)');
    case 'MISSING_KEY':
      throw unauthenticated('Mutations need an API key: send the header "Authorization: Bearer <key>"');
    case 'INVALID_KEY':
      throw unauthenticated('The API key is not valid');
    case null:
      if (!ctx.viewer.role || !roleAllows(ctx.viewer.role, needed)) {
        throw forbidden(`${mutation} needs a key with the ${needed} role; the key "${ctx.viewer.keyName}" has ${ctx.viewer.role}`);
      }
  }
}

/** Every mutation passes the access check first and names itself and its key in the revision it writes; reads are public. */
function guarded(resolvers: MutationResolvers): MutationResolvers {
  const out: Record<string, unknown> = {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    out[name] = (parent: unknown, args: unknown, ctx: Context, info: unknown) => {
      assertMayRun(ctx, name);
      ctx.origin.operation = name;
      ctx.origin.keyName = ctx.viewer.keyName;
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
  Subscription,
  Node,
  Claim: { ...Claim, history },
  Argument: { ...Argument, history },
  ArgumentMap,
  ArgumentChain,
  Assertion: { ...Assertion, history },
  Actor: { ...Actor, history },
  Affiliation,
  Membership,
  Source: { ...Source, history },
  Provision: { ...Provision, history },
  Citation,
  Issue: { ...Issue, history },
  Position,
  Revision,
  Change,
  NodeState,
  Evaluation,
  Explanation,
  ExplanationStep,
  ExplainedClaim,
  Verdict,
};
