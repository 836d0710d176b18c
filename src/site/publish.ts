import { lstatSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KrisplanError } from '../errors.js';
import { showLine } from '../util/controls.js';
import { makeFolder, writeFileAtomic } from '../util/write.js';
import type { SiteFile } from './build.js';
import { lockFolder, removeDeadLockTemporaries } from './lock.js';
import type { Generation } from './page.js';
import { IN_PROGRESS, MANIFEST, TEMPORARY, isOurs, isSiteFile, isSiteFolder, legacyScenarios, readRecord, readRegular, realEntries, recordText, type SiteRecord } from './record.js';

export interface PublishOptions {
  /** replace pages and write into folders krisplan site did not make */
  force: boolean;
  /** how long to wait for another run writing the same folder, in milliseconds */
  waitMs: number;
  generation: Generation;
  /**
   * The files to write. `withScenarioPages` is true when the folder already holds scenario pages of an earlier
   * set: they are written again with the rest, so the folder keeps one generation.
   */
  build(withScenarioPages: boolean): SiteFile[];
}

export interface Published {
  files: SiteFile[];
  /** scenario folders whose pages were removed: their message is gone from the plan */
  removed: string[];
}

/**
 * Writes the crisis web into `out` as one set: under the folder's lock, after an in-progress marker, every file
 * with the same generation, the pages of withdrawn scenarios removed, then the manifest, and the marker removed
 * last. Everything is checked before the first write: a file or folder that is not krisplan's (without --force),
 * a symbolic link or a non-folder anywhere on the way stops it with the folder as it was.
 */
export async function publishSite(out: string, options: PublishOptions): Promise<Published> {
  const dir = resolve(out);
  makeFolder(dir, out);
  const release = await lockFolder(dir, out, options.waitMs);
  try {
    return writeSet(dir, out, options);
  } finally {
    release();
  }
}

