import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { comparePlans } from '../diff/compare.js';
import { formatMarkdown, formatText, type FileDiff } from '../diff/format.js';
import { KrisplanError } from '../errors.js';
import { findPlanFiles } from '../engine/files.js';
import { readBounded } from '../load/read.js';
import { loadPlan } from '../engine/validate.js';
import type { Config } from '../config/types.js';
import { loadCommonConfig, planPaths, type CommonOptions } from './common.js';
import { jsonText } from '../util/json.js';
import { append } from '../util/list.js';

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

/** Why a file at the revision gives no text: absent there, or over the size limit (left unread). */
type Blob = Uint8Array | 'missing' | 'too-large';

// old versions are read in batches of about this many bytes, so thousands of large plans never share one buffer
const BATCH_BYTES = 64 * 1024 * 1024;

/**
 * The files `REV:path` of `specs` (paths relative to the repository root), read by `git cat-file` for any
 * number of files (one `git show` each took minutes for thousands of plans). A blob over `maxBytes` is not read.
 */
function readBlobs(root: string, specs: readonly string[], maxBytes: number): Blob[] {
  // cat-file reads one name per line and refuses the whole batch for a path outside the repository: such paths
  // (and a path with a line break in it) have no version at the revision
  const askable = specs.map((spec) => !/[\r\n]/.test(spec) && !/^[^:]*:(?:\.\.(?:\/|$)|\/)/.test(spec));
  if (!askable.includes(true)) return specs.map(() => 'missing');
  const run = (mode: string, input: string) => execFileSync('git', ['cat-file', mode], { cwd: root, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 2 * BATCH_BYTES + maxBytes });
  const checked = run('--batch-check', specs.map((spec, i) => (askable[i] ? spec : '')).join('\n') + '\n')
    .toString('utf8')
    .split('\n');
  const batches: { index: number; oid: string }[][] = [[]];
  let batchBytes = 0;
  const blobs: Blob[] = specs.map((_, i) => {
    const match = askable[i] ? /^([0-9a-f]+) blob (\d+)$/.exec(checked[i] ?? '') : null;
    if (!match) return 'missing';
    const size = Number(match[2]);
    if (size > maxBytes) return 'too-large';
    if (batchBytes + size > BATCH_BYTES && batches.at(-1)!.length > 0) {
      batches.push([]);
      batchBytes = 0;
    }
    batches.at(-1)!.push({ index: i, oid: match[1]! });
    batchBytes += size;
    return 'missing';
  });
  for (const batch of batches.filter((b) => b.length > 0)) {
    const out = run('--batch', `${batch.map((w) => w.oid).join('\n')}\n`);
    let at = 0;
    for (const { index } of batch) {
      const headerEnd = out.indexOf(0x0a, at);
      const size = / blob (\d+)$/.exec(out.subarray(at, headerEnd).toString('latin1'))?.[1];
      // an object gone since the check (a concurrent gc) is reported as `<oid> missing`: no version then
      if (size === undefined) {
        at = headerEnd + 1;
        continue;
      }
      blobs[index] = out.subarray(headerEnd + 1, headerEnd + 1 + Number(size));
      at = headerEnd + 1 + Number(size) + 1;
    }
  }
  return blobs;
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
  const befores = readBlobs(root, current.map((file) => `${revision}:${relative(root, resolve(cwd, file)).split(sep).join('/')}`), config.limits.fileSize);
  for (const [i, file] of current.entries()) {
    const before = befores[i]!;
    const after = loadPlan(readBounded(resolve(cwd, file), config.limits.fileSize), { config });
    if (before === 'missing') {
      diffs.push({ file, status: 'added', changes: after.plan ? comparePlans(emptyPlan(after.plan), after.plan, config) : [] });
      continue;
    }
    const old = before === 'too-large' ? undefined : loadPlan(before, { config }).plan;
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
