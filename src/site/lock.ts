import { closeSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { KrisplanError } from '../errors.js';
import { showLine } from '../util/controls.js';

/** The lock of an output folder: one `krisplan site` run writes it at a time. */
export const LOCK = '.krisplan-site.lock';
// taken only to remove a stale lock, so that two runs that both found the same dead holder cannot each remove
// the lock the other has just created
const BREAK = '.krisplan-site.lock-break';
// a lock file that cannot be read as a holder (a file system without hard links, a run killed between creating
// and filling it) is stale once it is this old: creating and filling takes microseconds
const UNREADABLE_AFTER_MS = 5000;

export interface Holder {
  pid: number;
  host: string;
  started: string;
}

/**
 * Takes the lock of `dir`, waiting up to `waitMs` for a run that holds it; a lock whose process is gone (killed)
 * is taken over. Returns the release. Throws one line when the wait runs out.
 */
export async function lockFolder(dir: string, shown: string, waitMs: number): Promise<() => void> {
  const path = join(dir, LOCK);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies Holder);
  const deadline = Date.now() + waitMs;
  let pause = 10;
  for (;;) {
    const found = readLock(path);
    if (found === undefined) {
      if (createExclusive(dir, path, mine)) return () => removeIfStill(path, mine);
      continue; // another run took it between the two calls
    }
    if (isStale(found)) {
      breakStale(dir, path, found.text, mine);
      continue;
    }
    if (Date.now() >= deadline) throw new KrisplanError(busy(shown, found.holder, waitMs));
    // a waiting run looks less often the longer it waits (up to 4 times a second), so fifty waiting runs leave the machine to the one writing
    await sleep(Math.min(pause, Math.max(0, deadline - Date.now())) + Math.floor(Math.random() * pause));
    pause = Math.min(pause * 2, 250);
  }
}

/** What a lock file says: its text, the holder when it names one, and its age. */
export function readLock(path: string): { text: string; holder: Holder | undefined; mtimeMs: number } | undefined {
  try {
    const stat = lstatSync(path);
    // a symbolic link or a device planted there is never read through
    if (!stat.isFile()) throw new KrisplanError(`refusing to use the lock ${showLine(path)}: it is not a regular file; remove it`);
    const mtimeMs = stat.mtimeMs;
    const text = readFileSync(path, 'utf8');
    return { text, holder: parseHolder(text), mtimeMs };
  } catch (error) {
    if (error instanceof KrisplanError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KrisplanError(`cannot read the lock ${showLine(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

/** A holder on this machine whose process is gone, or a lock that names no holder and is old. */
export function isStale(found: { holder: Holder | undefined; mtimeMs: number }): boolean {
  if (found.holder === undefined) return Date.now() - found.mtimeMs > UNREADABLE_AFTER_MS;
  // another machine's process (a shared folder) cannot be asked: it counts as running
  return found.holder.host === hostname() && !isAlive(found.holder.pid);
}

/** The lock's own temporary files left by runs killed while taking it (named by their process id). */
export function removeDeadLockTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^\.krisplan-lock-(\d+)-[0-9a-f]{8}\.tmp$/.exec(name);
    if (match && !isAlive(Number(match[1]))) rmSync(join(dir, name), { force: true });
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (Number.isSafeInteger(value.pid) && value.pid! > 0 && typeof value.host === 'string' && typeof value.started === 'string') return value as Holder;
  } catch {
    // not JSON: no holder named
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, and belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `path` holding `text`, or returns false if it exists. The text is written to a file of its own first and
 * linked into place, so the lock never exists empty: a run killed at any moment leaves a lock that names it.
 */
function createExclusive(dir: string, path: string, text: string): boolean {
  const temporary = join(dir, `.krisplan-lock-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  writeNew(temporary, text);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // file systems without hard links: created with O_EXCL, then filled
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createFilled(path, text);
    throw new KrisplanError(`cannot create the lock ${showLine(path)} (${code ?? 'error'})`, { cause: error });
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createFilled(path: string, text: string): boolean {
  try {
    writeNew(path, text);
    return true;
  } catch (error) {
    if ((error as KrisplanError).cause && ((error as KrisplanError).cause as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function writeNew(path: string, text: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'wx', 0o644);
    writeSync(fd, text);
  } catch (error) {
    throw new KrisplanError(`cannot create the lock ${showLine(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes the stale lock that held `staleText`, if it still does: under the break lock, so only one run removes it. */
function breakStale(dir: string, path: string, staleText: string, mine: string): void {
  const breakPath = join(dir, BREAK);
  if (!createExclusive(dir, breakPath, mine)) {
    // another run is removing it now; its break lock is stale only if that run died in those microseconds
    const other = readLock(breakPath);
    if (other !== undefined && isStale(other)) removeIfStill(breakPath, other.text);
    return;
  }
  try {
    removeIfStill(path, staleText);
  } finally {
    removeIfStill(breakPath, mine);
  }
}

function removeIfStill(path: string, text: string): void {
  try {
    if (lstatSync(path).isFile() && readFileSync(path, 'utf8') === text) rmSync(path, { force: true });
  } catch {
    // gone already
  }
}

function busy(shown: string, holder: Holder | undefined, waitMs: number): string {
  const who = holder ? `krisplan site (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${showLine(holder.host)}`}, started ${showLine(holder.started)})` : 'krisplan site';
  const seconds = Math.round(waitMs / 1000);
  return `${showLine(shown)} is being written by another ${who}; waited ${seconds} s for it: try again when it has finished, or raise --wait${holder && holder.host !== hostname() ? `; if no run is going on there, remove ${showLine(join(shown, LOCK))}` : ''}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
