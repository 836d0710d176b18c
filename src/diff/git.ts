import { execFileSync } from 'node:child_process';

// Reading plans as they were at a git revision, for krisplan diff: the repository is asked, never parsed.

export function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

export function gitOrUndefined(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd);
  } catch {
    return undefined;
  }
}

/** Why a file at the revision gives no text: absent there, or over the size limit (left unread). */
export type Blob = Uint8Array | 'missing' | 'too-large';

// old versions are read in batches of about this many bytes, so thousands of large plans never share one buffer
const BATCH_BYTES = 64 * 1024 * 1024;

/**
 * The files `REV:path` of `specs` (paths relative to the repository root), read by `git cat-file` for any
 * number of files (one `git show` each took minutes for thousands of plans). A blob over `maxBytes` is not read.
 */
export function readBlobs(root: string, specs: readonly string[], maxBytes: number): Blob[] {
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

/**
 * Plans moved since the revision, as git's rename detection sees them between the revision and the working tree
 * (`git diff -M`: committed and staged moves, with or without edits; like `git status`, a file moved with plain
 * `mv` and not added is a deletion and a new file until it is): new path → old path, both from the root. The whole
 * repository is compared, so that a plan moved into the folder given is paired with where it was.
 */
export function renames(revision: string, root: string): Map<string, string> {
  const listed = gitOrUndefined(['diff', '-M', '--name-status', '-z', '--no-ext-diff', '--diff-filter=R', revision, '--'], root) ?? '';
  const fields = listed.split('\0');
  const moves = new Map<string, string>();
  for (let i = 0; i + 2 < fields.length && fields[i]!.startsWith('R'); i += 3) moves.set(fields[i + 2]!, fields[i + 1]!);
  return moves;
}
