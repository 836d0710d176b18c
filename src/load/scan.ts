import { resolveCore } from './core-scalars.js';
import type { Limits } from './limits.js';
import type { Slots } from './offsets.js';
import { flowCollection } from './scan-flow.js';
import { blockScalar, COLON, DASH, doubleQuoted, type Finders, giveUp, HASH, isIndicator, isSeparator, LINE_FEED, NextOf, plainScalar, singleQuoted, skipSpaces, SPACE } from './scan-scalars.js';

/**
 * The reader for the commonest YAML of all: block mappings and sequences of plain (also multi-line), quoted and
 * block scalars, one-line flow collections, comments, nothing else. It walks the text once and keeps the offset
 * of every node beside the data (offsets.ts), without the event tree and pointer strings of the js-yaml reader.
 * Whatever it does not know (flows over several lines, multi-line quotes, compact nested sequences, quoted or
 * non-text keys, duplicate keys, document markers, a line it cannot place) makes it give up, and the js-yaml
 * reader reads the file. Every file it reads, it reads as the positional parser does (data and offsets), which
 * tests/property/scanner*.test.ts check.
 */
export class Scanner {
  readonly slots = new Map<object, Slots>();
  /** offset of the line being read */
  private line = 0;
  /** values and keys still allowed, and how deep collections may nest: as isWithin counts (fast.ts) */
  private budget: number;
  private level = 0;
  readonly finders: Finders;
  /** the line nextLine found last, and its indentation */
  private found = -1;
  private foundIndent = -1;

  constructor(
    readonly text: string,
    private readonly limits: Pick<Limits, 'depth' | 'values'>,
  ) {
    this.budget = Math.floor(limits.values / 2);
    this.finders = { lineFeeds: new NextOf(text, '\n'), colons: new NextOf(text, ':'), hashes: new NextOf(text, '#') };
  }

  /** One more value, or key, within the limits (past them, the positional parser says so). */
  count(): void {
    if (--this.budget < 0) giveUp();
  }

  /** Into a collection, one level deeper. */
  enter(): void {
    this.count();
    if (this.level++ >= this.limits.depth) giveUp();
  }

  leave(): void {
    this.level--;
  }

  /** The top-level mapping, or give up. `rootAt` is where it starts. */
  document(): { data: Record<string, unknown>; rootAt: number } {
    const indent = this.nextLine();
    if (indent !== 0 || !this.isKeyAt(this.line)) giveUp();
    const rootAt = this.line;
    const data = this.mapping(0, this.line);
    if (this.nextLine() !== -1) giveUp();
    return { data, rootAt };
  }

  /**
   * Moves `line` to the next line with content (not blank, not only a comment), from the current one;
   * returns its indentation, or -1 at the end of the text.
   */
  private nextLine(): number {
    // asked again from the line it found (after a value, then by the collection around it): the same answer
    if (this.line === this.found) return this.foundIndent;
    const text = this.text;
    let at = this.line;
    while (at < text.length) {
      let i = at;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (c === LINE_FEED || c === HASH || i >= text.length) {
        const end = text.indexOf('\n', i);
        if (end === -1) break;
        at = end + 1;
        continue;
      }
      // `---` or `...` at the start of a line begins or ends a document: the positional parser says what that means
      if (i === at && (c === DASH || c === 0x2e) && text.startsWith(c === DASH ? '---' : '...', at) && isSeparator(text.charCodeAt(at + 3))) giveUp();
      this.line = at;
      this.found = at;
      this.foundIndent = i - at;
      return i - at;
    }
    this.line = text.length;
    return -1;
  }

  /** Moves `line` past the line that holds `offset`. */
  private endLine(offset: number): void {
    const end = this.text.indexOf('\n', offset);
    this.line = end === -1 ? this.text.length : end + 1;
  }

  /** Where the colon of a `key: ` at `at` is, or -1 when the line holds no plain key. */
  private keyColon(at: number): number {
    const text = this.text;
    if (isIndicator(text.charCodeAt(at))) return -1;
    const end = this.finders.lineFeeds.from(at);
    let checked = at;
    for (let colon = this.finders.colons.from(at); colon < end; colon = this.finders.colons.from(colon + 1)) {
      for (; checked < colon; checked++) {
        const c = text.charCodeAt(checked);
        if (c === HASH && text.charCodeAt(checked - 1) === SPACE) return -1;
        // a key with flow or quote characters is left to js-yaml
        if (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22 || c === 0x27) return -1;
      }
      if (isSeparator(text.charCodeAt(colon + 1))) return colon;
    }
    return -1;
  }

