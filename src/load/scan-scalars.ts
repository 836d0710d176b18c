import { resolveCore } from './core-scalars.js';

/** A scalar read by the scanner (scan.ts): its value and the offset just past its last character. */
export interface Scanned<T = unknown> {
  value: T;
  end: number;
}

export const LINE_FEED = 0x0a;
export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;

/** thrown to give the file to the js-yaml reader */
const GIVE_UP: unique symbol = Symbol('give up');
export function giveUp(): never {
  throw GIVE_UP;
}

/** Characters that cannot start a plain scalar or a plain key here, or that the scanner leaves to js-yaml. */
export function isIndicator(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return c === DASH || c === 0x3f || c === COLON || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === HASH || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === 0x27 || c === 0x22 || c === 0x25 || c === 0x40 || c === 0x60;
}

/** A space, a line break, or the end of the text (charCodeAt past it is NaN). */
export function isSeparator(c: number): boolean {
  return c !== c || c === SPACE || c === LINE_FEED;
}

export function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

/**
 * The next offset of one character from a point on (the text's length if none), remembered while the
 * questions move forward: the scanner finds colons, comments and line ends without reading every character.
 */
export class NextOf {
  private asked = Infinity;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  from(at: number): number {
    if (at < this.asked || at > this.found) {
      const i = this.text.indexOf(this.char, at);
      this.found = i === -1 ? this.text.length : i;
    }
    this.asked = at;
    return this.found;
  }
}

export interface Finders {
  lineFeeds: NextOf;
  colons: NextOf;
  hashes: NextOf;
}

/**
 * A plain scalar from `at`, over as many lines as are indented further than `indent` (its key or dash),
 * folded as YAML folds them: a line break is a space, each empty line between is a line break.
 */
export function plainScalar(text: string, at: number, indent: number, finders: Finders): Scanned {
  let { end, last, stopped } = plainLine(text, at, finders);
  let value = text.slice(at, last);
  let lastEnd = last;
  while (!stopped && end < text.length) {
    // `end` is the line break of the line read last: count the empty lines after it
    let line = end + 1;
    let empty = 0;
    let first = line;
    for (;;) {
      while (text.charCodeAt(first) === SPACE) first++;
      if (text.charCodeAt(first) !== LINE_FEED) break;
      empty++;
      line = first + 1;
      first = line;
    }
    const c = text.charCodeAt(first);
    if (first - line <= indent || first >= text.length || c === HASH) break;
    // a continuation line that starts like a node of its own is left to js-yaml
    if (isIndicator(c)) giveUp();
    const next = plainLine(text, first, finders);
    value += (empty > 0 ? '\n'.repeat(empty) : ' ') + text.slice(first, next.last);
    lastEnd = next.last;
    end = next.end;
    stopped = next.stopped;
  }
  return { value: resolveCore(value), end: lastEnd };
}

/** One line of a plain scalar: where its text ends without trailing spaces, and whether a comment ended it. */
function plainLine(text: string, at: number, finders: Finders): { end: number; last: number; stopped: boolean } {
  const lineEnd = finders.lineFeeds.from(at);
  let end = lineEnd;
  let stopped = false;
  for (let hash = finders.hashes.from(at); hash < lineEnd; hash = finders.hashes.from(hash + 1)) {
    if (text.charCodeAt(hash - 1) === SPACE) {
      end = hash;
      stopped = true;
      break;
    }
  }
  // `a: b: c` is not a plain scalar: the positional parser says why
  for (let colon = finders.colons.from(at); colon < end; colon = finders.colons.from(colon + 1)) if (isSeparator(text.charCodeAt(colon + 1))) giveUp();
  let last = end;
  while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
  return { end, last, stopped };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

/** A double-quoted scalar on one line, with the escapes JSON has (and `\0`); others are left to js-yaml. */
export function doubleQuoted(text: string, at: number): Scanned<string> {
  let value = '';
  let from = at + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { value: value + text.slice(from, i), end: i + 1 };
    if (c === LINE_FEED) giveUp();
    if (c === 0x5c) {
      value += text.slice(from, i);
      const letter = text[i + 1]!;
      if (letter === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) giveUp();
        value += String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else {
        const escaped = ESCAPES[letter];
        if (escaped === undefined) giveUp();
        value += escaped;
        i += 1;
      }
      from = i + 1;
    }
  }
  return giveUp();
}

/** A single-quoted scalar on one line (`''` is a quote). */
export function singleQuoted(text: string, at: number): Scanned<string> {
  let value = '';
  let from = at + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LINE_FEED) giveUp();
    if (c === 0x27) {
      if (text.charCodeAt(i + 1) !== 0x27) return { value: value + text.slice(from, i), end: i + 1 };
      value += text.slice(from, i + 1);
      i++;
      from = i + 1;
    }
  }
  return giveUp();
}

/**
 * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), whose header is at `at` and whose
 * lines are indented further than `indent`. Explicit indentation, keeping (`+`), leading empty lines,
 * lines of spaces only that are longer than the indentation, and folded lines indented further are left to js-yaml.
 */
export function blockScalar(text: string, at: number, indent: number): Scanned<string> {
  const isFolded = text.charCodeAt(at) === 0x3e;
  let i = at + 1;
  const chomp = text.charCodeAt(i);
  const isStrip = chomp === 0x2d;
  if (isStrip) i++;
  else if (chomp !== SPACE && chomp !== LINE_FEED && chomp !== HASH) giveUp();
  while (text.charCodeAt(i) === SPACE) i++;
  if (text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE) i = text.indexOf('\n', i);
  if (i === -1 || text.charCodeAt(i) !== LINE_FEED) giveUp();
  let line = i + 1;
  let first = line;
  while (text.charCodeAt(first) === SPACE) first++;
  const width = first - line;
  if (width <= indent || first >= text.length || text.charCodeAt(first) === LINE_FEED) giveUp();
  let value = '';
  let empty = 0;
  let lines = 0;
  let end = line;
  for (;;) {
    let content = line;
    while (content - line < width && text.charCodeAt(content) === SPACE) content++;
    const c = text.charCodeAt(content);
    if (content >= text.length) break;
    if (c === LINE_FEED) {
      if (content - line === width) giveUp();
      empty++;
      line = content + 1;
      continue;
    }
    if (content - line < width) break;
    const lineEnd = text.indexOf('\n', content);
    // the last line must end with a line break for its clipping to be the one js-yaml makes
    if (lineEnd === -1) giveUp();
    // a line of spaces only, longer than the indentation, is left to js-yaml
    if (c === SPACE && /^ *$/.test(text.slice(content, lineEnd))) giveUp();
    if (lines > 0) {
      if (isFolded) value += empty > 0 ? '\n'.repeat(empty) : ' ';
      else value += '\n'.repeat(empty + 1);
    }
    if (isFolded && c === SPACE) giveUp();
    value += text.slice(content, lineEnd);
    lines++;
    empty = 0;
    line = lineEnd + 1;
    end = line;
  }
  return { value: isStrip ? value : `${value}\n`, end };
}
