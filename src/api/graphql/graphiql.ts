import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * GraphiQL served from the service itself: the bundle of `@graphql-yoga/render-graphiql` (the
 * version yoga's own page loads from a CDN) split into files named by content hash, cached as
 * immutable, and a page that runs no inline script, so it works offline and under the CSP below.
 */
export const GRAPHIQL_ASSET_PATH = '/graphql/graphiql/';

/**
 * No inline script, nothing from another origin. Styles may be inline: Monaco and GraphiQL's
 * dialogs add `<style>` elements at run time and offer no nonce for them.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Runs before the bundle: tells Monaco where its workers are, then renders GraphiQL once the bundle is in. */
const BOOT = `(() => {
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const workers = read('graphiql-workers');
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] || workers.editorWorkerService };
  // Yoga's GraphiQL reads the query from the address but not the variables: links such as the explorer's carry both.
  const options = read('graphiql-options');
  const variables = new URLSearchParams(location.search).get('variables');
  if (variables) options.variables = variables;
  document.addEventListener('DOMContentLoaded', () => {
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
`;

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

interface Assets {
  files: Map<string, Asset>;
  /** URL of each part by role: script, style, boot, favicon, and Monaco's workers by label. */
  urls: Record<'script' | 'style' | 'boot' | 'favicon' | 'editorWorkerService' | 'json' | 'graphql', string>;
}

const JS = 'text/javascript; charset=utf-8';
const utf8 = (text: string) => new TextEncoder().encode(text);

let loading: Promise<Assets> | null = null;

/** The bundle is 9 MB of strings: read it on the first request for GraphiQL, not at start-up. */
export function graphiqlAssets(): Promise<Assets> {
  loading ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const favicon = /^data:([^;]+);base64,(.*)$/.exec(bundle.favicon);
    const parts = {
      script: ['graphiql', 'js', utf8(bundle.js), JS],
      style: ['graphiql', 'css', utf8(bundle.css), 'text/css; charset=utf-8'],
      boot: ['graphiql-boot', 'js', utf8(BOOT), JS],
      favicon: ['favicon', 'ico', Uint8Array.from(Buffer.from(favicon?.[2] ?? '', 'base64')), favicon?.[1] ?? 'image/x-icon'],
      editorWorkerService: ['editor.worker', 'js', utf8(bundle.editorWorkerService), JS],
      json: ['json.worker', 'js', utf8(bundle.jsonWorker), JS],
      graphql: ['graphql.worker', 'js', utf8(bundle.graphqlWorker), JS],
    } as const;
    const files = new Map<string, Asset>();
    const urls = {} as Assets['urls'];
    for (const [role, [name, extension, body, contentType]] of Object.entries(parts) as [
      keyof Assets['urls'],
      (typeof parts)[keyof typeof parts],
    ][]) {
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 8).toUpperCase();
      const file = `${name}-${hash}.${extension}`;
      files.set(file, { body, contentType });
      urls[role] = `${GRAPHIQL_ASSET_PATH}${file}`;
    }
    return { files, urls };
  });
  return loading;
}

/** JSON that can stand inside a `<script>` element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** yoga's `renderGraphiQL`: the page, pointing at the hashed files. */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { urls } = await graphiqlAssets();
  const title = html(options.title ?? 'GraphiQL');
  const workers = { editorWorkerService: urls.editorWorkerService, json: urls.json, graphql: urls.graphql };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${urls.favicon}" />
    <link rel="stylesheet" href="${urls.style}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
    <script type="application/json" id="graphiql-workers">${scriptJson(workers)}</script>
    <script src="${urls.boot}"></script>
    <script src="${urls.script}"></script>
  </body>
</html>
`;
}

/** Serves GraphiQL's files (GET and HEAD) and sends the page with its CSP, never cached. */
export function graphiqlPlugin(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PATH)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = (await graphiqlAssets()).files.get(url.pathname.slice(GRAPHIQL_ASSET_PATH.length));
      if (!asset) {
        endResponse(
          new fetchAPI.Response('No such GraphiQL file\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers: {
            'content-type': asset.contentType,
            'content-length': String(asset.body.length),
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
    onResponse({ response }) {
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      response.headers.set('content-security-policy', GRAPHIQL_CSP);
      response.headers.set('cache-control', 'no-cache');
      response.headers.set('x-content-type-options', 'nosniff');
    },
  };
}
