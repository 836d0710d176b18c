import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { readPlain } from '../../src/load/fast.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { NodeOffsets } from '../../src/load/offsets.js';
import { generatePlans } from '../../scripts/generate-plans.mjs';
import { CASES } from '../../scripts/hostile-corpus.mjs';
import { ROOT, tempDir } from '../helpers/cli.js';
import { sameAsPositional } from '../helpers/positional.js';
import { applyEdits } from '../helpers/yaml-documents.js';

/**
 * The scanner (src/load/scan.ts) reads the commonest YAML itself and leaves the rest to the js-yaml reader:
 * every file it reads must come out exactly as that reader makes it, data and every line and column.
 */

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const FILES = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'tests', 'fixtures'))];

describe('the scanner reads a file as the positional parser does', () => {
  it('on every plan and fixture of the project, and reads most of them itself', () => {
    let read = 0;
    for (const file of FILES) if (sameAsPositional(readFileSync(file, 'utf8'))) read++;
    expect(read).toBeGreaterThan(FILES.length / 2);
  });

  it('on the hostile corpus', () => {
    for (const { content } of CASES) {
      const bytes = content();
      const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
      if (text.length <= DEFAULT_LIMITS.fileSize) sameAsPositional(text);
    }
  });

  it('on the generated corpora', () => {
    const dir = tempDir();
    for (const kind of ['clean', 'warning', 'errors', 'sizes'] as const) generatePlans(join(dir, kind), 20, 7, kind);
    const files = yamlFiles(dir);
    expect(files.filter((file) => sameAsPositional(readFileSync(file, 'utf8'))).length).toBe(files.length);
  });
});

const PLANS = ['examples/webshop.yaml', 'examples/saas.yaml', 'tests/fixtures/real/kommun-e-tjanster.yaml'].map((file) => readFileSync(join(ROOT, file), 'utf8'));
// what turns one YAML construct into another: indicators, quotes, comments, breaks, indentation, document markers
const PIECES = [' ', '  ', '\n', '\n\n', '\n  ', '\n    ', '#', ' #', ':', ': ', '-', '- ', '? ', ',', '[', ']', '{', '}', '"', "'", "''", '\\', '\\n', '\\u00e9', '\\x41', '|', '|-', '|+', '|2', '>', '>-', '&a ', '*a', '!x ', '%', '@', '`', '~', '...', '---', 'null', 'true', '0x1F', '1e3', '.5', '-1', 'é', '😀', 'a: b', '- x', '[a, b]', '{a: b}', '"q"', "'q'"];

