/**
 * A read-only index from ids to positions 0..n-1: open addressing over typed arrays with an
 * FNV-1a hash of the id's characters. A JavaScript Map costs about a microsecond an entry
 * at a million entries (rehashing as it grows, an object per entry); this one is sized once.
 */
export class IdIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /** Positions of `ids`; `onRepeat(i)` is called for an id already seen (the first position stays). */
  constructor(
    private readonly ids: readonly string[],
    onRepeat?: (position: number) => void,
  ) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.table = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      let slot = hash(id) & this.mask;
      for (;;) {
        const at = this.table[slot]!;
        if (at === -1) {
          this.table[slot] = i;
          break;
        }
        if (ids[at] === id) {
          onRepeat?.(i);
          break;
        }
        slot = (slot + 1) & this.mask;
      }
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** The position of an id, or undefined. */
  get(id: string): number | undefined {
    let slot = hash(id) & this.mask;
    for (;;) {
      const at = this.table[slot]!;
      if (at === -1) return undefined;
      if (this.ids[at] === id) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
