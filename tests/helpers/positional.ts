import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { readPlain } from '../../src/load/fast.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import type { Positions } from '../../src/load/locate.js';
import { NodeOffsets } from '../../src/load/offsets.js';
import { parseYaml } from '../../src/load/parse.js';
import { escapePointer } from '../../src/load/pointer.js';

export function pointers(value: unknown, pointer = ''): string[] {
  if (value === null || typeof value !== 'object') return [pointer];
  const children = Array.isArray(value) ? value.map((item, i) => pointers(item, `${pointer}/${i}`)) : Object.entries(value).map(([key, item]) => pointers(item, `${pointer}/${escapePointer(key)}`));
  return [pointer, `${pointer}/missing`, ...children.flat()];
}

/**
 * Whether the scanner read `text`; if it did, that the positional parser (and the js-yaml reader, where its
 * screens let it read the file) gives the same data, in the same key order, with the same positions.
 */
export function sameAsPositional(text: string): boolean {
  const scanned = readPlain(text, DEFAULT_LIMITS);
  if (!scanned || !(scanned.source instanceof NodeOffsets)) return false;
  const positional = parseYaml(text, DEFAULT_LIMITS);
  expect(positional.problems, text).toEqual([]);
  const listened = readPlain(text, DEFAULT_LIMITS, false);
  for (const other of listened ? [positional, listened] : [positional]) {
    expect(JSON.stringify(scanned.data)).toBe(JSON.stringify(other.data));
    // node's comparison, not toStrictEqual: that one takes a key named `constructor` for the object's class
    expect(isDeepStrictEqual(scanned.data, other.data), text).toBe(true);
    for (const pointer of pointers(scanned.data)) {
      const where = (source: Positions) => [source.has(pointer), source.locate(pointer), source.locate(pointer, 'key')];
      expect(where(scanned.source), pointer).toEqual(where(other.source));
    }
  }
  return true;
}

