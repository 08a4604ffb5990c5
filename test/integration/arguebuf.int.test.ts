// Differential test: the Python arguebuf package (an independent AIF reader) against argmap's AIF import and export.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../src/config.js';
import { parseGraphDocument } from '../../src/cli/document-io.js';
import { ARGUMENT_EDGE_REASONS, documentToAif } from '../../src/interchange/aif.js';
import { convertFile } from '../../src/interchange/files.js';
import { buildSchema } from '../../src/api/graphql/schema.js';
import { corporaMissing, corpusMaps } from '../support/corpora.js';

const run = promisify(execFile);
const VENV = path.join(REPO_ROOT, '.argmap', 'arguebuf-venv');
const PYTHON = path.join(VENV, 'bin', 'python');
const COUNTS = path.join(REPO_ROOT, 'test', 'support', 'arguebuf_counts.py');

async function hasPython(): Promise<boolean> {
  try {
    await run('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** arguebuf from PyPI in a venv under the git-ignored .argmap/ (made once). */
async function ensureArguebuf(): Promise<void> {
  const ready = async () => {
    try {
      await run(PYTHON, ['-c', 'import arguebuf']);
      return true;
    } catch {
      return false;
    }
  };
  if (await ready()) return;
  if (!existsSync(PYTHON)) await run('python3', ['-m', 'venv', VENV], { timeout: 120_000 });
  await run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', 'arguebuf'], {
    timeout: 600_000,
    maxBuffer: 16 << 20,
  });
  assert.ok(await ready(), 'arguebuf did not install');
}

type Counts = Record<string, { atoms: number; schemes: number; edges: number }>;
async function arguebufCounts(files: string[]): Promise<Counts> {
  const counts: Counts = {};
  for (let i = 0; i < files.length; i += 100) {
    const { stdout } = await run(PYTHON, [COUNTS, ...files.slice(i, i + 100)], { timeout: 600_000, maxBuffer: 64 << 20 });
    Object.assign(counts, JSON.parse(stdout) as Counts);
  }
  return counts;
}

const skip = corporaMissing() || ((await hasPython()) ? false : 'python3 is not installed: the arguebuf differential test is skipped');

describe('arguebuf reads what argmap reads', { skip }, () => {
  let schema: GraphQLSchema;
  let dir: string;
  before(async () => {
    schema = await buildSchema();
    dir = await mkdtemp(path.join(tmpdir(), 'argmap-arguebuf-'));
    await ensureArguebuf();
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('I-nodes, scheme nodes and edges of every corpus map and of its argmap export', { timeout: 900_000 }, async () => {
    const maps = await corpusMaps();
    const ours = new Map<string, { claims: number; arguments: number; edges: number; skippedSchemes: number; skippedEdges: number }>();
    const exports: string[] = [];
    for (const { corpus, file, map } of maps) {
      const { doc, skipped } = await convertFile(file, 'aif', { sourceName: corpus, sourcePerMap: false, sourceKind: 'REPORT' });
      const checked = parseGraphDocument(doc, schema, file).doc;
      const out = path.join(dir, `${corpus}-${map}.json`);
      await writeFile(out, JSON.stringify(documentToAif(checked)));
      exports.push(out);
      const tally = Object.entries(skipped.toJSON());
      const counts = {
        claims: checked.claims.length,
        arguments: checked.arguments.length,
        edges: checked.arguments.reduce((n, a) => n + a.premiseIds.length + 1, 0),
        skippedSchemes: tally.filter(([r]) => /^(RA|CA|MA)-nodes without/.test(r)).reduce((n, [, c]) => n + c, 0),
        skippedEdges: tally.filter(([r]) => ARGUMENT_EDGE_REASONS.has(r)).reduce((n, [, c]) => n + c, 0),
      };
      ours.set(file, counts);
      ours.set(out, { ...counts, skippedSchemes: 0, skippedEdges: 0 });
    }
    const theirs = await arguebufCounts([...maps.map((m) => m.file), ...exports]);
    let compared = 0;
    for (const [file, our] of ours) {
      const their = theirs[file];
      assert.ok(their, `arguebuf read nothing from ${file}`);
      assert.deepEqual(
        { atoms: their.atoms, schemes: their.schemes, edges: their.edges },
        { atoms: our.claims, schemes: our.arguments + our.skippedSchemes, edges: our.edges + our.skippedEdges },
        `${file}: arguebuf's counts against argmap's (kept + counted as not carried over)`,
      );
      compared++;
    }
    assert.equal(compared, maps.length * 2);
  });
});
