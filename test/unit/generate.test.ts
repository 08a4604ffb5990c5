import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { generateDebate } from '../../src/generate.js';
import { parseGraphDocument } from '../../src/graph-document-io.js';
import { buildSchema } from '../../src/schema.js';

describe('the synthetic debate generator', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSchema();
  });

  it('is deterministic for a seed and differs across seeds', () => {
    assert.deepEqual(generateDebate({ claims: 300, seed: 7 }), generateDebate({ claims: 300, seed: 7 }));
    assert.notDeepEqual(generateDebate({ claims: 300, seed: 7 }), generateDebate({ claims: 300, seed: 8 }));
  });

  it('makes a valid, self-contained document of the seed debate’s shape', () => {
    const doc = generateDebate({ claims: 1000, seed: 1 });
    const { external } = parseGraphDocument(doc, schema, 'generated');
    assert.deepEqual(external, []);
    assert.equal(doc.claims.length, 1000);
    assert.ok(
      doc.assertions.length > 1500 && doc.arguments.length > 900,
      `${doc.assertions.length} assertions, ${doc.arguments.length} arguments`,
    );
    const kinds = new Set(doc.arguments.map((a) => a.attackKind ?? a.kind));
    assert.deepEqual([...kinds].sort(), ['REBUT', 'SUPPORT', 'UNDERCUT', 'UNDERMINE']);
    assert.ok(
      doc.arguments.some((a) => a.premiseIds.length > 1),
      'linked arguments',
    );
    const index = (id: string) => Number(id.slice('claim:g'.length));
    assert.ok(
      doc.arguments.some((a) => a.conclusionId && index(a.conclusionId) > index(a.premiseIds[0]!)),
      'some arguments point forward, closing cycles',
    );
  });
});
