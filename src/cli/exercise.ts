import { appendEvaluation, insertedLine } from '../edit/index.js';
import { KrisplanError } from '../errors.js';
import { exerciseEvaluation, type ActionInput } from '../exercise/record.js';
import { formatFinding } from '../due/plans.js';
import { loadPlan } from '../validate.js';
import { loadCommonConfig, resolveToday, type CommonOptions } from './common.js';
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
  const today = resolveToday(options.today);
  const config = loadCommonConfig(options);
  const ready = await oneReadyPlan(options.plan, options, 'exercise record');
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
  process.stdout.write(`recorded the exercise of ${playbooks} on ${evaluation.date as string} in ${ready.file} (line ${insertedLine(result)})\n`);
  return OK;
}
