import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { GraphDocumentError, parseGraphDocument } from '../../src/cli/document-io.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { parseGraphDocumentText } from '../../src/api/graphql/document-input.js';
import { InvalidInputError } from '../../src/domain/errors.js';

const valid = () => ({
  format: 'argmap-graph',
  version: 1,
  claims: [
    { id: 'claim:a', text: ' A ', kind: 'LEGAL' },
    { id: 'claim:b', text: 'B', kind: 'FACTUAL' },
  ],
  arguments: [{ id: 'argument:x', kind: 'ATTACK', premiseIds: ['claim:a'], conclusionId: 'claim:b' }],
  assertions: [{ id: 'assertion:q', actorId: 'actor:stored-elsewhere', claimId: 'claim:a', quote: 'q', date: '2025-04-14' }],
});

describe('graph documents', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSchema();
  });

  it('normalises a valid document and lists references to stored nodes', () => {
    const { doc, external } = parseGraphDocument(valid(), schema);
    assert.equal(doc.claims[0]?.text, 'A');
    assert.equal(doc.arguments[0]?.attackKind, 'REBUT');
    assert.deepEqual(external, [{ id: 'actor:stored-elsewhere', label: 'Actor', field: 'input.assertions[0].actorId' }]);
  });

  const refuse = (mutate: (d: ReturnType<typeof valid>) => unknown, pattern: RegExp) => {
    const d = valid();
    mutate(d);
    assert.throws(
      () => parseGraphDocument(d, schema),
      (e) => e instanceof GraphDocumentError && pattern.test(e.message),
    );
  };

  it('refuses unknown enum values, bad dates and unknown fields through the GraphQL input types', () => {
    refuse((d) => ((d.claims[0] as Record<string, unknown>).kind = 'OPINION'), /input\.claims\.0\.kind/);
    refuse((d) => ((d.assertions[0] as Record<string, unknown>).date = '2025-13-01'), /YYYY-MM-DD/);
    refuse((d) => ((d.claims[0] as Record<string, unknown>).colour = 'red'), /colour/);
  });

  it('refuses duplicate ids, ids of the wrong type and broken arguments', () => {
    refuse((d) => d.claims.push({ id: 'claim:a', text: 'again', kind: 'LEGAL' }), /appears twice/);
    refuse((d) => ((d.arguments[0] as Record<string, unknown>).premiseIds = ['actor:a']), /premiseIds\[0\].*actor id/);
    refuse((d) => ((d.arguments[0] as Record<string, unknown>).premiseIds = ['claim:b']), /cannot attack itself/);
    refuse((d) => ((d.assertions[0] as Record<string, unknown>).argumentId = 'argument:x'), /exactly one claim or one argument/);
  });

  it('refuses what the mutations refuse: provisions part of each other, a claim both for and against one issue', () => {
    const withProvisions = (parents: Record<string, string | null>) => (d: ReturnType<typeof valid>) =>
      Object.assign(d, {
        provisions: Object.entries(parents).map(([id, partOfId]) => ({ id, name: id, kind: 'CLAUSE', partOfId })),
      });
    refuse(
      withProvisions({ 'provision:a': 'provision:b', 'provision:b': 'provision:a' }),
      /"provision:a" is part of "provision:b" is part of "provision:a"/,
    );
    refuse(withProvisions({ 'provision:a': 'provision:b', 'provision:b': 'provision:c', 'provision:c': 'provision:a' }), /cycle/);
    refuse(withProvisions({ 'provision:a': 'provision:a' }), /part of itself/);
    const chain = valid();
    withProvisions({ 'provision:a': 'provision:b', 'provision:b': 'provision:c', 'provision:c': null })(chain);
    assert.equal(parseGraphDocument(chain, schema).doc.provisions.length, 3);

    const withPositions = (stances: string[]) => (d: ReturnType<typeof valid>) =>
      Object.assign(d, {
        issues: [{ id: 'issue:q', question: 'Q?' }],
        positions: stances.map((stance) => ({ claimId: 'claim:a', issueId: 'issue:q', stance })),
      });
    refuse(withPositions(['PRO', 'CON']), /"claim:a" is given both PRO and CON on "issue:q"/);
    const twice = valid();
    withPositions(['PRO', 'PRO'])(twice);
    assert.equal(parseGraphDocument(twice, schema).doc.positions.length, 2);
  });

  it('refuses as invalid input of the field it came from, keeping the broken rule with its own field path', () => {
    const d = valid();
    d.claims[1]!.text = ' ';
    const error = (() => {
      try {
        parseGraphDocument(d, schema, 'input.content');
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof GraphDocumentError && error instanceof InvalidInputError, String(error));
    assert.equal(error.field, 'input.content');
    assert.match(error.message, /^input\.content: input\.claims\[1\]\.text: /);
    assert.ok(error.cause instanceof InvalidInputError);
    assert.equal(error.cause.field, 'input.claims[1].text');
    assert.throws(
      () => parseGraphDocumentText('{"claims": [', schema, 'input.content'),
      (e) => e instanceof GraphDocumentError && e.field === 'input.content' && /^input\.content: /.test(e.message),
    );
  });

  it('refuses other formats and versions', () => {
    refuse((d) => ((d as Record<string, unknown>).format = 'aif'), /format is "aif"/);
    refuse((d) => ((d as Record<string, unknown>).version = 2), /version 2/);
  });
});
