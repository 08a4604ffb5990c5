/**
 * Every operation the explorer sends, as typed documents: `npm run codegen` (graphql-codegen's
 * client preset) types their results and variables in web/src/generated/ and writes the hash
 * allow-list of persisted operations (web/src/generated/persisted-documents.json) the service
 * accepts by sha256 hash.
 */
import { graphql } from './generated/gql.js';

export const ARGUMENT_GRAPH = graphql(`
  query ArgumentGraph($mapId: ID!, $rootId: ID!, $depth: Int, $atRevision: Int) {
    argumentGraph(mapId: $mapId, rootId: $rootId, depth: $depth, atRevision: $atRevision, limit: 2000) {
      truncated
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
  query Claim($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
    claim(id: $id, atRevision: $atRevision) {
      id
      text
      kind
      mergedFrom
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      positions {
        stance
        issue {
          id
          question
        }
      }
      status(semantics: $semantics, scenario: $scenario) {
        label
        credulous
        sceptical
        excluded
      }
      explanation(semantics: $semantics, scenario: $scenario) {
        label
        sentences
        defeatedBy
        cycle
        claims {
          claimId
          shortLabel
          text
        }
      }
      assertions {
        id
        quote
        date
        history(last: 1) {
          edges {
            node {
              revision
            }
          }
        }
        actor {
          id
          name
          description
        }
        source {
          id
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

export const CLAIM_HISTORY = graphql(`
  query ClaimHistory($id: ID!) {
    claim(id: $id) {
      id
      history(last: 30) {
        totalCount
        edges {
          node {
            revision
            at
            keyName
            operation
            changes(nodeId: $id, first: 1) {
              kind
              differences
            }
          }
        }
      }
    }
  }
`);

export const ARGUMENT = graphql(`
  query Argument($id: ID!) {
    argument(id: $id) {
      id
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      kind
      attackKind
      scheme
      rationale
      reconstructed
      premises {
        id
        text
      }
      conclusion {
        id
        text
      }
      targetArgument {
        id
      }
      assertions {
        id
        quote
        actor {
          id
          name
        }
        source {
          id
          title
        }
      }
    }
  }
`);

export const PROVISION = graphql(`
  query Provision($id: ID!) {
    provision(id: $id) {
      id
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      name
      kind
      citation
      summary
      partOf {
        id
        name
        citation
      }
      parts {
        id
        name
        citation
      }
      citedBy {
        role
        note
        claim {
          id
          text
        }
      }
    }
  }
`);

export const ACTOR = graphql(`
  query Actor($id: ID!) {
    actor(id: $id) {
      id
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      name
      kind
      description
      mergedFrom
      affiliations {
        role
        organization {
          id
          name
        }
      }
      assertions {
        id
        quote
        date
        claim {
          id
          text
        }
        argument {
          id
        }
        source {
          id
          title
        }
      }
    }
  }
`);

export const SOURCE = graphql(`
  query Source($id: ID!) {
    source(id: $id) {
      id
      history(last: 1) {
        edges {
          node {
            revision
          }
        }
      }
      title
      kind
      publisher
      author
      publishedAt
      url
      assertions {
        id
        quote
        date
        actor {
          id
          name
        }
        claim {
          id
          text
        }
        argument {
          id
        }
      }
    }
  }
`);

export const ISSUE = graphql(`
  query Issue($id: ID!, $semantics: Semantics!, $scenario: ScenarioInput) {
    issue(id: $id) {
      id
      question
      positions {
        stance
        claim {
          id
          text
          kind
          supportedBy {
            id
          }
          attackedBy {
            id
          }
        }
      }
      verdict(semantics: [$semantics], scenario: $scenario) {
        semantics
        answer
        positions {
          position {
            claim {
              id
            }
          }
          status {
            label
            excluded
          }
        }
      }
    }
  }
`);

export const EXPAND = graphql(`
  query Expand($id: ID!) {
    claim(id: $id) {
      id
      supportedBy {
        id
        scheme
        premises {
          id
          text
          supportedBy {
            id
          }
          attackedBy {
            id
          }
        }
      }
      attackedBy {
        id
        attackKind
        premises {
          id
          text
          supportedBy {
            id
          }
          attackedBy {
            id
          }
        }
      }
    }
  }
`);

export const EVALUATION = graphql(`
  query Evaluation(
    $mapId: ID!
    $semantics: Semantics
    $scenario: ScenarioInput
    $rootId: ID
    $depth: Int
    $atRevision: Int
    $after: String
  ) {
    evaluation(mapId: $mapId, semantics: $semantics, scenario: $scenario, rootId: $rootId, depth: $depth, atRevision: $atRevision) {
      revision
      counts {
        in
        out
        undec
      }
      claims(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
          }
          status {
            label
            excluded
          }
        }
      }
    }
  }
