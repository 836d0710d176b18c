import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendItems } from '../../src/edit/append.js';
import { ROOT } from '../helpers/cli.js';

const evaluation = {
  date: '2026-12-01',
  type: 'exercise',
  title: 'Skrivbordsövning: dataintrång',
  playbooks: ['data-breach'],
  went_well: ['Snabb eskalering'],
  improve: ['Rad ett\nrad två'],
  actions: [{ action: 'Uppdatera kontaktlistan', owner: 'anna', due: '2027-01-15', done: false }],
};

/** The old text is what remains when the inserted text is taken out again: nothing was lost or moved. */
function expectOnlyInserted(before: string, result: ReturnType<typeof appendItems>) {
  expect(result.text.slice(0, result.offset) + result.text.slice(result.offset + result.inserted.length)).toBe(before);
  expect(result.text.length).toBe(before.length + result.inserted.length);
}

const read = (text: string) => parse(text.replace(/^\uFEFF/, ''), { schema: 'core' }) as Record<string, unknown>;

describe('appendItems', () => {
  it('adds after the last block item, in its indentation, keeping comments and the blank lines between items', () => {
    const before = [
      'krisplan: 1',
      '',
      '# Utvärderingar',
      'evaluations:',
      '  - date: 2026-09-15 # efter övningen',
      '    type: exercise',
      '',
      '  - date: 2026-10-12',
      '    type: incident',
      '',
      '# Slut på planen',
      'other: 1',
      '',
    ].join('\n');
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01', type: 'exercise', went_well: ['a'] }]);
    expect(result.text).toBe(
      [
        'krisplan: 1',
        '',
        '# Utvärderingar',
        'evaluations:',
        '  - date: 2026-09-15 # efter övningen',
        '    type: exercise',
        '',
        '  - date: 2026-10-12',
        '    type: incident',
        '',
        '  - date: 2026-12-01',
        '    type: exercise',
        '    went_well:',
        '      - a',
        '',
        '# Slut på planen',
        'other: 1',
        '',
      ].join('\n'),
    );
    expectOnlyInserted(before, result);
  });

  it('adds the key at the end when it is absent, after a trailing comment, with the sections’ blank line', () => {
    const before = 'krisplan: 1\n\nplan:\n  title: T\n\ncontacts:\n  - id: a\n# the end';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01', type: 'exercise' }]);
    expect(result.text).toBe('krisplan: 1\n\nplan:\n  title: T\n\ncontacts:\n  - id: a\n# the end\n\nevaluations:\n  - date: 2026-12-01\n    type: exercise\n');
    expectOnlyInserted(before, result);
  });

  it('follows a file whose lists are not indented under their key', () => {
    const before = 'krisplan: 1\ncontacts:\n- id: a\nevaluations:\n- date: 2026-01-01\n  went_well:\n  - x\n';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01', went_well: ['y'] }]);
    expect(result.text).toBe(`${before}- date: 2026-12-01\n  went_well:\n  - y\n`);
  });

  it('writes into an empty or filled flow list without touching its brackets or comment', () => {
    const empty = 'krisplan: 1\nevaluations: []   # none yet\nplaybooks: []\n';
    const one = appendItems(empty, 'evaluations', [{ date: '2026-12-01', playbooks: ['x'] }]);
    expect(one.text).toBe('krisplan: 1\nevaluations: [ { date: 2026-12-01, playbooks: [ x ] } ]   # none yet\nplaybooks: []\n');
    expectOnlyInserted(empty, one);
    const filled = 'krisplan: 1\nevaluations: [\n  { date: 2026-01-01 },   # first\n]\n';
    const two = appendItems(filled, 'evaluations', [{ date: '2026-12-01' }]);
    expect(two.text).toBe('krisplan: 1\nevaluations: [\n  { date: 2026-01-01 }, { date: 2026-12-01 },   # first\n]\n');
    expectOnlyInserted(filled, two);
  });

  it('fills a key with no value, keeping the comment on its line', () => {
    const before = 'krisplan: 1\nevaluations:   # later\nother: 1\n';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01' }]);
    expect(result.text).toBe('krisplan: 1\nevaluations:   # later\n  - date: 2026-12-01\nother: 1\n');
  });

  it('keeps CRLF line ends and a byte order mark', () => {
    const before = '\uFEFFkrisplan: 1\r\nevaluations:\r\n  - date: 2026-01-01\r\n';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01', improve: ['a'] }]);
    expect(result.text).toBe('\uFEFFkrisplan: 1\r\nevaluations:\r\n  - date: 2026-01-01\r\n  - date: 2026-12-01\r\n    improve:\r\n      - a\r\n');
  });

  it('keeps a block scalar that keeps its trailing blank lines (|+) as it was', () => {
    const before = 'evaluations:\n  - date: 2026-01-01\n    title: |+\n      keep\n\n\nother: 1\n';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01' }]);
    expect(read(result.text).evaluations).toEqual([{ date: '2026-01-01', title: 'keep\n\n\n' }, { date: '2026-12-01' }]);
    expectOnlyInserted(before, result);
  });

  it('refuses a list that is a scalar, and a file that is not YAML, saying why', () => {
    expect(() => appendItems('evaluations: none\n', 'evaluations', [{}], 'the evaluation')).toThrow(/evaluations in this file is not a list/);
    expect(() => appendItems('evaluations: ~\n', 'evaluations', [{}])).toThrow(/not a list/);
    expect(() => appendItems('a: [\n', 'evaluations', [{}])).toThrow(/not valid YAML/);
  });

  it('escapes text that YAML would read otherwise', () => {
    const tricky = ['- not a list', 'key: value', '#no comment', "'quoted'", 'yes', '123', '2026-12-01', '', ' lead', 'tail ', '@at', '*alias', '&anchor', '!tag', '%', '|', '>', '\u0007bell', 'a\u2028b', '"'];
    const before = 'krisplan: 1\nevaluations:\n  - date: 2026-01-01\n';
    const result = appendItems(before, 'evaluations', [{ date: '2026-12-01', improve: tricky }]);
    expect((read(result.text).evaluations as unknown[])[1]).toEqual({ date: '2026-12-01', improve: tricky });
  });

  it('appends to the Swedish example with every byte of it kept', () => {
    const before = readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8');
    const result = appendItems(before, 'evaluations', [evaluation]);
    expectOnlyInserted(before, result);
    expect(result.inserted.startsWith('\n  - date: 2026-12-01\n    type: exercise\n')).toBe(true);
    const evaluations = read(result.text).evaluations as unknown[];
    expect(evaluations).toHaveLength(3);
    expect(evaluations[2]).toEqual(evaluation);
  });

  it('property: any layout of existing items keeps every byte and reads back as the old data plus the new item', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2026-01-01', 'yes', '- x', 'a: b', '# c', ''), fc.integer(), fc.boolean());
    const item = fc.dictionary(fc.constantFrom('date', 'type', 'title', 'notes'), scalar, { minKeys: 1, maxKeys: 3 });
    const layout = fc.record({
      style: fc.constantFrom('block', 'flow', 'absent', 'null', 'empty-flow'),
      dash: fc.constantFrom(0, 2, 4),
      spaced: fc.boolean(),
      comments: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n'),
      finalNewline: fc.boolean(),
      after: fc.boolean(),
      existing: fc.array(item, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(layout, fc.array(item, { minLength: 1, maxLength: 2 }), (l, added) => {
        const lines = ['krisplan: 1', ...(l.comments ? ['# head'] : [])];
        const inner = ' '.repeat(l.dash + 2);
        if (l.style === 'block') {
          lines.push('evaluations:' + (l.comments ? '  # list' : ''));
          l.existing.forEach((existing, i) => {
            if (l.spaced && i > 0) lines.push('');
            Object.entries(existing).forEach(([key, value], j) => lines.push(`${j === 0 ? `${' '.repeat(l.dash)}- ` : inner}${key}: ${JSON.stringify(value)}`));
            if (l.comments) lines.push(`${inner}# after item ${i}`);
          });
        } else if (l.style === 'flow') lines.push(`evaluations: [${l.existing.map((existing) => JSON.stringify(existing)).join(', ')}]${l.comments ? ' # flow' : ''}`);
        else if (l.style === 'null') lines.push('evaluations:' + (l.comments ? ' # empty' : ''));
        else if (l.style === 'empty-flow') lines.push('evaluations: []');
        if (l.after) lines.push(...(l.spaced ? [''] : []), ...(l.comments ? ['# next'] : []), 'other: 1');
        const before = lines.join(l.eol) + (l.finalNewline ? l.eol : '');
        const result = appendItems(before, 'evaluations', added);
        expectOnlyInserted(before, result);
        const old = read(before);
        const data = read(result.text);
        const oldList = Array.isArray(old.evaluations) ? old.evaluations : [];
        expect(data).toEqual({ ...old, evaluations: [...oldList, ...added] });
        if (!before.includes('\r\n')) expect(result.inserted.includes('\r')).toBe(false);
        else expect(result.inserted.replace(/\r\n/g, '').includes('\n')).toBe(false);
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});
