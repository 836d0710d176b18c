import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { comparePlans } from '../diff/compare.js';
import { formatMarkdown, formatText, type FileDiff } from '../diff/format.js';
import { gitOrUndefined, readBlobs } from '../diff/git.js';
import { KrisplanError } from '../errors.js';
import { findPlanFiles } from '../engine/files.js';
import { readBounded } from '../load/read.js';
import { loadPlan } from '../engine/validate.js';
import type { Config } from '../config/types.js';
import { openRun, planPaths } from '../engine/open.js';
import type { CommonOptions } from './common.js';
import { jsonText } from '../util/json.js';
import { append } from '../util/list.js';

interface DiffOptions extends CommonOptions {
  format: 'text' | 'md' | 'json';
}

/** `krisplan diff [REV] [paths…]`: REV is the first argument when it names a commit and no file of that name exists. */
export async function runDiff(args: string[], options: DiffOptions): Promise<number> {
  const cwd = process.cwd();
  const root = gitOrUndefined(['rev-parse', '--show-toplevel'], cwd)?.trim();
  if (!root) throw new KrisplanError('krisplan diff compares with git history: run it inside a git repository');
  const [first, ...rest] = args;
  const isRevision = (name: string) => gitOrUndefined(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd) !== undefined;
  const firstIsRevision = first !== undefined && !existsSync(resolve(cwd, first)) && isRevision(first);
  if (first !== undefined && !firstIsRevision && !existsSync(resolve(cwd, first)) && !/[*?[{]/.test(first)) {
    throw new KrisplanError(`unknown git revision or path "${first}"`);
  }
  const revision = firstIsRevision ? first! : 'HEAD';
  const paths = firstIsRevision ? rest : args;
  if (!isRevision(revision)) throw new KrisplanError(`unknown git revision "${revision}" (a repository without commits has nothing to compare with)`);
  const { today, config } = openRun(options);
  const current = await findPlanFiles(planPaths(paths, config), cwd, config.limits.files);
  const diffs: FileDiff[] = [];
  const befores = readBlobs(root, current.map((file) => `${revision}:${relative(root, resolve(cwd, file)).split(sep).join('/')}`), config.limits.fileSize);
  for (const [i, file] of current.entries()) {
    const before = befores[i]!;
    const after = loadPlan(readBounded(resolve(cwd, file), config.limits.fileSize), { config, today });
    if (before === 'missing') {
      diffs.push({ file, status: 'added', changes: after.plan ? comparePlans(emptyPlan(after.plan), after.plan, config) : [] });
      continue;
    }
    const old = before === 'too-large' ? undefined : loadPlan(before, { config, today }).plan;
    if (!old || !after.plan) {
      diffs.push({ file, status: 'unreadable', changes: [] });
      continue;
    }
    diffs.push({ file, status: 'changed', changes: comparePlans(old, after.plan, config) });
  }
  append(diffs, removedPlans(revision, root, cwd, paths.length > 0 ? paths : ['.'], new Set(current.map((file) => resolve(cwd, file))), config));
  if (options.format === 'json') process.stdout.write(jsonText({ revision, files: diffs }));
  else process.stdout.write(options.format === 'md' ? formatMarkdown(diffs, revision) : formatText(diffs, revision));
  return 0;
}

/** Plans that existed at the revision under the given paths and are gone from the working tree. */
function removedPlans(revision: string, root: string, cwd: string, paths: string[], current: ReadonlySet<string>, config: Config): FileDiff[] {
  const listed = gitOrUndefined(['ls-tree', '-r', '--name-only', '-z', revision, '--', ...paths.map((path) => relative(root, resolve(cwd, path)) || '.')], root) ?? '';
  const diffs: FileDiff[] = [];
  const gone = listed
    .split('\0')
    .filter((entry) => /\.ya?ml$/i.test(entry))
    .sort()
    .filter((name) => !current.has(resolve(root, name)) && !existsSync(resolve(root, name)));
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
