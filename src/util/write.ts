import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KrisplanError } from '../errors.js';

export interface WriteOptions {
  /** replace an existing file (default true: reports and handbooks are outputs) */
  overwrite?: boolean;
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over the target.
 * A symbolic link at the target is never followed into another place.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const existing = statOrUndefined(path);
  if (existing?.isSymbolicLink()) throw new KrisplanError(`refusing to write ${path}: it is a symbolic link`);
  if (existing?.isDirectory()) throw new KrisplanError(`cannot write ${path}: it is a directory`);
  if (existing && options.overwrite === false) throw new KrisplanError(`${path} already exists; use --force to replace it`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new KrisplanError(`cannot write ${path}${code ? ` (${code})` : ''}`, { cause: error });
  }
}

function statOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
