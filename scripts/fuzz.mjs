// A mutation campaign through the built CLI, longer than the property tests in `npm test` can afford: random
// edits of real plans (the examples, `init --yes` plans in both languages, any plans named on the command line),
// then every command over the results. Anything but a clean exit is a crash: an exit code outside 0–2, a signal,
// a hang, an `internal error` or a stack trace, a finding outside the file.
//
//   npm run build && node scripts/fuzz.mjs [--runs 2000] [--seed 1] [--keep DIR] [--config FILE] [plan.yaml …]
//
// The mutants are written to DIR (default: a temporary folder, removed when nothing failed) with the seed plans
// committed under the same names, so `krisplan diff HEAD` compares each mutant with its original. `--config`
// puts that file beside them as krisplan.config.yaml (another risk scale, intervals, rule settings).

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CRASH, VALID } from './hostile-corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'krisplan.js');
const TODAY = ['--today', '2026-11-29'];
const HANG_MS = 120_000;

const USAGE = 'node scripts/fuzz.mjs [--runs 2000] [--seed 1] [--per-file 200] [--keep DIR] [--config FILE] [plan.yaml …]';
if (process.argv.includes('-h') || process.argv.includes('--help')) {
  process.stdout.write(`usage: ${USAGE}\n`);
  process.exit(0);
}
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { config: { type: 'string' }, runs: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, keep: { type: 'string' }, 'per-file': { type: 'string', default: '200' } },
  });
} catch (error) {
  process.stderr.write(`error: ${error.message}\nusage: ${USAGE}\n`);
  process.exit(2);
}
// --keep takes a folder: an option there (`--keep --runs`) is a mistake, not a folder name
if (parsed.values.keep?.startsWith('-')) {
  process.stderr.write(`error: --keep needs a folder, not ${parsed.values.keep}\nusage: ${USAGE}\n`);
  process.exit(2);
}
const { values: options, positionals: extraSeeds } = parsed;
const RUNS = Number(options.runs);
const PER_FILE = Number(options['per-file']);
let state = Number(options.seed) >>> 0 || 1;

/** xorshift32: the same seed gives the same campaign. */
function random(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}
const pick = (list) => list[random(list.length)];

// values that keep a plan valid or nearly so, by the kind of value they replace: edge dates and durations, odd but
// legal text, ids named like Object.prototype members, and some that break it outright
const EDGE = {
  date: ['0001-01-01', '0000-02-29', '9999-12-31', '2026-11-29', '2026-11-30', '2024-02-29', '1970-01-01', '"2026-09-01"', '2026-02-30', '2026-9-1'],
  duration: ['1 minute', '100000 years', '99999999999999999999999 days', 'PT0S', 'P1Y2M3W4DT5H6M7S', 'PT1S', '1 year', '0 days', 'P0D', '6 months', '12 months'],
  number: ['1', '5', '0', '6', '-1', '2.5', '1e309', '.nan', '"3"', '~', '100', '3'],
  boolean: ['true', 'false', 'yes', '~', '"true"'],
  id: ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'x', 'a-b_c9', '0', 'anna', 'erik', 'nobody', 'UPPER'],
  text: ['""', '" "', '"<script>alert(1)</script>"', '"{{constructor.constructor}}"', '"javascript:alert(1)"', '"[x](javascript:alert(1))"', '"🔥 ‮evil"', '"a\\u0000b"', `"${'x'.repeat(20000)}"`, '|\n      multi\n      line', '>-\n      folded', '"- [ ] #"', '"| a | b |"', '"TODO"', '"\\e[2J"'],
  url: ['https://x.example', 'http://x', 'javascript:alert(1)', 'data:text/html,<script>', 'https://', 'ftp://x', '"https://x.example/a b"'],
  email: ['a@b.c', 'x@example.invalid', '"a b@c"', 'mailto:a@b.c'],
  phone: ['"+46 70 000 00 00"', '"+"', '"112"', '"tel:+46"', '"+46 (0)70-123 45 67"', '"112; rm -rf /"'],
};
const VALUE_LINE = /^(\s*(?:- )?[\w-]+:)( (.*))?$/;

