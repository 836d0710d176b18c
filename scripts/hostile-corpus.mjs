// The hostile corpus: broken, odd and malicious plan files, generated on demand so that no large file is
// committed. Each case says what krisplan must make of it; tests/hardening runs every case through the
// built CLI and docs/hardening.md lists the outcomes.
//
//   node scripts/hostile-corpus.mjs DIR     writes every case into DIR and prints one line per file

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { positionals } from './args.mjs';

const MB = 1024 * 1024;

/** A small plan that validates clean on 2026-11-29; cases break or extend it. */
export const VALID = `krisplan: 1
plan:
  title: Hostile corpus plan
  organization: Example AB
  owner: anna
  reviewed: 2026-09-01
contacts:
  - id: anna
    name: Anna Andersson
    email: anna@example.com
    verified: 2026-09-01
  - id: erik
    name: Erik Eriksson
    phone: "+46 70 123 45 67"
    verified: 2026-09-01
risks:
  - id: outage
    title: Server outage
    severity: 2
    likelihood: 2
    owner: erik
playbooks:
  - id: outage
    title: Server outage
    owner: erik
    steps:
      - action: Check the monitoring
        owner: erik
        within: 15 minutes
`;

/** What a user must never see on stderr: a crash caught at the top (`internal error`), a stack frame, a Node internal, an uncaught error's name. */
export const CRASH = /internal error|^\s+at |node:internal|\b(?:Type|Range|Reference|Syntax)Error\b|FATAL ERROR/m;

const replace = (from, to) => {
  if (!VALID.includes(from)) throw new Error(`the valid plan has no ${JSON.stringify(from)}`);
  return VALID.replace(from, to);
};

