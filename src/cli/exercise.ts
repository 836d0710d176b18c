import { terminal } from '../util/controls.js';
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { appendEvaluation, appendToPlanFile, insertedLine } from '../edit/index.js';
import { programmeItems, proposeProgramme } from '../exercise/plan-year.js';
import { buildPack, DOCUMENTS } from '../exercise/pack/index.js';
import { durationMinutes, formatDate, parseDuration } from '../model/dates.js';
import { findChrome, printPdf } from '../render/pdf.js';
import { makeFolder, writeFileAtomic } from '../util/write.js';
import { KrisplanError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { exerciseEvaluation, type ActionInput } from '../exercise/record.js';
import { loadPlan } from '../engine/validate.js';
import { openRun } from '../engine/open.js';
import { formatFinding, type CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';
import { oneReadyPlan } from './one-plan.js';

interface RecordOptions extends CommonOptions {
  plan?: string;
  playbook: string[];
  date: string;
  title?: string;
  wentWell: string[];
  improve: string[];
  actions: ActionInput[];
}

/** Writes the exercise's evaluation into the plan, in place; refused (nothing written) if the plan would then have errors. */
export async function runRecord(options: RecordOptions): Promise<number> {
  const { ready, today, config } = await oneReadyPlan(options.plan, options, 'exercise record');
  if (!ready) return FINDINGS;
  const evaluation = exerciseEvaluation(ready.plan, {
    playbooks: options.playbook,
    date: options.date,
    title: options.title,
    wentWell: options.wentWell,
    improve: options.improve,
    actions: options.actions,
  });
  const result = appendEvaluation(ready.file, evaluation, {
    accept(text) {
      const errors = loadPlan(text, { config, today }).findings.filter((finding) => finding.severity === 'error');
      if (errors.length > 0) throw new KrisplanError(`the evaluation would give ${ready.file} an error, so nothing was written: ${formatFinding(ready.file, errors[0]!)}`);
    },
  });
  const playbooks = (evaluation.playbooks as string[]).join(', ');
  process.stdout.write(terminal`recorded the exercise of ${playbooks} on ${evaluation.date as string} in ${ready.file} (line ${insertedLine(result)})\n`);
  return OK;
}

interface PackCliOptions extends CommonOptions {
  plan?: string;
  out?: string;
  lang?: Lang;
  duration: string;
  seed: number;
  format: 'html' | 'md' | 'pdf';
}

const PACK_FORMATS = ['html', 'md', 'pdf'] as const;

/** Renders every document before the first is written, so a failure (a bad folder, no Chromium) writes nothing. */
export async function runPack(playbook: string, options: PackCliOptions): Promise<number> {
  const run = openRun(options);
  const duration = parseExerciseDuration(options.duration);
  const out = options.out ?? `exercise-${playbook}`;
  checkOutDir(out);
  const chrome = options.format === 'pdf' ? findChrome() : undefined;
  const { ready, today, config } = await oneReadyPlan(options.plan, options, 'exercise pack', run);
  if (!ready) return FINDINGS;
  const { files, view } = buildPack({ file: ready.file, plan: ready.plan, playbook, duration, seed: options.seed, lang: options.lang, format: options.format === 'md' ? 'md' : 'html', today, config });
  const outputs: { name: string; content: string | Uint8Array }[] = [];
  for (const file of files) {
    outputs.push({ name: `${file.name}.${options.format}`, content: chrome ? await printPdf(file.content, chrome, formatDate(today)) : file.content });
  }
  makeFolder(resolve(out), out);
  for (const output of outputs) writeFileAtomic(resolve(out, output.name), output.content);
  process.stdout.write(terminal`wrote the exercise pack for ${playbook} to ${out}: ${outputs.map((output) => output.name).join(', ')} (${view.injects.length} injects, seed ${options.seed})\n`);
  return OK;
}

/** `2 hours`, `90 minutes`, `PT2H`, `90m`, `2h`: minutes, or exit 2. */
export function parseExerciseDuration(value: string): number {
  const short = /^(\d+)\s*(m|min|h)$/.exec(value.trim());
  const minutes = short ? Number(short[1]) * (short[2] === 'h' ? 60 : 1) : durationOf(value);
  if (minutes === undefined || minutes <= 0) throw new KrisplanError(`--duration must be a time such as "2 hours", "90 minutes", 2h or PT90M, not "${value}"`);
  return minutes;
}

function durationOf(value: string): number | undefined {
  const duration = parseDuration(value.trim());
  if (!duration || duration.months > 0 || duration.years > 0) return undefined;
  return durationMinutes(duration);
}

/** The folder must be new, empty, or hold only a pack's own files (which are then replaced). */
function checkOutDir(out: string): void {
  let entries: string[];
  try {
    if (!statSync(out).isDirectory()) throw new KrisplanError(`--out ${out} is not a folder`);
    entries = readdirSync(out);
  } catch (error) {
    if (error instanceof KrisplanError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new KrisplanError(`cannot read the folder ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  const own = new Set(DOCUMENTS.flatMap((name) => PACK_FORMATS.map((format) => `${name}.${format}`)));
  const other = entries.filter((entry) => !own.has(entry)).sort();
  if (other.length > 0) throw new KrisplanError(`--out ${out} holds other files (${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''}); choose a new or empty folder`);
}

interface PlanYearOptions extends CommonOptions {
  plan?: string;
  year?: number;
  dryRun?: boolean;
}

/** Proposes the year's programme and writes it into the plan as planned exercises (not with --dry-run). */
export async function runPlanYear(options: PlanYearOptions): Promise<number> {
  const { ready, today, config } = await oneReadyPlan(options.plan, options, 'exercise plan-year');
  if (!ready) return FINDINGS;
  const year = options.year ?? Number(formatDate(today).slice(0, 4)) + 1;
  const proposed = proposeProgramme(ready.plan, year, config);
  if (proposed.length === 0) {
    process.stdout.write(terminal`nothing to plan for ${year} in ${ready.file}: every playbook is planned for that year already, or was exercised recently enough\n`);
    return OK;
  }
  const width = Math.max(...proposed.map((exercise) => (exercise.playbook.id ?? '').length));
  const lines = proposed.map((exercise) => {
    const why = `${exercise.level ?? 'no risk'}, ${exercise.last === undefined ? 'never exercised' : `last exercised ${formatDate(exercise.last)}`}`;
    return terminal`  ${formatDate(exercise.planned)}  ${(exercise.playbook.id ?? '').padEnd(width)}  ${why}${exercise.owner !== undefined ? `; owner ${exercise.owner}` : ''}`;
  });
  const count = `${proposed.length} ${proposed.length === 1 ? 'exercise' : 'exercises'}`;
  if (options.dryRun) {
    process.stdout.write(`${terminal`would plan ${count} for ${year} in ${ready.file}:`}\n${lines.join('\n')}\n`);
    return OK;
  }
  const result = appendToPlanFile(ready.file, 'exercises', programmeItems(proposed), {
    what: 'the planned exercises',
    accept(text) {
      const errors = loadPlan(text, { config, today }).findings.filter((finding) => finding.severity === 'error');
      if (errors.length > 0) throw new KrisplanError(`the planned exercises would give ${ready.file} an error, so nothing was written: ${formatFinding(ready.file, errors[0]!)}`);
    },
  });
  process.stdout.write(`${terminal`planned ${count} for ${year} in ${ready.file} (line ${insertedLine(result)}):`}\n${lines.join('\n')}\n`);
  return OK;
}
