import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { comparePlans } from '../diff/compare.js';
import { formatMarkdown, formatText, type FileDiff } from '../diff/format.js';
import { KrisplanError } from '../errors.js';
import { findPlanFiles } from '../files.js';
import { loadPlan } from '../validate.js';
import type { Config } from '../config/types.js';
import { loadCommonConfig, planPaths, type CommonOptions } from './common.js';

interface DiffOptions extends CommonOptions {
  format: 'text' | 'md' | 'json';
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function gitOrUndefined(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd);
  } catch {
    return undefined;
  }
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
  const config = loadCommonConfig(options);
  const current = await findPlanFiles(planPaths(paths, config), cwd, config.limits.files);
  const diffs: FileDiff[] = [];
  for (const file of current) {
    const inRepository = relative(root, resolve(cwd, file)).split(sep).join('/');
    const before = gitOrUndefined(['show', `${revision}:${inRepository}`], root);
    const after = loadPlan(readFileSync(resolve(cwd, file)), { config });
    if (before === undefined) {
      diffs.push({ file, status: 'added', changes: after.plan ? comparePlans(emptyPlan(after.plan), after.plan, config) : [] });
      continue;
    }
    const old = loadPlan(before, { config });
    if (!old.plan || !after.plan) {
      diffs.push({ file, status: 'unreadable', changes: [] });
      continue;
    }
    diffs.push({ file, status: 'changed', changes: comparePlans(old.plan, after.plan, config) });
  }
  diffs.push(...removedPlans(revision, root, cwd, paths.length > 0 ? paths : ['.'], new Set(current.map((file) => resolve(cwd, file))), config));
  if (options.format === 'json') process.stdout.write(`${JSON.stringify({ revision, files: diffs }, null, 2)}\n`);
  else process.stdout.write(options.format === 'md' ? formatMarkdown(diffs, revision) : formatText(diffs, revision));
  return 0;
}

/** Plans that existed at the revision under the given paths and are gone from the working tree. */
function removedPlans(revision: string, root: string, cwd: string, paths: string[], current: ReadonlySet<string>, config: Config): FileDiff[] {
  const listed = gitOrUndefined(['ls-tree', '-r', '--name-only', '-z', revision, '--', ...paths.map((path) => relative(root, resolve(cwd, path)) || '.')], root) ?? '';
  const diffs: FileDiff[] = [];
  for (const name of listed.split('\0').filter((entry) => /\.ya?ml$/i.test(entry)).sort()) {
    const absolute = resolve(root, name);
    if (current.has(absolute) || existsSync(absolute)) continue;
    const text = gitOrUndefined(['show', `${revision}:${name}`], root);
    if (text === undefined || !/^krisplan[ \t]*:/m.test(text)) continue;
    const old = loadPlan(text, { config });
    if (old.plan) diffs.push({ file: relative(cwd, absolute), status: 'removed', changes: comparePlans(old.plan, emptyPlan(old.plan), config) });
  }
  return diffs;
}

function emptyPlan<T extends { risks: unknown[] }>(plan: T): T {
  return { ...plan, risks: [], contacts: [], playbooks: [], services: [] };
}
