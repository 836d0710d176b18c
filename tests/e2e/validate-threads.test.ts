import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers/cli.js';

// validate on worker threads, through the built CLI: the output of a run on several threads is the output of a
// run on one, byte for byte, whatever the format and options, and whatever happens to a worker. The hook
// (tests/helpers/threads-hook.cjs) says this machine has two cores, logs the workers started and breaks them.

const HOOK = join(ROOT, 'tests', 'helpers', 'threads-hook.cjs');
const TODAY = ['--today', '2026-11-29'];
const CLEAN = readFileSync(join(ROOT, 'examples', 'saas.yaml'), 'utf8');

let dir: string;
let log: string;

/** The CLI in the corpus, with the hook; what it logged about workers is in `workers`. */
function validate(args: string[], env: Record<string, string> = {}): CliResult & { workers: string[] } {
  rmSync(log, { force: true });
  const result = runCli(['validate', ...args], { cwd: dir, env: { NODE_OPTIONS: `--require ${HOOK}`, KRISPLAN_TEST_CORES: '2', KRISPLAN_TEST_THREADS_LOG: log, ...env } });
  const workers = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n') : [];
  return { ...result, workers };
}

const output = ({ status, stdout, stderr }: CliResult) => ({ status, stdout, stderr });

beforeAll(() => {
  dir = tempDir('krisplan-threads-');
  log = join(dir, 'workers.log');
  const generate = (folder: string, count: number, seed: number, kind: string) =>
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-plans.mjs'), join(dir, 'plans', folder), String(count), String(seed), kind]);
  // plans of 65 to 2,000 lines with a warning each, and 555-line plans of which every tenth has an error
  generate('a', 80, 1, 'sizes');
  generate('b', 80, 2, 'errors');
  // files that are no plan, or not one the fast reader takes, among them (sorted between the generated plans)
  const odd: Record<string, string | Buffer> = {
    'a/plan-0003x.yaml': Buffer.concat([Buffer.from('krisplan: 1\nplan:\n  name: "caf'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]),
    'a/plan-0040x.yaml': 'krisplan: 1\nplan: [unclosed\n',
    'a/plan-0077x.yaml': CLEAN.replace(/^(krisplan: .*)$/m, '$1\nx-defaults: &defaults { a: 1 }\nx-copy: *defaults'),
    'b/plan-0010x.yaml': CLEAN.replace(/^ {2}name: (.*)$/m, '  name:\t$1'),
    'b/plan-0050x.yaml': 'metadata:\n  name: {{ .Release.Name }}\n  - a Helm template, not a plan\n',
    'b/plan-0060x.yaml': '',
    'b/plan-0070x.yaml': CLEAN.replace(/reviewed: 2026-11-\d\d\n {2}review_every/, 'reviewed: 2024-01-10\n  review_every'),
  };
  for (const [name, content] of Object.entries(odd)) writeFileSync(join(dir, 'plans', name), content);
  mkdirSync(join(dir, 'one'));
  writeFileSync(join(dir, 'one', 'plan.yaml'), CLEAN);
}, 60_000);

describe('validate --concurrency', () => {
  it('the corpus has findings of every kind, so the comparisons below compare something', () => {
    const result = validate(['plans', '--format', 'json', '--concurrency', 'off', ...TODAY]);
    expect(result.status).toBe(1);
    const files = JSON.parse(result.stdout).files as { file: string; findings: { rule: string; severity: string }[] }[];
    // 160 generated plans and 7 odd files, of which two (the Helm file and the empty one) are no plan
    expect(files).toHaveLength(165);
    const rules = new Set(files.flatMap((file) => file.findings.map((finding) => `${finding.rule} ${finding.severity}`)));
    for (const expected of ['parse error', 'schema error', 'stale-review warning']) expect(rules).toContain(expected);
    expect(result.stderr).toMatch(/^krisplan: notice: plans\/b\/plan-0050x\.yaml: not read as a plan/m);
    expect(result.workers).toEqual([]);
  });

  const variants: [string, string[]][] = [
    ['stylish', []],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['junit', ['--format', 'junit']],
    ['--shard 2/3', ['--shard', '2/3', '--format', 'json']],
    ['--max-warnings', ['--max-warnings', '5']],
    ['--quiet', ['--quiet']],
  ];
  for (const [name, args] of variants) {
    it(`${name}: the same bytes on two threads as on one`, () => {
      const one = validate(['plans', ...args, '--concurrency', 'off', ...TODAY]);
      const two = validate(['plans', ...args, '--concurrency', '2', ...TODAY]);
      expect(one.workers).toEqual([]);
      expect(two.workers[0]).toBe('start');
      expect(two.workers.filter((line) => line === 'start')).toHaveLength(1);
      expect(output(two)).toEqual(output(one));
      expect(one.stdout.length).toBeGreaterThan(1000);
    }, 60_000);
  }

  it('auto, the default, uses half the hardware threads: none more on two, two workers on six', () => {
    const one = validate(['plans', '--concurrency', 'off', ...TODAY]);
    for (const threads of [['--concurrency', 'auto'], []]) {
      expect(validate(['plans', ...threads, ...TODAY], { KRISPLAN_TEST_CORES: '2' })).toMatchObject({ ...output(one), workers: [] });
      const auto = validate(['plans', ...threads, ...TODAY], { KRISPLAN_TEST_CORES: '6' });
      expect(auto.workers.filter((line) => line === 'start')).toHaveLength(2);
      expect(output(auto)).toEqual(output(one));
    }
  }, 90_000);

  it('a worker that throws, exits or runs out of memory loses no file: the main thread checks what it did not send back', () => {
    const one = validate(['plans', '--format', 'json', '--concurrency', 'off', ...TODAY]);
    const thrown = validate(['plans', '--format', 'json', '--concurrency', '2', ...TODAY], { KRISPLAN_TEST_WORKER_FAIL: 'throw' });
    expect(thrown.workers).toContain('error a worker failing on purpose');
    expect(output(thrown)).toEqual(output(one));
    const exited = validate(['plans', '--format', 'json', '--concurrency', '2', ...TODAY], { KRISPLAN_TEST_WORKER_FAIL: 'exit' });
    expect(exited.workers).toContain('exit 3');
    expect(output(exited)).toEqual(output(one));
    const full = validate(['plans', '--format', 'json', '--concurrency', '2', ...TODAY], { KRISPLAN_TEST_WORKER_FAIL: 'memory' });
    expect(full.workers.join('\n')).toMatch(/^error .*memory limit/m);
    expect(output(full)).toEqual(output(one));
  }, 90_000);

  it('a file that cannot be read stops the run with its one line, exit 2, on any thread', () => {
    // b/plan-0075 is checked late (a worker takes it, or the main thread); a/plan-0020 comes first in file order
    for (const names of [['b/plan-0075.yaml'], ['b/plan-0075.yaml', 'a/plan-0020.yaml']]) {
      const env = { KRISPLAN_TEST_EIO: names.join('|') };
      const one = validate(['plans', '--concurrency', 'off', ...TODAY], env);
      const two = validate(['plans', '--concurrency', '2', ...TODAY], env);
      expect(one).toMatchObject({ status: 2, stdout: '', stderr: `krisplan: cannot read plans/${names.at(-1)} (EIO)\n` });
      expect(output(two)).toEqual(output(one));
    }
  }, 60_000);

  it('one plan, or fewer than 40, or --concurrency 1, start no worker', () => {
    expect(validate(['one/plan.yaml', ...TODAY])).toMatchObject({ status: 0, stderr: '', workers: [] });
    expect(validate(['plans/b/plan-00[0-2]?.yaml', ...TODAY])).toMatchObject({ status: 1, workers: [] });
    expect(validate(['plans', '--concurrency', '1', ...TODAY])).toMatchObject({ status: 1, workers: [] });
  }, 60_000);

  it('a bad --concurrency is a usage error: exit 2, one line', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '', 'Auto']) {
      const result = validate(['one/plan.yaml', '--concurrency', bad, ...TODAY]);
      expect(result.status, bad).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr, bad).toMatch(/^krisplan: option '--concurrency <n\|auto\|off>' argument '.*' is invalid\. must be a number of threads \(1 or more\), auto or off\. See 'krisplan validate --help'\.\n$/);
    }
  });
});