function kindOf(key, value) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^(\d+ \w+|P[\dTYMWDHS]+)$/.test(value) || /every|within|rto|rpo|took|clock/.test(key)) return 'duration';
  if (/^-?\d+$/.test(value)) return 'number';
  if (/^(true|false)$/.test(value)) return 'boolean';
  if (/(^|_)(id|owner|deputy|provider|playbook|contact|lead)$/.test(key)) return 'id';
  if (/url|site/.test(key) || /^https?:/.test(value)) return 'url';
  if (/mail/.test(key)) return 'email';
  if (/phone/.test(key)) return 'phone';
  return 'text';
}

/** One random edit of a plan's lines: what a careless or hostile editor could do. */
function mutate(lines) {
  if (lines.length === 0) return lines;
  const i = random(lines.length);
  const line = lines[i];
  switch (random(10)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, line);
      break;
    case 2: {
      // a whole list item (the line and the deeper-indented ones after it): deleted or duplicated
      const indent = /^(\s*)- /.exec(line)?.[1].length;
      if (indent === undefined) break;
      let end = i + 1;
      while (end < lines.length && (lines[end].trim() === '' || /^\s*/.exec(lines[end])[0].length > indent)) end++;
      if (random(2) === 0) lines.splice(i, end - i);
      else lines.splice(end, 0, ...lines.slice(i, end));
      break;
    }
    case 3: {
      const j = random(lines.length);
      const a = VALUE_LINE.exec(line);
      const b = VALUE_LINE.exec(lines[j]);
      if (a && b) [lines[i], lines[j]] = [`${a[1]}${b[2] ?? ''}`, `${b[1]}${a[2] ?? ''}`];
      break;
    }
    case 4:
    case 5:
    case 6: {
      const match = VALUE_LINE.exec(line);
      if (!match) break;
      const key = match[1].replace(/^\s*(- )?/, '').slice(0, -1);
      const kind = random(5) === 0 ? pick(Object.keys(EDGE)) : kindOf(key, match[3] ?? '');
      lines[i] = `${match[1]} ${pick(EDGE[kind])}`;
      break;
    }
    case 7: {
      const at = random(line.length + 1);
      lines[i] = `${line.slice(0, at)}${pick(['#', ': ', '- ', '"', "'", '&a ', '*a', '!x ', '{', '[', '\t', '😀', '\r', '\u2028', 'é'])}${line.slice(at)}`;
      break;
    }
    case 8:
      lines[i] = random(2) === 0 ? `  ${line}` : line.replace(/^ {1,2}/, '');
      break;
    default:
      lines.length = random(lines.length) + 1;
  }
  return lines;
}

function seeds(dir) {
  const plans = [
    ['webshop', readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8')],
    ['saas', readFileSync(join(ROOT, 'examples/saas.yaml'), 'utf8')],
    ['corpus', VALID],
  ];
  for (const lang of ['sv', 'en']) {
    const target = join(dir, `init-${lang}`);
    const result = spawnSync(process.execPath, [BIN, 'init', target, '--yes', '--lang', lang, '--scenarios', 'data-breach,overload,outage,supplier,ransomware,dns,login', ...TODAY], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`init --yes --lang ${lang} failed: ${result.stderr}`);
    plans.push([`init-${lang}`, readFileSync(join(target, 'krisplan.yaml'), 'utf8')]);
    rmSync(target, { recursive: true });
  }
  for (const file of extraSeeds) plans.push([basename(file).replace(/\.ya?ml$/, ''), readFileSync(file, 'utf8')]);
  return plans;
}

let slots = 2;
const queue = [];
/** Runs the CLI with a hang timeout, two at a time. */
async function run(args, cwd) {
  if (slots > 0) slots--;
  else await new Promise((resolve) => queue.push(resolve));
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: HANG_MS });
      const out = [];
      const err = [];
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => err.push(chunk));
      child.on('close', (status, signal) => resolve({ args, status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    });
  } finally {
    const next = queue.shift();
    if (next) next();
    else slots++;
  }
}

const failures = [];
function check(result, allowed, files) {
  const problem =
    result.signal ? `killed by ${result.signal} (a hang?)` : !allowed.includes(result.status) ? `exit ${result.status}` : CRASH.test(result.stderr) ? 'crash on stderr' : undefined;
  if (problem) failures.push({ command: `krisplan ${result.args.join(' ')}`.slice(0, 300), problem, stderr: result.stderr.slice(0, 2000), files });
}

