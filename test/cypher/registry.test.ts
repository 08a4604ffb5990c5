import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { CYPHER_DIR, openDatabase, type Database } from '../../src/db/index.js';
import { createExecutor } from '../../src/db/executor.js';
import { CypherRegistry, CypherRegistryError } from '../../src/db/registry.js';
import { createRepositories } from '../../src/repositories/index.js';

describe('Cypher registry', () => {
  it('holds exactly the .cypher files under cypher/, named by their path', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    const files = (await readdir(CYPHER_DIR, { recursive: true }))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.split(path.sep).join('/').replace(/\.cypher$/, ''))
      .sort();
    assert.deepEqual(registry.names().sort(), files);
    assert.ok(files.length > 40, `expected the full set of statements, found ${files.length}`);
  });

  it('refuses a file without an @name header, or with the wrong name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'argmap-cypher-'));
    await mkdir(path.join(dir, 'claim'));
    await writeFile(path.join(dir, 'claim', 'find-x.cypher'), 'MATCH (n) RETURN n\n');
    await assert.rejects(CypherRegistry.load(dir), (e: Error) => e instanceof CypherRegistryError && /@name claim\/find-x/.test(e.message));
    await writeFile(path.join(dir, 'claim', 'find-x.cypher'), '// @name claim/find-y\nMATCH (n) RETURN n\n');
    await assert.rejects(CypherRegistry.load(dir), /must be "claim\/find-x"/);
  });

  it('fails loudly when a statement the code asks for is missing', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    assert.throws(() => registry.get('claim/no-such-statement'), /missing Cypher statement "claim\/no-such-statement"/);
  });
});

describe('every Cypher statement against the real database', () => {
  let db: Database;
  before(async () => {
    const config = loadConfig();
    assert.ok(config.neo4j, 'NEO4J_URI must be set (npm test sets it)');
    db = await openDatabase(config.neo4j, { timeoutMs: 30_000 });
    await createRepositories(createExecutor(db.executorOptions), db.registry).database.migrate();
  });
  after(() => db?.close());

  it('passes EXPLAIN', async () => {
    const executor = createExecutor(db.executorOptions);
    const failures: string[] = [];
    for (const statement of db.registry.all()) {
      // Schema commands cannot be EXPLAINed; the migration tests run them for real.
      if (statement.name.startsWith('migrations/')) continue;
      try {
        await executor.explain(statement.name);
      } catch (error) {
        failures.push(`${statement.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('applies the migrations twice without error and ends with every index online', async () => {
    const repos = createRepositories(createExecutor(db.executorOptions), db.registry);
    await repos.database.migrate();
    await repos.database.migrate();
    assert.equal(await repos.database.migrationsApplied(), true);
    assert.deepEqual(repos.database.schemaObjectNames().slice(0, 2), ['claim_id_unique', 'argument_id_unique']);
  });
});
