/**
 * The operations of people and curation (sign-in, members, new maps; updating, deleting and
 * undoing every kind of node), typed and hashed by `npm run codegen` as operations.ts's are:
 * kept apart so the views' operations and these change without touching each other.
 */
import { graphql } from './generated/gql.js';

export const ME = graphql(`
  query Me($mapId: ID!) {
    me {
      id
      name
    }
    map(id: $mapId) {
      id
      myRole
    }
  }
`);

export const MAP_MEMBERS = graphql(`
  query MapMembers($id: ID!) {
    map(id: $id) {
      id
      name
      myRole
      members {
        role
        user {
          id
          name
        }
      }
    }
  }
`);

export const SET_MEMBERSHIP = graphql(`
  mutation SetMembership($mapId: ID!, $userId: ID!, $role: MapRole!) {
    setMembership(mapId: $mapId, userId: $userId, role: $role) {
      role
      user {
        id
        name
      }
    }
  }
`);

export const REMOVE_MEMBERSHIP = graphql(`
  mutation RemoveMembership($mapId: ID!, $userId: ID!) {
    removeMembership(mapId: $mapId, userId: $userId)
  }
`);

export const CREATE_MAP = graphql(`
  mutation CreateMap($input: CreateMapInput!) {
    createMap(input: $input) {
      id
      name
      visibility
    }
  }
`);

/** The newest revision that changed a node (deleted ones too): the change an Undo reverts. */
export const LAST_REVISION = graphql(`
  query LastRevision($mapId: ID!, $nodeId: ID!) {
    revisions(mapId: $mapId, nodeId: $nodeId, last: 1) {
      edges {
        node {
          revision
          operation
        }
      }
    }
  }
`);

export const REVERT = graphql(`
  mutation Revert($mapId: ID!, $revision: Int!) {
    revert(mapId: $mapId, revision: $revision) {
      revision
      reverted
      nodeIds
    }
  }
`);

export const ISSUE_PANEL = graphql(`
  query IssuePanel($id: ID!) {
    issue(id: $id) {
      id
      question
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      positions {
        stance
        claim {
          id
          text
        }
      }
    }
  }
`);

export const UPDATE_CLAIM = graphql(`
  mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!, $expectedRevision: Int) {
    updateClaim(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_CLAIM = graphql(`
  mutation DeleteClaim($id: ID!, $expectedRevision: Int) {
    deleteClaim(id: $id, expectedRevision: $expectedRevision)
  }
`);
export const UPDATE_ARGUMENT = graphql(`
  mutation UpdateArgument($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) {
    updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_ARGUMENT = graphql(`
  mutation DeleteArgument($id: ID!, $expectedRevision: Int) {
    deleteArgument(id: $id, expectedRevision: $expectedRevision)
  }
`);
export const UPDATE_ASSERTION = graphql(`
  mutation UpdateAssertion($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) {
    updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_ASSERTION = graphql(`
  mutation DeleteAssertion($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
    deleteAssertion(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
  }
`);
export const UPDATE_ACTOR = graphql(`
  mutation UpdateActor($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) {
    updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_ACTOR = graphql(`
  mutation DeleteActor($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
    deleteActor(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
  }
`);
export const UPDATE_SOURCE = graphql(`
  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) {
    updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_SOURCE = graphql(`
  mutation DeleteSource($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
    deleteSource(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
  }
`);
export const UPDATE_PROVISION = graphql(`
  mutation UpdateProvision($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) {
    updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_PROVISION = graphql(`
  mutation DeleteProvision($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
    deleteProvision(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
  }
`);
export const UPDATE_ISSUE = graphql(`
  mutation UpdateIssue($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) {
    updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const DELETE_ISSUE = graphql(`
  mutation DeleteIssue($id: ID!, $expectedRevision: Int, $cascade: Boolean) {
    deleteIssue(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)
  }
`);
export const UPDATE_CITATION = graphql(`
  mutation UpdateCitation($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) {
    updateCitation(claimId: $claimId, provisionId: $provisionId, input: $input, expectedRevision: $expectedRevision) {
      role
    }
  }
`);
export const REMOVE_CITATION = graphql(`
  mutation RemoveCitation($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) {
    removeCitation(claimId: $claimId, provisionId: $provisionId, expectedRevision: $expectedRevision) {
      id
    }
  }
`);
export const SET_POSITION = graphql(`
  mutation SetPosition($mapId: ID!, $input: SetPositionInput!) {
    setPosition(mapId: $mapId, input: $input) {
      stance
    }
  }
`);
export const REMOVE_POSITION = graphql(`
  mutation RemovePosition($claimId: ID!, $issueId: ID!, $expectedRevision: Int) {
    removePosition(claimId: $claimId, issueId: $issueId, expectedRevision: $expectedRevision) {
      id
    }
  }
`);

/** A claim's near duplicates in its map, best first (the claim panel's "Similar claims"). */
export const SIMILAR_CLAIMS_OF = graphql(`
  query SimilarClaimsOf($id: ID!, $first: Int) {
    claim(id: $id) {
      id
      similar(first: $first) {
        score
        claim {
          id
          text
        }
      }
    }
  }
`);

/** Claims of a map that may say what a text being written says (the new-claim form's "possible duplicates"). */
export const SIMILAR_CLAIMS = graphql(`
  query SimilarClaims($mapId: ID, $text: String!, $first: Int) {
    similarClaims(mapId: $mapId, text: $text, first: $first) {
      score
      claim {
        id
        text
      }
    }
  }
`);

/** What a merge moves from a claim: what the confirm dialog counts, and the revision the merge expects. */
export const CLAIM_MERGE_PREVIEW = graphql(`
  query ClaimMergePreview($id: ID!) {
    claim(id: $id) {
      id
      text
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      assertions {
        id
      }
      premiseOf {
        id
      }
      supportedBy {
        id
      }
      attackedBy {
        id
      }
      citations {
        role
      }
      positions {
        stance
      }
    }
  }
`);

/** What a merge moves from an actor. */
export const ACTOR_MERGE_PREVIEW = graphql(`
  query ActorMergePreview($id: ID!) {
    actor(id: $id) {
      id
      name
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      assertions {
        id
      }
      affiliations {
        role
      }
      members {
        role
      }
    }
  }
`);

/** Actors of a map whose name contains a text (the actor merge's picker). */
export const ACTORS_NAMED = graphql(`
  query ActorsNamed($mapId: ID, $nameContains: String!) {
    actors(mapId: $mapId, where: { nameContains: $nameContains }, first: 10) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const MERGE_CLAIMS = graphql(`
  mutation MergeClaims($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {
    mergeClaims(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {
      id
      mergedFrom
    }
  }
`);

export const MERGE_ACTORS = graphql(`
  mutation MergeActors($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {
    mergeActors(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {
      id
      mergedFrom
    }
  }
`);
