import { LineIndex, type Position, type Positions } from './locate.js';
import { unescapePointer } from './pointer.js';

/** The offsets inside one mapping or sequence, in the order of its entries (a sequence has no keys). */
export interface Slots {
  keys: string[] | undefined;
  keyAt: number[] | undefined;
  valueAt: number[];
}

/**
 * Positions kept beside the data instead of by pointer: each mapping and sequence has its entries' offsets,
 * so a clean plan builds no pointer strings at all; a pointer is followed through the data only when a
 * finding or a rule asks where something is.
 */
export class NodeOffsets extends LineIndex implements Positions {
  constructor(
    text: string,
    private readonly data: unknown,
    private readonly rootAt: number,
    private readonly slots: Map<object, Slots>,
  ) {
    super(text);
  }

  has(pointer: string): boolean {
    return this.follow(pointer).complete;
  }

  locate(pointer: string, at: 'value' | 'key' = 'value'): Position {
    const { valueAt, keyAt } = this.follow(pointer);
    return this.position(at === 'key' && keyAt !== undefined ? keyAt : valueAt);
  }

  /** The deepest node on the way to `pointer` that exists: its offset and its key's. */
  private follow(pointer: string): { valueAt: number; keyAt: number | undefined; complete: boolean } {
    let node = this.data;
    let valueAt = this.rootAt;
    let keyAt: number | undefined;
    // segment by segment, without splitting: rules ask whether keys are present many times a plan
    for (let start = 1; start <= pointer.length; ) {
      let end = pointer.indexOf('/', start);
      if (end === -1) end = pointer.length;
      const segment = unescapePointer(pointer.slice(start, end));
      start = end + 1;
      const slots = node !== null && typeof node === 'object' ? this.slots.get(node) : undefined;
      const index = slots === undefined ? -1 : slots.keys === undefined ? arrayIndex(segment, slots.valueAt.length) : slots.keys.indexOf(segment);
      if (index === -1) return { valueAt, keyAt, complete: false };
      node = slots!.keys === undefined ? (node as unknown[])[index] : (node as Record<string, unknown>)[segment];
      valueAt = slots!.valueAt[index]!;
      keyAt = slots!.keyAt?.[index];
    }
    return { valueAt, keyAt, complete: true };
  }
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** A sequence index as a pointer writes it (`0`, `12`, never `01`), or -1. */
function arrayIndex(segment: string, length: number): number {
  if (!INDEX.test(segment)) return -1;
  const index = Number(segment);
  return index < length ? index : -1;
}
