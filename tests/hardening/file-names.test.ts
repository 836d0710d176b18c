import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers/cli.js';
import { CRASH } from './run.js';

/**
 * A folder and a plan file named with everything a sink might act on: an ANSI escape, a bidi override, a zero-width
 * space, `|` and `*` (Markdown tables and emphasis), an HTML element, a GitHub workflow command, a line break, an
 * encoded line break (`%0A`, which GitHub's own escaping must not decode) and an @mention.
 */
const HOSTILE = 'e\u001b[31mR\u202eB\u200bZ|*<img src=x onerror=alert(1)>::warning::NL\nX%0A@me';

/** What a terminal or CI log must never get raw: controls other than the line break, bidi and zero-width marks. */
const TERMINAL_RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** What a document (CSV, iCalendar, vCard, XML, Markdown, HTML) must not hold: controls other than tab and line breaks. */
const DOCUMENT_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

type Sink = 'terminal' | 'github' | 'json' | 'markdown' | 'csv' | 'ics' | 'vcard' | 'xml' | 'sarif';

interface Case {
  command: string;
  args: (paths: Paths) => string[];
  /** what stdout is; stderr is always the terminal */
  stdout: Sink;
  /** files the run writes, with their sink */
  files?: (paths: Paths) => [string, Sink | 'html'][];
}

interface Paths {
  root: string;
  dir: string;
  file: string;
  out: string;
  incident: string;
}

const T = ['--today', '2026-11-29'];
const AT = (time: string) => ['--now', `2026-11-29T${time}:00+01:00`, '--by', 'Anna'];

