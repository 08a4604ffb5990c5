/**
 * Compiles the service (src/) into dist/ with esbuild, one JavaScript file and source map per
 * TypeScript file, so that `bin/argmap.js`, `npm start` and the Docker image run plain
 * JavaScript. Types are checked by `npm run typecheck` (tsc), not here: esbuild only strips them.
 * dist/ keeps src/'s layout, so `REPO_ROOT` (src/config.ts, one level up) finds cypher/,
 * schema/, data/ and public/ from dist/ as it does from src/.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../src/config.js';

const src = path.join(REPO_ROOT, 'src');
const out = path.join(REPO_ROOT, 'dist');
const started = Date.now();
const entryPoints = (await readdir(src, { recursive: true }))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => path.join(src, file));
await rm(out, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: out,
  outbase: src,
  bundle: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
process.stderr.write(`Service built into dist/ (${entryPoints.length} files, ${Date.now() - started} ms)\n`);
