import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID as CORPUS_VALID } from '../../scripts/hostile-corpus.mjs';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { runBounded, CRASH } from './run.js';

const TODAY = ['--today', '2026-11-29'];
// the corpus's valid plan with its playbook exercised, so that it is clean: exercise-coverage judges every plan
const VALID = `${CORPUS_VALID}evaluations:\n  - { date: 2026-06-01, type: exercise, title: Tabletop, playbooks: [outage] }\n`;

interface Json {
  files: { file: string; findings: { rule: string; message: string; line: number; column: number }[] }[];
}

/** validate --format json in `dir`: exit code and the messages of all findings. */
function check(dir: string, args: string[]): { status: number | null; stderr: string; messages: string[] } {
  const result = runCli(['validate', ...args, '--format', 'json', ...TODAY], { cwd: dir });
  expect(result.stderr).not.toMatch(CRASH);
  const messages = result.status === 2 ? [] : (JSON.parse(result.stdout) as Json).files.flatMap((file) => file.findings.map((f) => f.message));
  return { status: result.status, stderr: result.stderr, messages };
}

function planDir(files: Record<string, string>): string {
  const dir = tempDir('krisplan-limits-');
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the limit on plan files per run (limits.files, --max-files)', () => {
  it('stops a run over 10,000 plan files by default with one line that says how to raise it', () => {
    const dir = planDir({});
    mkdirSync(join(dir, 'plans'));
    for (let i = 0; i <= 10_000; i++) writeFileSync(join(dir, 'plans', `p${i}.yaml`), 'krisplan: 1\n');
    const result = runCli(['validate', 'plans', ...TODAY], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('krisplan: more than 10,000 plan files in one run; raise the limit with --max-files or limits.files in krisplan.config.yaml, or check fewer paths at a time\n');
  });

  it('is raised or lowered by flag or config, for directories, globs and files alike', () => {
    const dir = planDir({ 'a.yaml': VALID, 'b.yaml': VALID, 'c.yaml': VALID });
    expect(check(dir, ['.', '--max-files', '3']).status).toBe(0);
    for (const paths of [['.'], ['*.yaml'], ['a.yaml', 'b.yaml', 'c.yaml']]) {
      const result = check(dir, [...paths, '--max-files', '2']);
      expect(result.status, paths.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^krisplan: more than 2 plan files in one run; raise the limit with --max-files or limits\.files/);
    }
    writeFileSync(join(dir, 'krisplan.config.yaml'), 'limits: { files: 2 }\n');
    expect(check(dir, ['.']).status).toBe(2);
    expect(check(dir, ['.', '--max-files', '5']).status).toBe(0);
    writeFileSync(join(dir, 'krisplan.config.yaml'), 'limits: { files: 0 }\n');
    expect(check(dir, ['.']).stderr).toMatch(/^krisplan: .*limits\.files/);
  });
});

