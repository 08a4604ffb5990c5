import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphDocument } from '../../src/domain/graph-document.js';
import { graphView, renderExport, toAif, toCytoscape, toDot, toGraphml } from '../../src/interchange/formats.js';
import { STREAMED_FORMATS } from '../../src/interchange/stream-graph.js';

const doc: GraphDocument = {
  issues: [{ id: 'issue:q', question: 'May it be done?' }],
  actors: [
    { id: 'actor:ann', name: 'Ann Lee', kind: 'PERSON', description: null },
    { id: 'actor:org', name: 'Org', kind: 'ORGANIZATION', description: null },
  ],
  affiliations: [{ actorId: 'actor:ann', organizationId: 'actor:org', role: 'fellow' }],
  sources: [{ id: 'source:s', title: 'A "quoted" <title>', kind: 'NEWS', publisher: null, author: null, publishedAt: null, url: null }],
  provisions: [
    { id: 'provision:c', name: 'Constitution', kind: 'CONSTITUTION', citation: null, summary: null, partOfId: null },
    {
      id: 'provision:a8',
      name: 'Eighth Amendment',
      kind: 'AMENDMENT',
      citation: 'U.S. Const. amend. VIII',
      summary: null,
      partOfId: 'provision:c',
    },
  ],
  claims: [
    { id: 'claim:a', text: 'A & B', kind: 'LEGAL' },
    { id: 'claim:b', text: 'B', kind: 'LEGAL' },
    { id: 'claim:c', text: 'C', kind: 'FACTUAL' },
  ],
  arguments: [
    {
      id: 'argument:s',
      kind: 'SUPPORT',
      attackKind: null,
      scheme: 'Argument from Rule',
      rationale: null,
      premiseIds: ['claim:a', 'claim:c'],
      conclusionId: 'claim:b',
      targetArgumentId: null,
    },
    {
      id: 'argument:u',
      kind: 'ATTACK',
      attackKind: 'UNDERCUT',
      scheme: null,
      rationale: null,
      premiseIds: ['claim:c'],
      conclusionId: null,
      targetArgumentId: 'argument:s',
    },
  ],
  assertions: [
    {
      id: 'assertion:x',
      actorId: 'actor:ann',
      claimId: 'claim:a',
      argumentId: null,
      sourceId: 'source:s',
      quote: 'a and b',
      date: '2025-04-14',
    },
  ],
  citations: [{ claimId: 'claim:b', provisionId: 'provision:a8', role: 'PROHIBITS', note: null, attribution: 'SPEAKER' }],
  positions: [{ claimId: 'claim:b', issueId: 'issue:q', stance: 'CON' }],
};

