#!/usr/bin/env node
// Runs the compiled service in dist/ (`npm run build`; `npm start` builds first). Stack traces
// point at the TypeScript sources through dist/'s source maps.
import { existsSync } from 'node:fs';

process.setSourceMapsEnabled(true);
const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('argmap: dist/ is missing; run `npm run build` first (npm start does it for you).\n');
  process.exit(1);
}
await import(entry.href);
