import type { ParamsOf, Statement } from '../db/statement.js';
import * as exporting from '../db/statements/export.js';
import * as graph from '../db/statements/graph.js';
import * as search from '../db/statements/search.js';
import { TooComplexError } from '../domain/errors.js';
import { argumentFromState, claimFromState } from '../domain/revisions.js';
import { byId, chainsOf, ChainSearchTooLarge, neighbourhoodOf, searchOf, type MapAtRevision } from '../domain/map-at-revision.js';

/** What the graph and export repositories need of a database: reading statements. */
export interface StatementReader {
  read<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
}

type Item = Record<string, unknown>;
type Answer = (map: MapAtRevision, params: Record<string, unknown>) => unknown[];

const idsParam = (params: Record<string, unknown>): ReadonlySet<string> | null =>
  Array.isArray(params.ids) ? new Set(params.ids.filter((id): id is string => typeof id === 'string')) : null;
const within = (ids: ReadonlySet<string> | null, id: string | null) => ids === null || (id !== null && ids.has(id));
const first = <T>(list: readonly T[]): T | null => list[0] ?? null;
const items = (list: Item[]) => list.map((item) => ({ item }));

/** Node items: the properties a fragment projects, null where absent. */
function nodes(
  map: MapAtRevision,
  label: Parameters<MapAtRevision['idsOf']>[0],
  keys: readonly string[],
  extra: (id: string) => Item = () => ({}),
) {
  return (params: Record<string, unknown>) => {
    const ids = idsParam(params);
    return items(
      map
        .idsOf(label)
        .filter((id) => within(ids, id))
        .map((id) => ({ ...Object.fromEntries(keys.map((key) => [key, map.prop(id, key)])), id, mapId: map.mapId, ...extra(id) })),
    );
  };
}

/**
 * The statements the graph and export repositories run, answered from the map at a past
 * revision instead of the database: the same parameters, the same rows (checked against the
 * statement's own row shape, as the executor checks rows from Neo4j). Each answer follows its
 * statement file in cypher/export/ and cypher/graph/.
 */
