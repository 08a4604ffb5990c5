/**
 * `npx tsx bench/short-labels.ts [--sizes 10000,100000,1000000]`
 *
 * What the short labels of explanations cost on generated debates (`argmap generate`'s maps):
 * labelling the whole map the first time, and bringing the labels to the next revision after
 * two claims changed (one text edited, one claim added), as the evaluation snapshots do.
 */
import { parseArgs } from 'node:util';
import { generateDebate } from '../src/cli/generate.js';
import { LabelBook } from '../src/domain/evaluation/wording.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,1000000' } } });
for (const size of values.sizes.split(',').map(Number)) {
  const doc = generateDebate({ claims: size, seed: 1 });
  const texts = new Map(doc.claims.map((c) => [c.id, c.text]));
  const claims = doc.claims.map((c) => ({ id: c.id }));
  const book = new LabelBook();
  let start = performance.now();
  book.sync(claims, (id) => texts.get(id) ?? '');
  const whole = performance.now() - start;
  texts.set(claims[5]!.id, 'A changed text of the fifth claim.');
  texts.set('claim:added', 'A claim added at the next revision.');
  start = performance.now();
  book.sync([...claims, { id: 'claim:added' }], (id) => texts.get(id) ?? '');
  const next = performance.now() - start;
  console.log(`${size} claims: whole map ${Math.round(whole)} ms; next revision (2 claims changed) ${Math.round(next)} ms`);
}
