export interface Position {
  line: number;
  column: number;
}

/** Where the nodes of a parsed plan stand in its file: what findings, rules and outputs ask of a reader. */
export interface Positions {
  readonly text: string;
  /** whether a node exists at `pointer` */
  has(pointer: string): boolean;
  /**
   * Line and column of the node at `pointer` (its key with `at: 'key'`).
   * A pointer that names nothing, such as a missing key, resolves to the nearest node that exists.
   */
  locate(pointer: string, at?: 'value' | 'key'): Position;
  /** line and column of an offset in the text */
  position(offset: number): Position;
}

/**
 * Line and column of an offset, counted from the text itself: the yaml library's LineCounter misses the
 * line breaks inside the scalars of a broken document, which put errors on lines that do not have them.
 */
export class LineIndex {
  /** where each line starts, as far into the text as positions were asked for */
  private readonly lineStarts = [0];
  private scanned = 0;

  constructor(readonly text: string) {}

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (clamped > this.scanned) this.scanTo(clamped);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  }

  /** Records the line starts up to `offset`: a finding early in a huge file does not index all of it. */
  private scanTo(offset: number): void {
    for (let i = this.text.indexOf('\n', this.scanned); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.scanned = offset;
  }
}

/** Positions recorded by JSON Pointer as a reader goes: every node's offset, and every key's. */
export class SourceMap extends LineIndex implements Positions {
  private readonly values = new Map<string, number>();
  private readonly keys = new Map<string, number>();

  setValue(pointer: string, offset: number): void {
    this.values.set(pointer, offset);
  }

  setKey(pointer: string, offset: number): void {
    this.keys.set(pointer, offset);
  }

  has(pointer: string): boolean {
    return this.values.has(pointer);
  }

  locate(pointer: string, at: 'value' | 'key' = 'value'): Position {
    let current = pointer;
    for (;;) {
      const offset = (at === 'key' ? this.keys.get(current) : undefined) ?? this.values.get(current);
      if (offset !== undefined) return this.position(offset);
      if (current === '') return { line: 1, column: 1 };
      current = current.slice(0, current.lastIndexOf('/'));
    }
  }
}
