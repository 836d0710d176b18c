import { join, resolve } from 'node:path';
import { defaultConfig, type Config } from '../config/types.js';
import { KrisplanError } from '../errors.js';
import { discoverPlanFiles, type Discovery } from './files.js';
import { lintBytes, type LintedPlan } from './lint.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { readBounded } from '../load/read.js';
import type { DayNumber } from '../model/dates.js';
import { toDay } from './today.js';
import { preparePhoneNumbers } from '../model/phone.js';
import type { FileResult, ValidationResult } from '../types.js';

export interface ValidateOptions {
  /** folder that relative paths and globs are read from; default process.cwd() */
  cwd?: string;
  config?: Config;
  /** YYYY-MM-DD or a day number; default the local date */
  today?: string | DayNumber;
  /** check only shard `index` of `count` (1-based), to split a large repository across CI jobs */
  shard?: { index: number; count: number };
  /** told what the search found before the first plan is read: counts and notices for the user */
  onDiscovery?: (discovery: Discovery) => void;
}

export interface LoadedPlanFile extends LintedPlan {
  file: string;
}

/** Validates the plans found at `paths` (files, directories, globs). Unreadable paths throw KrisplanError. */
export async function validate(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  const files: FileResult[] = [];
  for await (const loaded of loadPlans(paths, options)) files.push({ file: loaded.file, findings: loaded.findings });
  return summarize(files);
}

/** Loads and checks each plan in turn, for commands that need the plan model as well as the findings. */
export async function* loadPlans(paths: readonly string[], options: ValidateOptions = {}): AsyncGenerator<LoadedPlanFile> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = (options.config?.limits ?? DEFAULT_LIMITS).fileSize;
  const discovery = await discoverPlanFiles(paths.length > 0 ? paths : ['.'], cwd, options.config?.limits.files, maxBytes);
  options.onDiscovery?.(discovery);
  const files = selectShard(discovery.files, options.shard);
  // a plan that cannot be opened by its name is a finding, so the gate fails instead of skipping it
  for (const { file, message } of selectShard(discovery.unnamed.map((u) => u.file), options.shard).map((file) => discovery.unnamed.find((u) => u.file === file)!)) {
    yield { file, findings: [{ rule: 'parse', severity: 'error', message, line: 1, column: 1, path: '' }] };
  }
  // the phone rule and every output read numbers: load the parser once, as one chunk
  if (files.length > 0) await preparePhoneNumbers();
  for (const file of files) yield { file, ...loadPlan(readPlanFile(resolve(cwd, file), file, maxBytes), options) };
}

/**
 * The files of shard `index` of `count`: every count-th file of the list sorted by path, so each file falls in
 * exactly one shard and every CI job computes the same split.
 */
export function selectShard(files: readonly string[], shard: ValidateOptions['shard']): string[] {
  if (!shard) return [...files];
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).filter((_, i) => i % shard.count === shard.index - 1);
}

/** Checks one plan given as text or bytes. */
export function loadPlan(content: string | Uint8Array, options: Omit<ValidateOptions, 'cwd'> = {}): LintedPlan {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return lintBytes(bytes, { config: options.config ?? defaultConfig(), today: toDay(options.today) });
}

export function summarize(files: FileResult[]): ValidationResult {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files, summary: { files: files.length, errors, warnings } };
}

function readPlanFile(path: string, shown: string, maxBytes: number): Uint8Array {
  try {
    return readBounded(path, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KrisplanError(`cannot read ${shown}${code ? ` (${code})` : ''}`, { cause: error });
  }
}
