import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameAsPositional } from '../helpers/positional.js';
import { applyEdits, document, PIECES } from '../helpers/yaml-documents.js';

/**
 * The scanner against the positional parser on random documents of every style (tests/helpers/yaml-documents.ts),
 * as they come, with pieces of syntax inserted, and with lines moved in or out: whatever the scanner reads must
 * come out as the positional parser reads it. SCANNER_RUNS=50000 for a long search.
 */
const RUNS = Number(process.env.SCANNER_RUNS ?? 1500);

describe('the scanner, on random documents', () => {
  it('as generated', () => {
    let read = 0;
    fc.assert(fc.property(fc.integer(), (seed) => void (sameAsPositional(document(seed)) && read++)), { numRuns: RUNS, seed: 20261202 });
    // most generated documents are ones the scanner reads itself, or the comparison means little
    expect(read).toBeGreaterThan(RUNS / 4);
  }, 180_000);

  it('with pieces of syntax inserted', () => {
    let read = 0;
    const edits = fc.array(fc.record({ at: fc.nat(), piece: fc.constantFrom(...PIECES), remove: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.integer(), edits, (seed, changes) => {
        if (sameAsPositional(applyEdits(document(seed), changes))) read++;
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    expect(read).toBeGreaterThan(RUNS / 10);
  }, 180_000);

  it('with lines moved in or out', () => {
    let read = 0;
    const moves = fc.array(fc.record({ line: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.integer(), moves, (seed, changes) => {
        const lines = document(seed).split('\n');
        for (const { line, by } of changes) {
          const i = line % lines.length;
          lines[i] = by >= 0 ? ' '.repeat(by) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
        }
        if (sameAsPositional(lines.join('\n'))) read++;
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
    expect(read).toBeGreaterThan(RUNS / 10);
  }, 180_000);
});