describe('the scanner, on hostile edits of realistic plans', () => {
  // each run reads the plan three times, once with the slow positional parser; SCANNER_RUNS=5000 for a long search
  const RUNS = Number(process.env.SCANNER_RUNS ?? 400);
  let read = 0;
  beforeEach(() => {
    read = 0;
  });

  it('reads what it reads exactly as the positional parser does', () => {
    const edit = fc.record({
      plan: fc.constantFrom(...PLANS),
      edits: fc.array(fc.record({ at: fc.nat(), piece: fc.constantFrom(...PIECES), remove: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(edit, ({ plan, edits }) => {
        if (sameAsPositional(applyEdits(plan, edits))) read++;
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    // the edits must leave it enough to read for the comparison to mean something
    expect(read).toBeGreaterThan(RUNS / 4);
  }, 180_000);

  it('reads what it reads exactly as the positional parser does, edits at line starts and ends', () => {
    const edit = fc.record({
      plan: fc.constantFrom(...PLANS),
      edits: fc.array(fc.record({ line: fc.nat(), piece: fc.constantFrom(...PIECES), end: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(edit, ({ plan, edits }) => {
        const lines = plan.split('\n');
        for (const { line, piece, end } of edits) {
          const index = line % lines.length;
          const current = lines[index]!;
          const indent = current.length - current.trimStart().length;
          lines[index] = end ? current + piece : current.slice(0, indent) + piece + current.slice(indent);
        }
        if (sameAsPositional(lines.join('\n'))) read++;
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
    expect(read).toBeGreaterThan(RUNS / 4);
  }, 180_000);
});

// each construct the scanner reads itself, in a place a plan has it
const CONSTRUCTS: Record<string, string> = {
  'multi-line plain': 'a: one\n  two\n   three\nb: x',
  'multi-line plain with empty lines': 'a: one\n\n  two\n\n\n  three\nb: x',
  'multi-line plain in an item': 'a:\n  - one\n    two\n  - three\n',
  'multi-line plain then a comment': 'a: one\n  two # c\nb: x\n',
  'literal': 'a: |\n  one\n   two\n\n  three\nb: x\n',
  'literal, trailing empty lines': 'a: |\n  one\n\n\nb: x\n',
  'literal, stripped': 'a: |-\n  one\n  two\n\nb: x\n',
  'literal with a comment after the header': 'a: | # c\n  # not a comment\n  x\n',
  'folded': 'a: >\n  one\n  two\n\n  three\n\n\n  four\nb: x\n',
  'folded, stripped, in an item': 'a:\n  - >-\n    one\n    two\n  - x\n',
  'block scalar deeper than its key': 'a:\n  b: |\n        deep\n        deeper\n  c: x\n',
  'quoted': `a: "x \\"y\\" \\\\ \\n \\t \\u00e9 \\/"\nb: 'it''s'\nc: ""\nd: ''\n`,
  'quoted with a comment': 'a: "x" # c\nb: \'y\'   # c\n',
  'flow': 'a: [x, "y", \'z\', 1, true, null]\nb: { id: x, n: [1, 2], m: {}, e: [] }\nc: [ ]\n',
  'flow in items': 'a:\n  - { id: x, role: [a, b] }\n  - [1, [2, 3]]\n',
  'compact mappings': 'a:\n- b: 1\n  c: 2\n-   d: 3\n    e:\n      - f\nz: 1\n',
  'nulls': 'a:\nb: # c\nc: ~\nd: null\ne:\n  f:\n  g:   \n',
  'empty item': 'a:\n  -\n  - x\n  -   # c\n',
  'nested item on the next line': 'a:\n  -\n    b: 1\n    c: 2\n',
  'scalars': 'a: 1\nb: -2.5\nc: 0x1F\nd: 0o17\ne: .inf\nf: -.Inf\ng: .nan\nh: True\ni: FALSE\nj: 1e3\nk: 0b11\nl: 1_000\nm: 2026-11-30\nn: yes\no: +1\nq: -x\nr: :x\ns: ?x\n',
  'keys': 'a b: 1\nc : 3\nd.e/f~g: 4\n',
  'text with indicators inside': 'a: R&D, 5 * 3! [x] {y} #1 a#b "q" \'s\'\nb: http://x.se/a?b=c#d\n',
  'comments everywhere': '# top\na: # c\n  # c\n  b: 1 # c\n  # c\n\n  c: 2\n# c\n',
  'no final line break': 'a: 1\nb: x',
  'control and other characters': 'a: x\u0001\u007f\u0085\u2028\u00a0\ufeffy\nb: "\u0001"\nc: |\n  \u001b\n',
  'deep': 'a:\n  b:\n    c:\n      - d:\n          e: [f]\n',
};

// found in review: each was read by the scanner (the BOM ones by js-yaml too), and not as the positional parser reads it
const POSITIONAL_ONLY: Record<string, string> = {
  'a document end marker as a later key': 'a: 1\n... : 2\n',
  'a document end marker, then text': 'a: 1\n... b: 2\n',
  'a document end marker after a sequence': 'a:\n- x\n... : 2\n',
  'a document end marker, no final line break': 'a: 1\n...  : 2',
  'a byte order mark after a blank line': '\n\ufeffa: 1\n',
  'a byte order mark after a comment line': '# c\n\ufeffa: 1\n',
  'a byte order mark, then a comment': '\n\ufeff# c: d\na: 1\n',
  'a byte order mark, then an empty key': '# c\n\ufeff: 1\n',
};

describe('what only the positional parser reads right', () => {
  for (const [what, text] of Object.entries(POSITIONAL_ONLY)) {
    it(what, () => {
      expect(readPlain(text, DEFAULT_LIMITS)).toBeUndefined();
    });
  }
  it('a document marker that is text, and a byte order mark inside a value, are read by the scanner', () => {
    for (const text of ['a: 1\n...: 2\n', 'a: 1\n....: 2\n', 'a: |\n  ...\n  ---\n', 'a: x\ufeffy\nb: 2\n']) expect(sameAsPositional(text), text).toBe(true);
  });
});

describe('the scanner, construct by construct', () => {
  it('leaves CRLF line ends to js-yaml', () => {
    const text = 'krisplan: 1\r\na: x\r\nb: [1, 2]\r\n';
    const read = readPlain(text, DEFAULT_LIMITS);
    expect(read?.source).not.toBeInstanceOf(NodeOffsets);
    expect(read?.data).toEqual({ krisplan: 1, a: 'x', b: [1, 2] });
  });

  for (const [what, text] of Object.entries(CONSTRUCTS)) {
    it(what, () => {
      const plan = `krisplan: 1\n${text}${text.endsWith('\n') ? '' : '\n'}tail: 1\n`;
      const last = `krisplan: 1\n${text}`;
      for (const document of [plan, last]) {
        if (!sameAsPositional(document)) expect.fail(`the scanner left this to js-yaml:\n${document}`);
      }
    });
  }
});
