import { closeSync, fchmodSync, mkdirSync, statSync, fchownSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { KrisplanError } from '../errors.js';

export interface WriteOptions {
  /** replace an existing file (default true: reports and handbooks are outputs) */
  overwrite?: boolean;
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over the target.
 * A symbolic link at the target is never followed into another place. A character device or a pipe
 * (`--output /dev/null`) is written into, never replaced: renaming over /dev/null as root would replace
 * the device itself. A replaced file keeps its permissions (a call list kept at 0600 stays 0600) and,
 * where the process may, its owner and group.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const existing = statOrUndefined(path);
  if (existing?.isSymbolicLink()) throw new KrisplanError(`refusing to write ${path}: it is a symbolic link`);
  if (existing?.isDirectory()) throw new KrisplanError(`cannot write ${path}: it is a directory`);
  if (existing && options.overwrite === false) throw new KrisplanError(`${path} already exists; use --force to replace it`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (existing?.isCharacterDevice() || existing?.isFIFO()) return writeInto(path, bytes);
  if (existing && !existing.isFile()) throw new KrisplanError(`refusing to write ${path}: it is not a regular file`);
  const temporary = temporaryName(path);
  let fd: number | undefined;
  try {
    // a new file gets the usual 0666 less the umask; a replaced one its old mode, set before any byte is written
    fd = openSync(temporary, 'wx', existing ? 0o600 : 0o666);
    if (existing) keepOwnership(fd, existing);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    publish(temporary, path, options.overwrite !== false);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temporary);
    throw cannotWrite(path, error);
  }
  if (options.overwrite === false) removeQuietly(temporary);
}

/**
 * A short name beside the target: it fits wherever the target's name fits (a name of 250 bytes plus a
 * long suffix would fail with ENAMETOOLONG), and its random part keeps two runs from sharing it.
 */
function temporaryName(path: string): string {
  return join(dirname(path), `.krisplan-${randomBytes(6).toString('hex')}.tmp`);
}

function keepOwnership(fd: number, existing: Stats): void {
  try {
    fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // only root may give a file away; the group may still fail on a foreign file: the mode matters more
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

/** Removes a temporary file if it is there; `force` alone still throws when its folder is not one (ENOTDIR). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // it was never created, or cannot be reached: either way there is nothing to clean up
  }
}

/** Moves the finished temporary file to its place: a rename, or without overwrite a link, which fails if the target appeared meanwhile. */
function publish(temporary: string, path: string, overwrite: boolean): void {
  if (overwrite) return renameSync(temporary, path);
  try {
    linkSync(temporary, path);
  } catch (error) {
    // file systems without hard links: the check at the start has to do
    if (!['EPERM', 'ENOTSUP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    renameSync(temporary, path);
  }
}

function writeInto(path: string, bytes: Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w');
    writeAll(fd, bytes);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

function cannotWrite(path: string, error: unknown): KrisplanError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' && (error as NodeJS.ErrnoException).syscall === 'link') return new KrisplanError(`${path} already exists; use --force to replace it`, { cause: error });
  return new KrisplanError(`cannot write ${path}${code ? ` (${code})` : ''}`, { cause: error });
}

function statOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Makes a folder to write into, with its parents: the one folder-maker of every command that writes files.
 * `shown` is the folder as the user named it.
 */
export function makeFolder(path: string, shown: string): void {
  const notAFolder = () => new KrisplanError(`cannot write into ${shown}: it is not a folder`);
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // a file where the folder or one of its parents should be
    if (code === 'EEXIST' || code === 'ENOTDIR') throw notAFolder();
    throw new KrisplanError(`cannot create the folder ${shown}${code ? ` (${code})` : ''}`, { cause: error });
  }
  if (!statSync(path).isDirectory()) throw notAFolder();
}