function writeSet(dir: string, out: string, options: PublishOptions): Published {
  for (const name of [MANIFEST, IN_PROGRESS]) {
    const stat = lstatOrUndefined(join(dir, name));
    if (stat !== undefined && !stat.isFile()) throw new KrisplanError(`refusing to write ${showLine(join(out, name))}: it is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; remove it`);
  }
  const owned = ownedBy(dir);
  const files = options.build(owned.files.some((file) => file.startsWith('scenarios/')));
  const folders = foldersOf(files);
  for (const file of files) if (!isSiteFile(file.path)) throw new KrisplanError(`internal: ${file.path} is not a crisis web file`);
  const created = checkFolders(dir, out, folders, owned, options.force);
  for (const file of files) checkFile(dir, out, file.path, options.force);
  const marker: SiteRecord = { generation: options.generation, files: union(owned.files, files.map((file) => file.path)), folders: union(owned.folders, created) };
  writeFileAtomic(join(dir, IN_PROGRESS), recordText(marker));
  for (const folder of created) {
    try {
      mkdirSync(join(dir, ...folder.split('/')));
    } catch (error) {
      throw new KrisplanError(`cannot create the folder ${showLine(join(out, folder))} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
    }
  }
  // the top page last: until it is replaced, visitors see the previous set's message
  const ordered = [...files.filter((file) => file.path.includes('/')), ...files.filter((file) => !file.path.includes('/'))];
  for (const file of ordered) writeFileAtomic(join(dir, ...file.path.split('/')), file.content);
  const written = new Set(files.map((file) => file.path));
  const removed = removeWithdrawn(dir, owned.files.filter((file) => !written.has(file)));
  const kept = removeEmptyFolders(dir, owned.folders.filter((folder) => !folders.includes(folder)));
  removeTemporaries(dir, union([''], union(marker.folders, folders)));
  removeDeadLockTemporaries(dir);
  const ownFolders = union(folders.filter((folder) => owned.folders.includes(folder) || created.includes(folder)), kept);
  writeFileAtomic(join(dir, MANIFEST), recordText({ generation: options.generation, files: files.map((file) => file.path), folders: ownFolders }));
  rmSync(join(dir, IN_PROGRESS), { force: true });
  return { files, removed };
}

/** What earlier runs wrote: the manifest, with what an unfinished run meant to write; before manifests, the scenario pages found. */
function ownedBy(dir: string): SiteRecord {
  const manifest = readRecord(dir, MANIFEST);
  const unfinished = readRecord(dir, IN_PROGRESS);
  const records = [manifest, unfinished].filter((record): record is SiteRecord => record !== undefined && record !== 'invalid');
  if (records.length === 0) return legacyScenarios(dir);
  return { generation: undefined, files: union(...records.map((record) => record.files)), folders: union(...records.map((record) => record.folders)) };
}

function foldersOf(files: readonly SiteFile[]): string[] {
  const folders: string[] = [];
  for (const file of files) {
    const parts = file.path.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!folders.includes(folder)) folders.push(folder);
    }
  }
  return folders;
}

/** Every folder on the way is a real folder inside `out` that krisplan site made (or --force): returns those to create. */
function checkFolders(dir: string, out: string, folders: readonly string[], owned: SiteRecord, force: boolean): string[] {
  const create: string[] = [];
  for (const folder of folders) {
    if (!isSiteFolder(folder)) throw new KrisplanError(`internal: ${folder} is not a crisis web folder`);
    const shown = showLine(join(out, folder));
    const stat = lstatOrUndefined(join(dir, ...folder.split('/')));
    if (stat === undefined) {
      create.push(folder);
      continue;
    }
    if (stat.isSymbolicLink()) throw new KrisplanError(`refusing to write into ${shown}: it is a symbolic link, and krisplan site writes only inside ${showLine(out)}; remove it, or choose another --out folder`);
    if (!stat.isDirectory()) throw new KrisplanError(`refusing to write into ${shown}: it is not a folder; remove it, or choose another --out folder`);
    if (!force && !owned.folders.includes(folder)) {
      const strangers = (realEntries(join(dir, ...folder.split('/'))) ?? []).filter((name) => !TEMPORARY.test(name));
      if (strangers.length > 0) throw new KrisplanError(`${shown} exists and krisplan site did not make it (it holds ${showLine(strangers.slice(0, 3).join(', '))}${strangers.length > 3 ? ', …' : ''}); use --force to write into it, or choose another --out folder`);
      // an empty folder of that name holds nothing to lose: taken as its own
      owned.folders.push(folder);
    }
  }
  return create;
}

function checkFile(dir: string, out: string, path: string, force: boolean): void {
  const target = join(dir, ...path.split('/'));
  const shown = showLine(join(out, path));
  const stat = lstatOrUndefined(target);
  if (stat === undefined) return;
  if (stat.isSymbolicLink()) throw new KrisplanError(`refusing to write ${shown}: it is a symbolic link, and krisplan site writes only inside ${showLine(out)}; remove it, or choose another --out folder`);
  if (!stat.isFile()) throw new KrisplanError(`refusing to write ${shown}: it is not a regular file`);
  if (force) return;
  const text = readRegular(target);
  if (text === undefined || !isOurs(path, text)) throw new KrisplanError(`${shown} exists and was not written by krisplan site; use --force to replace it, or choose another --out folder`);
}

/** Removes the pages of scenarios no longer in the set, if they are still krisplan's; returns their folders. */
function removeWithdrawn(dir: string, files: readonly string[]): string[] {
  const folders: string[] = [];
  for (const file of files) {
    const path = join(dir, ...file.split('/'));
    const text = readRegular(path);
    if (text === undefined || !isOurs(file, text)) continue;
    rmSync(path, { force: true });
    const folder = file.split('/').slice(0, -1).join('/');
    if (!folders.includes(folder)) folders.push(folder);
  }
  return folders;
}

/** Removes the folders it made that are now empty, deepest first; returns those still holding something (the user's). */
function removeEmptyFolders(dir: string, folders: readonly string[]): string[] {
  const kept: string[] = [];
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const path = join(dir, ...folder.split('/'));
    const entries = realEntries(path);
    if (entries === undefined) continue;
    for (const name of entries) if (TEMPORARY.test(name)) rmSync(join(path, name), { force: true });
    try {
      rmdirSync(path);
    } catch {
      kept.push(folder);
    }
  }
  return kept;
}

/** The temporary files a killed run left in the set's folders: only a run holding the lock writes there. */
function removeTemporaries(dir: string, folders: readonly string[]): void {
  for (const folder of folders) {
    const path = join(dir, ...folder.split('/').filter(Boolean));
    for (const name of realEntries(path) ?? []) if (TEMPORARY.test(name)) rmSync(join(path, name), { force: true });
  }
}

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
