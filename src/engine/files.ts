import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KrisplanError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';

const GLOB_CHARS = /[*?[\]{}]/;
const YAML_FILE = /\.ya?ml$/i;
const PLAN_KEY = /^krisplan[ \t]*:/m;
/** how much of a file is read to see whether its top level has `krisplan:` */
const SNIFF_BYTES = 64 * 1024;

/**
 * The plan files named by paths: files as given, directories searched recursively (skipping node_modules
 * and dot-folders) and globs, both keeping only YAML whose top level has a `krisplan` key. Paths stay as
 * the user wrote them, so output names files the way the user does.
 */
export async function findPlanFiles(paths: readonly string[], cwd: string, maxFiles = DEFAULT_LIMITS.files): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    if (GLOB_CHARS.test(path) && !exists(resolve(cwd, path))) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(path, { cwd, ignore: ['**/node_modules/**'], dot: false, onlyFiles: true, expandDirectories: false });
      const plans = matches.filter((file) => YAML_FILE.test(file) && looksLikePlan(resolve(cwd, file))).sort();
      if (matches.length === 0) throw new KrisplanError(`no files match "${path}"`);
      if (plans.length > maxFiles) throw tooManyFiles(maxFiles);
      found.push(...plans);
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, path));
    } catch {
      throw new KrisplanError(`no such file or directory: ${path}`);
    }
    if (stat.isDirectory()) found.push(...searchDirectory(path, cwd, maxFiles));
    else found.push(path);
  }
  const unique = [...new Set(found)];
  if (unique.length > maxFiles) throw tooManyFiles(maxFiles);
  if (unique.length === 0) {
    throw new KrisplanError(`no krisplan plan found in ${paths.join(', ')} (a plan is a .yaml/.yml file whose top level has \`krisplan: 1\`)`);
  }
  return unique;
}

function tooManyFiles(maxFiles: number): KrisplanError {
  return new KrisplanError(`more than ${maxFiles.toLocaleString('en-US')} plan files in one run; raise the limit with --max-files or limits.files in krisplan.config.yaml, or check fewer paths at a time`);
}

function searchDirectory(directory: string, cwd: string, maxFiles: number): string[] {
  const result: string[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(resolve(cwd, relative), { withFileTypes: true });
    } catch {
      throw new KrisplanError(`cannot read directory ${relative}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = relative === '.' ? entry.name : join(relative, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && YAML_FILE.test(entry.name) && looksLikePlan(resolve(cwd, path))) {
        // stop the walk early: a run over the limit fails anyway
        if (result.push(path) > maxFiles) throw tooManyFiles(maxFiles);
      }
    }
  };
  walk(directory);
  return result;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function looksLikePlan(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return PLAN_KEY.test(buffer.toString('utf8', 0, length).replace(/^\uFEFF/, ''));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
