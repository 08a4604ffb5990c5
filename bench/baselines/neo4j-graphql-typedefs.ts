/** @neo4j/graphql type definitions mapped onto argmap's labels and relationship types. */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Claim @node {
    id: ID!
    text: String!
    kind: String!
    assertions: [Assertion!]! @relationship(type: "OF", direction: IN)
    citations: [Provision!]! @relationship(type: "CITES", direction: OUT)
    premiseOf: [Argument!]! @relationship(type: "PREMISE", direction: OUT)
    concludedBy: [Argument!]! @relationship(type: "CONCLUSION", direction: IN)
  }
  type Argument @node {
    id: ID!
    kind: String!
    attackKind: String
    premises: [Claim!]! @relationship(type: "PREMISE", direction: IN)
    conclusion: [Claim!]! @relationship(type: "CONCLUSION", direction: OUT)
  }
  type Assertion @node {
    id: ID!
    quote: String
    actor: [Actor!]! @relationship(type: "BY", direction: OUT)
    source: [Source!]! @relationship(type: "IN", direction: OUT)
    claim: [Claim!]! @relationship(type: "OF", direction: OUT)
  }
  type Actor @node {
    id: ID!
    name: String!
  }
  type Source @node {
    id: ID!
    title: String!
  }
  type Provision @node {
    id: ID!
    name: String!
  }
`;