/** Deterministic bytes (xorshift32), so a failing case can be reproduced. */
function randomBytes(length, seed) {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function billionLaughs() {
  const lines = ['krisplan: 1', 'x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`x-lol${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function utf16(text, endian) {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  return le.swap16();
}

function manyOf(count, make) {
  let text = '';
  for (let i = 0; i < count; i++) text += make(i);
  return text;
}

/**
 * Every case: `name` (also the file name), `what` it is, `content` to write, and what `validate` must give:
 * `exit`, and findings that must be among the reported ones (`rule`, optional `line`, `column`, `message`).
 * `risks` and `render` must agree: exit 1 and no handbook when validate reports errors, else exit 0.
 */
export const CASES = [
  {
    name: 'alias-bomb',
    what: 'billion laughs: ten levels of nine aliases each (10⁹ values if expanded)',
    content: billionLaughs,
    expect: { exit: 1, findings: [{ rule: 'parse', message: /more than 100 alias expansions.*limits\.aliases/ }] },
  },
  {
    name: 'alias-wide',
    what: 'one anchored list of 40,000 items aliased 99 times (4 million values if expanded)',
    content: () => `krisplan: 1\nx-a: &a [${Array(40_000).fill('1').join(', ')}]\nx-b: [${Array(99).fill('*a').join(', ')}]\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 3, column: 11, message: /more than 100,000 values.*limits\.values/ }] },
  },
  {
    name: 'alias-self',
    what: 'an alias inside its own anchor: `x-a: &a [*a]`',
    content: () => `${VALID}x-a: &a [*a]\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30 }] },
  },
  {
    name: 'alias-unknown',
    what: 'an alias to an anchor that does not exist',
    content: () => replace('owner: anna', 'owner: *nobody'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 5, column: 10 }] },
  },
  {
    name: 'merge-key',
    what: 'a YAML 1.1 merge key `<<: *base` (not merged: plans are plain YAML 1.2)',
    content: () => replace('  - id: erik\n', '  - x-base: &base {role: Backup}\n    id: kim\n    name: Kim\n    email: kim@example.com\n    verified: 2026-09-01\n  - <<: *base\n    id: erik\n'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 17, column: 5, message: /<</ }] },
  },
  {
    name: 'deep-flow-seq',
    what: '5,000 nested flow lists `[[[…]]]`',
    content: () => `krisplan: 1\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 2, column: 72, message: /nesting deeper than 64 levels.*limits\.depth/ }] },
  },
  {
    name: 'deep-flow-map',
    what: '5,000 nested flow mappings `{a: {a: …}}`',
    content: () => `krisplan: 1\nx-deep: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 2, column: 261, message: /nesting deeper than 64 levels/ }] },
  },
  {
    name: 'deep-block-seq',
    what: '5,000 nested block lists on one line `- - - … x`',
    content: () => `krisplan: 1\nx-deep:\n  ${'- '.repeat(5000)}x\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 3, column: 129, message: /nesting deeper than 64 levels/ }] },
  },
  {
    name: 'deep-block-map',
    what: '5,000 nested block mappings, one more space of indentation each (12.5 MB, so within a raised size limit)',
    config: 'limits: { file_size: 20 MB }\n',
    content: () => `krisplan: 1\nx-deep:\n${manyOf(5000, (i) => `${' '.repeat(i + 1)}a:\n`)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 66, column: 65, message: /nesting deeper than 64 levels/ }] },
  },
  {
    name: 'size-40mb',
    what: 'a 40 MB file (one long comment line after a valid plan)',
    content: () => Buffer.concat([Buffer.from(`${VALID}# `), Buffer.alloc(40 * MB, 'x'), Buffer.from('\n')]),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /over the 10 MB limit.*--max-file-size.*limits\.file_size/ }] },
  },
  {
    name: 'size-at-limit',
    what: 'a file of exactly 10 MB (the limit itself is allowed)',
    content: () => {
      const head = Buffer.from(`${VALID}# `);
      return Buffer.concat([head, Buffer.alloc(10 * MB - head.length - 1, 'x'), Buffer.from('\n')]);
    },
    expect: { exit: 0 },
  },
  {
    name: 'dense-flow',
    what: 'a 9.8 MB flow list of 4.9 million one-digit items',
    content: () => `krisplan: 1\nx-a: [${'1,'.repeat(4_900_000)}1]\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 2, message: /more than 100,000 values.*limits\.values/ }] },
  },
  {
    name: 'dense-block',
    what: 'a 9 MB block list of 1.5 million items',
    content: () => `krisplan: 1\nx-a:\n${'  - 1\n'.repeat(1_500_000)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', message: /more than 100,000 values/ }] },
  },
  {
    name: 'wide-map',
    what: 'one mapping of 200,000 keys',
    content: () => `krisplan: 1\nx-a:\n${manyOf(200_000, (i) => `  k${i}: ${i}\n`)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', message: /more than 100,000 values/ }] },
  },
  {
    name: 'blank-lines',
    what: 'a valid plan followed by 10 million blank lines (10 MB)',
    content: () => `${VALID}${'\n'.repeat(10 * MB - VALID.length)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', message: /more than 500,000 lines, comments, keys and values in all; .*limits\.values/ }] },
  },
  {
    name: 'comment-flood',
    what: 'a valid plan followed by 5 million comment lines',
    content: () => `${VALID}${'#\n'.repeat(5_000_000)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', message: /more than 500,000 lines, comments, keys and values/ }] },
  },
  {
    name: 'document-flood',
    what: 'a valid plan followed by 2.5 million `---` document markers',
    content: () => `${VALID}${'---\n'.repeat(2_500_000)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 1, message: /one YAML document/ }] },
  },
  {
    name: 'tag-flood',
    what: '50,000 unknown tags in one list',
    content: () => `${VALID}x-a: [${Array(50_000).fill('!x 1').join(', ')}]\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 7, message: /unsupported YAML tag !x/ }] },
  },
  {
    name: 'syntax-error-flood',
    what: 'a valid plan followed by 5 MB of `]`: a syntax error per character',
    content: () => `${VALID}${']'.repeat(5 * MB)}\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 1001, message: /more than 1,000 YAML errors, the rest not shown/ }] },
  },
  {
    name: 'binary-random',
    what: '64 KB of random bytes',
    content: () => randomBytes(64 * 1024, 20261129),
    expect: { exit: 1, findings: [{ rule: 'parse', message: /binary|not valid UTF-8/ }] },
  },
  {
    name: 'binary-nul',
    what: 'a valid plan with one NUL byte in a title',
    content: () => Buffer.from(replace('title: Server outage', 'title: Server\0outage')),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 18, column: 18, message: /binary \(it contains NUL bytes\)/ }] },
  },
  {
    name: 'latin-1',
    what: 'a plan saved as Latin-1 (ISO 8859-1): "för" in a title',
    content: () => Buffer.from(replace('title: Server outage', 'title: Serverfel för butiken'), 'latin1'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 18, column: 23, message: /not valid UTF-8 \(byte 0xf6\)/ }] },
  },
  {
    name: 'windows-1252',
    what: 'Windows-1252 curly quotes (0x93, 0x94) in a value',
    content: () => Buffer.concat([Buffer.from(VALID), Buffer.from('x-note: '), Buffer.from([0x93, 0x68, 0x69, 0x94]), Buffer.from('\n')]),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 9, message: /not valid UTF-8 \(byte 0x93\)/ }] },
  },
  {
    name: 'utf8-overlong',
    what: 'an overlong UTF-8 encoding of "/" (0xC0 0xAF) and an encoded surrogate (0xED 0xA0 0x80)',
    content: () => Buffer.concat([Buffer.from(VALID), Buffer.from('x-a: '), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('\n')]),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 6, message: /not valid UTF-8 \(byte 0xc0\)/ }] },
  },
  {
    name: 'utf16-le',
    what: 'the valid plan saved as UTF-16 little-endian with a BOM',
    content: () => utf16(VALID, 'le'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /UTF-16.*save it as UTF-8/ }] },
  },
  {
    name: 'utf16-be',
    what: 'the valid plan saved as UTF-16 big-endian with a BOM',
    content: () => utf16(VALID, 'be'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /UTF-16.*save it as UTF-8/ }] },
  },
  {
    name: 'utf8-bom',
    what: 'a UTF-8 byte order mark, with an unknown key on line 3 (accepted; positions as the editor shows them)',
    content: () => `\uFEFF${replace('  organization:', '  organisation:')}`,
    expect: { exit: 1, findings: [{ rule: 'schema', line: 4, column: 3, message: /organisation/ }] },
  },
  {
    name: 'crlf',
    what: 'Windows line endings (CRLF), with a wrong severity on line 19 (accepted; positions still right)',
    content: () => replace('severity: 2', 'severity: 7').replace(/\n/g, '\r\n'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 19, column: 15 }] },
  },
  {
    name: 'crlf-clean',
    what: 'the valid plan with CRLF line endings',
    content: () => VALID.replace(/\n/g, '\r\n'),
    expect: { exit: 0 },
  },
  {
    name: 'cr-only',
    what: 'old Mac line endings (CR only), with a wrong severity on line 19 (accepted; lines counted as editors do)',
    content: () => replace('severity: 2', 'severity: 7').replace(/\n/g, '\r'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 19, column: 15 }] },
  },
  {
    name: 'empty',
    what: 'an empty file',
    content: () => '',
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /file is empty/ }] },
  },
  {
    name: 'comments-only',
    what: 'only comments and blank lines',
    content: () => '# krisplan: 1\n\n# nothing here\n',
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /file is empty/ }] },
  },
  {
    name: 'version-alone',
    what: '`krisplan: 1` and nothing else',
    content: () => 'krisplan: 1\n',
    expect: { exit: 1, findings: [{ rule: 'schema', line: 1, column: 1, message: /plan/ }] },
  },
  {
    name: 'top-level-list',
    what: 'a top-level list',
    content: () => '- krisplan: 1\n- plan: {}\n',
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /top level is a list/ }] },
  },
  {
    name: 'top-level-scalar',
    what: 'a top-level scalar',
    content: () => 'krisplan 1\n',
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 1, message: /top level is a single value/ }] },
  },
  {
    name: 'multiple-documents',
    what: 'two YAML documents in one file',
    content: () => `${VALID}---\n${VALID}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 1, message: /one YAML document/ }] },
  },
  {
    name: 'yaml-1.1-directive',
    what: 'a `%YAML 1.1` directive, under which dates would be timestamps and `yes` a boolean (read as YAML 1.2 all the same)',
    content: () => `%YAML 1.1\n---\n${VALID}x-answer: yes\n`,
    expect: { exit: 0 },
  },
  {
    name: 'yaml-2-directive',
    what: 'a `%YAML 2.0` directive',
    content: () => `%YAML 2.0\n---\n${VALID}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 7, message: /unsupported YAML version 2\.0; a plan is plain YAML 1\.2 and needs no directive/ }] },
  },
  {
    name: 'version-99',
    what: 'an unknown format version, `krisplan: 99`',
    content: () => replace('krisplan: 1', 'krisplan: 99'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 1, column: 11, message: /version 99 needs a newer krisplan/ }] },
  },
  {
    name: 'version-text',
    what: 'the version as text, `krisplan: "1"`',
    content: () => replace('krisplan: 1', 'krisplan: "1"'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 1, column: 11 }] },
  },
  {
    name: 'tag-js-function',
    what: 'a `!!js/function` tag (code execution in old YAML loaders)',
    content: () => replace('title: Server outage', "title: !!js/function 'function () { process.exit(3) }'"),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 18, column: 12, message: /unsupported YAML tag !!js\/function/ }] },
  },
  {
    name: 'tag-binary',
    what: 'a `!!binary` value',
    content: () => replace('title: Server outage', 'title: !!binary aGVsbG8='),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 18, column: 12, message: /unsupported YAML tag !!binary/ }] },
  },
  {
    name: 'tag-custom',
    what: 'local and verbatim tags: `!include`, `!<tag:yaml.org,2002:js/regexp>`, `%TAG` shorthand',
    content: () => `%TAG !e! tag:example.com,2000:\n---\n${replace('title: Server outage', 'title: !include /etc/passwd').replace('name: Erik Eriksson', 'name: !e!person Erik').replace('action: Check the monitoring', 'action: !<tag:yaml.org,2002:js/regexp> /x/')}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 15, column: 11, message: /!e!person/ }, { rule: 'parse', line: 20, column: 12, message: /!include/ }, { rule: 'parse', line: 29, column: 17, message: /js\/regexp/ }] },
  },
  {
    name: 'date-invalid',
    what: 'calendar dates that do not exist: 2026-02-30, 2026-13-01, 2026-02-29',
    content: () => replace('reviewed: 2026-09-01', 'reviewed: 2026-02-30').replace('verified: 2026-09-01', 'verified: 2026-13-01').replace('verified: 2026-09-01', 'verified: 2026-02-29'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 6, column: 13 }, { rule: 'schema', line: 11, column: 15 }, { rule: 'schema', line: 15, column: 15 }] },
  },
  {
    name: 'duration-invalid',
    what: 'durations that are not durations: `5 fortnights`, `P`',
    content: () => replace('  reviewed: 2026-09-01\n', '  reviewed: 2026-09-01\n  review_every: 5 fortnights\n').replace('within: 15 minutes', 'within: P'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 7, column: 17 }, { rule: 'schema', line: 30, column: 17 }] },
  },
  {
    name: 'date-extremes',
    what: 'the first and last dates a plan can write (0001-01-01, 9999-12-31) and intervals that run past year 9999 (`100000 years`, 10²³ days)',
    content: () =>
      replace('  reviewed: 2026-09-01\n', '  reviewed: 9999-12-31\n  review_every: 100000 years\n')
        .replace('verified: 2026-09-01', 'verified: 0001-01-01')
        .replace('within: 15 minutes', 'within: 99999999999999999999999 days'),
    expect: { exit: 0, findings: [{ rule: 'stale-review', line: 12, column: 15, message: /last 0001-01-01, due 0001-07-01/ }] },
  },
  {
    name: 'tabs',
    what: 'a tab as indentation',
    content: () => replace('  organization: Example AB', '\torganization: Example AB'),
    expect: { exit: 1, findings: [{ rule: 'parse', line: 4, message: /tab/ }] },
  },
  {
    name: 'tabs-in-values',
    what: 'tabs inside values and after a colon (allowed)',
    content: () => replace('title: Server outage', 'title:\tServer\toutage'),
    expect: { exit: 0 },
  },
  {
    name: 'proto-keys',
    what: '`__proto__`, `constructor` and `prototype` keys at the top, in the plan and in a contact, in block and flow mappings, quoted and plain',
    content: () =>
      replace('krisplan: 1\n', 'krisplan: 1\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n')
        .replace('  owner: anna\n', '  owner: anna\n  "__proto__": {isAdmin: true}\n')
        .replace('    email: anna@example.com\n', '    email: anna@example.com\n    constructor: {prototype: {polluted: yes}}\n    x-ext: {__proto__: {polluted: yes}, prototype: 1}\n'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 2, column: 1, message: /__proto__/ }, { rule: 'schema', line: 3, column: 1, message: /constructor/ }, { rule: 'schema', line: 8, column: 3 }, { rule: 'schema', line: 14, column: 5, message: /constructor/ }] },
  },
  {
    name: 'proto-ids-missing',
    what: 'references to ids named like Object.prototype members (constructor, __proto__) that no contact or playbook has',
    content: () =>
      replace('    likelihood: 2\n    owner: erik\n', '    likelihood: 2\n    owner: constructor\n    playbook: constructor\n')
        .replace('    email: anna@example.com\n', '    email: anna@example.com\n    deputy: __proto__\n')
        .replace('playbooks:\n', 'preparedness:\n  crisis_site:\n    url: https://status.example.com\n    owner: anna\n    tested: 2026-09-01\n    messages:\n      constructor: We are working on it.\n      toString: Hello\nplaybooks:\n'),
    expect: {
      exit: 1,
      findings: [
        { rule: 'schema', line: 11, column: 13, message: /__proto__/ },
        { rule: 'unknown-reference', line: 22, column: 12, message: /"constructor", which is no contact or role id/ },
        { rule: 'unknown-reference', line: 23, column: 15, message: /"constructor", which is no playbook id/ },
        { rule: 'unknown-reference', line: 30, column: 7, message: /crisis-site message "constructor"/ },
        { rule: 'schema', line: 31, column: 7, message: /"toString" in messages of the crisis site must be a playbook id/ },
      ],
    },
  },
  {
    name: 'proto-ids-present',
    what: 'a contact and a playbook whose id is `constructor`, referenced as they should be (clean)',
    content: () =>
      replace('  - id: erik\n', '  - id: constructor\n    name: C\n    email: c@example.com\n    verified: 2026-09-01\n  - id: erik\n')
        .replace('        owner: erik\n', '        owner: constructor\n')
        .replace('  - id: outage\n    title: Server outage\n    owner: erik\n', '  - id: constructor\n    title: Server outage\n    owner: erik\n')
        .replace('    likelihood: 2\n    owner: erik\n', '    likelihood: 2\n    owner: erik\n    playbook: constructor\n'),
    expect: { exit: 0 },
  },
  {
    name: 'long-value',
    what: 'a 5 MB title on one line',
    content: () => replace('title: Server outage', `title: ${'A'.repeat(5 * MB)}`),
    expect: { exit: 0 },
  },
  {
    name: 'long-line-error',
    what: 'a 5 MB flow mapping on one line, then an unknown key on the next',
    content: () => `${VALID}x-a: {${'b: 1, '.repeat(1)}text: ${'a'.repeat(5 * MB)}}\nplan2: 1\n`,
    expect: { exit: 1, findings: [{ rule: 'schema', line: 31, column: 1, message: /plan2/ }] },
  },
  {
    name: 'long-line-column',
    what: 'the plan section as one 5 MB flow mapping with an unknown key at its end (a column past 5 million)',
    content: () =>
      replace('plan:\n  title: Hostile corpus plan\n  organization: Example AB\n  owner: anna\n  reviewed: 2026-09-01\n', `plan: {title: "${'A'.repeat(5 * MB)}", organization: Example AB, owner: anna, reviewed: 2026-09-01, bogus: 1}\n`),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 2, column: 5 * MB + 80, message: /bogus/ }] },
  },
  {
    name: 'long-key',
    what: 'a key of 100,000 characters',
    content: () => `${VALID}${'k'.repeat(100_000)}: 1\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 30, column: 1 }] },
  },
  {
    name: 'many-findings',
    what: '2,000 contacts without phone or e-mail and 2,000 risks owned by people who do not exist (4,000 findings)',
    content: () =>
      `${VALID.replace('risks:\n', `${manyOf(2000, (i) => `  - id: c${i}\n    name: Contact ${i}\n    verified: 2026-09-01\n`)}risks:\n`)}${''}`.replace(
        'playbooks:\n',
        `${manyOf(2000, (i) => `  - id: r${i}\n    title: Risk ${i}\n    severity: 1\n    likelihood: 1\n    owner: nobody${i}\n`)}playbooks:\n`,
      ),
    expect: { exit: 1, findings: [{ rule: 'no-contact-method', line: 16, column: 5 }, { rule: 'unknown-reference', message: /nobody1999/ }] },
  },
  {
    name: 'max-findings',
    what: '20,000 risks that are numbers instead of mappings (40,000 findings; quadratic in the schema validator before)',
    content: () => replace('risks:\n  - id: outage\n    title: Server outage\n    severity: 2\n    likelihood: 2\n    owner: erik\n', `risks: [${Array(20_000).fill('1').join(', ')}]\n`),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 16, column: 9 }] },
  },
  {
    name: 'dangling-references',
    what: '5,000 contacts whose deputies do not exist, all ids of one length (did-you-mean against every id was quadratic)',
    content: () => replace('risks:\n', `${manyOf(5000, (i) => `  - id: c${String(i).padStart(5, '0')}\n    name: C\n    email: c@example.com\n    deputy: d${String(i).padStart(5, '0')}\n`)}risks:\n`),
    expect: { exit: 1, findings: [{ rule: 'unknown-reference', line: 19, column: 13, message: /"d00000"/ }] },
  },
  {
    name: 'duplicate-ids',
    what: '5,000 contacts with the same id',
    content: () => replace('risks:\n', `${manyOf(5000, () => '  - id: same\n    name: C\n    email: c@example.com\n')}risks:\n`),
    expect: { exit: 1, findings: [{ rule: 'duplicate-id', line: 19, column: 9, message: /id "same" is used twice/ }] },
  },
  {
    name: 'duplicate-keys',
    what: '10,000 duplicate keys in one mapping',
    content: () => `${VALID}x-a:\n${'  k: 1\n'.repeat(10_001)}`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 32, column: 3, message: /duplicate key "k"/ }] },
  },
  {
    name: 'key-types',
    what: 'keys that are not text: a list, a mapping, null, and keys that collide once read as text (1 and "1")',
    content: () => `${VALID}x-a:\n  ? [a, b]\n  : 1\n  ~: 2\n  1: 3\n  "1": 4\n`,
    expect: { exit: 1, findings: [{ rule: 'parse', line: 31, column: 5, message: /plain text/ }, { rule: 'parse', line: 33, column: 3 }, { rule: 'parse', line: 35, column: 3, message: /duplicate key/ }] },
  },
  {
    name: 'numbers',
    what: 'numbers YAML reads oddly: 1e309 (Infinity) as a severity, .nan as a likelihood',
    content: () => replace('severity: 2', 'severity: 1e309').replace('likelihood: 2', 'likelihood: .nan'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 19, column: 15 }, { rule: 'schema', line: 20, column: 17 }] },
  },
  {
    name: 'syntax-errors',
    what: 'an unclosed quote and an unclosed flow list',
    content: () => replace('title: Server outage', 'title: "Server outage').replace('name: Anna Andersson', 'name: [Anna'),
    expect: { exit: 1, findings: [{ rule: 'parse' }] },
  },
  {
    name: 'wrong-types',
    what: 'every section of the wrong type',
    content: () => 'krisplan: 1\nplan: [a]\ncontacts: {a: 1}\nrisks: yes\nplaybooks: 3\npreparedness: []\nevaluations: ""\n',
    expect: { exit: 1, findings: [{ rule: 'schema', line: 2, column: 7 }, { rule: 'schema', line: 3, column: 11 }, { rule: 'schema', line: 4, column: 8 }] },
  },
  {
    name: 'control-characters',
    what: 'terminal escape sequences and GitHub workflow commands hidden in keys',
    content: () => `${VALID}"\\e[2J\\e[31mhidden": 1\n"x\\n::error file=evil::injected": 1\n"%0A::warning::injected": 1\n`,
    expect: { exit: 1, findings: [{ rule: 'schema', line: 30, column: 1, message: /"\\u001b\[2J\\u001b\[31mhidden"/ }, { rule: 'schema', line: 31, column: 1, message: /"x\\n::error/ }, { rule: 'schema', line: 32, column: 1 }] },
  },
  {
    name: 'unicode',
    what: 'emoji, right-to-left and zero-width marks, a combining accent and U+2028 in a title; an emoji as a severity',
    content: () => replace('title: Server outage', 'title: "🔥\u200f\u200bé\u2028"').replace('severity: 2', 'severity: "😀"'),
    expect: { exit: 1, findings: [{ rule: 'schema', line: 19, column: 15 }] },
  },
];

/** Writes every case into `dir`; returns the cases with their file paths. */
export function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  return CASES.map((entry) => {
    const file = join(dir, `${entry.name}.yaml`);
    writeFileSync(file, entry.content());
    let config;
    if (entry.config) {
      config = join(dir, `${entry.name}.config.yaml`);
      writeFileSync(config, entry.config);
    }
    return { ...entry, file, config };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir] = positionals(process.argv.slice(2), 'node scripts/hostile-corpus.mjs DIR');
  for (const entry of writeCorpus(dir)) process.stdout.write(`${entry.file}  ${entry.what}\n`);
}
