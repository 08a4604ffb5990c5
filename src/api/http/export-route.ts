import type { Route } from './server.js';
import { InvalidInputError, TooComplexError, UnavailableError } from '../../domain/errors.js';
import { labelOfId } from '../../domain/ids.js';
import type { Repositories } from '../../repositories/index.js';
import { GRAPH_DEPTH_MAX, pastPoint } from '../../domain/validation.js';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../../interchange/formats.js';

function refuse(res: Parameters<Route>[1], status: number, message: string): true {
  const body = JSON.stringify({ error: message });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
  return true;
}

/**
 * GET /export?format=json|aif|dot|graphml|cytoscape[&root=ID&depth=N][&atRevision=N|&asOf=TIME]: the
 * graph, or a neighbourhood, as a download; now, or as it stood at a past revision.
 */
export function exportRoute(repos: Repositories): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/export') return false;
    if (req.method !== 'GET') return refuse(res, 405, 'Use GET');
    const format = url.searchParams.get('format') ?? 'json';
    if (!isExportFormat(format)) return refuse(res, 400, `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const root = url.searchParams.get('root');
    const depth = Number(url.searchParams.get('depth') ?? 2);
    if (root && (!labelOfId(root) || labelOfId(root) === 'Assertion'))
      return refuse(res, 400, `root "${root.slice(0, 140)}" is not a claim, argument, actor, source, provision or issue id`);
    if (!Number.isInteger(depth) || depth < 0 || depth > GRAPH_DEPTH_MAX)
      return refuse(res, 400, `depth must be between 0 and ${GRAPH_DEPTH_MAX}`);
    let doc;
    try {
      const point = pastPoint(url.searchParams.get('asOf'), url.searchParams.get('atRevision'));
      const reader = await repos.past.readerFor(point);
      doc = await repos.graphExport.exportGraph(root ? { rootId: root, depth, reader } : { reader });
    } catch (error) {
      if (error instanceof InvalidInputError) return refuse(res, 400, error.message);
      if (error instanceof UnavailableError) return refuse(res, 503, error.message);
      if (error instanceof TooComplexError) return refuse(res, 413, error.message);
      throw error;
    }
    if (!doc) return refuse(res, 404, `"${root}" does not exist`);
    const rendered = renderExport(doc, format);
    const name = `argmap${root ? `-${root.replace(/[^a-z0-9-]+/g, '-')}` : ''}.${rendered.extension}`;
    res.writeHead(200, {
      'content-type': rendered.contentType,
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': Buffer.byteLength(rendered.body),
    });
    res.end(rendered.body);
    return true;
  };
}
