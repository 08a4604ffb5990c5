import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../src/config.js';

const run = promisify(execFile);
const dist = path.join(REPO_ROOT, 'dist');

describe('the compiled service (npm run build)', () => {
  it('compiles every source file into dist/ with a source map, and bin/argmap.js runs it', async () => {
    await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'build.ts')], { cwd: REPO_ROOT });
    const sources = (await readdir(path.join(REPO_ROOT, 'src'), { recursive: true })).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
    );
    const built = new Set(await readdir(dist, { recursive: true }));
    for (const file of sources) {
      const js = file.replace(/\.ts$/, '.js');
      assert.ok(built.has(js), `dist/${js} missing`);
      const map = JSON.parse(await readFile(path.join(dist, `${js}.map`), 'utf8')) as { sources: string[] };
      const code = (await readFile(path.join(dist, js), 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '').trim();
      if (code === '') continue; // a module of types only (src/generated) compiles to nothing to map
      assert.deepEqual(
        map.sources.map((s) => path.resolve(path.dirname(path.join(dist, js)), s)),
        [path.join(REPO_ROOT, 'src', file)],
      );
    }
    const { stdout } = await run(process.execPath, [path.join(REPO_ROOT, 'bin', 'argmap.js'), 'help'], { cwd: REPO_ROOT });
    assert.match(stdout, /^Usage: argmap <command>/);
  });

  it('finds cypher/, schema/, data/ and public/ from dist/ as from src/', async () => {
    const built = (await import(pathToFileURL(path.join(dist, 'config.js')).href)) as { REPO_ROOT: string };
    assert.equal(built.REPO_ROOT, REPO_ROOT);
    for (const folder of ['cypher', 'schema', 'data', 'public']) {
      assert.ok((await readdir(path.join(built.REPO_ROOT, folder))).length > 0, folder);
    }
  });
});
