import type { MutationResolvers, QueryResolvers, Resolvers } from '../../../generated/graphql.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { forbidden, unauthenticated } from '../errors.js';
import { describeReader } from '../auth.js';
import { authorOf, roleAtLeast, type MapRole } from '../../../domain/people.js';
import type { Context } from '../context.js';
import { Actor } from './Actor.js';
import { Affiliation, Membership } from './Affiliation.js';
import { Argument } from './Argument.js';
import { ArgumentMap, createMap, deleteMap, map, maps, updateMap } from './ArgumentMap.js';
import { MapMembership, me, removeMembership, setMembership } from './User.js';
import { ArgumentChain } from './ArgumentChain.js';
import { Assertion } from './Assertion.js';
import { Citation } from './Citation.js';
import { Claim } from './Claim.js';
import { Issue, Position } from './Issue.js';
import { Evaluation, ExplainedClaim, Explanation, ExplanationStep, Verdict } from './Evaluation.js';
import { Node } from './Node.js';
import { Provision } from './Provision.js';
import { AcceptProposedAssertionsResult, ClaimMatch, Proposal, ProposedAssertion, ProposedSpeaker } from './Proposal.js';
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
import { proposeFromText } from './Mutation/proposeFromText.js';
import { acceptProposedAssertions } from './Mutation/acceptProposedAssertions.js';
import { rejectProposedAssertions } from './Mutation/rejectProposedAssertions.js';
import { mergeActors } from './Mutation/mergeActors.js';
import { mergeClaims } from './Mutation/mergeClaims.js';
import { actor } from './Query/actor.js';
import { actors } from './Query/actors.js';
import { argumentChains } from './Query/argumentChains.js';
import { argumentGraph } from './Query/argumentGraph.js';
import { argument } from './Query/argument.js';
import { assertion } from './Query/assertion.js';
import { claim } from './Query/claim.js';
import { claims } from './Query/claims.js';
import { duplicateCandidates } from './Query/duplicateCandidates.js';
import { evaluation } from './Query/evaluation.js';
import { issue } from './Query/issue.js';
import { issues } from './Query/issues.js';
import { node } from './Query/node.js';
import { nodes } from './Query/nodes.js';
import { provision } from './Query/provision.js';
import { provisions } from './Query/provisions.js';
import { proposals } from './Query/proposals.js';
import { search } from './Query/search.js';
import { similarClaims } from './Query/similarClaims.js';
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
  similarClaims,
  duplicateCandidates,
  argumentGraph,
  argumentChains,
  evaluation,
  proposals,
  revisions,
  currentRevision,
  maps,
  map,
  me,
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
  proposeFromText,
  acceptProposedAssertions,
  rejectProposedAssertions,
  mergeClaims,
  mergeActors,
  importGraph,
  importDocument,
  revert,
  createMap,
  updateMap,
  deleteMap,
  setMembership,
  removeMembership,
};

/**
 * The role each mutation needs in the map it writes to (checked where the map is opened, see
 * RequestMaps): EDITOR writes and reverts their own revisions; ADMIN also imports, reverts any
 * revision and manages the map and its members;
 * OWNER also deletes it. createMap writes to no map yet: any user, or a key of every map that may write.
 */
const MUTATION_ROLES: Record<keyof Required<MutationResolvers>, MapRole | null> = {
  createClaim: 'EDITOR',
  updateClaim: 'EDITOR',
  deleteClaim: 'EDITOR',
  createArgument: 'EDITOR',
  deleteArgument: 'EDITOR',
  createActor: 'EDITOR',
  createSource: 'EDITOR',
  createProvision: 'EDITOR',
  createIssue: 'EDITOR',
  addAssertion: 'EDITOR',
  citeProvision: 'EDITOR',
  setPosition: 'EDITOR',
  updateActor: 'EDITOR',
  deleteActor: 'EDITOR',
  updateSource: 'EDITOR',
  deleteSource: 'EDITOR',
  updateProvision: 'EDITOR',
  deleteProvision: 'EDITOR',
  updateAssertion: 'EDITOR',
  deleteAssertion: 'EDITOR',
  updateCitation: 'EDITOR',
  removeCitation: 'EDITOR',
  updateArgument: 'EDITOR',
  updateIssue: 'EDITOR',
  deleteIssue: 'EDITOR',
  removePosition: 'EDITOR',
  proposeFromText: 'EDITOR',
  acceptProposedAssertions: 'EDITOR',
  rejectProposedAssertions: 'EDITOR',
  mergeClaims: 'EDITOR',
  mergeActors: 'EDITOR',
  importGraph: 'ADMIN',
  importDocument: 'ADMIN',
  // An EDITOR reverts only revisions they wrote; another's need ADMIN (checked in Revision.ts).
  revert: 'EDITOR',
  updateMap: 'ADMIN',
  setMembership: 'ADMIN',
  removeMembership: 'ADMIN',
  deleteMap: 'OWNER',
  createMap: null,
};

/** Who may write at all: UNAUTHENTICATED without a token or key, FORBIDDEN when the server takes no writes. */
function assertMayWrite(ctx: Context, mutation: string): void {
  if (!ctx.writesOpen) {
    throw forbidden(
      "Writes are disabled on this server: neither API keys (ARGMAP_API_KEYS) nor users' tokens (ARGMAP_JWT_SECRET or ARGMAP_JWT_JWKS_URL) are configured",
    );
  }
  const { reader } = ctx;
  if (reader.kind === 'ANONYMOUS') {
    if (ctx.refusal) throw unauthenticated(ctx.refusal);
    throw unauthenticated('Mutations need a user\'s token or an API key: send the header "Authorization: Bearer <token or key>"');
  }
  if (mutation === 'createMap' && reader.kind === 'KEY' && (reader.mapId !== null || !roleAtLeast(reader.role, 'EDITOR'))) {
    throw forbidden(`createMap needs a user, or a key of every map with the write role; ${describeReader(reader)} is not one`);
  }
}

/**
 * Every mutation passes the access check first: who may write at all here, and the role it needs
 * in its map wherever it opens the map (a mutation that wrote without opening its map would be
 * a fault, and fails); its revisions name the mutation and the user or key, never a token or key.
 */
function guarded(resolvers: MutationResolvers): MutationResolvers {
  const out: Record<string, unknown> = {};
  for (const [name, resolve] of Object.entries(resolvers)) {
    const role = MUTATION_ROLES[name as keyof MutationResolvers];
    out[name] = async (parent: unknown, args: unknown, ctx: Context, info: unknown) => {
      assertMayWrite(ctx, name);
      if (role) ctx.maps.requireRole(role, name);
      const author = authorOf(ctx.reader);
      ctx.origin.operation = name;
      ctx.origin.author = author;
      ctx.origin.keyName = author?.name ?? null;
      const result: unknown = await (resolve as (...a: unknown[]) => unknown)(parent, args, ctx, info);
      if (role && !ctx.maps.roleChecked) throw new Error(`${name} did not open its map with the role check`);
      return result;
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
  MapMembership,
  Change,
  NodeState,
  Evaluation,
  Explanation,
  ExplanationStep,
  ExplainedClaim,
  Verdict,
  Proposal,
  ProposedAssertion,
  ProposedSpeaker,
  ClaimMatch,
  AcceptProposedAssertionsResult,
};
