/**
 * Every operation the explorer sends, as typed documents: `npm run codegen` (graphql-codegen's
 * client preset) types their results and variables in web/src/generated/ and writes the hash
 * allow-list of persisted operations (web/src/generated/persisted-documents.json) the service
 * accepts by sha256 hash.
 */
import { graphql } from './generated/gql.js';

export const ARGUMENT_GRAPH = graphql(`
  query ArgumentGraph($rootId: ID!, $depth: Int) {
    argumentGraph(rootId: $rootId, depth: $depth) {
      nodes {
        id
        type
        label
        kind
        attackKind
        distance
      }
      edges {
        id
        type
        source
        target
        label
      }
    }
  }
`);

export const CLAIM = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) {
      id
      text
      kind
      positions {
        stance
      }
      assertions {
        quote
        date
        actor {
          id
          name
          description
        }
        source {
          title
          publisher
          author
          publishedAt
        }
      }
      citations {
        role
        note
        provision {
          id
          name
          citation
          partOf {
            name
          }
        }
      }
      supportedBy {
        id
        scheme
        premises {
          id
          text
        }
      }
      attackedBy {
        id
        attackKind
        premises {
          id
          text
        }
      }
      counterclaims {
        id
        text
      }
    }
  }
`);

export const CLAIM_IDS = graphql(`
  query ClaimIds($where: ClaimWhere, $after: String) {
    claims(where: $where, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 10) {
      score
      node {
        __typename
        id
        ... on Assertion {
          claim {
            id
          }
        }
      }
    }
  }
`);

export const FILTERS = graphql(`
  query Filters {
    issues(first: 1) {
      edges {
        node {
          id
          question
          positions {
            stance
            claim {
              id
            }
          }
        }
      }
    }
    actors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    provisions(first: 100) {
      edges {
        node {
          id
          name
          citation
        }
      }
    }
  }
`);