`);

export const CLAIM_IDS = graphql(`
  query ClaimIds($mapId: ID!, $where: ClaimWhere, $after: String) {
    claims(mapId: $mapId, where: $where, first: 100, after: $after) {
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
  query Search($mapId: ID!, $text: String!) {
    search(mapId: $mapId, text: $text, first: 10) {
      score
      snippet
      node {
        __typename
        id
        ... on Claim {
          text
        }
        ... on Actor {
          name
        }
        ... on Provision {
          name
          citation
        }
        ... on Assertion {
          quote
          claim {
            id
            text
          }
        }
      }
    }
  }
`);

export const FILTERS = graphql(`
  query Filters($mapId: ID!) {
    map(id: $mapId) {
      id
      name
      description
      visibility
      currentRevision
      updatedAt
      claimCount
      argumentCount
      myRole
    }
    currentRevision(mapId: $mapId)
    issues(mapId: $mapId, first: 1) {
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
    actors(mapId: $mapId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    sources(mapId: $mapId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    provisions(mapId: $mapId, first: 100) {
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

export const CURRENT_REVISION = graphql(`
  query CurrentRevision($mapId: ID!) {
    currentRevision(mapId: $mapId)
  }
`);

export const CHANGES = graphql(`
  subscription Changes($mapId: ID!, $afterRevision: Int) {
    changes(mapId: $mapId, afterRevision: $afterRevision) {
      revision
      at
      operation
      keyName
      ids
    }
  }
`);

export const CREATE_CLAIM = graphql(`
  mutation CreateClaim($mapId: ID!, $input: CreateClaimInput!) {
    createClaim(mapId: $mapId, input: $input) {
      id
      text
    }
  }
`);

export const CREATE_ARGUMENT = graphql(`
  mutation CreateArgument($mapId: ID!, $input: CreateArgumentInput!) {
    createArgument(mapId: $mapId, input: $input) {
      id
      kind
    }
  }
`);

export const ADD_ASSERTION = graphql(`
  mutation AddAssertion($mapId: ID!, $input: AddAssertionInput!) {
    addAssertion(mapId: $mapId, input: $input) {
      id
    }
  }
`);

export const CITE_PROVISION = graphql(`
  mutation CiteProvision($mapId: ID!, $input: CiteProvisionInput!) {
    citeProvision(mapId: $mapId, input: $input) {
      role
      provision {
        id
      }
    }
  }
`);

export const CHAINS = graphql(`
  query Chains($mapId: ID!, $fromId: ID!, $toId: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
    argumentChains(mapId: $mapId, fromId: $fromId, toId: $toId, maxLength: 6, first: 20, atRevision: $atRevision) {
      length
      arguments {
        id
        kind
        attackKind
        scheme
        premises {
          id
          shortLabel
          text
        }
        undercutBy {
          id
          premises {
            id
            shortLabel
          }
        }
      }
      claims {
        id
        text
        shortLabel
        status(semantics: $semantics, scenario: $scenario) {
          label
          excluded
        }
        assertions {
          id
          quote
          actor {
            id
            name
          }
          source {
            id
            title
          }
        }
      }
    }
  }
`);

export const JUSTIFICATION = graphql(`
  query Justification($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {
    claim(id: $id, atRevision: $atRevision) {
      id
      text
      shortLabel
      status(semantics: $semantics, scenario: $scenario) {
        label
        excluded
      }
      justification(semantics: $semantics, scenario: $scenario) {
        label
        sentences
        truncated
        steps {
          argumentId
          kind
          attackKind
          premiseIds
          conclusionId
          targetArgumentId
          label
          failedPremiseId
          undercutById
          rejectedByScenario
          depth
          sentence
        }
        claims {
          claimId
          label
          shortLabel
          text
          speakers
          unattacked
        }
      }
    }
  }
`);

export const CLAIM_QUOTES = graphql(`
  query ClaimQuotes($id: ID!) {
    claim(id: $id) {
      id
      assertions {
        id
        quote
        actor {
          id
          name
        }
        source {
          id
          title
        }
      }
    }
  }
`);

export const MAPS = graphql(`
  query Maps($after: String) {
    maps(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          visibility
          currentRevision
          updatedAt
          claimCount
          argumentCount
          myRole
        }
      }
    }
  }
`);

export const MAP = graphql(`
  query Map($id: ID!) {
    map(id: $id) {
      id
      name
      description
      visibility
      currentRevision
      updatedAt
      claimCount
      argumentCount
      myRole
    }
  }
`);

export const MAP_CLAIMS = graphql(`
  query MapClaims($mapId: ID!) {
    claims(mapId: $mapId, first: 30) {
      totalCount
      edges {
        node {
          id
          text
          kind
          supportedBy {
            id
          }
          attackedBy {
            id
          }
        }
      }
    }
  }
`);

/** Mapping a new text (web/src/propose.ts): a proposal's items as the review shows them. */
export const PROPOSE_FROM_TEXT = graphql(`
  mutation ProposeFromText($mapId: ID!, $input: ProposeFromTextInput!) {
    proposeFromText(mapId: $mapId, input: $input) {
      id
      status
      text
      items {
        id
        start
        end
        quote
        status
        claimText
        kind
        speaker {
          name
          description
          kind
          confidence
          actor {
            id
            name
          }
        }
        matches {
          relation
          score
          claim {
            id
            text
          }
        }
        assertion {
          id
        }
      }
      links {
        premise {
          id
        }
        conclusion {
          id
        }
        kind
      }
    }
  }
`);

/** A review answers with what it changed: each item's status, and the assertion an accepted one became. */
export const ACCEPT_PROPOSED = graphql(`
  mutation AcceptProposed($proposalId: ID!, $items: [AcceptItemInput!]!) {
    acceptProposedAssertions(proposalId: $proposalId, items: $items) {
      revision
      proposal {
        status
        items {
          id
          status
          speaker {
            name
            actor {
              id
              name
            }
          }
          assertion {
            id
          }
        }
      }
    }
  }
`);

export const REJECT_PROPOSED = graphql(`
  mutation RejectProposed($proposalId: ID!, $ids: [ID!]!) {
    rejectProposedAssertions(proposalId: $proposalId, ids: $ids) {
      status
      items {
        id
        status
      }
    }
  }
`);
