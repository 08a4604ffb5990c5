/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ArgumentGraph($rootId: ID!, $depth: Int) {\n    argumentGraph(rootId: $rootId, depth: $depth) {\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n": typeof types.ArgumentGraphDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      kind\n      positions {\n        stance\n      }\n      assertions {\n        quote\n        date\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  query ClaimIds($where: ClaimWhere, $after: String) {\n    claims(where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ClaimIdsDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      node {\n        __typename\n        id\n        ... on Assertion {\n          claim {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Filters {\n    issues(first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    provisions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n": typeof types.FiltersDocument,
};
const documents: Documents = {
    "\n  query ArgumentGraph($rootId: ID!, $depth: Int) {\n    argumentGraph(rootId: $rootId, depth: $depth) {\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n": types.ArgumentGraphDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      kind\n      positions {\n        stance\n      }\n      assertions {\n        quote\n        date\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n": types.ClaimDocument,
    "\n  query ClaimIds($where: ClaimWhere, $after: String) {\n    claims(where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ClaimIdsDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      node {\n        __typename\n        id\n        ... on Assertion {\n          claim {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Filters {\n    issues(first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    provisions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n": types.FiltersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArgumentGraph($rootId: ID!, $depth: Int) {\n    argumentGraph(rootId: $rootId, depth: $depth) {\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArgumentGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      kind\n      positions {\n        stance\n      }\n      assertions {\n        quote\n        date\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimIds($where: ClaimWhere, $after: String) {\n    claims(where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      score\n      node {\n        __typename\n        id\n        ... on Assertion {\n          claim {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Filters {\n    issues(first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    provisions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FiltersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