// in order: the incident commands work on the record activate writes
const CASES: Case[] = [
  { command: 'validate', args: (p) => ['validate', p.dir, '--today', '2030-01-01'], stdout: 'terminal' },
  { command: 'validate', args: (p) => ['validate', p.dir, '--today', '2030-01-01', '--format', 'github'], stdout: 'github' },
  { command: 'validate', args: (p) => ['validate', p.dir, '--today', '2030-01-01', '--format', 'json'], stdout: 'json' },
  { command: 'validate', args: (p) => ['validate', p.dir, '--today', '2030-01-01', '--format', 'sarif'], stdout: 'sarif' },
  { command: 'validate', args: (p) => ['validate', p.dir, '--today', '2030-01-01', '--format', 'junit'], stdout: 'xml' },
  { command: 'risks', args: (p) => ['risks', p.dir, ...T], stdout: 'terminal' },
  { command: 'risks', args: (p) => ['risks', p.dir, '--format', 'csv', ...T], stdout: 'csv' },
  { command: 'risks', args: (p) => ['risks', p.dir, '--format', 'json', ...T], stdout: 'json' },
  { command: 'schema', args: () => ['schema'], stdout: 'json' },
  { command: 'rules', args: () => ['rules'], stdout: 'terminal' },
  { command: 'render', args: (p) => ['render', p.dir, '--out', p.out, ...T], stdout: 'terminal', files: (p) => [[join(p.out, readdirSync(p.out).find((n) => n.endsWith('.html'))!), 'html']] },
  { command: 'render', args: (p) => ['render', p.dir, '--out', p.out, '--format', 'md', ...T], stdout: 'terminal', files: (p) => [[join(p.out, readdirSync(p.out).find((n) => n.endsWith('.md'))!), 'markdown']] },
  { command: 'explain', args: (p) => ['explain', 'ddos', p.dir, ...T], stdout: 'terminal' },
  { command: 'explain', args: (p) => ['explain', 'ddos', p.dir, '--format', 'json', ...T], stdout: 'json' },
  { command: 'diff', args: (p) => ['diff', 'HEAD', p.dir, ...T], stdout: 'terminal' },
  { command: 'diff', args: (p) => ['diff', 'HEAD', p.dir, '--format', 'md', ...T], stdout: 'markdown' },
  { command: 'diff', args: (p) => ['diff', 'HEAD', p.dir, '--format', 'json', ...T], stdout: 'json' },
  { command: 'init', args: (p) => ['init', join(p.root, `init-${HOSTILE}`), '--yes', '--lang', 'sv'], stdout: 'terminal' },
  {
    command: 'site',
    args: (p) => ['site', p.file, '--out', join(p.out, 'site'), ...T],
    stdout: 'terminal',
    files: (p) => [
      [join(p.out, 'site', 'index.html'), 'html'],
      [join(p.out, 'site', 'status.json'), 'json'],
    ],
  },
  { command: 'calendar', args: (p) => ['calendar', p.dir, ...T], stdout: 'ics' },
  { command: 'calendar', args: (p) => ['calendar', p.dir, '--out', join(p.out, `c-${HOSTILE}.ics`), ...T], stdout: 'terminal', files: (p) => [[join(p.out, `c-${HOSTILE}.ics`), 'ics']] },
  { command: 'due', args: (p) => ['due', p.dir, '--within', '1y', ...T], stdout: 'terminal' },
  { command: 'due', args: (p) => ['due', p.dir, '--within', '1y', '--format', 'md', ...T], stdout: 'markdown' },
  { command: 'due', args: (p) => ['due', p.dir, '--within', '1y', '--format', 'json', ...T], stdout: 'json' },
  { command: 'contacts', args: (p) => ['contacts', p.file, ...T], stdout: 'vcard' },
  { command: 'contacts', args: (p) => ['contacts', p.file, '--format', 'csv', ...T], stdout: 'csv' },
  { command: 'contacts', args: (p) => ['contacts', p.file, '--out', join(p.out, `k-${HOSTILE}.vcf`), ...T], stdout: 'terminal', files: (p) => [[join(p.out, `k-${HOSTILE}.vcf`), 'vcard']] },
  { command: 'exercise', args: (p) => ['exercise', 'pack', 'data-breach', '--plan', p.file, '--out', join(p.out, 'pack'), ...T], stdout: 'terminal', files: (p) => readdirSync(join(p.out, 'pack')).filter((n) => n.endsWith('.html')).map((n) => [join(p.out, 'pack', n), 'html']) },
  { command: 'exercise', args: (p) => ['exercise', 'plan-year', '--plan', p.file, '--dry-run', ...T], stdout: 'terminal' },
  { command: 'deadlines', args: (p) => ['deadlines', 'data-breach', '--plan', p.file, '--t0', '2026-11-29T09:00:00+01:00', ...T], stdout: 'terminal' },
  { command: 'deadlines', args: (p) => ['deadlines', 'data-breach', '--plan', p.file, '--t0', '2026-11-29T09:00:00+01:00', '--format', 'md', ...T], stdout: 'markdown' },
  { command: 'deadlines', args: (p) => ['deadlines', 'data-breach', '--plan', p.file, '--t0', '2026-11-29T09:00:00+01:00', '--format', 'ics', ...T], stdout: 'ics' },
  { command: 'obligations', args: () => ['obligations'], stdout: 'terminal' },
  { command: 'activate', args: (p) => ['activate', 'data-breach', '--plan', p.file, '--t0', '2026-11-29T09:00:00+01:00', ...AT('10:00'), ...T], stdout: 'terminal', files: (p) => [[join(p.incident, 'kit.html'), 'html']] },
  { command: 'log', args: (p) => ['log', 'called the web host', '--plan', p.file, ...AT('10:05'), ...T], stdout: 'terminal' },
  { command: 'step', args: (p) => ['step', '1', '--done', '--plan', p.file, ...AT('10:06'), ...T], stdout: 'terminal' },
  { command: 'level', args: (p) => ['level', 'kris', '--plan', p.file, ...AT('10:07'), ...T], stdout: 'terminal' },
  { command: 'notified', args: (p) => ['notified', 'gdpr-33', '--ref', 'IMY-2026-1', '--plan', p.file, ...AT('10:08'), ...T], stdout: 'terminal' },
  { command: 'event', args: (p) => ['event', 'classification', '--plan', p.file, ...AT('10:09'), ...T], stdout: 'terminal' },
  { command: 'status', args: (p) => ['status', '--plan', p.file, ...AT('10:10'), ...T], stdout: 'terminal' },
  { command: 'status', args: (p) => ['status', '--plan', p.file, '--format', 'md', ...AT('10:10'), ...T], stdout: 'markdown' },
  { command: 'status', args: (p) => ['status', '--plan', p.file, '--format', 'json', ...AT('10:10'), ...T], stdout: 'json' },
  { command: 'close', args: (p) => ['close', '--plan', p.file, ...AT('12:00'), ...T], stdout: 'terminal' },
];

