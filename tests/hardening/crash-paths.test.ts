import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CRASH, runBounded } from './run.js';

const PLAN = join(ROOT, 'examples', 'webshop.yaml');
const hasDevFull = existsSync('/dev/full');

/** Runs the CLI with its standard output on a given file descriptor target, the way a shell redirect does. */
function runWithStdout(args: string[], stdoutPath: string, cwd = ROOT) {
  const result = spawnSync('sh', ['-c', `exec "$0" "$@" > ${stdoutPath}`, process.execPath, BIN, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', KRISPLAN_TODAY: '2026-11-29' }, timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('output errors on standard output', () => {
  const commands = [['validate', PLAN], ['schema'], ['rules'], ['risks', PLAN], ['calendar', PLAN], ['due', PLAN], ['contacts', PLAN]];
  for (const args of commands) {
    it.skipIf(!hasDevFull)(`${args[0]} > /dev/full is one line on stderr and exit 2`, () => {
      const result = runWithStdout(args, '/dev/full');
      expect(result.stderr).toBe('krisplan: cannot write to standard output (ENOSPC); the output is incomplete\n');
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(CRASH);
    });
  }
  if (!hasDevFull) it.skip('skipped: /dev/full is missing on this system', () => {});
});

describe('a working directory that was removed', () => {
  it('is one line and exit 2, not an internal error', () => {
    const dir = join(tempDir(), 'gone');
    mkdirSync(dir);
    // the shell enters the folder, removes it, then starts the CLI in it
    const result = spawnSync('sh', ['-c', `cd "$1" && rmdir "$1" && exec "$0" "${BIN}" validate`, process.execPath, dir], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('krisplan: the working directory no longer exists; change to an existing folder and run again\n');
    expect(result.status).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('very long lists (limits.values raised)', () => {
  it('a playbook exercised 150,000 times renders and goes into the calendar without overflowing the stack', () => {
    const dir = tempDir();
    const base = readFileSync(PLAN, 'utf8');
    const dates = '    exercised:\n' + '      - 2026-01-01\n'.repeat(150_000);
    const plan = base.replace(/^(playbooks:\n  - id: .*\n)/m, `$1${dates}`);
    expect(plan).not.toBe(base);
    writeFileSync(join(dir, 'plan.yaml'), plan);
    writeFileSync(join(dir, 'krisplan.config.yaml'), 'limits:\n  values: 10000000\n');
    for (const args of [['render', 'plan.yaml', '--out', 'out'], ['calendar', 'plan.yaml', '--out', 'plan.ics']]) {
      const result = runCli([...args, '--today', '2026-11-29'], { cwd: dir });
      expect(result.stderr).not.toMatch(/call stack|internal error/);
      expect(result.stderr).not.toMatch(CRASH);
      expect(result.status).toBe(0);
    }
  }, 120_000);
});

describe('long text costs linear time in every output', () => {
  it('a 4.5 MB plan title and contact name: every command finishes within the heap cap, the calendar folded and whole', async () => {
    const dir = tempDir();
    const long = 'Å'.repeat(1_500_000) + 'a'.repeat(1_500_000); // 4.5 MB each, the file within the 10 MB limit
    const plan = readFileSync(PLAN, 'utf8').replace(/^ {2}title: .*$/m, `  title: "${long}"`).replace(/^ {4}name: .*$/m, `    name: "${long}"`);
    writeFileSync(join(dir, 'plan.yaml'), plan);
    for (const args of [['calendar', 'plan.yaml', '--out', 'plan.ics'], ['contacts', 'plan.yaml', '--out', 'plan.vcf'], ['due', 'plan.yaml', '--format', 'md'], ['render', 'plan.yaml', '--out', 'out']]) {
      const result = await runBounded([...args, '--today', '2026-11-29'], { cwd: dir });
      expect(result.stderr, args[0]).not.toMatch(CRASH);
      expect(result.status, args[0]).toBe(0);
      expect(result.maxRssMb, args[0]).toBeLessThan(512);
    }
    const ics = readFileSync(join(dir, 'plan.ics'), 'utf8');
    // every physical line within 75 octets, and the title whole once the lines are unfolded
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(`NAME:${long}\r\n`);
  }, 240_000);
});
