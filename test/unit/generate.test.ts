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

  it('puts an id prefix into every id, so debates for different maps share none, and is otherwise the same debate', () => {
    const plain = generateDebate({ claims: 500, seed: 3 });
    const prefixed = generateDebate({ claims: 500, seed: 3, idPrefix: 'm17' });
    const { external } = parseGraphDocument(prefixed, schema, 'generated');
    assert.deepEqual(external, []);
    const ids = (doc: typeof plain) => [
      ...[doc.issues, doc.actors, doc.sources, doc.provisions, doc.claims, doc.arguments, doc.assertions].flat().map((x) => x.id),
      ...doc.arguments.flatMap((a) => [...a.premiseIds, a.conclusionId, a.targetArgumentId]),
      ...doc.assertions.flatMap((a) => [a.actorId, a.sourceId, a.claimId, a.argumentId]),
      ...doc.citations.flatMap((c) => [c.claimId, c.provisionId]),
      ...doc.positions.flatMap((p) => [p.claimId, p.issueId]),
      ...doc.provisions.map((p) => p.partOfId),
      ...doc.affiliations.flatMap((a) => [a.actorId, a.organizationId]),
    ];
    const before = ids(plain);
    const after = ids(prefixed);
    assert.equal(after.length, before.length);
    after.forEach((id, i) => {
      const was = before[i];
      if (was === null || was === undefined) return assert.equal(id, was);
      const [kind, rest] = was.split(':');
      assert.equal(id, `${kind}:m17-${rest}`);
    });
    assert.deepEqual(
      prefixed.claims.map((c) => c.text),
      plain.claims.map((c) => c.text),
    );
  });
});
