import { appendFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { KrisplanError } from '../errors.js';
import { rules } from '../rules/index.js';
import { loadReporter, type Format } from '../report/index.js';
import { openPlans, openRun, type Concurrency } from '../engine/open.js';
import { summarize } from '../engine/validate.js';
import type { FileResult } from '../types.js';
import { writeFileAtomic } from '../util/write.js';
import { printNotices, useColor, type CommonOptions } from './common.js';
import { exitCode } from './exit-codes.js';
import { version } from './version.js';

interface ValidateOptions extends CommonOptions {
  format: Format;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  shard?: { index: number; count: number };
  now?: string;
  /** --concurrency (default auto on the command line; a run of few plans stays on one thread) */
  concurrency?: Concurrency;
}

export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const run = openRun(options);
  const reporter = await loadReporter(options.format);
  // 'report': only findings are kept, so memory stays flat over thousands of plans; the few plans that have
  // incident records are read again by the incident check
  const opened = await openPlans(paths, options, 'report', run);
  printNotices(opened.discovery?.notices ?? []);
  const files: FileResult[] = opened.ready.map((loaded) => ({ file: loaded.file, findings: loaded.findings }));
  // the incident records beside the plans: a statutory report that is late turns CI red. The date-time code loads
  // only when there are records, or a --now / KRISPLAN_NOW to check (a bad one is refused even without records)
  const { incidentsOfPlans } = await import('../incident/folders.js');
  const incidents = incidentsOfPlans(opened.ready.map((loaded) => loaded.file), run.config.incidents);
  if (incidents.length > 0 || options.now !== undefined || (process.env.KRISPLAN_NOW ?? '') !== '') {
    const { checkIncidents } = await import('../incident/validate.js');
    const { resolveNow } = await import('../incident/time.js');
    files.push(...checkIncidents(incidents, opened.ready.map((loaded) => loaded.file), run.config, resolveNow(options.now, 'UTC')));
  }
  const result = summarize(files);
  // --quiet hides warnings but --max-warnings still counts them, as in ESLint
  const shown = options.quiet
    ? summarize(result.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === 'error') })))
    : result;
  const report = reporter(shown, {
    rules: rules.map(({ id, severity, description }) => ({ id, severity, description })),
    color: options.output === undefined && useColor(process.stdout),
    version,
    repositoryPath: repositoryPathFrom(process.cwd()),
    ...(opened.discovery ? { yamlFiles: opened.discovery.yamlFiles } : {}),
  });
  if (options.output !== undefined) writeFileAtomic(options.output, report);
  else process.stdout.write(report);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (options.format === 'github' && summaryFile) {
    const { stepSummary } = await import('../report/github.js');
    appendStepSummary(summaryFile, stepSummary(shown));
  }
  return exitCode(result.summary, options.maxWarnings);
}

/** Paths relative to the repository root (the nearest folder with .git), else to the working directory. */
function repositoryPathFrom(cwd: string): (file: string) => string {
  let root = resolve(cwd);
  while (!existsSync(resolve(root, '.git')) && dirname(root) !== root) root = dirname(root);
  if (!existsSync(resolve(root, '.git'))) root = resolve(cwd);
  return (file) => relative(root, resolve(cwd, file)).split(sep).join('/');
}

function appendStepSummary(file: string, text: string): void {
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw new KrisplanError(`cannot append to GITHUB_STEP_SUMMARY file ${file}`, { cause: error });
  }
}
