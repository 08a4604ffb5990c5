/**
 * One baseline server as a process of its own: `serve.js raw` (the raw-driver floor behind a bare
 * node:http handler) or `serve.js neo4j-graphql` (@neo4j/graphql through graphql-yoga). Reads
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; prints `listening <url>` on stdout.
 *
 * The raw server also answers `POST /loop` with {op, params, seconds, connections}: the same
 * statement in a loop of `connections` workers in this process, no HTTP (the bare driver floor).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startNeo4jGraphql } from '../neo4j-graphql.js';
import { rawDriver, runRaw } from '../raw-driver.js';
import { startRawHttp } from './raw-http.js';

async function loop(seconds: number, connections: number, once: () => Promise<unknown>) {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        try {
          await once();
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / seconds), errors };
}

const kind = process.argv[2];
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = rawDriver(process.env.NEO4J_URI!, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
if (kind === 'raw') {
  const { url } = await startRawHttp(driver, database);
  const control = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { op, params, seconds, connections } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        op: string;
        params: Record<string, unknown>;
        seconds: number;
        connections: number;
      };
      loop(seconds, connections, () => runRaw(driver, database, op, params)).then(
        (measure) => res.end(JSON.stringify(measure)),
        (error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`listening ${url} loop http://127.0.0.1:${(control.address() as AddressInfo).port}/\n`);
} else if (kind === 'neo4j-graphql') {
  const { url } = await startNeo4jGraphql(driver, database);
  process.stdout.write(`listening ${url}\n`);
} else {
  process.stderr.write('usage: serve.js raw|neo4j-graphql\n');
  process.exit(2);
}
process.on('SIGTERM', () => {
  void driver.close().finally(() => process.exit(0));
});
