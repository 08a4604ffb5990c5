/**
 * Exports the map as drawn: PNG from Cytoscape's renderer, SVG built from the drawn nodes and
 * edges; and the whole map as data, from the service's `GET /export` (JSON, AIF, Argdown).
 */
import { $ } from './dom.js';
import { cy } from './graph.js';
import { view } from './state.js';

const DOWNLOADS = ['json', 'aif', 'argdown'] as const;

/** Points the download links at the view's map, as it stands now or at the revision shown. */
export function refreshDownloads(): void {
  for (const format of DOWNLOADS) {
    const params = new URLSearchParams({ format, mapId: view.map });
    if (view.revision !== null) params.set('atRevision', String(view.revision));
    $<HTMLAnchorElement>(`download-${format}`).href = `/export?${params.toString()}`;
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Splits a caption into lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** Lines of text as one SVG text element, a line under the other. */
export function svgText(lines: readonly string[], x: number, y: number, fontSize: number, fill = '#1d1d1f', weight = 'normal'): string {
  return `<text x="${x}" y="${y}" font-size="${fontSize}" font-weight="${weight}" font-family="system-ui, sans-serif" fill="${fill}">${lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * fontSize * 1.3}">${xml(line)}</tspan>`)
    .join('')}</text>`;
}

/** The drawn map as an SVG document: same positions, outlines, line styles and captions as on screen. */
export function toSvg(): string {
  const drawn = cy.elements().filter((e) => e.visible());
  const box = drawn.boundingBox({});
  const pad = 20;
  const parts: string[] = [];
  // A grouping's boxes go under everything, their caption above the box.
  for (const group of drawn.nodes('[type = "Group"]').toArray()) {
    const { x1, y1, w, h } = group.boundingBox({ includeLabels: false });
    const fill = group.style('background-color') as string;
    const stroke = group.style('border-color') as string;
    const dash = group.style('border-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<g data-id="${xml(group.id())}"><rect x="${x1}" y="${y1}" width="${w}" height="${h}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash} /><text x="${x1 + w / 2}" y="${y1 - 8}" font-size="16" font-weight="bold" text-anchor="middle" font-family="system-ui, sans-serif" fill="#1d1d1f">${xml(String(group.data('caption')))}</text></g>`,
    );
  }
  for (const edge of drawn.edges().toArray()) {
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    const colour = edge.style('line-color') as string;
    const style = edge.style('line-style') as string;
    const dash = style === 'dashed' ? ' stroke-dasharray="6 4"' : style === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    const marker = edge.style('target-arrow-shape') === 'tee' ? 'tee' : 'arrow';
    parts.push(
      `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#${marker})"><title>${xml(String(edge.data('type')))}</title></line>`,
    );
  }
  for (const node of drawn.nodes('[type != "Group"]').toArray()) {
    const { x, y } = node.position();
    const w = node.outerWidth();
    const h = node.outerHeight();
    const border = node.style('border-style') as string;
    const dash = border === 'dashed' ? ' stroke-dasharray="6 4"' : border === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    const fill = node.style('background-color') as string;
    const stroke = node.style('border-color') as string;
    const strokeWidth = parseFloat(node.style('border-width') as string) || 1;
    const shape =
      node.data('type') === 'Argument'
        ? `<circle cx="${x}" cy="${y}" r="${w / 2}" fill="${fill}" />`
        : `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash} />`;
    const caption = String(node.data('caption') ?? '');
    const fontSize = parseFloat(node.style('font-size') as string) || 12;
    const lines = caption ? wrap(caption, Math.max(8, Math.floor((w - 16) / (fontSize * 0.52)))) : [];
    const top = y - ((lines.length - 1) * fontSize * 1.2) / 2;
    const text = lines.length
      ? `<text x="${x}" y="${top}" font-size="${fontSize}" text-anchor="middle" dominant-baseline="middle" font-family="system-ui, sans-serif" fill="#1d1d1f">${lines
          .map((line, i) => `<tspan x="${x}" y="${top + i * fontSize * 1.2}">${xml(line)}</tspan>`)
          .join('')}</text>`
      : '';
    parts.push(`<g data-id="${xml(node.id())}"><title>${xml(String(node.data('label') ?? node.id()))}</title>${shape}${text}</g>`);
  }
  const width = box.w + 2 * pad;
  const height = box.h + 2 * pad;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${box.x1 - pad} ${box.y1 - pad} ${width} ${height}" role="img" aria-label="Argument map">
<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke" /></marker>
<marker id="tee" viewBox="0 0 4 10" refX="4" refY="5" markerWidth="4" markerHeight="10" orient="auto"><rect width="2" height="10" x="2" fill="context-stroke" /></marker>
</defs>
<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${width}" height="${height}" fill="#ffffff" />
${parts.join('\n')}
</svg>
`;
}

export function setupExport(): void {
  $('export-png').addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
    download(blob, 'argmap.png');
  });
  $('export-svg').addEventListener('click', () => download(new Blob([toSvg()], { type: 'image/svg+xml' }), 'argmap.svg'));
}
