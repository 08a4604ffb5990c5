import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { generateDebate } from '../../src/cli/generate.js';
import { parseGraphDocument } from '../../src/cli/document-io.js';
import { buildSchema } from '../../src/api/graphql/schema.js';

describe('the synthetic debate generator', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildSchema();
  });

  it('is deterministic for a seed and differs across seeds', () => {
    assert.deepEqual(generateDebate({ claims: 300, seed: 7 }), generateDebate({ claims: 300, seed: 7 }));
    assert.notDeepEqual(generateDebate({ claims: 300, seed: 7 }), generateDebate({ claims: 300, seed: 8 }));
  });

  it('makes exactly the number of claims asked for, with the rest in proportion', () => {
    for (const claims of [1, 1000, 10_000]) {
      const doc = generateDebate({ claims, seed: 42 });
      assert.equal(doc.claims.length, claims);
      assert.equal(new Set(doc.claims.map((c) => c.id)).size, claims);
      if (claims >= 1000) {
        const per = (n: number) => n / claims;
        assert.ok(per(doc.assertions.length) > 1.6 && per(doc.assertions.length) < 2, 'about 1.8 assertions per claim');
        assert.ok(per(doc.arguments.length) > 0.85 && per(doc.arguments.length) < 1.05, 'about 0.95 arguments per claim');
      }
    }
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
