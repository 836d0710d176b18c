import { resolveCore } from './core-scalars.js';
import type { Scanner } from './scan.js';
import { COLON, doubleQuoted, giveUp, HASH, isIndicator, LINE_FEED, singleQuoted, skipSpaces, SPACE } from './scan-scalars.js';

/** A flow sequence or mapping on one line (`[a, "b"]`, `{ id: x, role: [a, b] }`), of scalars and flows. */
export function flowCollection(scanner: Scanner, open: number): { value: unknown; end: number } {
  const text = scanner.text;
  scanner.enter();
  const isMapping = text.charCodeAt(open) === 0x7b;
  const close = isMapping ? 0x7d : 0x5d;
  const items: unknown[] = [];
  const object: Record<string, unknown> = {};
  const keys: string[] = [];
  const keyAt: number[] = [];
  const valueAt: number[] = [];
  let i = skipSpaces(text, open + 1);
  if (text.charCodeAt(i) !== close) {
    for (;;) {
      let key = '';
      if (isMapping) {
        const colon = flowPlainEnd(text, i, true);
        if (text.charCodeAt(colon) !== COLON) giveUp();
        let last = colon;
        while (text.charCodeAt(last - 1) === SPACE) last--;
        const resolved = resolveCore(text.slice(i, last));
        if (typeof resolved !== 'string' || Object.prototype.hasOwnProperty.call(object, resolved)) giveUp();
        key = resolved;
        keys.push(key);
        keyAt.push(i);
        scanner.count();
        i = skipSpaces(text, colon + 1);
        // `{a: }` and `{a, b}`: empty values are left to js-yaml
        if (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === close) giveUp();
      }
      valueAt.push(i);
      const item = flowItem(scanner, i);
      if (isMapping) object[key] = item.value;
      else items.push(item.value);
      i = skipSpaces(text, item.end);
      const next = text.charCodeAt(i);
      if (next === close) break;
      if (next !== 0x2c) giveUp();
      i = skipSpaces(text, i + 1);
      // a trailing comma (`[a, ]`) is left to js-yaml
      if (text.charCodeAt(i) === close) giveUp();
    }
  }
  const value = isMapping ? object : items;
  scanner.leave();
  scanner.slots.set(value, isMapping ? { keys, keyAt, valueAt } : { keys: undefined, keyAt: undefined, valueAt });
  return { value, end: i + 1 };
}

/** One item of a flow collection: a nested flow, a quoted scalar or a plain one. */
function flowItem(scanner: Scanner, at: number): { value: unknown; end: number } {
  const text = scanner.text;
  const c = text.charCodeAt(at);
  if (c === 0x5b || c === 0x7b) return flowCollection(scanner, at);
  scanner.count();
  if (c === 0x22) return doubleQuoted(text, at);
  if (c === 0x27) return singleQuoted(text, at);
  const end = flowPlainEnd(text, at, false);
  let last = end;
  while (text.charCodeAt(last - 1) === SPACE) last--;
  return { value: resolveCore(text.slice(at, last)), end: last };
}

/**
 * Where a plain scalar in a flow collection ends: at `,`, `]` or `}`, or, for a key, at its `: `. A line
 * break, a nested flow, a quote or a comment inside, and any other colon, are left to js-yaml.
 */
function flowPlainEnd(text: string, at: number, isKey: boolean): number {
  const first = text.charCodeAt(at);
  if (isIndicator(first) || first !== first || first === LINE_FEED) giveUp();
  for (let i = at; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x5d || c === 0x7d) return isKey ? giveUp() : i;
    if (c === COLON) {
      if (isKey && text.charCodeAt(i + 1) === SPACE) return i;
      giveUp();
    }
    if (c !== c || c === LINE_FEED || c === 0x5b || c === 0x7b || c === 0x22 || c === 0x27 || (c === HASH && text.charCodeAt(i - 1) === SPACE)) giveUp();
  }
}
