import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli.js';

// what a user must never see on stderr, shared with scripts/fuzz.mjs
export { CRASH } from '../../scripts/hostile-corpus.mjs';

/** Heap cap for the CLI under test: a case that needs more dies with an out-of-memory error and fails. */
export const HEAP_MB = 512;
/** A run that takes longer is killed: a hang fails the test instead of blocking the suite. */
export const HANG_MS = 60_000;

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** peak resident memory of the CLI process, in MB */
  maxRssMb: number;
}

let runs = 0;
// two CLI processes at a time: concurrent tests still overlap start-up and work, without crowding two cores
const SLOTS = 2;
let busy = 0;
const waiting: (() => void)[] = [];

/** Runs the built CLI as a child process with a heap cap, a hang timeout and its peak memory recorded. */
export async function runBounded(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  // a finished run hands its slot straight to the next waiting one
  if (busy < SLOTS) busy++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await spawnBounded(args, options);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  }
}

function spawnBounded(args: string[], options: { cwd?: string; env?: Record<string, string> }): Promise<Run> {
  const rssFile = join(tmpdir(), `krisplan-rss-${process.pid}-${++runs}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', KRISPLAN_TEST_RSS: rssFile, ...options.env };
  for (const key of ['FORCE_COLOR', 'KRISPLAN_TODAY', 'GITHUB_STEP_SUMMARY']) delete env[key];
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--require', join(ROOT, 'tests/hardening/max-rss.cjs'), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: HANG_MS,
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const maxRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
      rmSync(rssFile, { force: true });
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), maxRssMb });
    });
  });
}


/** The lines of a file as an editor shows them: decoded leniently, BOM dropped, split at CRLF, CR or LF. */
export function editorLines(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/);
}
