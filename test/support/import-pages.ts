import type { Collection, GraphDocument } from '../../src/domain/graph-document.js';
import { IMPORT_PHASES, phaseWrites, type ImportPhase } from '../../src/repositories/graph-import.js';

/**
 * The pages a document written in pages of `size` items goes in: each phase in turn (replies
 * only when an assertion replies to another), each list the phase writes in the file's `order`,
 * `size` items a page; `done` counts the list's items written once the page is.
 */
export function expectedPages(
  doc: GraphDocument,
  size: number,
  order: readonly Collection[],
): { phase: ImportPhase; key: Collection; items: number; done: number }[] {
  const replies = doc.assertions.some((a) => (a.previousIds?.length ?? 0) > 0);
  return IMPORT_PHASES.filter((phase) => phase !== 'replies' || replies).flatMap((phase) =>
    order
      .filter((key) => phaseWrites(phase, key))
      .flatMap((key) => {
        const total = doc[key].length;
        const pages = [];
        for (let start = 0; start < total; start += size) {
          const items = Math.min(size, total - start);
          pages.push({ phase, key, items, done: start + items });
        }
        return pages;
      }),
  );
}
