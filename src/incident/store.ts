import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { stringify } from 'yaml';
import { KrisplanError } from '../errors.js';
import { writeFileAtomic } from '../util/write.js';
import { checkEntry, checkRecord } from './check.js';
import { ENTRY_KEY, type Entry, type IncidentRecord, type LoadedIncident } from './record.js';

import { listIncidents, RECORD_FILE } from './folders.js';

export { incidentsOfPlans, incidentsRoot, listIncidents, RECORD_FILE } from './folders.js';
const ENTRIES = 'entries';
const MAX_SUFFIX = 99;

/**
 * Creates `root/<date>-<playbook>` (`-2`, `-3` … when taken) and writes record.yaml in it. The folder is made with
 * an exclusive mkdir, so two activations at the same moment get two folders; if the record cannot be written the
 * folder is removed again.
 */
export function createIncident(
  root: string,
  date: string,
  record: Omit<IncidentRecord, 'id' | 'plan'>,
  planFor: (dir: string) => string,
  extra: (dir: string, record: IncidentRecord) => void,
): LoadedIncident {
  makeFolder(root);
  const base = `${date}-${record.playbook}`;
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    const dir = join(root, id);
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new KrisplanError(`cannot create ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
    }
    const { krisplan_incident: _version, ...rest } = record;
    const full: IncidentRecord = { krisplan_incident: 1, id, plan: planFor(dir), ...rest };
    try {
      writeFileAtomic(join(dir, RECORD_FILE), `# krisplan incident record: written once by krisplan activate; later entries are files in entries/\n${stringify(full, { lineWidth: 0 })}`, { overwrite: false });
      extra(dir, full);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return { dir, record: full, entries: [] };
  }
  throw new KrisplanError(`${root} already holds ${MAX_SUFFIX} incidents named ${base}; close or move some`);
}

/**
 * Adds one entry as its own file, named by time and a random part, created exclusively: two people logging at the
 * same moment write two files, and two clones add different files, which git merges without a conflict.
 */
export function addEntry(dir: string, entry: Omit<Entry, 'krisplan_incident_entry'>): string {
  const folder = join(dir, ENTRIES);
  makeFolder(folder);
  const stamp = entry.at.replace(/[-:]/g, '');
  const file = join(folder, `${stamp}-${entry.kind}-${randomBytes(4).toString('hex')}.yaml`);
  writeFileAtomic(file, stringify({ [ENTRY_KEY]: 1, ...entry }, { lineWidth: 0 }), { overwrite: false });
  return file;
}

export function loadIncident(dir: string): LoadedIncident {
  const path = join(dir, RECORD_FILE);
  const record = checkRecord(readText(path), path);
  const folder = join(dir, ENTRIES);
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml') && !name.startsWith('.')).sort() : [];
  const entries = names.map((name) => checkEntry(readText(join(folder, name)), join(folder, name)));
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { dir, record, entries };
}

export function isClosed(incident: LoadedIncident): boolean {
  return incident.entries.some((entry) => entry.kind === 'close');
}

/**
 * The incident an argument names: a folder path, or an id (folder name) under the roots. Without one, the only
 * open incident.
 */
export function findIncident(argument: string | undefined, roots: readonly string[]): LoadedIncident {
  if (argument !== undefined) {
    if (existsSync(join(argument, RECORD_FILE))) return loadIncident(resolve(argument));
    const named = listIncidents(roots).filter((dir) => basename(dir) === argument);
    if (named.length > 0) return loadIncident(named[0]!);
    const known = listIncidents(roots).map((dir) => basename(dir));
    throw new KrisplanError(`no incident "${argument}"${known.length > 0 ? `; the incidents are: ${known.slice(0, 10).join(', ')}` : ` in ${roots.join(', ') || 'the incidents folder'}`}`);
  }
  const open = listIncidents(roots).map(loadIncident).filter((incident) => !isClosed(incident));
  if (open.length === 1) return open[0]!;
  if (open.length === 0) throw new KrisplanError(`no open incident in ${roots.join(', ') || 'the incidents folder'}; start one with krisplan activate PLAYBOOK`);
  throw new KrisplanError(`${open.length} incidents are open (${open.map((incident) => incident.record.id).join(', ')}); name one`);
}

/** Who is writing: the git user name, else the login name. */
export function whoAmI(cwd: string): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name !== '') return name;
  } catch {
    // no git, or no user name configured
  }
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The commit HEAD points at in the plan's repository, if it is in one. */
export function headCommit(planFile: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dirname(resolve(planFile)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new KrisplanError(`cannot create the folder ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  if (!statSync(dir).isDirectory()) throw new KrisplanError(`${dir} is not a folder`);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new KrisplanError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}
