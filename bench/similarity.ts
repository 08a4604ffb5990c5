/**
 * Near duplicates measured on material nobody here wrote: the rephrase (MA) pairs of the US2016
 * and QT30 corpora (../shared/corpora; an MA node links two I-nodes that restate each other).
 *
 * Each corpus map is imported into a map of its own (`map:sim-<corpus>-<map>`) of an in-process
 * service against NEO4J_URI (importDocument, idempotent: a second run writes nothing new); then
 * every claim that has a rephrase partner asks `Claim.similar(first: 5)`, the service's real path
 * (full-text index candidates, re-ranked by src/text/similarity.ts). Reported per corpus and
 * overall: precision@1 (a partner is the first suggestion) and recall@5 (a partner is among the
 * first five), with the number of claims asked and the round trips each request of 100 claims took.
 *
 *   NEO4J_URI=bolt://... NEO4J_USER=neo4j NEO4J_PASSWORD=... npx tsx bench/similarity.ts [--json FILE]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { slugify } from '../src/domain/ids.js';
import { aifNodeId, parseAif } from '../src/interchange/aif.js';
import { startService } from '../src/main.js';
import { CORPORA_DIR } from '../test/support/corpora.js';

const CORPORA = ['us-2016', 'qt30'] as const;
const KEY = 'similarity-bench-key-0123456789';
const ASK_PER_REQUEST = 100;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each claim's rephrase partners, by claim id (both ways: a restatement restates its original). */
function rephrasePartners(json: unknown, idBase: string): Map<string, Set<string>> {
  const aif = parseAif(json, idBase);
  const types = new Map(aif.nodes.map((n) => [n.nodeID, n.type]));
  const texts = new Map(aif.nodes.map((n) => [n.nodeID, n.text.trim()]));
  const isClaim = (id: string) => types.get(id) === 'I' && Boolean(texts.get(id));
  const claimId = (nodeID: string) => aifNodeId('Claim', idBase, nodeID);
  const partners = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a !== b) (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
  };
  for (const n of aif.nodes.filter((x) => x.type === 'MA')) {
    const from = aif.edges.filter((e) => e.toID === n.nodeID && isClaim(e.fromID)).map((e) => claimId(e.fromID));
    const to = aif.edges.filter((e) => e.fromID === n.nodeID && isClaim(e.toID)).map((e) => claimId(e.toID));
    for (const a of from)
      for (const b of to) {
        link(a, b);
        link(b, a);
      }
  }
  return partners;
}

async function main() {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  if (!process.env.NEO4J_URI) throw new Error('Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to the Neo4j to measure on');
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    ARGMAP_API_KEYS: `bench:${KEY}`,
    ARGMAP_RATE_WRITES: '0',
    ARGMAP_RATE_HEAVY: '0',
    ARGMAP_QUERY_TIMEOUT_MS: '120000',
  });
  const service = await startService({ config, log: () => {} });
  const gql = async (query: string, variables: Record<string, unknown>): Promise<{ data: Data; roundTrips: number }> => {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[]; extensions?: { roundTrips?: number } };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
    return { data: body.data, roundTrips: body.extensions?.roundTrips ?? -1 };
  };
  const rows: { corpus: string; maps: number; claims: number; asked: number; top1: number; top5: number; roundTrips: number }[] = [];
  try {
    for (const corpus of CORPORA) {
      const dir = path.join(CORPORA_DIR, corpus);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
      const row = { corpus, maps: 0, claims: 0, asked: 0, top1: 0, top5: 0, roundTrips: 0 };
      for (const file of files) {
        const name = file.replace(/\.json$/, '');
        const mapId = `map:sim-${slugify(corpus, 20)}-${slugify(name, 30)}`;
        const content = await readFile(path.join(dir, file), 'utf8');
        // Each run measures maps made afresh: what an earlier run left does not count.
        const { data: existing } = await gql('query ($id: ID!) { map(id: $id) { id } }', { id: mapId });
        if (existing.map) await gql('mutation ($id: ID!) { deleteMap(id: $id) }', { id: mapId });
        await gql('mutation ($input: CreateMapInput!) { createMap(input: $input) { id } }', {
          input: { name: `${corpus} ${name}`, slug: mapId.slice('map:'.length) },
        });
        // The map's own Source and speakers (`source` is the base of their ids): ids are unique across maps.
        const source = `${corpus} ${name}`;
        const { data: imported } = await gql(
          'mutation ($mapId: ID, $input: ImportDocumentInput!) { importDocument(mapId: $mapId, input: $input) { claims } }',
          { mapId, input: { format: 'AIF', content, source, map: name } },
        );
        row.maps += 1;
        row.claims += imported.importDocument.claims as number;
        const partners = rephrasePartners(JSON.parse(content), `${slugify(source, 40)}-${slugify(name, 40)}`);
        const ids = [...partners.keys()].sort();
        for (let i = 0; i < ids.length; i += ASK_PER_REQUEST) {
          const { data, roundTrips } = await gql(
            'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Claim { id similar(first: 5) { claim { id } score } } } }',
            { ids: ids.slice(i, i + ASK_PER_REQUEST) },
          );
          row.roundTrips = Math.max(row.roundTrips, roundTrips);
          for (const node of data.nodes as ({ id: string; similar: { claim: { id: string } }[] } | null)[]) {
            if (!node) throw new Error('a claim of the corpus map was not imported');
            const expected = partners.get(node.id)!;
            const suggested = node.similar.map((s) => s.claim.id);
            row.asked += 1;
            if (suggested[0] !== undefined && expected.has(suggested[0])) row.top1 += 1;
            if (suggested.some((id) => expected.has(id))) row.top5 += 1;
          }
        }
      }
      rows.push(row);
    }
  } finally {
    await service.close();
  }
  const all = rows.reduce(
    (sum, r) => ({
      corpus: 'overall',
      maps: sum.maps + r.maps,
      claims: sum.claims + r.claims,
      asked: sum.asked + r.asked,
      top1: sum.top1 + r.top1,
      top5: sum.top5 + r.top5,
      roundTrips: Math.max(sum.roundTrips, r.roundTrips),
    }),
    { corpus: 'overall', maps: 0, claims: 0, asked: 0, top1: 0, top5: 0, roundTrips: 0 },
  );
  const table = [...rows, all].map((r) => ({
    ...r,
    precisionAt1: Number((r.top1 / Math.max(r.asked, 1)).toFixed(3)),
    recallAt5: Number((r.top5 / Math.max(r.asked, 1)).toFixed(3)),
  }));
  console.log('| corpus | maps | claims | claims with a rephrase | precision@1 | recall@5 | round trips per request |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of table) {
    console.log(
      `| ${r.corpus} | ${r.maps} | ${r.claims} | ${r.asked} | ${r.precisionAt1} (${r.top1}/${r.asked}) | ${r.recallAt5} (${r.top5}/${r.asked}) | ${r.roundTrips} |`,
    );
  }
  if (values.json) await writeFile(values.json, `${JSON.stringify({ at: new Date().toISOString(), table }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
