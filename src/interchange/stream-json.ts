import type { DocumentSections } from '../domain/graph-document.js';

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/**
 * A graph document as JSON, piece by piece as its pages arrive: the same text as
 * `JSON.stringify(document, null, 2)` followed by a newline (what the `json` export format
 * writes), while holding one page at a time.
 */
export async function* streamJsonDocument({ header, sections }: DocumentSections): AsyncGenerator<string> {
  const fields = Object.entries(header).map(
    ([name, value]) => `  ${JSON.stringify(name)}: ${indent(JSON.stringify(value, null, 2), '  ')}`,
  );
  yield `{\n${fields.join(',\n')}`;
  for (const [name, pages] of sections) {
    yield `${fields.length > 0 ? ',' : ''}\n  ${JSON.stringify(name)}: [`;
    fields.push(name);
    let first = true;
    for await (const page of pages) {
      const items = page.map((item) => `    ${indent(JSON.stringify(item, null, 2), '    ')}`);
      if (items.length === 0) continue;
      yield `${first ? '' : ','}\n${items.join(',\n')}`;
      first = false;
    }
    yield first ? ']' : '\n  ]';
  }
  yield '\n}\n';
}
