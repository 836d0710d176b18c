import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Document } from 'yaml';
import { KrisplanError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { readBounded } from '../load/read.js';
import { yamlLibrary } from '../load/yaml-library.js';

const GLOB_CHARS = /[*?[\]{}]/;
const YAML_FILE = /\.ya?ml$/i;
const PLAN_KEY = /^krisplan[ \t]*:/m;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a search found: the plan files, how many YAML files were looked at, and what could not be looked at. */
export interface Discovery {
  /** plan files, as the user names them */
  files: string[];
  /** YAML files looked at (named or found), plans included */
  yamlFiles: number;
  /** one line each: a YAML file under a walked folder that is not readable as YAML, a name that is not UTF-8 */
  notices: string[];
  /** plans that cannot be opened by name (not UTF-8): each becomes a parse finding under its shown name */
  unnamed: { file: string; message: string }[];
}

/**
 * The plan files named by paths: files as given, directories searched recursively (skipping node_modules
 * and dot-folders) and globs. Under a folder or a glob, a YAML file is a plan when its top level has the key
 * `krisplan` in any YAML spelling (`krisplan:`, `"krisplan":`, `? krisplan`, after any header comment), decided
 * by parsing, not by sniffing the first bytes. A file that mentions `krisplan` but cannot be read as YAML is
 * taken too, so its parse finding fails the gate; other unreadable YAML gets a notice. Paths stay as the user
 * wrote them, so output names files the way the user does.
 */
export async function findPlanFiles(paths: readonly string[], cwd: string, maxFiles = DEFAULT_LIMITS.files, maxBytes = DEFAULT_LIMITS.fileSize): Promise<string[]> {
  return (await discoverPlanFiles(paths, cwd, maxFiles, maxBytes)).files;
}

export async function discoverPlanFiles(paths: readonly string[], cwd: string, maxFiles = DEFAULT_LIMITS.files, maxBytes = DEFAULT_LIMITS.fileSize): Promise<Discovery> {
  const found: string[] = [];
  const discovery: Discovery = { files: [], yamlFiles: 0, notices: [], unnamed: [] };
  const consider = (path: string) => {
    if (!YAML_FILE.test(path)) return;
    discovery.yamlFiles++;
    const kind = classify(resolve(cwd, path), maxBytes);
    if (kind === 'plan') found.push(path);
    else if (kind === 'unreadable') discovery.notices.push(`${path}: not read as a plan (it is not YAML krisplan can read, and names no krisplan key)`);
    if (found.length > maxFiles) throw tooManyFiles(maxFiles);
  };
  for (const path of paths) {
    if (GLOB_CHARS.test(path) && !exists(resolve(cwd, path))) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(path, { cwd, ignore: ['**/node_modules/**'], dot: false, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new KrisplanError(`no files match "${path}"`);
      for (const file of matches.sort()) {
        // a name the file system gave in bytes that are not UTF-8 comes back changed and cannot be opened by it
        if (exists(resolve(cwd, file))) consider(file);
        else undecodableMatch(file, cwd, discovery, maxBytes);
      }
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, path));
    } catch {
      throw new KrisplanError(`no such file or directory: ${path}`);
    }
    if (stat.isDirectory()) {
      searchDirectory(path, cwd, consider, (shown, bytes) => {
        if (shown.endsWith('/')) return void discovery.notices.push(`${shown}: the folder name is not valid UTF-8; not searched (rename it)`);
        if (!YAML_FILE.test(shown)) return;
        discovery.yamlFiles++;
        const kind = classify(bytes, maxBytes);
        if (kind === 'plan') discovery.unnamed.push({ file: shown, message: UNNAMED });
        else discovery.notices.push(`${shown}: its name is not valid UTF-8; not a plan, not checked`);
      });
    } else {
      found.push(path);
      if (YAML_FILE.test(path)) discovery.yamlFiles++;
    }
  }
  const unique = [...new Set(found)];
  if (unique.length > maxFiles) throw tooManyFiles(maxFiles);
  if (unique.length === 0 && discovery.unnamed.length === 0) {
    const notices = discovery.notices.length > 0 ? `; ${discovery.notices.join('; ')}` : '';
    throw new KrisplanError(`no krisplan plan found in ${paths.join(', ')} (a plan is a .yaml/.yml file whose top level has the key krisplan, e.g. \`krisplan: 1\`)${notices}`);
  }
  discovery.files = unique;
  return discovery;
}

/** A glob match whose real name is not UTF-8: found again by its bytes in its folder, and judged like a walked one. */
function undecodableMatch(file: string, cwd: string, discovery: Discovery, maxBytes: number): void {
  const folder = resolve(cwd, dirname(file));
  let entries: Buffer[] = [];
  try {
    entries = readdirSync(folder, { encoding: 'buffer' });
  } catch {
    // the folder went away: the notice below still says the file was not read
  }
  const bytes = entries.find((name) => name.toString('utf8') === basename(file));
  const shown = bytes === undefined ? file : join(dirname(file), decodeName(bytes).shown);
  discovery.yamlFiles++;
  if (bytes !== undefined && classify(Buffer.concat([Buffer.from(`${folder}/`), bytes]), maxBytes) === 'plan') {
    discovery.unnamed.push({ file: shown, message: UNNAMED });
  } else discovery.notices.push(`${shown}: its name is not valid UTF-8; not a plan, not checked`);
}