const ANSWERS = new Map<string, Answer>([
  [exporting.findIssues.name, (map, params) => nodes(map, 'Issue', ['question'])(params)],
  [exporting.findActors.name, (map, params) => nodes(map, 'Actor', ['name', 'kind', 'description'])(params)],
  [
    exporting.findSources.name,
    (map, params) => nodes(map, 'Source', ['title', 'kind', 'publisher', 'author', 'publishedAt', 'url'])(params),
  ],
  [exporting.findClaims.name, (map, params) => nodes(map, 'Claim', ['text', 'kind'])(params)],
  [
    exporting.findProvisions.name,
    (map, params) => {
      // A provision and everything it is part of (PART_OF up to 6 hops).
      const ids = idsParam(params);
      const kept = new Set<string>();
      if (ids) {
        for (const start of ids) {
          let at: string | null = map.label(start) === 'Provision' ? start : null;
          for (let hops = 0; at !== null && hops <= 6; hops++) {
            kept.add(at);
            at = first(map.out(at, 'PART_OF').map((r) => r.to));
          }
        }
      }
      return nodes(map, 'Provision', ['name', 'kind', 'citation', 'summary'], (id) => ({
        partOfId: first(map.out(id, 'PART_OF').map((r) => r.to)),
      }))({ ids: ids ? [...kept] : null });
    },
  ],
  [
    exporting.findArguments.name,
    (map, params) =>
      nodes(map, 'Argument', ['kind', 'attackKind', 'scheme', 'schemeId', 'rationale', 'reconstructed'], (id) => ({
        premiseIds: map
          .in(id, 'PREMISE')
          .filter((r) => map.label(r.from) === 'Claim')
          .map((r) => ({ id: r.from, position: r.props.get('position') }))
          .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0) || byId(a.id, b.id))
          .map((r) => r.id),
        conclusionId: first(
          map
            .out(id, 'CONCLUSION')
            .filter((r) => map.label(r.to) === 'Claim')
            .map((r) => r.to),
        ),
        targetArgumentId: first(
          map
            .out(id, 'CONCLUSION')
            .filter((r) => map.label(r.to) === 'Argument')
            .map((r) => r.to),
        ),
      }))(params),
  ],
  [
    exporting.findAssertions.name,
    (map, params) => {
      const targets = idsParam(params);
      const to = (id: string, type: string, label: string) =>
        first(
          map
            .out(id, type)
            .filter((r) => map.label(r.to) === label)
            .map((r) => r.to),
        );
      return items(
        map
          .idsOf('Assertion')
          .filter((id) => map.out(id, 'OF').some((r) => within(targets, r.to)))
          .map((id) => {
            const previous = map
              .out(id, 'REPLIES_TO')
              .filter((r) => map.label(r.to) === 'Assertion')
              .map((r) => r.to)
              .sort(byId);
            return {
              id,
              quote: map.prop(id, 'quote'),
              date: map.prop(id, 'date'),
              illocution: map.prop(id, 'illocution'),
              sequence: map.prop(id, 'sequence'),
              previousIds: previous.length > 0 ? previous : null,
              actorId: to(id, 'BY', 'Actor'),
              sourceId: to(id, 'IN', 'Source'),
              claimId: to(id, 'OF', 'Claim'),
              argumentId: to(id, 'OF', 'Argument'),
            };
          }),
      );
    },
  ],
  [
    exporting.findCitations.name,
    (map, params) => relationships(map, params, 'Claim', 'CITES', 'Provision', ['role', 'note', 'attribution']),
  ],
  [exporting.findPositions.name, (map, params) => relationships(map, params, 'Claim', 'ADDRESSES', 'Issue', ['stance'])],
  [
    exporting.findAffiliations.name,
    (map, params) => {
      const ids = idsParam(params);
      return items(
        map.idsOf('Actor').flatMap((actorId) =>
          map
            .out(actorId, 'AFFILIATED_WITH')
            .filter((r) => map.label(r.to) === 'Actor' && within(ids, actorId) && within(ids, r.to))
            .sort((a, b) => byId(a.to, b.to))
            .map((r) => ({ actorId, organizationId: r.to, role: r.props.get('role') ?? null })),
        ),
      );
    },
  ],
  [
    search.searchNodes.name,
    (map, params) =>
      searchOf(map, params as ParamsOf<typeof search.searchNodes>).map(({ id, label, score }) => {
        const prop = (key: string) => map.prop(id, key);
        const end = (type: string) => first(map.out(id, type).map((r) => r.to));
        const node = (key: string) => (end(key) ? nodeItem(map, end(key)!) : null);
        const items: Partial<Record<typeof label, Item>> = {
          Claim: {
            id,
            mapId: map.mapId,
            text: prop('text'),
            kind: prop('kind'),
            createdAt: prop('createdAt'),
            updatedAt: prop('updatedAt'),
          },
          Actor: nodeItem(map, id),
          Provision: nodeItem(map, id),
          Assertion: {
            id,
            mapId: map.mapId,
            quote: prop('quote'),
            date: prop('date'),
            actorId: end('BY'),
            sourceId: end('IN'),
            claimId: first(
              map
                .out(id, 'OF')
                .filter((r) => map.label(r.to) === 'Claim')
                .map((r) => r.to),
            ),
            argumentId: first(
              map
                .out(id, 'OF')
                .filter((r) => map.label(r.to) === 'Argument')
                .map((r) => r.to),
            ),
            actor: node('BY'),
            source: node('IN'),
          },
        };
        return { id, label, score, snippet: prop('text') ?? prop('quote') ?? prop('name'), item: items[label] ?? null };
      }),
  ],
  [
    graph.findNeighbourhood.name,
    (map, params) => {
      const found = neighbourhoodOf(map, params as ParamsOf<typeof graph.findNeighbourhood>);
      return found ? [found] : [];
    },
  ],
  [
    graph.findChains.name,
    (map, params) => {
      try {
        const state = (id: string) => {
          const doc = map.documents.get(id);
          if (!doc) throw new Error(`${id} is on a chain at revision ${map.revision} but has no state then`);
          return doc;
        };
        return chainsOf(map, params as ParamsOf<typeof graph.findChains>).map((chain) => ({
          ...chain,
          claims: chain.claimIds.map((id) => claimFromState(id, state(id), map.mapId)),
          arguments: chain.argumentIds.map((id) => argumentFromState(id, state(id), map.mapId)),
        }));
      } catch (error) {
        if (error instanceof ChainSearchTooLarge) {
          throw new TooComplexError(`argumentChains at a past revision explored ${error.message}: ask for a shorter maxLength`);
        }
        throw error;
      }
    },
  ],
]);

