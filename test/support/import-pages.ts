import type { Collection, GraphDocument } from '../../src/domain/graph-document.js';
import { IMPORT_PHASES, phaseWrites, type ImportPhase } from '../../src/repositories/graph-import.js';

/**
 * The pages a document written in pages of `size` items goes in, for the `phases` asked about:
 * each phase in turn (replies only when an assertion replies to another, undercuts only when an
 * argument undercuts another), each list the phase writes in the file's `order`, `size` items a
 * page; the undercuts phase writes the undercuts alone (in one pass: none of the documents this
 * is used for undercuts an undercut). `done` counts the list's items written once the page is.
 */
export function expectedPages(
  doc: GraphDocument,
  size: number,
  order: readonly Collection[],
  phases: readonly ImportPhase[] = IMPORT_PHASES,
): { phase: ImportPhase; key: Collection; items: number; done: number }[] {
  const counts = (phase: ImportPhase, key: Collection): number =>
    phase === 'undercuts' ? doc.arguments.filter((a) => a.targetArgumentId !== null).length : doc[key].length;
  const replies = doc.assertions.some((a) => (a.previousIds?.length ?? 0) > 0);
  return phases
    .filter((phase) => phase !== 'replies' || replies)
    .flatMap((phase) =>
      order
        .filter((key) => phaseWrites(phase, key) || (phase === 'undercuts' && key === 'arguments'))
        .flatMap((key) => {
          const total = counts(phase, key);
          const pages = [];
          for (let start = 0; start < total; start += size) {
            const items = Math.min(size, total - start);
            pages.push({ phase, key, items, done: start + items });
          }
          return pages;
        }),
    );
}
