/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an attack aims at. */
export type AttackKind =
  /** Attacks the conclusion with a contrary claim. */
  | 'REBUT'
  /** Attacks the inference of another argument. */
  | 'UNDERCUT'
  /** Attacks a premise of another argument. */
  | 'UNDERMINE';

/** The role a claim gives the provision it cites. */
export type CitationRole =
  /** The provision is background to the claim, neither forbidding nor allowing. */
  | 'CONTEXT'
  /** The provision is said to allow the act. */
  | 'PERMITS'
  /** The provision is said to forbid the act. */
  | 'PROHIBITS'
  /** The provision is said to demand the act. */
  | 'REQUIRES';

/** What sort of proposition a claim is. */
export type ClaimKind =
  /** About what is or was the case, e.g. that a prison holds certain people. */
  | 'FACTUAL'
  /** About what the law is or allows, e.g. that a statute permits a transfer. */
  | 'LEGAL'
  /** About what should be done. */
  | 'POLICY'
  /** About what will happen. */
  | 'PREDICTION'
  /** About what is good, just or right. */
  | 'VALUE';

/** Filters of `claims`; given together, a claim must pass all of them. */
export type ClaimWhere = {
  /** An actor id: claims this actor asserted. */
  assertedBy?: string | null | undefined;
  /** A provision id: claims citing it or any of its parts. */
  cites?: string | null | undefined;
  /** A source id: claims asserted in it. */
  inSource?: string | null | undefined;
  /** An issue id: claims taking a position on it. */
  issue?: string | null | undefined;
  /** Only claims of this kind. */
  kind?: ClaimKind | null | undefined;
  /** With `issue` (or alone): the stance taken. */
  stance?: Stance | null | undefined;
  /** Case-insensitive substring of the claim's text, up to 500 characters (trimmed; empty means no filter). */
  textContains?: string | null | undefined;
};

/** The stance a claim takes on an issue's question. */
export type Stance =
  /** Answers the issue's question no. */
  | 'CON'
  /** Bears on the question without answering it. */
  | 'NEUTRAL'
  /** Answers the issue's question yes. */
  | 'PRO';

export type ArgumentGraphQueryVariables = Exact<{
  rootId: string;
  depth?: number | null | undefined;
}>;


export type ArgumentGraphQuery = { argumentGraph: { nodes: Array<{ id: string, type: string, label: string, kind: string | null, attackKind: string | null, distance: number }>, edges: Array<{ id: string, type: string, source: string, target: string, label: string | null }> } };

export type ClaimQueryVariables = Exact<{
  id: string;
}>;


export type ClaimQuery = { claim: { id: string, text: string, kind: ClaimKind, positions: Array<{ stance: Stance }>, assertions: Array<{ quote: string | null, date: string | null, actor: { id: string, name: string, description: string | null }, source: { title: string, publisher: string | null, author: string | null, publishedAt: string | null } | null }>, citations: Array<{ role: CitationRole, note: string | null, provision: { id: string, name: string, citation: string | null, partOf: { name: string } | null } }>, supportedBy: Array<{ id: string, scheme: string | null, premises: Array<{ id: string, text: string }> }>, attackedBy: Array<{ id: string, attackKind: AttackKind | null, premises: Array<{ id: string, text: string }> }>, counterclaims: Array<{ id: string, text: string }> } | null };

export type ClaimIdsQueryVariables = Exact<{
  where?: ClaimWhere | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimIdsQuery = { claims: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Actor', id: string }
      | { __typename: 'Argument', id: string }
      | { __typename: 'Assertion', id: string, claim: { id: string } | null }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Issue', id: string }
      | { __typename: 'Provision', id: string }
      | { __typename: 'Revision', id: string }
      | { __typename: 'Source', id: string }
     }> };

export type FiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type FiltersQuery = { issues: { edges: Array<{ node: { id: string, question: string, positions: Array<{ stance: Stance, claim: { id: string } }> } }> }, actors: { edges: Array<{ node: { id: string, name: string } }> }, provisions: { edges: Array<{ node: { id: string, name: string, citation: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ArgumentGraphDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:e011c16941eba5cb9cdb9c22a99295fff1d25ea8fbd76865aa073dbac4a025e4"}) as unknown as TypedDocumentString<ArgumentGraphQuery, ArgumentGraphQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:9b551bd3a127b210ee8f1dca66d3312f8862b44f8fe545713ed9a10a9c5a1aa6"}) as unknown as TypedDocumentString<ClaimQuery, ClaimQueryVariables>;
export const ClaimIdsDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:983e1c4ccb183f7f408032a491e5b36081101fbf6a604d231baf0096ab9091d3"}) as unknown as TypedDocumentString<ClaimIdsQuery, ClaimIdsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:8c9e650d8fd6527f3a9a715ccb33898330372a65000c77a6ac7ef199940f13bc"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const FiltersDocument = new TypedDocumentString(`
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
    `, {"hash":"sha256:3f9d00cc16e6b0922c786e703237624a81b2f85b67d765e79c202e25b113381b"}) as unknown as TypedDocumentString<FiltersQuery, FiltersQueryVariables>;