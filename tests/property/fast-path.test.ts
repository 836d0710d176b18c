import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { lintBytes } from '../../src/engine/lint.js';
import { parseDate } from '../../src/model/dates.js';
import { ROOT } from '../helpers/cli.js';

const today = parseDate('2026-11-29')!;
const config = defaultConfig();
const lint = (text: string, fast: boolean) => lintBytes(Buffer.from(text), { config, today, fast }).findings;

const PLANS = ['examples/webshop.yaml', 'examples/saas.yaml'].map((file) => readFileSync(join(ROOT, file), 'utf8'));

// values that the two YAML readers could resolve differently, or that rules care about
const SCALARS = ['', '# note', '{a, b: 1}', '{ a: 1 , "b" : [x] }', '[a, [b, {c: d}]]', "'it''s'", '"a: b"', 'x # y', '1', '0', '-1', '+1', '0o17', '0x1F', '0b11', '1_000', '1e3', '.5', '5.', '.inf', '-.Inf', '.nan', 'null', '~', 'Null', 'NULL', 'true', 'True', 'TRUE', 'yes', 'No', 'on', '2026-02-30', '2026-11-01', '"2026-11-01"', "'x'", '""', '6 months', 'P6M', 'anna', 'nobody', '"+46 70 1"', 'a@b.se', 'https://x.se', '[]', '{}', '[a, b]', '|\n  text', '>-\n  folded'];

describe('the fast reader reads a file as the positional reader does: same findings at the same line and column', () => {
  it('on the examples, exactly', () => {
    for (const text of PLANS) expect(lint(text, true)).toEqual(lint(text, false));
  });

  it('on random edits of the examples', () => {
    const edit = fc.record({
      plan: fc.constantFrom(...PLANS),
      line: fc.nat(),
      value: fc.constantFrom(...SCALARS),
      kind: fc.constantFrom('replace-value', 'delete-line', 'duplicate-line', 'value-on-next-line'),
    });
    fc.assert(
      fc.property(edit, ({ plan, line, value, kind }) => {
        const lines = plan.split('\n');
        const index = line % lines.length;
        if (kind === 'delete-line') lines.splice(index, 1);
        else if (kind === 'duplicate-line') lines.splice(index, 0, lines[index]!);
        else if (kind === 'value-on-next-line') lines[index] = lines[index]!.replace(/^(\s*)((?:- )?[\w-]+:) (.*)$/, '$1$2\n$1    $3');
        else lines[index] = lines[index]!.replace(/^(\s*(?:- )?[\w-]+:) .*$/, `$1 ${value}`);
        const text = lines.join('\n');
        expect(lint(text, true)).toEqual(lint(text, false));
      }),
      { numRuns: 300, seed: 20261129 },
    );
    // 300 plans linted twice each: on a loaded machine that takes longer than the default 30 s
  }, 300_000);
});
