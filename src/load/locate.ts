import type { LineCounter } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** Where each node of a parsed plan stands in its file, by JSON Pointer. */
export class SourceMap {
  private readonly values = new Map<string, number>();
  private readonly keys = new Map<string, number>();

  constructor(
    readonly text: string,
    private readonly lineCounter: LineCounter,
  ) {}

  setValue(pointer: string, offset: number): void {
    this.values.set(pointer, offset);
  }

  setKey(pointer: string, offset: number): void {
    this.keys.set(pointer, offset);
  }

  has(pointer: string): boolean {
    return this.values.has(pointer);
  }

  /**
   * Line and column of the node at `pointer` (its key with `at: 'key'`).
   * A pointer that names nothing, such as a missing key, resolves to the nearest node that exists.
   */
  locate(pointer: string, at: 'value' | 'key' = 'value'): Position {
    let current = pointer;
    for (;;) {
      const offset = (at === 'key' ? this.keys.get(current) : undefined) ?? this.values.get(current);
      if (offset !== undefined) return this.position(offset);
      if (current === '') return { line: 1, column: 1 };
      current = current.slice(0, current.lastIndexOf('/'));
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lineCounter.linePos(clamped);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }
}
