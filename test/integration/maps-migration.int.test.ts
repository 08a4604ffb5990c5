import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { startTestService, type TestService } from '../support/service.js';

type Typed = string | number | boolean | null | { int: string } | { datetime: string } | { date: string } | Typed[];
interface Store {
  writtenBy: string;
  nodes: { key: string; labels: string[]; props: Record<string, Typed> }[];
  relationships: { from: string; to: string; type: string; props: Record<string, Typed> }[];
  answers: { query: string; variables: Record<string, unknown>; data: unknown }[];
}

/** A property as [key, kind, value]: the Cypher below turns the text of temporal and integer values back into them. */
const tuples = (props: Record<string, Typed>) =>
  Object.entries(props).map(([key, value]) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const [kind, text] = Object.entries(value)[0]!;
      return [key, kind, text];
    }
    return [key, 'plain', value];
  });

const SET_PROPS = `UNWIND item.props AS p
  SET x[p[0]] = CASE p[1] WHEN 'datetime' THEN datetime(p[2]) WHEN 'date' THEN date(p[2]) WHEN 'int' THEN toInteger(p[2]) ELSE p[2] END`;

/**
 * A store written by the release before maps (test/fixtures/pre-maps: the seed debate and six
 * edits, with that release's answers to reads of its revisions, histories and past states),
 * loaded as it was into an empty database; the service starts on it and moves it into
 * map:default. Every answer must be what the old release gave.
 */
describe('a store written before maps, migrated at start-up', () => {
  let t: TestService;
  let store: Store;

  before(async () => {
    store = JSON.parse(gunzipSync(await readFile('test/fixtures/pre-maps/store.json.gz')).toString('utf8')) as Store;
    const config = loadConfig();
    const driver = neo4j.driver(config.neo4j!.uri, neo4j.auth.basic(config.neo4j!.user, config.neo4j!.password));
    try {
      const session = driver.session({ database: config.neo4j!.database });
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
      await session.run(`UNWIND $nodes AS item CREATE (x {fixtureKey: item.key}) SET x:$(item.labels) WITH x, item ${SET_PROPS}`, {
        nodes: store.nodes.map((n) => ({ key: n.key, labels: n.labels, props: tuples(n.props) })),
      });
      await session.run(
        `UNWIND $rels AS item MATCH (a {fixtureKey: item.from}), (b {fixtureKey: item.to})
         CREATE (a)-[x:$(item.type)]->(b) WITH x, item ${SET_PROPS}`,
        { rels: store.relationships.map((r) => ({ from: r.from, to: r.to, type: r.type, props: tuples(r.props) })) },
      );
      await session.run('MATCH (n) REMOVE n.fixtureKey');
      await session.close();
    } finally {
      await driver.close();
    }
    t = await startTestService({ wipe: false });
  });
  after(() => t?.close());

  it('was written by the release before maps, with a MapState and no map on any node', () => {
    assert.equal(store.writtenBy, '58b618f');
    assert.ok(store.nodes.some((n) => n.labels.includes('MapState')));
    assert.ok(store.nodes.every((n) => !('mapId' in n.props)));
  });

  it('answers every recorded read as the old release did: revisions, histories, time travel, revision ids', async () => {
    for (const { query, variables, data } of store.answers) {
      const r = await t.gql(query, variables);
      assert.equal(r.errors, undefined, `${query}\n${JSON.stringify(r.errors)}`);
      assert.deepEqual(r.data, data, query);
    }
  });

  it('puts everything in map:default, which then takes new revisions after the old ones', async () => {
    const r = await t.gql<{ map: { currentRevision: number; claimCount: number }; createClaim: { id: string } }>(
      `mutation { createClaim(input: { text: "A claim written after the migration.", kind: FACTUAL }) { id } }`,
    );
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const m = await t.gql<{ map: { currentRevision: number; claimCount: number }; revisions: { totalCount: number } }>(
      `{ map(id: "map:default") { currentRevision claimCount } revisions(first: 1) { totalCount } }`,
    );
    assert.equal(m.data!.map.currentRevision, 8);
    assert.equal(m.data!.revisions.totalCount, 8);
    assert.equal(m.data!.map.claimCount, store.nodes.filter((n) => n.labels.includes('Claim')).length + 1);
  });
});
