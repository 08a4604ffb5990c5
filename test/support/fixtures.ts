/** Small graph documents for integration tests, built in code so every expectation is derivable. */

export function debateFixture(claimCount = 60) {
  const claims = Array.from({ length: claimCount }, (_, i) => ({
    id: `claim:c${String(i).padStart(3, '0')}`,
    text: i === 0 ? 'Naturalised citizens can be denaturalised for fraud.' : `Claim number ${i} about prisons abroad.`,
    kind: i % 2 === 0 ? 'LEGAL' : 'POLICY',
  }));
  const actors = [
    { id: 'actor:ann-expert', name: 'Ann Expert', kind: 'PERSON', description: 'law professor' },
    { id: 'actor:bob-official', name: 'Bob Official', kind: 'PERSON', description: 'attorney general' },
    { id: 'actor:law-school', name: 'Law School', kind: 'ORGANIZATION' },
  ];
  const sources = [{ id: 'source:report', title: 'A report', kind: 'NEWS', publisher: 'The Paper', publishedAt: '2025-04-14' }];
  const provisions = [
    { id: 'provision:us-constitution', name: 'U.S. Constitution', kind: 'CONSTITUTION' },
    {
      id: 'provision:eighth-amendment',
      name: 'Eighth Amendment',
      kind: 'AMENDMENT',
      citation: 'U.S. Const. amend. VIII',
      partOfId: 'provision:us-constitution',
    },
    {
      id: 'provision:cruel-and-unusual-punishments-clause',
      name: 'Cruel and Unusual Punishments Clause',
      kind: 'CLAUSE',
      citation: 'U.S. Const. amend. VIII',
      partOfId: 'provision:eighth-amendment',
    },
  ];
  // Claim i (i >= 1) is attacked by claim i+1 when i is odd and supported by it when i is even.
  const args = claims.slice(1, -1).map((c, i) => ({
    id: `argument:a${String(i + 1).padStart(3, '0')}`,
    kind: (i + 1) % 2 === 1 ? 'ATTACK' : 'SUPPORT',
    ...((i + 1) % 2 === 1 ? { attackKind: 'REBUT' } : {}),
    premiseIds: [claims[i + 2]!.id],
    conclusionId: c.id,
  }));
  const assertions = claims.map((c, i) => ({
    id: `assertion:s${String(i).padStart(3, '0')}`,
    actorId: actors[i % 2]!.id,
    claimId: c.id,
    sourceId: 'source:report',
    quote: `Quote ${i}`,
  }));
  const citations = claims
    .filter((_, i) => i % 3 === 0)
    .map((c) => ({ claimId: c.id, provisionId: 'provision:cruel-and-unusual-punishments-clause', role: 'PROHIBITS' }));
  return {
    format: 'argmap-graph',
    version: 1,
    issues: [{ id: 'issue:q', question: 'May it be done?' }],
    actors,
    affiliations: [{ actorId: 'actor:ann-expert', organizationId: 'actor:law-school', role: 'professor' }],
    sources,
    provisions,
    claims,
    arguments: args,
    assertions,
    citations,
    positions: [
      { claimId: claims[1]!.id, issueId: 'issue:q', stance: 'PRO' },
      { claimId: claims[2]!.id, issueId: 'issue:q', stance: 'CON' },
    ],
  };
}

export const IMPORT_MUTATION = `mutation Import($input: ImportGraphInput!) {
  importGraph(input: $input) { items nodesCreated relationshipsCreated relationshipsDeleted }
}`;

/** The importGraph input of a document (without its format/version envelope). */
export function asInput(doc: Record<string, unknown>): Record<string, unknown> {
  const { format: _format, version: _version, ...input } = doc;
  return input;
}
