import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InterchangeError } from '../../src/interchange/common.js';
import { readJsonDocument, type DocumentPart } from '../../src/interchange/read-json.js';

/** The text in pieces of `size` bytes, as a file stream would deliver it. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string, pageSize: number, chunk = 7): Promise<DocumentPart[]> {
  const parts: DocumentPart[] = [];
  for await (const part of readJsonDocument(pieces(text, chunk), { pageSize, origin: 'doc.json' })) parts.push(part);
  return parts;
}

const claims = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `claim:c${i}`, text: `Claim ${i} — “quoted”`, kind: 'LEGAL' }));

describe('reading an argmap JSON document as a stream', () => {
  it('gives the header fields, then each list in pages of at most pageSize, in file order', async () => {
    const doc = {
      format: 'argmap-graph',
      version: 1,
      arguments: [{ id: 'argument:a', kind: 'SUPPORT', premiseIds: ['claim:c0'], conclusionId: 'claim:c1' }],
      claims: claims(5),
      actors: [],
      positions: [{ claimId: 'claim:c0', issueId: 'issue:q', stance: 'PRO' }],
    };
    const parts = await read(JSON.stringify(doc, null, 2), 2);
    assert.deepEqual(
      parts.map((p) => (p.kind === 'field' ? `${p.name}=${String(p.value)}` : `${p.section}@${p.start}:${p.items.length}`)),
      ['format=argmap-graph', 'version=1', 'arguments@0:1', 'claims@0:2', 'claims@2:2', 'claims@4:1', 'positions@0:1'],
    );
    const items = parts.flatMap((p) => (p.kind === 'page' && p.section === 'claims' ? p.items : []));
    assert.deepEqual(items, doc.claims);
  });

  it('yields the same pages whatever the chunks the bytes arrive in (down to one byte, inside multi-byte characters)', async () => {
    const text = JSON.stringify({ claims: claims(9), assertions: [{ id: 'assertion:x', quote: 'é ü 😀' }] });
    const whole = await read(text, 4, text.length);
    assert.deepEqual(await read(text, 4, 1), whole);
    assert.deepEqual(await read(text, 4, 3), whole);
    assert.equal(whole.filter((p) => p.kind === 'page').length, 4);
  });

  it('holds no more than a page of items at a time: the pages come before the end of the input', async () => {
    async function* endless(): AsyncGenerator<string> {
      yield '{"claims":[';
      for (let i = 0; i < 1000; i += 1) yield `${i ? ',' : ''}${JSON.stringify(claims(1)[0])}`;
      yield ']}';
    }
    let pages = 0;
    let largest = 0;
    for await (const part of readJsonDocument(endless(), { pageSize: 10 })) {
      if (part.kind !== 'page') continue;
      pages += 1;
      largest = Math.max(largest, part.items.length);
      if (pages === 3) break;
    }
    assert.equal(pages, 3);
    assert.equal(largest, 10);
  });

  const refuses = async (text: string, pattern: RegExp) => {
    await assert.rejects(read(text, 3), (e: unknown) => {
      assert.ok(e instanceof InterchangeError, String(e));
      assert.match(e.message, pattern);
      return true;
    });
  };

  it('refuses malformed JSON, saying where', async () => {
    const text = '{\n  "claims": [\n    {"id": "claim:a"},\n    {"id": "claim:b",}\n  ]\n}\n';
    await refuses(text, /^doc\.json: is not valid JSON \(.*\) at byte 60 \(line 4, column 22\)$/);
    await refuses('{"claims": [{"id": tru}]}', /is not valid JSON .* at byte 22 \(line 1, column 23\)/);
    await refuses('{"claims": [{"id": "claim:a"}', /ends before the document does\) at byte 29 \(line 1, column 30\)$/);
    await refuses('{\n"claims": [{"id": "cla', /ends before the document does\) at byte 24 \(line 2, column 23\)$/);
    await refuses('{"claims": []} {"claims": []}', /is not valid JSON .* at byte 15/);
  });

  it('refuses what is not a graph document', async () => {
    await refuses('[{"id": "claim:a"}]', /is not a graph document: expected a JSON object at byte 0/);
    await refuses('', /is empty/);
    await refuses('{"claims": {"id": "claim:a"}}', /"claims" holds an object/);
  });
});