/** An actor, source or provision as its fragment projects it (cypher/fragments/). */
function nodeItem(map: MapAtRevision, id: string): Item {
  const props = (keys: readonly string[]) => ({ id, mapId: map.mapId, ...Object.fromEntries(keys.map((key) => [key, map.prop(id, key)])) });
  switch (map.label(id)) {
    case 'Actor':
      return props(['name', 'kind', 'description']);
    case 'Source':
      return props(['title', 'kind', 'publisher', 'author', 'publishedAt', 'url']);
    default:
      return { ...props(['name', 'kind', 'citation', 'summary']), partOfId: first(map.out(id, 'PART_OF').map((r) => r.to)) };
  }
}

/** Citations and positions: one item per relationship from a claim, ordered by both ends. */
function relationships(
  map: MapAtRevision,
  params: Record<string, unknown>,
  from: 'Claim',
  type: string,
  to: string,
  keys: readonly string[],
) {
  const ids = idsParam(params);
  const ends = type === 'CITES' ? ['claimId', 'provisionId'] : ['claimId', 'issueId'];
  return items(
    map
      .idsOf(from)
      .filter((id) => within(ids, id))
      .flatMap((id) =>
        map
          .out(id, type)
          .filter((r) => map.label(r.to) === to)
          .sort((a, b) => byId(a.to, b.to))
          .map((r) => ({ [ends[0]!]: id, [ends[1]!]: r.to, ...Object.fromEntries(keys.map((key) => [key, r.props.get(key) ?? null])) })),
      ),
  );
}

/** The keys export statements page by (`$after`, `$first`): an item's id, or both ends of a relationship. */
const PAGE_KEYS = new Map<string, (item: Item) => readonly [unknown, unknown]>([
  [exporting.findAffiliations.name, (item) => [item.actorId, item.organizationId]],
  [exporting.findCitations.name, (item) => [item.claimId, item.provisionId]],
  [exporting.findPositions.name, (item) => [item.claimId, item.issueId]],
]);

/** An export statement's page: the items after the key `$after`, at most `$first`, as the statements read them. */
function page(name: string, rows: unknown[], params: Record<string, unknown>): unknown[] {
  const { after, first } = params;
  if (!Array.isArray(after) || typeof first !== 'number') return rows;
  const key = PAGE_KEYS.get(name) ?? ((item: Item) => [item.id, ''] as const);
  const [a0, a1] = after.map(String) as [string, string];
  const later = (row: unknown) => {
    const [k0, k1] = key((row as { item: Item }).item).map(String) as [string, string];
    return k0 > a0 || (k0 === a0 && k1 > a1);
  };
  return rows.filter(later).slice(0, first);
}

/** Reads the map at a past revision through the statements the repositories already use. */
export class PastReader implements StatementReader {
  constructor(readonly map: MapAtRevision) {}

  read<P, R>(statement: Statement<P, R>, params: P): Promise<R[]> {
    const answer = ANSWERS.get(statement.name);
    if (!answer) return Promise.reject(new Error(`${statement.name} cannot be read at a past revision`));
    try {
      const values = params as Record<string, unknown>;
      const rows = page(statement.name, answer(this.map, values), values);
      return Promise.resolve(rows.map((row) => statement.row.parse(row)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