  private isKeyAt(at: number): boolean {
    return this.keyColon(at) !== -1;
  }

  /** A block mapping whose keys stand at column `indent`; the first key at `first` (maybe after `- `). */
  private mapping(indent: number, first: number): Record<string, unknown> {
    const text = this.text;
    this.enter();
    const object: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyAt: number[] = [];
    const valueAt: number[] = [];
    let at = first;
    for (;;) {
      const colon = this.keyColon(at);
      if (colon === -1) giveUp();
      let keyEnd = colon;
      while (text.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const key = resolveCore(text.slice(at, keyEnd));
      if (typeof key !== 'string' || Object.prototype.hasOwnProperty.call(object, key)) giveUp();
      keys.push(key);
      keyAt.push(at);
      this.count();
      const value = this.value(indent, colon + 1, true, valueAt);
      object[key] = value;
      const next = this.nextLine();
      if (next < indent) break;
      if (next > indent) giveUp();
      at = this.line + indent;
    }
    this.slots.set(object, { keys, keyAt, valueAt });
    this.leave();
    return object;
  }

  /** A block sequence whose dashes stand at column `indent`, from the current line. */
  private sequence(indent: number): unknown[] {
    const text = this.text;
    const items: unknown[] = [];
    const valueAt: number[] = [];
    this.enter();
    for (;;) {
      const dash = this.line + indent;
      items.push(this.value(indent, dash + 1, false, valueAt));
      if (this.nextLine() !== indent || !this.isDashAt(this.line + indent)) break;
    }
    // a line further in than the dashes, after an item, is one this reader could not place
    if (this.line < text.length && this.nextLine() > indent) giveUp();
    this.slots.set(items, { keys: undefined, keyAt: undefined, valueAt });
    this.leave();
    return items;
  }

  private isDashAt(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && isSeparator(this.text.charCodeAt(at + 1));
  }

  /**
   * The value after a key's colon or an item's dash (`after`), of a node whose key or dash stands at column
   * `indent`; its offset is pushed to `valueAt`. Leaves `line` past the value.
   */
  private value(indent: number, after: number, isMappingValue: boolean, valueAt: number[]): unknown {
    const text = this.text;
    const at = skipSpaces(text, after);
    const c = text.charCodeAt(at);
    if (c === LINE_FEED || c === HASH || at >= text.length) {
      if (c === HASH && at === after) giveUp();
      this.endLine(at);
      const saved = this.line;
      const next = this.nextLine();
      if (next > indent || (next === indent && isMappingValue && this.isDashAt(this.line + next))) {
        valueAt.push(this.line + next);
        return this.isDashAt(this.line + next) ? this.sequence(next) : this.mapping(next, this.line + next);
      }
      // nothing: a null, placed where the value would begin
      this.count();
      valueAt.push(at);
      this.line = saved;
      return null;
    }
    valueAt.push(at);
    if (c === 0x5b || c === 0x7b) return this.finishLine(flowCollection(this, at));
    if (!isMappingValue && this.isKeyAt(at)) {
      // `- key: value`: a mapping whose keys stand where this first one does
      return this.mapping(at - this.line, at);
    }
    this.count();
    if (c === 0x7c || c === 0x3e) return this.finish(blockScalar(text, at, indent));
    if (c === 0x22) return this.finishLine(doubleQuoted(text, at));
    if (c === 0x27) return this.finishLine(singleQuoted(text, at));
    // `-`, `?` and `:` start a plain scalar when neither a space nor a line break follows
    if (isIndicator(c) && !((c === DASH || c === 0x3f || c === COLON) && !isSeparator(text.charCodeAt(at + 1)))) giveUp();
    return this.finish(plainScalar(text, at, indent, this.finders));
  }

  /** After a scalar that may run over several lines: `end` is where it ends; the line must end there. */
  private finish(scalar: { value: unknown; end: number }): unknown {
    this.endLine(scalar.end - 1 < 0 ? 0 : scalar.end - 1);
    return scalar.value;
  }

  /** After a one-line value: nothing but spaces and a comment may follow it on its line. */
  private finishLine(scalar: { value: unknown; end: number }): unknown {
    const text = this.text;
    const i = skipSpaces(text, scalar.end);
    const c = text.charCodeAt(i);
    if (!(c === LINE_FEED || i >= text.length || (c === HASH && i > scalar.end))) giveUp();
    this.endLine(i);
    return scalar.value;
  }
}
