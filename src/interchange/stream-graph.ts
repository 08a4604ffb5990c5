import type { GraphDocument } from '../domain/graph-document.js';
import {
  DOT_HEAD,
  DOT_TAIL,
  EDGE_LISTS,
  EDGES_OF,
  GRAPHML_HEAD,
  GRAPHML_TAIL,
  NODE_LISTS,
  NODE_OF,
  dotEdge,
  dotNode,
  graphmlEdge,
  graphmlNode,
  type ViewEdge,
  type ViewNode,
} from './formats.js';

/** A graph document's lists as pages, each list readable as often as asked (the whole map read a page at a time). */
export type PagedLists = (name: keyof GraphDocument) => AsyncIterable<readonly object[]>;

/** The graph's nodes, list by list and page by page (the order `graphView` gives them). */
async function* nodes(lists: PagedLists): AsyncGenerator<ViewNode> {
  for (const name of NODE_LISTS) {
    for await (const page of lists(name)) for (const item of page) yield NODE_OF[name](item as never);
  }
}

/**
 * The graph's edges in `graphView`'s order. Only an assertion's edges can repeat (one actor, one
 * claim, several quotes), so only theirs are remembered to draw each once: memory grows with the
 * map's distinct speaker and source links, never with the map's text.
 */
async function* edges(lists: PagedLists): AsyncGenerator<ViewEdge> {
  const drawn = new Set<string>();
  for (const name of EDGE_LISTS) {
    for await (const page of lists(name)) {
      for (const item of page) {
        for (const edge of EDGES_OF[name](item as never)) {
          if (name === 'assertions') {
            if (drawn.has(edge.id)) continue;
            drawn.add(edge.id);
          }
          yield edge;
        }
      }
    }
  }
}

/** Joins small pieces into chunks of about `size` characters. */
async function* chunked(pieces: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** A text format of a head, a line per node, a line per edge and a tail, piece by piece. */
function streamLines(
  lists: PagedLists,
  head: string,
  node: (n: ViewNode) => string,
  edge: (e: ViewEdge) => string,
  tail: string,
): AsyncGenerator<string> {
  return chunked(
    (async function* () {
      yield head;
      for await (const n of nodes(lists)) yield node(n);
      for await (const e of edges(lists)) yield edge(e);
      yield tail;
    })(),
  );
}

/** DOT, piece by piece: the same text as `toDot` of the whole document. */
export const streamDot = (lists: PagedLists) => streamLines(lists, DOT_HEAD, dotNode, dotEdge, DOT_TAIL);

/** GraphML, piece by piece: the same text as `toGraphml` of the whole document. */
export const streamGraphml = (lists: PagedLists) => streamLines(lists, GRAPHML_HEAD, graphmlNode, graphmlEdge, GRAPHML_TAIL);

/** Cytoscape.js JSON, piece by piece: the same text as the `cytoscape` export of the whole document. */
export function streamCytoscape(lists: PagedLists): AsyncGenerator<string> {
  const element = (data: ViewNode | ViewEdge) => `      ${JSON.stringify({ data }, null, 2).replace(/\n/g, '\n      ')}`;
  async function* array(name: string, items: AsyncIterable<ViewNode | ViewEdge>, last: boolean) {
    let first = true;
    for await (const item of items) {
      yield `${first ? `    ${JSON.stringify(name)}: [\n` : ',\n'}${element(item)}`;
      first = false;
    }
    yield first ? `    ${JSON.stringify(name)}: []${last ? '' : ','}\n` : `\n    ]${last ? '' : ','}\n`;
  }
  return chunked(
    (async function* () {
      yield '{\n  "elements": {\n';
      yield* array('nodes', nodes(lists), false);
      yield* array('edges', edges(lists), true);
      yield '  }\n}\n';
    })(),
  );
}

export const STREAMED_FORMATS = { dot: streamDot, graphml: streamGraphml, cytoscape: streamCytoscape } as const;