describe('export formats', () => {
  it('the graph view has every node once and typed edges between them', () => {
    const { nodes, edges } = graphView(doc);
    assert.equal(nodes.length, 3 + 2 + 2 + 1 + 2 + 1);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) assert.ok(ids.has(e.source) && ids.has(e.target), e.id);
    const types = edges.map((e) => e.type).sort();
    assert.deepEqual(
      [...new Set(types)],
      ['ADDRESSES', 'AFFILIATED_WITH', 'ASSERTS', 'CITES', 'CONCLUSION', 'PART_OF', 'PREMISE', 'REPORTED_IN'],
    );
    assert.equal(edges.filter((e) => e.type === 'PREMISE').length, 3);
  });

  it('AIF: I, RA, CA, L and YA nodes, edges by fromID/toID, locutions with personID', () => {
    const aif = toAif(doc);
    const type = (id: string) => aif.nodes.find((n) => n.nodeID === id)?.type;
    assert.equal(type('claim:a'), 'I');
    assert.equal(type('argument:s'), 'RA');
    assert.equal(type('argument:u'), 'CA');
    assert.equal(type('assertion:x'), 'L');
    assert.equal(type('assertion:x:illocution'), 'YA');
    const has = (from: string, to: string) => aif.edges.some((e) => e.fromID === from && e.toID === to);
    assert.ok(has('claim:a', 'argument:s') && has('argument:s', 'claim:b'));
    assert.ok(has('argument:u', 'argument:s'), 'an undercut points at the RA node');
    assert.ok(has('assertion:x', 'assertion:x:illocution') && has('assertion:x:illocution', 'claim:a'));
    assert.deepEqual(aif.locutions, [{ nodeID: 'assertion:x', personID: 'actor:ann', start: '2025-04-14' }]);
    assert.deepEqual(aif.participants, [
      { participantID: 'actor:ann', firstname: 'Ann', surname: 'Lee', kind: 'PERSON' },
      { participantID: 'actor:org', firstname: 'Org', surname: '', kind: 'ORGANIZATION' },
    ]);
  });

  it('DOT, GraphML and Cytoscape carry every node and edge, escaped', () => {
    const { nodes, edges } = graphView(doc);
    const dot = toDot(doc);
    assert.match(dot, /^digraph argmap \{/);
    assert.equal((dot.match(/ -> /g) ?? []).length, edges.length);
    assert.match(dot, /arrowhead=tee/);
    const graphml = toGraphml(doc);
    assert.equal((graphml.match(/<node /g) ?? []).length, nodes.length);
    assert.equal((graphml.match(/<edge /g) ?? []).length, edges.length);
    assert.match(graphml, /A &quot;quoted&quot; &lt;title&gt;/);
    assert.match(graphml, /A &amp; B/);
    const cy = toCytoscape(doc);
    assert.equal(cy.elements.nodes.length, nodes.length);
    assert.equal(cy.elements.edges.length, edges.length);
  });

  it('AIF splits the names of people into first and last name and keeps other actors whole', () => {
    const court = { id: 'actor:court', name: 'Supreme Court of the United States', kind: 'COURT' as const, description: null };
    const org = { id: 'actor:aclu', name: 'American Civil Liberties Union', kind: 'ORGANIZATION' as const, description: null };
    const saying = (actorId: string) => ({ ...doc.assertions[0]!, id: `assertion:${actorId.slice(6)}`, actorId });
    const aif = toAif({ ...doc, actors: [...doc.actors, court, org], assertions: [saying('actor:ann'), saying(court.id), saying(org.id)] });
    const name = (id: string) => {
      const p = (aif.participants as { participantID: string; firstname: string; surname: string }[]).find((x) => x.participantID === id);
      return p && { firstname: p.firstname, surname: p.surname };
    };
    assert.deepEqual(name('actor:ann'), { firstname: 'Ann', surname: 'Lee' });
    assert.deepEqual(name('actor:court'), { firstname: 'Supreme Court of the United States', surname: '' });
    assert.deepEqual(name('actor:aclu'), { firstname: 'American Civil Liberties Union', surname: '' });
  });

  it('GraphML declares kind for nodes and edges and gives each edge that has one its kind', () => {
    const graphml = toGraphml(doc);
    assert.match(graphml, /<key id="kind" for="all" attr.name="kind" attr.type="string"\/>/);
    const kindOf = (id: string) =>
      new RegExp(`<edge id="${id.replace(/>/g, '&gt;')}"[^>]*>.*?<data key="kind">([^<]*)</data>`).exec(graphml)?.[1];
    assert.equal(kindOf('PREMISE:claim:a->argument:s'), 'SUPPORT');
    assert.equal(kindOf('CONCLUSION:argument:u->argument:s'), 'ATTACK');
    assert.equal(kindOf('CITES:claim:b->provision:a8'), 'PROHIBITS');
    assert.equal(kindOf('ADDRESSES:claim:b->issue:q'), 'CON');
    assert.equal(kindOf('ASSERTS:actor:ann->claim:a'), undefined, 'an edge without a kind has no kind data');
    const cy = toCytoscape(doc);
    assert.equal(cy.elements.edges.find((e) => e.data.id === 'CONCLUSION:argument:s->claim:b')?.data.kind, 'SUPPORT');
  });

  it('JSON is the graph document itself', () => {
    assert.deepEqual(JSON.parse(renderExport(doc, 'json').body), doc);
  });
});

describe('streamed exports', () => {
  /** The document's lists in pages of `size`, each list readable again. */
  const paged = (source: GraphDocument, size: number) => (name: keyof GraphDocument) =>
    (async function* () {
      const list = source[name] as object[];
      for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
    })();
  const text = async (chunks: AsyncIterable<string>) => {
    let out = '';
    for await (const chunk of chunks) out += chunk;
    return out;
  };

  it('DOT, GraphML and Cytoscape written page by page are the bytes of the whole rendering', async () => {
    // An actor asserting one claim twice: the repeated speaker and source edges are drawn once, as in the whole rendering.
    const twice: GraphDocument = {
      ...doc,
      assertions: [...doc.assertions, { ...doc.assertions[0]!, id: 'assertion:again', quote: 'again' }],
    };
    for (const source of [doc, twice]) {
      for (const size of [1, 2, 1000]) {
        for (const format of ['dot', 'graphml', 'cytoscape'] as const) {
          assert.equal(
            await text(STREAMED_FORMATS[format](paged(source, size))),
            renderExport(source, format).body,
            `${format}, pages of ${size}`,
          );
        }
      }
    }
  });

  it('an empty map too', async () => {
    const empty = Object.fromEntries(Object.keys(doc).map((k) => [k, []])) as unknown as GraphDocument;
    for (const format of ['dot', 'graphml', 'cytoscape'] as const) {
      assert.equal(await text(STREAMED_FORMATS[format](paged(empty, 10))), renderExport(empty, format).body, format);
    }
  });
});
