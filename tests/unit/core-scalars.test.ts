import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOL, FLOAT, INT, NULL, NUMBER_START, resolveCore, toNumber } from '../../src/load/core-scalars.js';

/** The core schema's resolution written out as its patterns say, tried in order: what resolveCore must equal. */
function byPatterns(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return /^[Tt]/.test(text);
  if (NUMBER_START.test(text) && (INT.test(text) || FLOAT.test(text))) return toNumber(text);
  return text;
}

describe('resolveCore, which skips the patterns by first character and length', () => {
  it('resolves every short text as the patterns do', () => {
    const text = fc.array(fc.constantFrom(...'nNulLtTrRuUeEfFaAsS~0123456789+-.oxXbinIN_ '), { maxLength: 7 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (t) => void expect(resolveCore(t)).toStrictEqual(byPatterns(t))), { numRuns: 20_000, seed: 20261202 });
  });

  it('on the spellings that matter', () => {
    for (const t of ['', '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fAlse', 'name', 'type', 'nulls', 'truth', '0', '-1', '+1', '0o17', '0x1F', '1e3', '.5', '.inf', '-.Inf', '.nan', '1_000', '0b1']) {
      expect(resolveCore(t), t).toStrictEqual(byPatterns(t));
    }
  });
});
