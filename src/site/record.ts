import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATION_META, GENERATOR, type Generation } from './page.js';

/** What the last run that finished wrote into the folder: its generation, its files and the folders it made. */
export const MANIFEST = '.krisplan-site.json';
/** Written first and removed last by every run: while it is there the set is unfinished (a run is writing, or was killed). */
export const IN_PROGRESS = '.krisplan-site.in-progress';

export interface SiteRecord {
  generation: Generation | undefined;
  /** relative to the output folder, with / */
  files: string[];
  folders: string[];
}

// the only names krisplan site writes: a manifest cannot make a run remove or trust anything else
const FILE = /^(?:scenarios\/[a-z0-9][a-z0-9_-]*\/)?(?:index\.html|status\.json)$/;
const FOLDER = /^scenarios(?:\/[a-z0-9][a-z0-9_-]*)?$/;
/** the temporary files of writeFileAtomic: a run killed while writing leaves one */
export const TEMPORARY = /^\.krisplan-[0-9a-f]{12}\.tmp$/;

export function isSiteFile(path: string): boolean {
  return FILE.test(path);
}

export function isSiteFolder(path: string): boolean {
  return FOLDER.test(path);
}

export function recordText(record: SiteRecord): string {
  return `${JSON.stringify({ generator: GENERATOR, generation: record.generation, files: record.files, folders: record.folders }, null, 2)}\n`;
}

/** The record in `name` (the manifest or the in-progress marker); undefined when there is none, `invalid` when it cannot be read as one. */
export function readRecord(dir: string, name: string): SiteRecord | 'invalid' | undefined {
  const path = join(dir, name);
  let text: string;
  try {
    if (!lstatSync(path).isFile()) return 'invalid';
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return 'invalid';
  }
  try {
    const value = JSON.parse(text) as { generator?: unknown; generation?: unknown; files?: unknown; folders?: unknown };
    if (value.generator !== GENERATOR || !Array.isArray(value.files) || !Array.isArray(value.folders)) return 'invalid';
    return {
      generation: asGeneration(value.generation),
      files: value.files.filter((file): file is string => typeof file === 'string' && isSiteFile(file)),
      folders: value.folders.filter((folder): folder is string => typeof folder === 'string' && isSiteFolder(folder)),
    };
  } catch {
    return 'invalid';
  }
}

function asGeneration(value: unknown): Generation | undefined {
  const { id, time } = (value ?? {}) as Partial<Generation>;
  return typeof id === 'string' && typeof time === 'string' && /^[0-9a-f]{1,64}$/.test(id) ? { id, time } : undefined;
}

/** Whether the text of a page or status.json is krisplan site's (the generator mark the refusal of foreign files checks). */
export function isOurs(path: string, text: string): boolean {
  return path.endsWith('.json') ? text.includes(`"generator": "${GENERATOR}"`) : text.includes(`<meta name="generator" content="${GENERATOR}">`);
}

/** The generation a page or status.json carries; undefined when it has none (written before stamps, or not by krisplan). */
export function generationOf(path: string, text: string): Generation | undefined {
  if (path.endsWith('.json')) {
    try {
      return asGeneration((JSON.parse(text) as { generation?: unknown }).generation);
    } catch {
      return undefined;
    }
  }
  const match = new RegExp(`<meta name="${GENERATION_META}" content="([0-9a-f]+) ([^"]+)">`).exec(text);
  return match ? { id: match[1]!, time: match[2]! } : undefined;
}

/** The text of a regular file (never through a symbolic link), or undefined. */
export function readRegular(path: string): string | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The scenario pages an earlier krisplan (before manifests) wrote: `scenarios/` and each `scenarios/<id>/` are
 * taken as its own only when they are real folders holding nothing but its pages (and temporary files).
 */
export function legacyScenarios(dir: string): SiteRecord {
  const none: SiteRecord = { generation: undefined, files: [], folders: [] };
  const entries = realEntries(join(dir, 'scenarios'));
  if (entries === undefined) return none;
  const files: string[] = [];
  const folders = ['scenarios'];
  for (const entry of entries) {
    if (TEMPORARY.test(entry)) continue;
    const folder = `scenarios/${entry}`;
    const pages = isSiteFolder(folder) ? realEntries(join(dir, folder)) : undefined;
    if (pages === undefined) return none;
    for (const page of pages) {
      if (TEMPORARY.test(page)) continue;
      const file = `${folder}/${page}`;
      const text = isSiteFile(file) ? readRegular(join(dir, file)) : undefined;
      if (text === undefined || !isOurs(file, text)) return none;
      files.push(file);
    }
    folders.push(folder);
  }
  return { generation: undefined, files, folders };
}

/** The names in a real folder (not a symbolic link to one); undefined when it is not one. */
export function realEntries(path: string): string[] | undefined {
  try {
    if (!lstatSync(path).isDirectory()) return undefined;
    return readdirSync(path).sort();
  } catch {
    return undefined;
  }
}