const UNNAMED = 'the file name is not valid UTF-8, so krisplan cannot name this plan in its reports; rename the file (UTF-8 names work in git, CI and every output)';

function tooManyFiles(maxFiles: number): KrisplanError {
  return new KrisplanError(`more than ${maxFiles.toLocaleString('en-US')} plan files in one run; raise the limit with --max-files or limits.files in krisplan.config.yaml, or check fewer paths at a time`);
}

function searchDirectory(directory: string, cwd: string, consider: (path: string) => void, undecodable: (shown: string, absolute: Buffer) => void): void {
  const walk = (relative: string) => {
    let entries;
    try {
      // names as bytes: a name that is not UTF-8 would come back with U+FFFD and name no file
      entries = readdirSync(resolve(cwd, relative), { withFileTypes: true, encoding: 'buffer' });
    } catch {
      throw new KrisplanError(`cannot read directory ${relative}`);
    }
    const named = entries.map((entry) => ({ entry, name: decodeName(entry.name) }));
    for (const { entry, name } of named.sort((a, b) => (a.name.shown < b.name.shown ? -1 : a.name.shown > b.name.shown ? 1 : 0))) {
      const shown = name.shown;
      if (shown.startsWith('.') || shown === 'node_modules') continue;
      const path = relative === '.' ? shown : join(relative, shown);
      if (name.text === undefined) {
        if (entry.isFile()) undecodable(path, Buffer.concat([Buffer.from(`${resolve(cwd, relative)}/`), entry.name]));
        else if (entry.isDirectory()) undecodable(`${path}/`, Buffer.alloc(0));
        continue;
      }
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) consider(path);
    }
  };
  walk(directory);
}

/** A file name as text, or, when its bytes are not UTF-8, shown with each such byte as \xNN. */
function decodeName(bytes: Buffer): { text?: string; shown: string } {
  try {
    const text = utf8.decode(bytes);
    return { text, shown: text };
  } catch {
    return { shown: [...bytes].map((byte) => (byte < 0x80 && byte >= 0x20 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('') };
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a YAML file is a plan: `plan` when its top level has the key krisplan (or it mentions krisplan and
 * cannot be read, so the parse finding is reported), `other` for YAML that is not a plan, `unreadable` for a
 * file that is neither readable YAML nor mentions krisplan (a Helm template, say): a notice, never a failure.
 */
function classify(path: string | Buffer, maxBytes: number): 'plan' | 'other' | 'unreadable' {
  // most plans say `krisplan:` in their first lines: then the file is read once, by the loader, not twice
  if (typeof path === 'string' && PLAN_KEY.test(headOf(path))) return 'plan';
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path as string, maxBytes);
  } catch {
    return 'unreadable';
  }
  const mentions = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('krisplan');
  // over the size limit: a plan gets its finding from the loader, anything else is not read whole
  if (bytes.length > maxBytes) return mentions ? 'plan' : 'unreadable';
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return mentions ? 'plan' : 'unreadable';
  }
  if (PLAN_KEY.test(text)) return 'plan';
  // only a file that names no krisplan key in the usual spelling is parsed here
  let documents: Document.Parsed[];
  try {
    documents = yamlLibrary().parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
  } catch {
    return mentions ? 'plan' : 'unreadable';
  }
  if (!Array.isArray(documents)) return mentions ? 'plan' : 'unreadable';
  if (documents.some((document) => hasPlanKey(document))) return 'plan';
  if (documents.some((document) => document.errors.length > 0)) return mentions ? 'plan' : 'unreadable';
  return 'other';
}

const HEAD_BYTES = 4096;
const lenient = new TextDecoder('utf-8');

/**
 * The first kilobytes of a file as text ('' when it cannot be read). A `krisplan:` line among them is one in
 * the whole file, and whatever else the file holds (too large, not UTF-8) it is then a plan, as classify says.
 */
function headOf(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.allocUnsafe(HEAD_BYTES);
    return lenient.decode(head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The top-level mapping has the key krisplan: a plain, quoted or explicit (`? krisplan`) key, an alias to one, or one merged in. */
function hasPlanKey(document: Document.Parsed): boolean {
  const { isAlias, isMap, isScalar } = yamlLibrary();
  const resolveNode = (node: unknown, depth = 0): unknown => (isAlias(node) && depth < 10 ? resolveNode(node.resolve(document), depth + 1) : node);
  const top = resolveNode(document.contents);
  if (!isMap(top)) return false;
  return top.items.some((pair) => {
    const key = resolveNode(pair.key);
    if (isScalar(key) && key.value === 'krisplan') return true;
    if (isScalar(key) && key.value === '<<') {
      const merged = resolveNode(pair.value);
      return isMap(merged) && merged.items.some((inner) => { const k = resolveNode(inner.key); return isScalar(k) && k.value === 'krisplan'; });
    }
    return false;
  });
}
