// argmap db backup / restore on a managed Neo4j: write data, back up, wipe, restore, and the same graph
// comes back; bad input changes nothing. The service using the database stays up and recovers by itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, REPO_ROOT } from '../../src/config.js';
import {
  backupManagedNeo4j,
  ensureManagedNeo4j,
  managedInstancePaths,
  ManagedNeo4jError,
  managedNeo4jStatus,
  removeManagedInstance,
  restoreManagedNeo4j,
  type ManagedNeo4j,
} from '../../src/managed-neo4j/index.js';
import { startTestService, type TestService } from '../support/service.js';

type Doc = Record<string, unknown>;

/** The document with every collection sorted, so two exports of the same graph compare equal. */
function canonical(doc: Doc): Doc {
  return Object.fromEntries(
    Object.entries(doc)
      .filter(([, value]) => Array.isArray(value))
      .map(([key, value]) => [key, (value as unknown[]).map((item) => JSON.stringify(item)).sort()]),
  );
}

const counts = (doc: Doc) => Object.fromEntries(Object.entries(canonical(doc)).map(([key, items]) => [key, (items as unknown[]).length]));

describe('backing up and restoring the managed Neo4j', { timeout: 15 * 60_000 }, () => {
  const base = { dataDir: loadConfig().dataDir, instance: 'backup-test' };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'argmap-backup-'));
  const file = path.join(tmp, 'argmap.dump');
  let db: ManagedNeo4j;
  let t: TestService;

  const exported = async (): Promise<Doc> => {
    const response = await fetch(`${t.url}/export?format=json`);
    assert.equal(response.status, 200);
    return (await response.json()) as Doc;
  };
  const ready = async (ms: number) => {
    const started = Date.now();
    while (Date.now() - started < ms) {
      if ((await fetch(`${t.url}/readyz`)).status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.fail(`not ready within ${ms} ms`);
  };
  const withLines = () => {
    const lines: string[] = [];
    return { ...base, onProgress: (line: string) => lines.push(line), lines };
  };

  before(async () => {
    await removeManagedInstance(base);
    db = await ensureManagedNeo4j(base);
    // A generous query timeout: the seed goes into a server that has just started, on a machine that may be busy.
    t = await startTestService({
      seed: true,
      env: { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, ARGMAP_QUERY_TIMEOUT_MS: '120000' },
    });
    const created = await t.gql('mutation { createIssue(input: { id: "issue:kept", question: "Survit-il à la sauvegarde ? ✓" }) { id } }');
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  });
  after(async () => {
    await t?.close();
    await db?.stop();
    await removeManagedInstance(base);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('backs up, and after a wipe restores the same graph, with progress on the way', async () => {
    const before = await exported();
    const total = Object.values(counts(before)).reduce((a, b) => a + b, 0);
    assert.ok(total > 50, `the seed debate and one issue are there (${total} items)`);

    const backup = withLines();
    const started = Date.now();
    await backupManagedNeo4j({ ...backup, file });
    process.stderr.write(`  backup of ${total} items took ${Date.now() - started} ms (${statSync(file).size} bytes)\n`);
    for (const pattern of [
      /^Stopping Neo4j for the backup/,
      /^Dumping database "neo4j" to /,
      /^Dumped .* MB in /,
      /^Neo4j is back on bolt:/,
      /^Backup written: /,
    ]) {
      assert.ok(
        backup.lines.some((line) => pattern.test(line)),
        `${pattern}\n${backup.lines.join('\n')}`,
      );
    }
    assert.ok(statSync(file).size > 1000);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'the dump is private to the owner');

    await ready(60_000); // the service rode out the stop by itself
    assert.deepEqual(canonical(await exported()), canonical(before), 'a backup changes nothing');

    // A write through the API after the backup: the restore takes the store back to before it.
    const later = await t.gql(
      'mutation { createIssue(input: { id: "issue:after-backup", question: "Written after the backup?" }) { id } }',
    );
    assert.equal(later.errors, undefined, JSON.stringify(later.errors));
    await t.service.backend.repos.database.deleteEverything();
    assert.deepEqual(
      Object.values(counts(await exported())).filter((n) => n > 0),
      [],
      'wiped',
    );

    const restore = withLines();
    await restoreManagedNeo4j({ ...restore, file });
    for (const pattern of [
      /is a Neo4j dump/,
      /^Stopping Neo4j for the restore/,
      /^Loading .* replacing its contents/,
      /^Neo4j is back on bolt:/,
      /^Restored database "neo4j"/,
    ]) {
      assert.ok(
        restore.lines.some((line) => pattern.test(line)),
        `${pattern}\n${restore.lines.join('\n')}`,
      );
    }
    await ready(60_000);
    const after = await exported();
    assert.deepEqual(counts(after), counts(before));
    assert.deepEqual(canonical(after), canonical(before));
    // The service ran on through the restore: its reads wait for no transaction of the store it replaced.
    const read = await t.gql<{ issues: { edges: { node: { id: string } }[] } }>('{ issues(first: 100) { edges { node { id } } } }');
    assert.equal(read.errors, undefined, JSON.stringify(read.errors));
    const ids = read.data!.issues.edges.map((edge) => edge.node.id);
    assert.ok(ids.includes('issue:kept') && !ids.includes('issue:after-backup'), ids.join(', '));
  });

  it('refuses a file that is no dump, and changes nothing', async () => {
    const bogus = path.join(tmp, 'not-a-dump.dump');
    writeFileSync(bogus, 'this is not a Neo4j dump\n'.repeat(100));
    const beforeDoc = canonical(await exported());
    const pid = db.pid;
    const attempt = withLines();
    await assert.rejects(restoreManagedNeo4j({ ...attempt, file: bogus }), (error: unknown) => {
      assert.ok(error instanceof ManagedNeo4jError);
      assert.match(error.message, /not-a-dump\.dump is not a Neo4j dump that can be loaded .*nothing was changed/);
      return true;
    });
    assert.equal(
      attempt.lines.some((line) => line.startsWith('Stopping Neo4j')),
      false,
      'the server was never stopped',
    );
    assert.equal(db.pid, pid);
    assert.deepEqual(canonical(await exported()), beforeDoc);

    await assert.rejects(restoreManagedNeo4j({ ...base, file: path.join(tmp, 'missing.dump') }), /missing\.dump does not exist/);
  });

  it('does not overwrite an existing file unless asked, nor write into a missing folder', async () => {
    const { size, mtimeMs } = statSync(file);
    await assert.rejects(backupManagedNeo4j({ ...base, file }), /argmap\.dump already exists: .*--force/);
    assert.deepEqual([statSync(file).size, statSync(file).mtimeMs], [size, mtimeMs]);
    await assert.rejects(backupManagedNeo4j({ ...base, file: path.join(tmp, 'no', 'such', 'x.dump') }), /does not exist/);
    const status = await managedNeo4jStatus(base);
    assert.deepEqual([status.running, status.state], [true, 'running']);
    assert.equal(statSync(managedInstancePaths(base).home).mode & 0o777, 0o700);
  });

  it('argmap db backup|restore: usage errors, and a pointer to the docs for a database of your own', () => {
    const cli = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'argmap.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: '', ...env },
      });
    const noFile = cli(['db', 'backup']);
    assert.equal(noFile.status, 2);
    assert.match(noFile.stderr, /argmap db backup needs one FILE/);
    const external = cli(['db', 'restore', file], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    assert.equal(external.status, 2);
    assert.match(external.stderr, /does not manage that database .*docs\/operating\.md/);
  });
});