const dir = options.keep ?? mkdtempSync(join(tmpdir(), 'krisplan-fuzz-'));
mkdirSync(dir, { recursive: true });
const started = Date.now();
const plans = seeds(dir);
const names = [];
for (let i = 0; i < RUNS; i++) {
  const [seedName, text] = pick(plans);
  const name = `m${String(i).padStart(5, '0')}-${seedName}.yaml`;
  writeFileSync(join(dir, name), text);
  names.push(name);
}
if (options.config) writeFileSync(join(dir, 'krisplan.config.yaml'), readFileSync(options.config));
const git = (...args) => spawnSync('git', ['-c', 'user.name=fuzz', '-c', 'user.email=fuzz@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
git('init', '-q');
git('add', '.');
git('commit', '-qm', 'seeds');
for (let i = 0; i < RUNS; i++) {
  const file = join(dir, names[i]);
  let lines = readFileSync(file, 'utf8').split('\n');
  const edits = 1 + random(4);
  for (let e = 0; e < edits; e++) lines = mutate(lines);
  const crlf = random(8) === 0;
  writeFileSync(file, crlf ? lines.join('\n').replace(/\r?\n/g, '\r\n') : lines.join('\n'));
}

const validate = await run(['validate', ...names, '--format', 'json', ...TODAY], dir);
check(validate, [0, 1], names);
const report = JSON.parse(validate.stdout);
let findings = 0;
const clean = [];
for (const { file, findings: list } of report.files) {
  const lines = new TextDecoder().decode(readFileSync(join(dir, file))).split(/\r\n|\r|\n/);
  for (const f of list) {
    findings++;
    if (!(f.line >= 1 && f.line <= lines.length && f.column >= 1 && f.column <= lines[f.line - 1].length + 1)) failures.push({ command: 'validate', problem: `finding outside the file at ${f.line}:${f.column}: ${f.rule} ${f.message.slice(0, 200)}`, files: [file] });
  }
  if (!list.some((f) => f.severity === 'error')) clean.push(file);
}

const risksJson = await run(['risks', ...names, '--format', 'json', ...TODAY], dir);
const riskRows = risksJson.stdout ? JSON.parse(risksJson.stdout) : [];
const some = clean.slice(0, PER_FILE);
const results = await Promise.all([
  risksJson,
  ...['table', 'csv'].map((format) => run(['risks', ...names, '--format', format, ...TODAY], dir)),
  ...['stylish', 'sarif', 'junit', 'github'].map((format) => run(['validate', ...names, '--format', format, ...TODAY], dir)),
  ...['html', 'md'].map((format) => run(['render', ...names, '--out', join(dir, `out-${format}`), '--format', format, ...TODAY], dir)),
  run(['diff', 'HEAD', ...names, ...TODAY], dir),
  ...['table', 'json', 'md'].map((format) => run(['due', ...clean, '--within', '1y', '--format', format, ...TODAY], dir)),
  run(['calendar', ...clean, ...TODAY], dir),
  ...some.flatMap((file) => {
    const risk = riskRows.find((row) => row.file === file);
    return [
      run(['site', file, '--out', join(dir, 'site', file), ...TODAY], dir),
      run(['contacts', file, '--format', random(2) === 0 ? 'csv' : 'vcf', ...TODAY], dir),
      ...(risk ? [run(['explain', risk.id, file, ...TODAY], dir)] : []),
    ];
  }),
]);
for (const result of results) check(result, result.args[0] === 'diff' || result.args[0] === 'risks' || result.args[0] === 'render' || result.args[0] === 'validate' ? [0, 1] : [0], result.args.filter((a) => a.endsWith('.yaml')).slice(0, 3));

const seconds = ((Date.now() - started) / 1000).toFixed(0);
process.stdout.write(`${RUNS} mutants of ${plans.length} plans (seed ${options.seed}): ${clean.length} without errors, ${findings} findings; ${results.length + 1} CLI runs in ${seconds} s; ${failures.length} failures\n`);
for (const f of failures) process.stdout.write(`\n✖ ${f.problem}: ${f.command}\n  files: ${f.files.join(' ')}\n${f.stderr ? `${f.stderr.trimEnd().replace(/^/gm, '  ')}\n` : ''}`);
if (failures.length === 0 && !options.keep) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`\nmutants kept in ${dir}\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
