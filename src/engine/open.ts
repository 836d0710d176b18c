import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { resolveConfig } from './config.js';
import type { Config } from '../config/types.js';
import type { DayNumber } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { Finding } from '../types.js';
import { resolveToday } from './today.js';
import type { Discovery } from './files.js';
import { loadPlans, type LoadedPlanFile } from './validate.js';

/** What every command takes to open plans: the shared options of the CLI. */
export interface OpenOptions {
  /** --config: a config file; default krisplan.config.yaml found from `cwd` up */
  config?: string;
  /** --today YYYY-MM-DD; default KRISPLAN_TODAY, else the local date */
  today?: string;
  maxFileSize?: number;
  maxFiles?: number;
  shard?: { index: number; count: number };
  cwd?: string;
  /**
   * --concurrency: threads the `report` policy (validate) checks plans on; `auto` is one per core (half the
   * hardware threads), `off` one thread
   * (unset: one thread; the CLI's default is auto). Other policies keep the plan models and read on one thread.
   */
  concurrency?: Concurrency;
}

/** A number of threads, one per core (`auto`: half the hardware threads), or one thread (`off`). */
export type Concurrency = number | 'auto' | 'off';

/**
 * Threads for `concurrency` on this machine: never more than its cores, never fewer than one. `auto` is half of
 * them: availableParallelism() counts hardware threads, two to a core, and a worker first pays for loading the
 * bundle and for its own JIT warm-up (the first 500 plans cost a thread 1.85 s of CPU, the next 500 about 1 s), which
 * a second hardware thread of the same core does not win back: on the 2-vCPU machine of docs/performance.md a run
 * of 1,000 plans took 2.0 s on one thread and 2.2 to 4.0 s on two, and even two processes of 500 plans each took
 * 3.8 s, with the machine idle. A number asks for that many threads.
 */
export function threadsFor(concurrency: Concurrency | undefined): number {
  if (concurrency === undefined || concurrency === 'off') return 1;
  const cores = availableParallelism();
  return Math.max(1, concurrency === 'auto' ? Math.floor(cores / 2) : Math.min(concurrency, cores));
}

/**
 * What a command does with a plan that has errors, one of a small named set:
 * - `report`: every file is a result, its findings are the output (validate); plan models are not kept.
 * - `keep`: every file is used as far as it goes (risks, explain); those with errors are also listed as refused.
 * - `skip`: plans with errors are left out and listed as refused; the others go on (render, due).
 * - `refuse`: as skip, but one plan with errors stops the command: nothing is ready (calendar, site, contacts).
 */
export type PlanPolicy = 'report' | 'keep' | 'skip' | 'refuse';

/** A plan without errors, read as a plan. */
export interface ReadyPlan extends LoadedPlanFile {
  plan: Plan;
}

/** A plan with errors: its findings say why. */
export interface RefusedPlan {
  file: string;
  errors: number;
  findings: Finding[];
}

/** What a run is opened with, before any plan is read. */
export interface Run {
  today: DayNumber;
  /** today was given (--today or KRISPLAN_TODAY): outputs carry no clock time */
  isTodayFixed: boolean;
  config: Config;
}

export interface OpenedPlans<P> extends Run {
  /** every plan file found, in order */
  files: string[];
  ready: P[];
  refused: RefusedPlan[];
  /** what the search looked at: YAML files counted, notices for what it could not read */
  discovery?: Discovery;
}

/** Today (first: a bad --today is the first thing said) and the config with the limits given as options. */
export function openRun(options: OpenOptions): Run {
  const { today, isFixed } = resolveToday(options.today);
  return { today, isTodayFixed: isFixed, config: openConfig(options, options.cwd ?? process.cwd()) };
}

/**
 * Expands the paths and loads every plan, sorted by `policy`. `run` is `openRun(options)` unless the command
 * opened it earlier, to check its own options before reading any plan.
 */
export async function openPlans(paths: readonly string[], options: OpenOptions, policy: 'skip' | 'refuse', run?: Run): Promise<OpenedPlans<ReadyPlan>>;
export async function openPlans(paths: readonly string[], options: OpenOptions, policy: 'report' | 'keep', run?: Run): Promise<OpenedPlans<LoadedPlanFile>>;
export async function openPlans(paths: readonly string[], options: OpenOptions, policy: PlanPolicy, run = openRun(options)): Promise<OpenedPlans<LoadedPlanFile>> {
  const { today, config } = run;
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const ready: LoadedPlanFile[] = [];
  const refused: RefusedPlan[] = [];
  const shard = options.shard ? { shard: options.shard } : {};
  const threads = policy === 'report' ? threadsFor(options.concurrency) : 1;
  let discovery: Discovery | undefined;
  const onDiscovery = (found: Discovery) => {
    discovery = found;
  };
  for await (const loaded of loadPlans(planPaths(paths, config, cwd), { config, today, cwd, onDiscovery, threads, ...shard })) {
    files.push(loaded.file);
    if (policy === 'report') {
      // thousands of files may pass through validate: only their findings are kept
      ready.push({ file: loaded.file, findings: loaded.findings });
      continue;
    }
    const errors = loaded.findings.filter((finding) => finding.severity === 'error').length;
    // a file that is no plan has a parse finding, an error unless the config made it a warning
    if (errors > 0 || (!loaded.plan && policy !== 'keep')) refused.push({ file: loaded.file, errors, findings: loaded.findings });
    if (policy === 'keep' || (errors === 0 && loaded.plan)) ready.push(loaded);
  }
  return { ...run, files, ready: policy === 'refuse' && refused.length > 0 ? [] : ready, refused, ...(discovery ? { discovery } : {}) };
}

/** The config for a run: the file given or found, with the limits given as options on top. */
export function openConfig(options: Pick<OpenOptions, 'config' | 'maxFileSize' | 'maxFiles'>, cwd = process.cwd()): Config {
  const config = resolveConfig(cwd, options.config);
  if (options.maxFileSize !== undefined) config.limits.fileSize = options.maxFileSize;
  if (options.maxFiles !== undefined) config.limits.files = options.maxFiles;
  return config;
}

/** Paths given, else the config's `plans` (shown relative to the working directory), else `.`. */
export function planPaths(paths: readonly string[], config: Config, cwd = process.cwd()): string[] {
  if (paths.length > 0) return [...paths];
  if (config.plans && config.plans.length > 0) return config.plans.map((pattern) => relative(cwd, resolve(pattern)) || '.');
  return ['.'];
}
