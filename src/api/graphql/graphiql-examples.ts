/** The example tabs GraphiQL opens with; each answers a question about the seed debate. */

const WHO_ASSERTED = `# Who asserted the central claims of the debate, in which words, and where?
query WhoAssertedWhat {
  issues(first: 1) {
    edges {
      node {
        question
        positions {
          stance
          claim {
            id
            text
            assertions {
              quote
              date
              actor { name kind description }
              source { title publisher publishedAt }
            }
          }
        }
      }
    }
  }
}
`;

const COUNTERCLAIMS = `# What is said for and against sending convicted Americans to El Salvador?
query Counterclaims {
  claim(id: "claim:us-should-send-convicted-citizens-to-el-salvador") {
    text
    assertions { quote actor { name } source { title } }
    supportedBy {
      scheme
      premises { text assertedBy { name } }
      undercutBy { rationale premises { text } }
    }
    attackedBy {
      attackKind
      premises { text assertedBy { name } }
    }
    counterclaims { id text }
  }
}
`;

const EIGHTH_AMENDMENT = `# Which claims cite the Eighth Amendment (or one of its clauses), and in which role?
query ClaimsCitingTheEighthAmendment {
  provision(id: "provision:eighth-amendment") {
    name
    citation
    partOf { name }
    citedBy { role note claim { text assertedBy { name } } }
  }
  claims(where: { cites: "provision:eighth-amendment" }) {
    totalCount
    edges { node { id text kind } }
  }
}
`;

const SEARCH = `# Full-text search over claims, quotes, actors and provisions.
# British and American spellings find each other: try "denaturalise".
query Search {
  search(text: "denaturalize naturalized citizens", first: 10) {
    score
    snippet
    node {
      __typename
      id
      ... on Claim { text }
      ... on Assertion { quote actor { name } }
      ... on Actor { name }
      ... on Provision { name citation }
    }
  }
}
`;

const ACTOR_CLAIMS = `# Everything one actor asserted, with the quotes and the sources.
query ActorClaims {
  actors(where: { nameContains: "Bukele" }) {
    edges {
      node {
        id
        name
        description
        affiliations { role organization { name } }
        assertions {
          quote
          source { title }
          claim { text citations { role provision { name } } }
        }
      }
    }
  }
}
`;

const CHAINS = `# How does one claim bear on another? Every chain of arguments from one to the other,
# shortest first: each step's kind, its premises (several: linked), and where each claim stands.
query HowOneClaimBearsOnAnother {
  argumentChains(
    fromId: "claim:the-eighth-amendment-bar-is-humane-treatment-as-us-courts-interpret-it"
    toId: "claim:us-should-send-convicted-citizens-to-el-salvador"
    maxLength: 4
  ) {
    length
    arguments { id kind attackKind premises { id } conclusion { id } }
    claims {
      id
      text
      status(semantics: GROUNDED) { label }
      assertions { quote actor { name } }
    }
  }
}
`;

const WHY = `# Why does a claim stand or fall? The explanation in sentences, and the same account
# as the arguments that decide it (its justification), down to claims no one attacks.
query WhyTheClaimStandsOrFalls {
  claim(id: "claim:the-law-would-likely-allow-it") {
    text
    explanation(semantics: GROUNDED) {
      label
      sentences
      claims { claimId shortLabel label speakers unattacked }
    }
    justification(semantics: PREFERRED) {
      label
      steps { argumentId kind attackKind premiseIds conclusionId label failedPremiseId sentence }
    }
  }
}
`;

const MAPS = `# Every debate is a map of its own. Which maps are there, how big, when did each last change?
# Pass a map's id as mapId to claims, search, evaluation, argumentGraph, revisions, ... (absent: map:default).
query Maps {
  maps(first: 20) {
    totalCount
    edges { node { id name description claimCount argumentCount currentRevision updatedAt } }
  }
  claims(mapId: "map:default", first: 3) { totalCount edges { node { id text } } }
}
`;

export const GRAPHIQL_DEFAULT_QUERY = WHO_ASSERTED;

export const GRAPHIQL_EXAMPLE_TABS = [WHO_ASSERTED, COUNTERCLAIMS, EIGHTH_AMENDMENT, SEARCH, ACTOR_CLAIMS, CHAINS, WHY, MAPS].map(
  (query) => ({
    query,
  }),
);
