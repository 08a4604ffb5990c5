import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../config.js';
import type { Route } from './server.js';

export const EXPLORER_DIR = path.join(REPO_ROOT, 'public', 'explorer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Names with the content hash the build gives them (scripts/build-web.ts): they never change. */
const HASHED = /^[\w.]+-[A-Z0-9]{8}\.(?:js|css|js\.map)$/;

/** Serves the built explorer (public/explorer) at `/`: GET and HEAD only, nothing outside its folder. */
export function explorerRoute(dir = EXPLORER_DIR): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let relative: string;
    try {
      relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      return false; // a malformed escape names no file here
    }
    const file = path.resolve(dir, relative);
    if (!file.startsWith(dir + path.sep) || !TYPES[path.extname(file)]) return false;
    try {
      if (!(await stat(file)).isFile()) return false;
    } catch {
      if (relative === 'index.html') {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The explorer is not built: run `npm run build:web` (npm start does it for you).\n');
        return true;
      }
      return false;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)]!,
      'content-length': body.length,
      'cache-control': HASHED.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
