import { lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KrisplanError } from '../errors.js';
import { LOCK, isStale, readLock } from './lock.js';
import type { Generation } from './page.js';
import { IN_PROGRESS, MANIFEST, TEMPORARY, generationOf, isOurs, isSiteFile, isSiteFolder, readRecord, readRegular, realEntries } from './record.js';

export interface SetProblem {
  /** relative to the output folder */
  file: string;
  reason: string;
}

export interface SetCheck {
  generation: Generation | undefined;
  files: number;
  problems: SetProblem[];
}

/**
 * Whether `out` holds one complete set, fit to upload: no run writing or killed, every file of the manifest there
 * with the manifest's generation, and no page of krisplan's left from another set. Throws when there is no such folder.
 */
export function checkSite(out: string): SetCheck {
  const dir = resolve(out);
  const entries = realEntries(dir);
  if (entries === undefined) {
    let exists = true;
    try {
      lstatSync(dir);
    } catch {
      exists = false;
    }
    throw new KrisplanError(exists ? `cannot check ${out}: it is not a folder` : `cannot check ${out}: no such folder; build it with krisplan site --out ${out}`);
  }
  const problems: SetProblem[] = [];
  const lock = readLock(join(dir, LOCK));
  if (lock !== undefined) {
    const who = lock.holder ? `process ${lock.holder.pid}, started ${lock.holder.started}` : 'a run';
    problems.push({ file: LOCK, reason: isStale(lock) ? `left by a run that was stopped (${who}); the next krisplan site takes it over` : `krisplan site is writing this folder now (${who}); check again when it has finished` });
  }
  const unfinished = readRecord(dir, IN_PROGRESS);
  if (unfinished !== undefined) {
    const started = unfinished === 'invalid' ? undefined : unfinished.generation?.time;
    problems.push({ file: IN_PROGRESS, reason: `the set is unfinished: a run${started ? ` that started at ${started}` : ''} did not finish (it is still writing, or was stopped); run krisplan site again` });
  }
  const manifest = readRecord(dir, MANIFEST);
  if (manifest === undefined || manifest === 'invalid' || manifest.generation === undefined) {
    problems.push({ file: MANIFEST, reason: manifest === undefined ? 'missing: no run of krisplan site finished a set here; run it' : 'not a manifest krisplan site wrote; run krisplan site again' });
    return { generation: undefined, files: 0, problems };
  }
  const { generation } = manifest;
  for (const folder of manifest.folders) {
    const stat = lstatOrUndefined(join(dir, ...folder.split('/')));
    if (stat?.isSymbolicLink()) problems.push({ file: `${folder}/`, reason: 'a symbolic link: the set is not all inside the folder' });
  }
  for (const file of manifest.files) {
    const reason = fileProblem(dir, file, generation);
    if (reason !== undefined) problems.push({ file, reason });
  }
  // pages of krisplan's that the manifest does not list: a set copied over another, or left from an earlier one
  const listed = new Set(manifest.files);
  for (const file of sitePaths(dir)) {
    if (TEMPORARY.test(file.split('/').pop()!)) {
      problems.push({ file, reason: 'a temporary file of a write that did not finish' });
      continue;
    }
    if (listed.has(file)) continue;
    const text = readRegular(join(dir, ...file.split('/')));
    if (text === undefined || !isOurs(file, text)) continue;
    const other = generationOf(file, text);
    problems.push({ file, reason: `a page of krisplan site that is not part of generation ${generation.id} (${other ? `generation ${other.id} of ${other.time}` : 'written before generation stamps'}): left from another set` });
  }
  return { generation, files: manifest.files.length, problems };
}

function fileProblem(dir: string, file: string, generation: Generation): string | undefined {
  const stat = lstatOrUndefined(join(dir, ...file.split('/')));
  if (stat === undefined) return 'missing';
  if (stat.isSymbolicLink()) return 'a symbolic link, not a file of the set';
  if (!stat.isFile()) return 'not a regular file';
  const text = readRegular(join(dir, ...file.split('/')));
  if (text === undefined) return 'cannot be read';
  const stamp = generationOf(file, text);
  if (stamp === undefined) return `no generation stamp (the set is generation ${generation.id})`;
  if (stamp.id !== generation.id) return `from generation ${stamp.id} of ${stamp.time}, not ${generation.id} of ${generation.time}: the folder mixes two sets`;
  return undefined;
}

/** The top files, and the files one level down in each scenario folder, that a set could hold; never through a symbolic link. */
function sitePaths(dir: string): string[] {
  const paths: string[] = [];
  const add = (folder: string) => {
    for (const name of realEntries(join(dir, ...folder.split('/').filter(Boolean))) ?? []) {
      const file = folder ? `${folder}/${name}` : name;
      if (isSiteFile(file) || TEMPORARY.test(name)) paths.push(file);
    }
  };
  add('');
  if (realEntries(join(dir, 'scenarios')) !== undefined) {
    add('scenarios');
    for (const name of realEntries(join(dir, 'scenarios')) ?? []) if (isSiteFolder(`scenarios/${name}`)) add(`scenarios/${name}`);
  }
  return paths;
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
