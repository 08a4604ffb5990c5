import type { Framework } from './framework.js';
import { nodeName, type DerivedFramework } from './translate.js';

/**
 * The derived framework in the formats external solvers read: ICCMA's `.af` (ICCMA 2023:
 * "p af N", then one "i j" line per attack, arguments numbered from 1, "#" comment lines)
 * and ASPARTIX's `.apx` (`arg(a1).`, `att(a1,a2).`). Numbers map to the map's ids (auxiliary
 * nodes named `not:<claim>`, `unsupported:<claim>`, `rejected:<id>`, see docs/evaluation.md).
 */

export interface Serialised {
  text: string;
  /** names[k - 1] is the id or auxiliary name of argument number k (a<k> in .apx). */
  names: string[];
}

function names(derived: DerivedFramework): string[] {
  return Array.from({ length: derived.af.size }, (_, v) => nodeName(derived, v));
}

/** ICCMA `.af`; with `comments` (default true) each number's id follows the header as a "#" line. */
export function toIccma(derived: DerivedFramework, { comments = true }: { comments?: boolean } = {}): Serialised {
  const all = names(derived);
  return { text: iccmaText(derived.af, comments ? all : null), names: all };
}

export function iccmaText(af: Framework, labels: readonly string[] | null = null): string {
  const lines = [`p af ${af.size}`];
  if (labels) labels.forEach((name, v) => lines.push(`# ${v + 1} ${name}`));
  for (let v = 0; v < af.size; v += 1)
    for (let e = af.targetStart[v]!, end = af.targetStart[v + 1]!; e < end; e += 1) lines.push(`${v + 1} ${af.targets[e]! + 1}`);
  return `${lines.join('\n')}\n`;
}

/** ASPARTIX `.apx`; arguments are a1..aN, with "%" comment lines giving each one's id. */
export function toApx(derived: DerivedFramework, { comments = true }: { comments?: boolean } = {}): Serialised {
  const all = names(derived);
  const { af } = derived;
  const lines: string[] = [];
  for (let v = 0; v < af.size; v += 1) lines.push(comments ? `arg(a${v + 1}). % ${all[v]!.replace(/\n/g, ' ')}` : `arg(a${v + 1}).`);
  for (let v = 0; v < af.size; v += 1)
    for (let e = af.targetStart[v]!, end = af.targetStart[v + 1]!; e < end; e += 1) lines.push(`att(a${v + 1},a${af.targets[e]! + 1}).`);
  return { text: `${lines.join('\n')}\n`, names: all };
}

/** Reads an ICCMA `.af` text back (for tests and for checking external solvers' input). */
export function parseIccma(text: string): { size: number; attacks: [number, number][] } {
  let size = -1;
  const attacks: [number, number][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('p ')) {
      const [, kind, n] = line.split(/\s+/);
      if (kind !== 'af' || !/^\d+$/.test(n ?? '')) throw new Error(`bad ICCMA header "${line}"`);
      size = Number(n);
      continue;
    }
    const [a, b] = line.split(/\s+/).map(Number);
    if (size < 0 || !Number.isInteger(a) || !Number.isInteger(b) || a! < 1 || b! < 1 || a! > size || b! > size)
      throw new Error(`bad ICCMA line "${line}"`);
    attacks.push([a! - 1, b! - 1]);
  }
  if (size < 0) throw new Error('ICCMA text without "p af N" header');
  return { size, attacks };
}
