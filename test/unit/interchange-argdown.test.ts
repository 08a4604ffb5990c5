import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { parseGraphDocument, readGraphDocument } from '../../src/cli/document-io.js';
import { argdownToDocument, documentToArgdown } from '../../src/interchange/argdown.js';
import { InterchangeError } from '../../src/interchange/common.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { SEED_FILE } from '../../src/cli/seed.js';

let schema: GraphQLSchema;
before(async () => {
  schema = await buildSchema();
});

describe('Argdown import', () => {
  const text = `# Taxes

[Cut]: Taxes should be cut.
  + [Growth]: Lower taxes bring growth.
  - [Schools]: Taxes fund schools.

<Revenue>: Lower rates can raise revenue.

(1) [Laffer]: Revenue peaks below the top rate.
(2) [High]: Current rates are above the peak.
----
(3) [Cut]

<Doubt>: The peak is unknown.
  _> <Revenue>

[Spend]: Spend the surplus.
  >< [Save]: Save the surplus.
`;
  const { doc, skipped } = argdownToDocument(text, { idBase: 'taxes' });
  const claim = (title: string) => doc.claims.find((c) => c.id === `claim:taxes-${title}`);
  const argsTo = (title: string) => doc.arguments.filter((a) => a.conclusionId === `claim:taxes-${title}`);

  it('statements are claims; a premise-conclusion structure one support argument with its premises in order', () => {
    assert.equal(claim('cut')?.text, 'Taxes should be cut.');
    assert.equal(claim('laffer')?.kind, 'FACTUAL');
    const revenue = doc.arguments.find((a) => a.id === 'argument:taxes-revenue')!;
    assert.deepEqual(revenue.premiseIds, ['claim:taxes-laffer', 'claim:taxes-high']);
    assert.equal(revenue.conclusionId, 'claim:taxes-cut');
    assert.equal(revenue.rationale, 'Lower rates can raise revenue.');
  });

  it('support and attack relations are one-premise arguments; contradictions attack both ways; undercuts target the argument', () => {
    assert.deepEqual(
      argsTo('cut')
        .map((a) => [a.kind, a.premiseIds.join()])
        .sort(),
      [
        ['ATTACK', 'claim:taxes-schools'],
        ['SUPPORT', 'claim:taxes-growth'],
        ['SUPPORT', 'claim:taxes-laffer,claim:taxes-high'],
      ].sort(),
    );
    assert.deepEqual(
      [...argsTo('spend'), ...argsTo('save')].map((a) => [a.kind, a.attackKind]),
      [
        ['ATTACK', 'REBUT'],
        ['ATTACK', 'REBUT'],
      ],
    );
    const undercut = doc.arguments.find((a) => a.targetArgumentId === 'argument:taxes-revenue')!;
    assert.equal(undercut.attackKind, 'UNDERCUT');
    assert.equal(doc.claims.find((c) => c.id === undercut.premiseIds[0])?.text, 'The peak is unknown.');
    assert.deepEqual(skipped.toJSON(), { 'arguments without premise-conclusion structure whose description became a claim': 1 });
    assert.doesNotThrow(() => parseGraphDocument(doc, schema, 'argdown'));
  });

  it('refuses text that is not Argdown', () => {
    assert.throws(() => argdownToDocument('(1) [A]: a\n----\n', { idBase: 'x' }), InterchangeError);
  });
});

describe('argmap -> Argdown -> argmap', () => {
  it('keeps every claim (id, text, kind) and argument (kind, attack kind, scheme, premises in order, conclusion or target) of the seed debate', async () => {
    const { doc } = await readGraphDocument(SEED_FILE, schema);
    const text = documentToArgdown(doc);
    const back = argdownToDocument(text, { idBase: 'seed' });
    assert.equal(back.skipped.total, 0, JSON.stringify(back.skipped));
    const again = parseGraphDocument(back.doc, schema, 'argdown').doc;
    const sorted = (items: object[]) => items.map((x) => JSON.stringify(x)).sort();
    assert.deepEqual(sorted(again.claims), sorted(doc.claims));
    assert.deepEqual(sorted(again.arguments), sorted(doc.arguments));
  });

  it('keeps text that holds Argdown markup (a quote\'s "[and]", angle brackets, a backslash) as text', () => {
    const doc = parseGraphDocument(
      {
        claims: [
          { id: 'claim:a', text: 'We are not sure [and] <nobody> knows: C:\\path', kind: 'FACTUAL' },
          { id: 'claim:b', text: 'It is allowed.', kind: 'LEGAL' },
        ],
        arguments: [
          {
            id: 'argument:a-rebuts-b',
            kind: 'ATTACK',
            attackKind: 'REBUT',
            premiseIds: ['claim:a'],
            conclusionId: 'claim:b',
            rationale: '"He’s not sure, [and] we are not"',
          },
        ],
      },
      schema,
      'markup',
    ).doc;
    const again = parseGraphDocument(argdownToDocument(documentToArgdown(doc), { idBase: 'm' }).doc, schema, 'argdown').doc;
    assert.deepEqual(again.claims, doc.claims);
    assert.deepEqual(again.arguments, doc.arguments);
  });
});
