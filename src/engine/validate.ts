import { join, resolve } from 'node:path';
import { defaultConfig, type Config } from '../config/types.js';
import { discoverPlanFiles, type Discovery } from './files.js';
import { lintBytes, type LintedPlan } from './lint.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { readPlanFile } from './check-file.js';
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
  /**
   * threads to check plans on, the main one included. Given (even 1) by a caller that keeps only the findings
   * (validate): with more than one, and enough plans to pay for starting workers, only the findings come back (no
   * plan model, data or positions).
   */
  threads?: number;
}

/** Plans per thread at the least: a run of this many or fewer stays on one (a worker starts about 0.1 s after the main thread). */
const PARALLEL_MIN_FILES = 40;

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
  const threads = Math.min(options.threads ?? 1, Math.ceil(files.length / PARALLEL_MIN_FILES));
  if (threads > 1) {
    const { checkInParallel } = await import('./parallel.js');
    const config = options.config ?? defaultConfig();
    const job = { config, today: toDay(options.today), maxBytes, paths: files.map((file) => resolve(cwd, file)), shown: files };
    const outcomes = await checkInParallel(job, threads - 1);
    for (const [index, outcome] of outcomes.entries()) {
      // a file a thread could not read stops the run where one thread would have stopped: it is read again here,
      // and its error (with its cause) is the one a run on one thread gives
      const findings = 'findings' in outcome ? outcome.findings : loadPlan(readPlanFile(job.paths[index]!, files[index]!, maxBytes), options).findings;
      yield { file: files[index]!, findings };
    }
    return;
  }
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
