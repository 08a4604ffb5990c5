/**
 * Builds the explorer (web/) into public/explorer/ with esbuild. Script and stylesheet carry
 * a content hash in their names (index.html points at them), so they can be cached for good.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../src/config.js';

const out = path.join(REPO_ROOT, 'public', 'explorer');
const web = path.join(REPO_ROOT, 'web');
const started = Date.now();
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: [path.join(web, 'src', 'main.ts')],
  outdir: out,
  entryNames: 'app-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
const script = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'));
if (!script) throw new Error('esbuild wrote no script');
const css = await readFile(path.join(web, 'explorer.css'));
const stylesheet = `explorer-${createHash('sha256').update(css).digest('hex').slice(0, 8).toUpperCase()}.css`;
await writeFile(path.join(out, stylesheet), css);
const html = (await readFile(path.join(web, 'index.html'), 'utf8'))
  .replace('href="explorer.css"', `href="${stylesheet}"`)
  .replace('src="app.js"', `src="${path.basename(script)}"`);
if (!html.includes(stylesheet) || !html.includes(path.basename(script)))
  throw new Error('web/index.html no longer names explorer.css and app.js');
await writeFile(path.join(out, 'index.html'), html);
process.stderr.write(`Explorer built into public/explorer (${Date.now() - started} ms)\n`);
