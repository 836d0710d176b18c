import type { Config } from '../config/types.js';
import { parseDate, parseDuration, durationMinutes, type DayNumber } from './dates.js';
import type { Plan, Playbook } from './plan.js';
import { scoreRisk, type RiskLevel } from './scoring.js';
import { largest } from '../util/list.js';

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
    plan.evaluations.some((evaluation) => evaluation.playbook !== undefined)
  );
}

export function continuityEngaged(ruleId: string, plan: Plan, config: Config): boolean {
  return config.rules[ruleId] !== undefined || usesContinuity(plan);
}

const FREQUENCIES: Record<string, number> = { continuous: 0, hourly: 60, daily: 1440, weekly: 7 * 1440, monthly: 30 * 1440, yearly: 365 * 1440 };

/** A backup frequency in minutes (`daily`, `4 hours`, PT4H …), or undefined. */
export function frequencyMinutes(frequency: string | undefined): number | undefined {
  if (frequency === undefined) return undefined;
  if (frequency in FREQUENCIES) return FREQUENCIES[frequency];
  const duration = parseDuration(frequency);
  return duration ? durationMinutes(duration) : undefined;
}

export function minutesOf(value: string | undefined): number | undefined {
  const duration = parseDuration(value);
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

/** The last day the playbook was exercised: its own `exercised` dates and exercises that name it. */
export function lastExercised(plan: Plan, playbook: Playbook): DayNumber | undefined {
  const days = (playbook.exercised ?? []).map(parseDate);
  for (const evaluation of plan.evaluations) {
    if (evaluation.type === 'exercise' && evaluation.playbook !== undefined && evaluation.playbook === playbook.id) days.push(parseDate(evaluation.date));
  }
  const known = days.filter((day): day is DayNumber => day !== undefined);
  return largest(known);
}
