import type { Config } from '../config/types.js';
import { durationMinutes, durationOf, parseDate, type DayNumber } from './dates.js';
import type { Evaluation, Plan, Playbook } from './plan.js';
import { scoreRisk, type RiskLevel } from './scoring.js';

/**
 * Whether the plan uses the continuity keys (services, clocks, exercises, residual risk). The continuity rules
 * judge plans that adopted them, or any plan when the config names the rule: a plan written to format v1
 * without them keeps the findings it had.
 */
export function usesContinuity(plan: Plan): boolean {
  return (
    plan.services.length > 0 ||
    plan.risks.some((risk) => risk.residual !== undefined) ||
    plan.playbooks.some((playbook) => playbook.clocks.length > 0 || playbook.exercised !== undefined || playbook.services !== undefined) ||
    plan.preparedness.backups.some((backup) => backup.services !== undefined || backup.restore_took !== undefined) ||
    plan.evaluations.some((evaluation) => evaluation.playbook !== undefined || evaluation.playbooks !== undefined)
  );
}

export function continuityEngaged(ruleId: string, plan: Plan, config: Config): boolean {
  return config.rules[ruleId] !== undefined || usesContinuity(plan);
}

export { frequencyMinutes } from './frequency.js';

export function minutesOf(value: string | undefined): number | undefined {
  const duration = durationOf(value);
  return duration ? durationMinutes(duration) : undefined;
}

/** The highest level among the risks whose playbook this is, if any. */
export function playbookLevel(plan: Plan, playbookId: string | undefined, config: Pick<Config, 'risk'>): RiskLevel | undefined {
  if (playbookId === undefined) return undefined;
  const order: RiskLevel[] = ['low', 'medium', 'high', 'critical'];
  let best: RiskLevel | undefined;
  for (const risk of plan.risks) {
    if (risk.playbook !== playbookId) continue;
    const level = scoreRisk(risk, config)?.level;
    if (level && (!best || order.indexOf(level) > order.indexOf(best))) best = level;
  }
  return best;
}

/** The playbook ids an evaluation names as exercised: `playbook:` and `playbooks:` together (only exercises exercise). */
export function exercisedPlaybooks(evaluation: Evaluation): string[] {
  if (evaluation.type !== 'exercise') return [];
  return [...(evaluation.playbook !== undefined ? [evaluation.playbook] : []), ...(evaluation.playbooks ?? [])];
}

/** Indexes of the exercise evaluations that name no playbook: they cannot count for any playbook. */
export function unnamedExercises(plan: Plan): number[] {
  return plan.evaluations.flatMap((evaluation, i) => (evaluation.type === 'exercise' && exercisedPlaybooks(evaluation).length === 0 ? [i] : []));
}

/**
 * The last day the playbook was exercised: its own `exercised` dates and the exercises that name it.
 * The one answer the handbook, `validate`, `due` and the calendar all give.
 */
export function lastExercised(plan: Plan, playbook: Playbook): DayNumber | undefined {
  // without intermediate lists: several rules ask this for every playbook, over every evaluation
  let last: DayNumber | undefined;
  for (const date of playbook.exercised ?? []) {
    const day = parseDate(date);
    if (day !== undefined && (last === undefined || day > last)) last = day;
  }
  const id = playbook.id;
  if (id !== undefined) {
    for (const evaluation of plan.evaluations) {
      if (evaluation.type !== 'exercise' || (evaluation.playbook !== id && !(evaluation.playbooks?.includes(id) ?? false))) continue;
      const day = parseDate(evaluation.date);
      if (day !== undefined && (last === undefined || day > last)) last = day;
    }
  }
  return last;
}

/**
 * A planned exercise is held once every playbook it names has been exercised since three months before the day
 * it was planned for (an exercise is often moved forward); then `due`, the calendar and the handbook show it as held.
 */
export function isPlannedExerciseHeld(plan: Plan, playbooks: readonly string[], planned: DayNumber): boolean {
  const since = planned - 92;
  return playbooks.length > 0 && playbooks.every((id) => {
    const playbook = plan.playbooks.find((candidate) => candidate.id === id);
    const last = playbook ? lastExercised(plan, playbook) : undefined;
    return last !== undefined && last >= since;
  });
}
