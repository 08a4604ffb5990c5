/** The explorer's only way to its data: the public GraphQL API. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** A link that opens the same query in GraphiQL. */
export function graphiqlLink(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString()}`;
}

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  kind: string | null;
  attackKind: string | null;
  distance: number;
}
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string | null;
}

export const GRAPH_QUERY = `query ArgumentGraph($rootId: ID!, $depth: Int) {
  argumentGraph(rootId: $rootId, depth: $depth) {
    nodes { id type label kind attackKind distance }
    edges { id type source target label }
  }
}`;

export const CLAIM_QUERY = `query Claim($id: ID!) {
  claim(id: $id) {
    id text kind
    positions { stance }
    assertions { quote date actor { id name description } source { title publisher author publishedAt } }
    citations { role note provision { id name citation partOf { name } } }
    supportedBy { id scheme premises { id text } }
    attackedBy { id attackKind premises { id text } }
    counterclaims { id text }
  }
}`;