describe('the limits on one file, each named with the way to raise it', () => {
  const deep = (levels: number) => `${VALID}x-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
  const aliases = (count: number) => `${VALID}x-anchor: &a [1, 2]\nx-aliases: [${Array(count).fill('*a').join(', ')}]\n`;
  const values = (count: number) => `${VALID}x-values: [${Array(count).fill('1').join(', ')}]\n`;
  const cases = [
    { limit: 'file size', config: 'limits: { file_size: 1 KB }', over: VALID.padEnd(1100, '#'), under: VALID, message: /^file is over the 1 KB limit; .*--max-file-size or limits\.file_size/ },
    { limit: 'aliases', config: 'limits: { aliases: 2 }', over: aliases(3), under: aliases(2), message: /^more than 2 alias expansions .*limits\.aliases/ },
    { limit: 'depth', config: 'limits: { depth: 8 }', over: deep(8), under: deep(7), message: /^nesting deeper than 8 levels; .*limits\.depth/ },
    { limit: 'values', config: 'limits: { values: 1000 }', over: values(1000), under: values(800), message: /^more than 1,000 values \(keys, items and scalars\); .*limits\.values/ },
  ];

  it.each(cases)('$limit: over the configured limit is a parse finding; under it, none', ({ config, over, under, message }) => {
    const dir = planDir({ 'over.yaml': over, 'under.yaml': under, 'krisplan.config.yaml': `${config}\n` });
    const overResult = check(dir, ['over.yaml']);
    expect(overResult.status).toBe(1);
    expect(overResult.messages).toEqual([expect.stringMatching(message)]);
    expect(check(dir, ['under.yaml'])).toMatchObject({ status: 0, messages: [] });
  });

  it('values: a list counts the same however it is written, block or flow', () => {
    const flow = (count: number) => `${VALID}x-values: [${Array(count).fill('1').join(', ')}]\n`;
    const block = (count: number) => `${VALID}x-values:\n${'  - 1\n'.repeat(count)}`;
    const dir = planDir({ 'flow-under.yaml': flow(900), 'block-under.yaml': block(900), 'flow-over.yaml': flow(1000), 'block-over.yaml': block(1000), 'krisplan.config.yaml': 'limits: { values: 1000 }\n' });
    for (const file of ['flow-under.yaml', 'block-under.yaml']) expect(check(dir, [file]), file).toMatchObject({ status: 0, messages: [] });
    for (const file of ['flow-over.yaml', 'block-over.yaml']) expect(check(dir, [file]).messages, file).toEqual([expect.stringMatching(/^more than 1,000 values /)]);
  });

  it('YAML errors: one per 100 allowed values is shown, then one finding for the rest', () => {
    const dir = planDir({ 'over.yaml': `${VALID}${']'.repeat(11)}\n`, 'under.yaml': `${VALID}${']'.repeat(10)}\n`, 'krisplan.config.yaml': 'limits: { values: 1000 }\n' });
    const over = check(dir, ['over.yaml']).messages;
    expect(over).toHaveLength(11);
    expect(over.slice(0, 10).join('\n')).not.toMatch(/YAML errors/);
    expect(over[10]).toMatch(/^more than 10 YAML errors, the rest not shown; .*limits\.values in krisplan\.config\.yaml allows one per 100 values/);
    // errors the composer finds (tags) count too
    const tags = planDir({ 'tags.yaml': `${VALID}x-tags: [${Array(30).fill('!x 1').join(', ')}]\n`, 'krisplan.config.yaml': 'limits: { values: 1000 }\n' });
    expect(check(tags, ['tags.yaml']).messages).toHaveLength(11);
    const under = check(dir, ['under.yaml']);
    expect(under.status).toBe(1);
    expect(under.messages).toHaveLength(10);
    expect(under.messages.join('\n')).not.toMatch(/YAML errors/);
  });

  it('the defaults let a full plan through', () => {
    const dir = planDir({ 'webshop.yaml': readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8'), 'wide.yaml': values(20_000) });
    expect(check(dir, ['.']).messages.filter((m) => /limit/.test(m))).toEqual([]);
  });

  it('--max-file-size raises the size limit for one run', () => {
    const dir = planDir({ 'big.yaml': `${VALID}# ${'x'.repeat(11 * 1024 * 1024)}\n` });
    expect(check(dir, ['big.yaml']).messages).toEqual([expect.stringMatching(/^file is over the 10 MB limit/)]);
    expect(check(dir, ['big.yaml', '--max-file-size', '12MB'])).toMatchObject({ status: 0, messages: [] });
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(process.platform === 'linux')('an endless file (/dev/zero) is read only up to the size limit', async () => {
    const run = await runBounded(['validate', '/dev/zero', '--format', 'json', ...TODAY]);
    expect(run).toMatchObject({ status: 1, signal: null, stderr: '' });
    expect((JSON.parse(run.stdout) as Json).files[0]!.findings).toEqual([expect.objectContaining({ rule: 'parse', line: 1, column: 1, message: expect.stringMatching(/^file is over the 10 MB limit/) })]);
    expect(run.maxRssMb).toBeLessThan(300);
  });
});
