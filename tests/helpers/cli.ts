import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'krisplan.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a child process, no colour unless asked. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, KRISPLAN_TODAY: undefined, GITHUB_STEP_SUMMARY: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'krisplan-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The built CLI in `cwd`, which must exit 0 with nothing on stderr: its stdout. */
export function runOk(args: string[], cwd: string): string {
  const result = runCli(args, { cwd });
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.status, args.join(' ')).toBe(0);
  return result.stdout;
}

/** git in `cwd` with a fixed author, so a test can commit on a machine without a git identity; its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });
}
