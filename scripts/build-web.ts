/** Builds the explorer (web/) into public/explorer/ with esbuild. */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../src/config.js';

const out = path.join(REPO_ROOT, 'public', 'explorer');
await mkdir(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: [path.join(REPO_ROOT, 'web', 'src', 'main.ts')],
  outfile: path.join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of ['index.html', 'explorer.css']) await copyFile(path.join(REPO_ROOT, 'web', file), path.join(out, file));
process.stderr.write(`Explorer built into public/explorer (${Date.now() - started} ms)\n`);
