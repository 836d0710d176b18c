import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { loadPlan } from '../../src/engine/validate.js';
import { BASE, TODAY, testRule } from '../helpers/rules.js';

describe('parse', () => {
  testRule('parse', [
    { name: 'a plan parses', yaml: BASE, expect: [] },
    {
      name: 'a string with no closing quote, where it opens (not on a line after the last)',
      yaml: 'krisplan: 1\nplan:\n  title: "unclosed\n',
      expect: [{ line: 3, column: 10, path: '', message: /invalid YAML: missing closing "quote/ }],
    },
    {
      name: 'an unclosed string that runs on over the next lines, where it opens',
      yaml: "krisplan: 1\nplan:\n  title: 'Krisplan\n  owner: anna\n",
      expect: [{ line: 3, column: 10, path: '', message: /invalid YAML: missing closing 'quote/ }],
    },
    {
      name: 'an error at the very end, on the last line',
      yaml: 'krisplan: 1\nplan: [a, b\n',
      expect: [{ line: 2, column: 12, path: '', message: /bad indentation/ }],
    },
    {
      name: 'an error at the very end of a CRLF file, on the last line before its line break',
      yaml: 'krisplan: 1\r\nplan: [a, b\r\n',
      expect: [{ line: 2, column: 12, path: '', message: /bad indentation/ }],
    },
    {
      name: 'a duplicate key at the second key',
      yaml: BASE.replace('  reviewed: 2026-11-01', '  reviewed: 2026-11-01\n  title: Again'),
      expect: [{ line: 7, column: 3, path: '', message: /duplicate key "title" in this mapping/ }],
    },
    {
      name: 'a YAML file that is not a plan',
      yaml: 'services:\n  web:\n    image: nginx\n',
      expect: [{ line: 1, column: 1, path: '', message: /not a krisplan plan: the top level has no `krisplan:` key/ }],
    },
    {
      name: 'a newer format version',
      yaml: BASE.replace('krisplan: 1', 'krisplan: 2'),
      expect: [{ line: 1, column: 11, path: '/krisplan', message: /plan format version 2 needs a newer krisplan/ }],
    },
    { name: 'an empty file', yaml: '', expect: [{ line: 1, column: 1, path: '', message: /file is empty/ }] },
    { name: 'a top-level list', yaml: '- krisplan: 1\n', expect: [{ line: 1, column: 1, path: '', message: /the top level is a list/ }] },
    {
      name: 'tabs as indentation',
      yaml: 'krisplan: 1\nplan:\n\ttitle: x\n',
      expect: [{ line: 3, column: 1, path: '', message: /tabs are not allowed as indentation/ }],
    },
    {
      name: 'two documents in one file',
      yaml: `${BASE}---\nkrisplan: 1\n`,
      expect: [{ line: 16, column: 1, path: '', message: /a plan file holds one YAML document/ }],
    },
    {
      name: 'custom tags',
      yaml: BASE.replace('title: Test plan', 'title: !!js/function "function () {}"'),
      expect: [{ line: 3, column: 10, path: '', message: /unsupported YAML tag !!js\/function/ }],
    },
    {
      name: 'binary data',
      yaml: BASE.replace('title: Test plan', 'title: !!binary aGVsbG8='),
      expect: [{ line: 3, column: 10, path: '', message: /unsupported YAML tag !!binary/ }],
    },
    {
      name: 'an alias bomb stops at the alias limit',
      yaml: `krisplan: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      expect: [{ line: 3, column: 12, path: '', message: /more than 100 alias expansions/ }],
    },
    {
      name: 'deep nesting stops at the depth limit',
      yaml: `krisplan: 1\nx-deep: ${'['.repeat(100)}${']'.repeat(100)}\n`,
      expect: [{ line: 2, column: 72, path: '', message: /nesting deeper than 64 levels/ }],
    },
  ]);

  const lintBytes = (bytes: Uint8Array) => loadPlan(bytes, { config: defaultConfig(), today: TODAY }).findings;

  it('a UTF-8 byte order mark is accepted and positions stay right', () => {
    const findings = lintBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BASE.replace('owner: anna', 'owner: nobody'))]));
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['unknown-reference', 5, 10]]);
  });

  it('CRLF line endings are accepted and positions stay right', () => {
    const findings = lintBytes(Buffer.from(BASE.replace('owner: anna', 'owner: nobody').replace(/\n/g, '\r\n')));
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['unknown-reference', 5, 10]]);
  });

  it('non-UTF-8 bytes are reported at the first bad byte', () => {
    const findings = lintBytes(Buffer.concat([Buffer.from('krisplan: 1\nplan:\n  title: Kris'), Buffer.from([0xe5]), Buffer.from('tg\n')]));
    expect(findings).toEqual([{ rule: 'parse', severity: 'error', message: 'file is not valid UTF-8 (byte 0xe5); save it as UTF-8', line: 3, column: 14, path: '' }]);
  });

  it('binary files are refused', () => {
    const findings = lintBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['parse', 'file is binary (it contains NUL bytes), not a YAML plan']]);
  });

  it('files over the size limit are refused with the limit and how to raise it', () => {
    const config = defaultConfig();
    config.limits.fileSize = 1024;
    const findings = loadPlan(`${BASE}x-pad: "${'a'.repeat(2000)}"\n`, { config, today: TODAY }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['parse', 1, 1]]);
    expect(findings[0]!.message).toMatch(/file is 2\.\d KB, over the 1 KB limit; .*--max-file-size or limits\.file_size/);
  });

  it('__proto__ keys never reach the prototype', () => {
    loadPlan(`${BASE}__proto__:\n  polluted: yes\nx-a:\n  __proto__: { polluted: yes }\n  constructor: { prototype: { polluted: yes } }\n`, { config: defaultConfig(), today: TODAY });
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
