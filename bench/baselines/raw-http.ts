/**
 * The floor behind HTTP: the raw-driver statements served by a bare node:http handler (parse
 * the JSON body, run the statement, send the rows as JSON), so the floor pays the same
 * loopback HTTP and load generator that argmap and @neo4j/graphql pay, and nothing else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { runRaw } from '../raw-driver.js';

export async function startRawHttp(driver: Driver, database: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { op, ...params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { op: string } & Record<string, unknown>;
      runRaw(driver, database, op, params).then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data }));
        },
        (error: unknown) => {
          process.stderr.write(`raw-http: error: ${String(error)}\n`);
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: String(error) }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
