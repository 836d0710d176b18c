import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

function script(name: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', name), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dev scripts that take a folder', () => {
  it.each([
    ['generate-plans.mjs', 'node scripts/generate-plans.mjs DIR [COUNT=1000] [SEED=1] [KIND=clean] (KIND: clean, warning, errors, sizes)'],
    ['hostile-corpus.mjs', 'node scripts/hostile-corpus.mjs DIR'],
  ])('%s: --help prints the usage, an option or nothing is refused, and no folder is made', (name, usage) => {
    const cwd = tempDir();
    expect(script(name, ['--help'], cwd)).toEqual({ status: 0, stdout: `usage: ${usage}\n`, stderr: '' });
    expect(script(name, ['-h'], cwd)).toEqual({ status: 0, stdout: `usage: ${usage}\n`, stderr: '' });
    expect(script(name, ['--out'], cwd)).toEqual({ status: 2, stdout: '', stderr: `error: unknown option --out (a folder name cannot start with -; write ./--out for one)\nusage: ${usage}\n` });
    expect(script(name, [], cwd)).toEqual({ status: 2, stdout: '', stderr: `error: missing arguments\nusage: ${usage}\n` });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('generate-plans checks its numbers, and writes COUNT plans into DIR', () => {
    const cwd = tempDir();
    expect(script('generate-plans.mjs', ['plans', 'many'], cwd)).toMatchObject({ status: 2, stderr: /^error: COUNT must be a whole number, not "many"\n/ });
    expect(readdirSync(cwd)).toEqual([]);
    expect(script('generate-plans.mjs', ['plans', '3', '7'], cwd).status).toBe(0);
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['plan-0000.yaml', 'plan-0001.yaml', 'plan-0002.yaml']);
  });

  it('fuzz: --help prints the usage; an unknown option or a --keep without a folder is exit 2', () => {
    const cwd = tempDir();
    expect(script('fuzz.mjs', ['--help'], cwd)).toMatchObject({ status: 0, stdout: /^usage: node scripts\/fuzz\.mjs /, stderr: '' });
    expect(script('fuzz.mjs', ['--bogus'], cwd)).toMatchObject({ status: 2, stdout: '', stderr: /^error: Unknown option '--bogus'.*\nusage: /s });
    expect(script('fuzz.mjs', ['--keep', '--runs'], cwd)).toMatchObject({ status: 2, stdout: '' });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
