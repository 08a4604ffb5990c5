import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config.js';

/** The shared AIF corpora (../shared/corpora, or ARGMAP_CORPORA): test material nobody on this project wrote. */
export const CORPORA_DIR = process.env.ARGMAP_CORPORA ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpora');
export const CORPORA = ['microtexts', 'us-2016', 'qt30', 'iac'] as const;

export const corporaMissing = (): string | false =>
  existsSync(CORPORA_DIR) ? false : `the corpora folder ${CORPORA_DIR} is missing (set ARGMAP_CORPORA to its path): corpus tests skipped`;

/** Every map of the corpora: corpus name and file path, in name order. */
export async function corpusMaps(): Promise<{ corpus: string; file: string; map: string }[]> {
  const maps: { corpus: string; file: string; map: string }[] = [];
  for (const corpus of CORPORA) {
    const dir = path.join(CORPORA_DIR, corpus);
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })))
      if (name.endsWith('.json')) maps.push({ corpus, file: path.join(dir, name), map: name.replace(/\.json$/, '') });
  }
  return maps;
}
