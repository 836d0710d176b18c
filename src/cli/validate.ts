import { appendFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { KrisplanError } from '../errors.js';
import { rules } from '../rules/index.js';
import { loadReporter, type Format } from '../report/index.js';
import { openPlans, openRun } from '../engine/open.js';
import { summarize } from '../engine/validate.js';
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
}

export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const run = openRun(options);
  const reporter = await loadReporter(options.format);
  const opened = await openPlans(paths, options, 'report', run);
  printNotices(opened.discovery?.notices ?? []);
  const result = summarize(opened.ready);
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