/** The problems of one output for its sink: an empty list when the sink would take it as plain text. */
function check(sink: Sink | 'html', text: string): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  // (in JSON it is escaped by definition; in a quoted CSV cell and in HTML a line break is text)
  if (!['json', 'sarif', 'csv', 'html'].includes(sink) && text.includes('NL\nX')) fail('a raw line break from the name');
  switch (sink) {
    case 'terminal':
      if (TERMINAL_RAW.test(text)) fail(`a raw control, bidi or zero-width character: ${JSON.stringify(TERMINAL_RAW.exec(text)![0])}`);
      if (/^\s*::/m.test(text)) fail('a line that starts a workflow command');
      break;
    case 'github':
      for (const line of text.split('\n').filter(Boolean)) {
        if (!/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,title=[^:]*::[^\r\n]*$/.test(line)) fail(`a line that is not one annotation: ${JSON.stringify(line.slice(0, 120))}`);
        if (TERMINAL_RAW.test(line)) fail('a raw control, bidi or zero-width character');
      }
      // GitHub decodes %0A in a command: the name's own "%0A" must reach it as %250A
      if (text.includes(HOSTILE.slice(-8, -3)) && !text.includes('X%250A')) fail('%0A from the name not escaped');
      break;
    case 'json':
    case 'sarif': {
      if (TERMINAL_RAW.test(text.replace(/\n/g, ''))) fail('a raw control, bidi or zero-width character in JSON text');
      JSON.parse(text);
      break;
    }
    case 'markdown': {
      if (DOCUMENT_RAW.test(text)) fail('a raw control character');
      // a code span shows its text as it is (no element, link or mention), once no backtick inside ends it early
      const prose = text.replace(/`[^`\n]*`/g, '');
      if (/(^|[^\\])<img/i.test(prose)) fail('an HTML element from the name');
      if (/(^|[^\\])@me/.test(prose)) fail('an @mention from the name');
      if (/^\s*::/m.test(text)) fail('a line that starts a workflow command');
      break;
    }
    case 'csv':
      if (DOCUMENT_RAW.test(text)) fail('a raw control character');
      for (const cell of csvCells(text)) if (/^[=+\-@\t\r]/.test(cell)) fail(`a cell a spreadsheet runs as a formula: ${JSON.stringify(cell.slice(0, 40))}`);
      break;
    case 'ics':
    case 'vcard':
      if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) fail('a line not ended by CRLF');
      for (const line of text.split('\r\n')) {
        if (Buffer.byteLength(line) > 75) fail(`a line of ${Buffer.byteLength(line)} octets (fold at 75)`);
        if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) fail('a raw control character');
      }
      break;
    case 'xml':
      if (DOCUMENT_RAW.test(text)) fail('a raw control character');
      if (/<img/i.test(text)) fail('an element from the name');
      break;
    case 'html': {
      if (DOCUMENT_RAW.test(text)) fail('a raw control character');
      const { document } = parseHTML(text);
      if (document.querySelector('img[onerror]') !== null) fail('an element from the name');
      break;
    }
  }
  return problems;
}

/** The cells of an RFC 4180 CSV text. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let cell = '';
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i] === '"' ? '"' : text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      cells.push(cell);
      i++;
    } else {
      const end = text.slice(i).search(/[,\r\n]/);
      cells.push(end === -1 ? text.slice(i) : text.slice(i, i + end));
      i = end === -1 ? text.length : i + end;
    }
    if (text[i] === ',' || text[i] === '\r' || text[i] === '\n') i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return cells;
}

describe('a hostile folder and file name through every command', () => {
  const root = tempDir('krisplan-names-');
  const dir = join(root, `plans-${HOSTILE}`);
  const paths: Paths = { root, dir, file: join(dir, `plan-${HOSTILE}.yaml`), out: join(root, 'out'), incident: join(dir, 'incidents', '2026-11-29-data-breach') };
  const runs: { name: string; result: CliResult; sink: Sink; files: [string, Sink | 'html'][] }[] = [];

  beforeAll(() => {
    mkdirSync(dir);
    mkdirSync(paths.out);
    copyFileSync(join(ROOT, 'examples', 'webshop.yaml'), paths.file);
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=test@example.se', '-c', 'user.name=Test', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'plan');
    for (const c of CASES) {
      const args = c.args(paths);
      const result = runCli(args, { cwd: root, env: { GITHUB_STEP_SUMMARY: undefined } });
      runs.push({ name: args.slice(0, 1).concat(args.filter((arg) => ['md', 'json', 'csv', 'github', 'sarif', 'junit', 'ics'].includes(arg))).join(' '), result, sink: c.stdout, files: result.status === 0 || result.status === 1 ? (c.files?.(paths) ?? []) : [] });
    }
  }, 300_000);

  it('covers every command krisplan --help lists', () => {
    const help = runCli(['--help']).stdout;
    const listed = [...help.slice(help.indexOf('\nCommands:'), help.indexOf('\nExamples:')).matchAll(/^ {2}([a-z-]+) /gm)].map((match) => match[1]!).filter((command) => command !== 'help');
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.filter((command) => !CASES.some((c) => c.command === command))).toEqual([]);
  });

  it('runs each of them to the end: exit 0 (1 for validate, with its warnings), no crash', () => {
    for (const { name, result } of runs) {
      expect(result.stderr, name).not.toMatch(CRASH);
      expect([0, 1], `${name}: ${result.stderr}`).toContain(result.status);
    }
  });

  it('writes nothing its sink would act on: terminal, GitHub, JSON, Markdown, CSV, iCalendar, vCard, XML, HTML', () => {
    const problems: string[] = [];
    for (const { name, result, sink, files } of runs) {
      for (const problem of check(sink, result.stdout)) problems.push(`${name} stdout (${sink}): ${problem}`);
      for (const problem of check('terminal', result.stderr)) problems.push(`${name} stderr: ${problem}`);
      for (const [file, fileSink] of files) {
        expect(statSync(file).isFile(), file).toBe(true);
        for (const problem of check(fileSink, readFileSync(file, 'utf8'))) problems.push(`${name} ${file.slice(root.length)} (${fileSink}): ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names the file all the same: escaped where shown, exact in JSON', () => {
    const validate = runs.find((run) => run.name === 'validate json')!;
    expect((JSON.parse(validate.result.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toContain(paths.file);
    const stylish = runs.find((run) => run.name === 'validate')!;
    expect(stylish.result.stdout).toContain('plan-e\\u001b[31mR\\u202eB\\u200bZ|*<img src=x onerror=alert(1)>::warning::NL\\nX%0A@me.yaml');
    const github = runs.find((run) => run.name === 'validate github')!;
    expect(github.result.stdout).toContain('plan-e\\u001b[31mR\\u202eB\\u200bZ|*<img src=x onerror=alert(1)>%3A%3Awarning%3A%3ANL\\nX%250A@me.yaml,line=');
  });
});
