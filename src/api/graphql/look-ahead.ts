import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import type { ClaimRecord, ClaimRelation } from '../../domain/index.js';
import type { Loaders } from './loaders.js';

/**
 * Look-ahead, in one place: which relations a query selects under a field, so the resolver
 * reads them in the same statement as the field itself and primes the per-field loaders; the
 * field resolvers below then answer from memory.
 */

/** A selection the request will not execute (`@skip(if: true)`, `@include(if: false)`). */
function skipped(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return true;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
}

/** The names of the fields selected directly under the field being resolved, through fragments, honouring @skip and @include. */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  // Each fragment is read once however often it is spread, so the walk is linear in the document.
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (skipped(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** Claim fields answered by a relation that can be read together with the claim. */
export const CLAIM_FIELD_RELATIONS: Readonly<Record<string, ClaimRelation>> = {
  assertions: 'assertions',
  assertedBy: 'assertedBy',
  citations: 'citations',
  supportedBy: 'concludedBy',
  attackedBy: 'concludedBy',
  counterclaims: 'counterclaims',
  premiseOf: 'premiseOf',
  positions: 'positions',
};

/** Claim fields answered from the evaluation snapshot (the map's revision is checked first). */
export const CLAIM_EVALUATED_FIELDS: readonly string[] = ['status', 'strength', 'explanation', 'justification', 'shortLabel'];

/** The claim, with the relations the query selects under it read in the same round trip. */
export async function loadClaimLookingAhead(
  loaders: Loaders,
  id: string,
  info: GraphQLResolveInfo,
  fields: ReadonlySet<string> = selectedFields(info),
): Promise<ClaimRecord | null> {
  const include = new Set<ClaimRelation>();
  for (const field of fields) {
    const relation = CLAIM_FIELD_RELATIONS[field];
    if (relation) include.add(relation);
  }
  if (include.size === 0) return loaders.claim.load(id);
  const found = await loaders.claimWithRelations.load({ id, include });
  if (!found) return null;
  const { claim, assertions, assertedBy, citations, concludedBy, counterclaims, premiseOf, positions } = found;
  loaders.claim.prime(claim.id, claim);
  if (assertions) {
    loaders.assertionsByClaim.prime(claim.id, assertions);
    for (const a of assertions) {
      loaders.assertion.prime(a.id, a);
      if (a.actor) loaders.actor.prime(a.actor.id, a.actor);
      if (a.source) loaders.source.prime(a.source.id, a.source);
    }
  }
  if (assertedBy) {
    loaders.actorsByClaim.prime(claim.id, assertedBy);
    for (const actor of assertedBy) loaders.actor.prime(actor.id, actor);
  }
  if (citations) {
    loaders.citationsByClaim.prime(claim.id, citations);
    for (const c of citations) if (c.provision) loaders.provision.prime(c.provision.id, c.provision);
  }
  if (concludedBy) {
    loaders.argumentsByConclusion.prime(claim.id, concludedBy);
    for (const a of concludedBy) loaders.argument.prime(a.id, a);
  }
  if (counterclaims) {
    loaders.counterclaimsByClaim.prime(claim.id, counterclaims);
    for (const c of counterclaims) loaders.claim.prime(c.id, c);
  }
  if (premiseOf) {
    loaders.argumentsByPremise.prime(claim.id, premiseOf);
    for (const a of premiseOf) loaders.argument.prime(a.id, a);
  }
  if (positions) loaders.positionsByClaim.prime(claim.id, positions);
  return claim;
}
