import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { CYPHER_DIR, openDatabase, type Database } from '../../src/db/index.js';
import { createExecutor, RowShapeError } from '../../src/db/executor.js';
import { claimShape, itemRow } from '../../src/db/shapes.js';
import { statement } from '../../src/db/statement.js';
import { CypherRegistry, CypherRegistryError, FRAGMENT_DIR } from '../../src/db/registry.js';
import { CATALOG } from '../../src/db/statements/index.js';
import { readFile } from 'node:fs/promises';
import { createRepositories } from '../../src/repositories/index.js';

describe('Cypher registry', () => {
  const statementFiles = async () =>
    (await readdir(CYPHER_DIR, { recursive: true }))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.split(path.sep).join('/').replace(/\.cypher$/, ''))
      .filter((name) => !name.startsWith(`${FRAGMENT_DIR}/`))
      .sort();

  it('holds exactly the statement files under cypher/ (fragments aside), named by their path', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    const files = await statementFiles();
    assert.deepEqual(registry.names().sort(), files);
    assert.ok(files.length > 40, `expected the full set of statements, found ${files.length}`);
  });

  it('writes shared fragments into the statements that use them, with their variable renamed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'argmap-cypher-'));
    await mkdir(path.join(dir, FRAGMENT_DIR));
    await mkdir(path.join(dir, 'claim'));
    await writeFile(path.join(dir, FRAGMENT_DIR, 'claim.cypher'), '// @fragment claim(c)\nc {.id, .text, cited: [(c)-->(x) | x.id]}\n');
    await writeFile(path.join(dir, 'claim', 'find-x.cypher'), '// @name claim/find-x\nMATCH (k:Claim) WHERE k.id = $c RETURN {{claim k}} AS item\n');
    const registry = await CypherRegistry.load(dir);
    assert.equal(registry.get('claim/find-x').text, 'MATCH (k:Claim) WHERE k.id = $c RETURN k {.id, .text, cited: [(k)-->(x) | x.id]} AS item');
    await writeFile(path.join(dir, 'claim', 'find-x.cypher'), '// @name claim/find-x\nMATCH (k) RETURN {{ghost k}}\n');
    await assert.rejects(CypherRegistry.load(dir), /no fragment "ghost"/);
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

describe('the statement catalog', () => {
  it('has one typed constant per statement file, and a file for every constant', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    const declared = CATALOG.map((entry) => entry.statement.name).sort();
    assert.equal(new Set(declared).size, declared.length, 'a statement declared twice');
    const files = registry
      .names()
      .filter((name) => !name.startsWith('migrations/') && !name.startsWith('retired/'))
      .sort();
    assert.deepEqual(declared, files);
  });

  it('declares, for every statement that changes the map, what it writes (the revision log reads those nodes first)', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    // What changes the graph without being a change of the map the log keeps: the revision counter, the
    // log itself, maintenance; a revert touches the nodes it restores itself (repositories/revisions.ts);
    // proposals, drafts kept beside the map (what an accept writes goes through the import's statements).
    const bookkeeping = new Set([
      'proposal/create-proposal',
      'proposal/update-proposal',
      'db/bump-revision',
      'db/return-revision',
      'db/delete-everything',
      'db/adopt-nodes',
      'db/adopt-map-state',
      'map/create-map',
      'map/update-map',
      'map/delete-map',
      'map/retire-map',
      'map/delete-map-contents',
      'map/set-membership',
      'map/remove-membership',
      'user/record-user',
      'revision/record-revision',
      'revision/restore-nodes',
      'revision/restore-relationships',
      'merge/forget-merged-ids',
      'merge/record-merged-ids',
    ]);
    const wrong: string[] = [];
    for (const { statement } of CATALOG) {
      const code = registry.get(statement.name).text.replace(/\/\/.*$/gm, '');
      const writes = /\b(CREATE|MERGE|DELETE|SET|REMOVE)\b/.test(code) && !bookkeeping.has(statement.name);
      if (writes !== (statement.writes !== undefined)) wrong.push(`${statement.name}: ${writes ? 'writes, declares nothing' : 'declares writes'}`);
    }
    assert.deepEqual(wrong, []);
  });

  it("declares exactly the parameters each statement's text uses", async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    const mismatches: string[] = [];
    for (const { statement } of CATALOG) {
      const text = registry.get(statement.name).text.replace(/\/\/.*$/gm, '');
      // The executor gives every statement its scope's `$mapId` and `$mapKey` (see createExecutor).
      const used = [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].filter((p) => p !== 'mapId' && p !== 'mapKey').sort();
      const declared = [...statement.paramNames].sort();
      if (JSON.stringify(used) !== JSON.stringify(declared)) mismatches.push(`${statement.name}: uses ${used.join(',')} declares ${declared.join(',')}`);
    }
    assert.deepEqual(mismatches, []);
  });

  it('scopes every statement to the map (`$mapId`), the maps themselves and housekeeping aside', async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR);
    // The maps' own statements name the map they act on as `$id`; db/ is the database's housekeeping; users belong to no map.
    const outside = (name: string) => name.startsWith('map/') || name.startsWith('db/') || name.startsWith('user/');
    const unscoped = CATALOG.map(({ statement }) => statement.name).filter(
      (name) => !outside(name) && !/\$mapId\b/.test(registry.get(name).text.replace(/\/\/.*$/gm, '')),
    );
    assert.deepEqual(unscoped, []);
    for (const name of ['db/bump-revision', 'db/return-revision', 'evaluation/find-revision']) {
      assert.match(registry.get(name).text, /\$mapId\b/, `${name}: a map's revision is the map's own`);
    }
  });

  it('has no statement that the code never runs', async () => {
    const sources: string[] = [];
    for (const file of await readdir('src', { recursive: true })) {
      if (!file.endsWith('.ts') || file.split(path.sep).join('/').startsWith('db/statements/')) continue;
      sources.push(await readFile(path.join('src', file), 'utf8'));
    }
    const code = sources.join('\n');
    const unused = CATALOG.filter(({ exportName }) => {
      const [module, name] = exportName.split('.');
      return !new RegExp(`\\b${module}\\.${name}\\b`).test(code);
    }).map(({ exportName }) => exportName);
    assert.deepEqual(unused, []);
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
      if (statement.name.startsWith('migrations/') || statement.name.startsWith('retired/')) continue;
      try {
        await executor.explain(statement.name);
      } catch (error) {
        failures.push(`${statement.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('checks every row where it enters: an unknown enum value or a missing field is an error, not a string', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'argmap-cypher-'));
    await mkdir(path.join(dir, 'claim'));
    const write = (row: string) => writeFile(path.join(dir, 'claim', 'find-x.cypher'), `// @name claim/find-x\nRETURN ${row} AS item\n`);
    const findX = statement('claim/find-x', {}, itemRow(claimShape));
    const run = async () => createExecutor({ ...db.executorOptions, registry: await CypherRegistry.load(dir) }).read(findX, {});
    await write(`{id: 'claim:x', mapId: 'map:default', text: 't', kind: 'LEGAL', createdAt: datetime('2025-04-14T10:00:00Z'), updatedAt: null}`);
    assert.deepEqual(await run(), [
      { item: { __typename: 'Claim', id: 'claim:x', mapId: 'map:default', text: 't', kind: 'LEGAL', createdAt: '2025-04-14T10:00:00.000Z', updatedAt: null } },
    ]);
    await write(`{id: 'claim:x', mapId: 'map:default', text: 't', kind: 'RUMOUR', createdAt: null, updatedAt: null}`);
    await assert.rejects(run(), (e: Error) => e instanceof RowShapeError && /claim\/find-x/.test(e.message) && /kind/.test(e.message));
    await write(`{id: 'claim:x', mapId: 'map:default', kind: 'LEGAL', createdAt: null, updatedAt: null}`);
    await assert.rejects(run(), (e: Error) => e instanceof RowShapeError && /text/.test(e.message));
  });

  it('applies the migrations twice without error and ends with every index online', async () => {
    const repos = createRepositories(createExecutor(db.executorOptions), db.registry);
    await repos.database.migrate();
    await repos.database.migrate();
    assert.equal(await repos.database.migrationsApplied(), true);
    assert.deepEqual(repos.database.schemaObjectNames().slice(0, 2), ['claim_id_unique', 'argument_id_unique']);
  });
});
