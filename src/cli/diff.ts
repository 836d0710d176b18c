import { existsSync, lstatSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { comparePlans } from '../diff/compare.js';
import { formatMarkdown, formatText, type FileDiff } from '../diff/format.js';
import { git, gitOrUndefined, readBlobs, renames } from '../diff/git.js';
import { KrisplanError } from '../errors.js';
import { loadPlan } from '../engine/validate.js';
import type { Config } from '../config/types.js';
import { openPlans } from '../engine/open.js';
import type { CommonOptions } from './common.js';
import { jsonText } from '../util/json.js';
import { append } from '../util/list.js';

// a revision that names a set of commits (^HEAD, A..B, A...B, HEAD^@, HEAD^!) or looks like an option
const RANGE = /^[-^]|\.\.|\^[@!-]/;

interface DiffOptions extends CommonOptions {
  format: 'text' | 'md' | 'json';
}

/** `krisplan diff [REV] [paths…]`: REV is the first argument when it names a commit and no file of that name exists. */
export async function runDiff(args: string[], options: DiffOptions): Promise<number> {
  const cwd = process.cwd();
  const root = repositoryRoot(cwd);
  const [first, ...rest] = args;
  // one commit only: ^HEAD, A..B, HEAD^@ and options are ranges or flags, which rev-parse --verify still answers
  const isRevision = (name: string) => !RANGE.test(name) && gitOrUndefined(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], cwd) !== undefined;
  if (first !== undefined && !existsSync(resolve(cwd, first)) && RANGE.test(first)) {
    throw new KrisplanError(`"${first}" is not one commit; give one revision to compare with, such as HEAD~1 or main`);
  }
  const firstIsRevision = first !== undefined && !existsSync(resolve(cwd, first)) && isRevision(first);
  if (first !== undefined && !firstIsRevision && !existsSync(resolve(cwd, first)) && !/[*?[{]/.test(first)) {
    throw new KrisplanError(`unknown git revision or path "${first}"`);
  }
  const revision = firstIsRevision ? first! : 'HEAD';
  const paths = firstIsRevision ? rest : args;
  if (!isRevision(revision)) throw new KrisplanError(`unknown git revision "${revision}" (a repository without commits has nothing to compare with)`);
  // every plan as it is now, errors or not: a diff shows what changed, validate says what is wrong
  const opened = await openPlans(paths, options, 'keep');
  const { today, config } = opened;
  // a file that cannot be opened by its name has no blob to compare with either
  const current = opened.ready.filter((loaded) => !opened.discovery?.unnamed.some((unnamed) => unnamed.file === loaded.file));
  const diffs: FileDiff[] = [];
  const scope = paths.length > 0 ? paths : ['.'];
  const toRoot = (file: string) => relative(root, resolve(cwd, file)).split(sep).join('/');
  const renamed = renames(revision, root);
  const befores = readBlobs(root, current.map(({ file }) => `${revision}:${renamed.get(toRoot(file)) ?? toRoot(file)}`), config.limits.fileSize);
  for (const [i, after] of current.entries()) {
    const { file } = after;
    const before = befores[i]!;
    const from = renamed.get(toRoot(file));
    const origin = from === undefined ? {} : { from: relative(cwd, resolve(root, from)) };
    if (before === 'missing') {
      diffs.push({ file, status: 'added', changes: after.plan ? comparePlans(emptyPlan(after.plan), after.plan, config) : [] });
      continue;
    }
    const old = before === 'too-large' ? undefined : loadPlan(before, { config, today }).plan;
    if (!old || !after.plan) {
      diffs.push({ file, ...origin, status: 'unreadable', changes: [] });
      continue;
    }
    diffs.push({ file, ...origin, status: from === undefined ? 'changed' : 'renamed', changes: comparePlans(old, after.plan, config) });
  }
  // a plan moved to a name that is no plan now (a.yaml → a.txt) is removed all the same
  const moved = new Set(current.flatMap(({ file }) => renamed.get(toRoot(file)) ?? []));
  append(diffs, removedPlans(revision, root, cwd, scope, new Set(current.map(({ file }) => resolve(cwd, file))), moved, config));
  if (options.format === 'json') process.stdout.write(jsonText({ revision, files: diffs }));
  else process.stdout.write(options.format === 'md' ? formatMarkdown(diffs, revision) : formatText(diffs, revision));
  return 0;
}

/** Plans that existed at the revision under the given paths and are gone from the working tree (not moved). */
function removedPlans(revision: string, root: string, cwd: string, paths: string[], current: ReadonlySet<string>, moved: ReadonlySet<string>, config: Config): FileDiff[] {
  const listed = gitOrUndefined(['ls-tree', '-r', '--name-only', '-z', revision, '--', ...paths.map((path) => relative(root, resolve(cwd, path)) || '.')], root) ?? '';
  const diffs: FileDiff[] = [];
  const gone = listed
    .split('\0')
    .filter((entry) => /\.ya?ml$/i.test(entry) && !moved.has(entry))
    .sort()
    // a plan that became a folder or a symbolic link is gone as a plan file
    .filter((name) => !current.has(resolve(root, name)) && !isRegularFile(resolve(root, name)));
  const blobs = readBlobs(root, gone.map((name) => `${revision}:${name}`), config.limits.fileSize);
  for (const [i, name] of gone.entries()) {
    const absolute = resolve(root, name);
    const blob = blobs[i]!;
    if (typeof blob === 'string' || !/^krisplan[ \t]*:/m.test(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).toString('utf8'))) continue;
    const old = loadPlan(blob, { config });
    if (old.plan) diffs.push({ file: relative(cwd, absolute), status: 'removed', changes: comparePlans(old.plan, emptyPlan(old.plan), config) });
  }
  return diffs;
}

function emptyPlan<T extends { risks: unknown[] }>(plan: T): T {
  return { ...plan, risks: [], contacts: [], playbooks: [], services: [] };
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The repository's top folder; outside one, or when git refuses it ("dubious ownership"), git's own reason. */
function repositoryRoot(cwd: string): string {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    const reason = stderr.split('\n').find((line) => line.startsWith('fatal:'))?.replace(/^fatal:\s*/, '');
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KrisplanError('krisplan diff needs git, which is not installed or not on PATH');
    if (!reason || /not a git repository/i.test(reason)) throw new KrisplanError('krisplan diff compares with git history: run it inside a git repository');
    throw new KrisplanError(`git refuses this repository: ${reason}`);
  }
}
