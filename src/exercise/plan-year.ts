import type { Config } from '../config/types.js';
import { lastExercised, playbookLevel } from '../model/continuity.js';
import { addDuration, formatDate, parseDate, parseDuration, type DayNumber } from '../model/dates.js';
import type { Plan, Playbook } from '../model/plan.js';
import { compareCodePoints, type RiskLevel } from '../model/scoring.js';

export interface ProposedExercise {
  playbook: Playbook;
  level: RiskLevel | undefined;
  last: DayNumber | undefined;
  planned: DayNumber;
  owner: string | undefined;
}

const RANK: Record<RiskLevel, number> = { critical: 0, high: 1, medium: 2, low: 3 };
// months for a tabletop: not January, the summer holidays (July, August) or December
const MONTHS = [2, 3, 4, 5, 6, 9, 10, 11];

/**
 * A year's exercise programme from the register: the playbooks of high and critical risks every year, the others
 * when their last exercise is older than `intervals.exercise_coverage` by the end of the year (or never happened).
 * High and critical first, then what was exercised longest ago (never first), then id; spread over the year's
 * exercise months, on the second Tuesday (and the fourth when there are more than eight). A playbook already
 * planned for that year is left out.
 */
export function proposeProgramme(plan: Plan, year: number, config: Config): ProposedExercise[] {
  const end = parseDate(`${year}-12-31`)!;
  const coverage = parseDuration(config.intervals.exercise_coverage);
  const planned = new Set(
    plan.exercises.filter((exercise) => exercise.planned?.startsWith(`${year}-`)).flatMap((exercise) => exercise.playbooks ?? []),
  );
  const candidates = plan.playbooks
    .filter((playbook) => playbook.id !== undefined && !planned.has(playbook.id))
    .map((playbook) => ({ playbook, level: playbookLevel(plan, playbook.id, config), last: lastExercised(plan, playbook) }))
    .filter(({ level, last }) => level === 'high' || level === 'critical' || last === undefined || (coverage !== undefined && addDuration(last, coverage) <= end));
  candidates.sort(
    (a, b) =>
      (a.level ? RANK[a.level] : 4) - (b.level ? RANK[b.level] : 4) ||
      (a.last ?? -Infinity) - (b.last ?? -Infinity) ||
      compareCodePoints(a.playbook.id!, b.playbook.id!),
  );
  const slots = slotsFor(year, candidates.length);
  return candidates.map((candidate, i) => ({ ...candidate, planned: slots[i]!, owner: candidate.playbook.owner ?? plan.plan.owner }));
}

/** `count` days in the year in date order: the second Tuesday of each exercise month, then the fourth. */
function slotsFor(year: number, count: number): DayNumber[] {
  const days: DayNumber[] = [];
  const rounds = Math.max(1, Math.ceil(count / MONTHS.length));
  for (let round = 0; round < rounds; round++) {
    for (const month of MONTHS) days.push(tuesday(year, month, round === 0 ? 2 : round === 1 ? 4 : 1 + round));
  }
  // spread a short programme over the year rather than crowding its start
  const chosen = count <= MONTHS.length ? spread(days.slice(0, MONTHS.length), count) : days.slice(0, count);
  return chosen.sort((a, b) => a - b);
}

function spread(days: DayNumber[], count: number): DayNumber[] {
  if (count === 0) return [];
  if (count === 1) return [days[0]!];
  return Array.from({ length: count }, (_, i) => days[Math.round((i * (days.length - 1)) / (count - 1))]!);
}

/** The n-th Tuesday of a month (n above 4 falls back to the last one). */
function tuesday(year: number, month: number, n: number): DayNumber {
  const first = parseDate(`${year}-${String(month).padStart(2, '0')}-01`)!;
  // day 0 (1970-01-01) was a Thursday: weekday 0 = Thursday … 5 = Tuesday
  const offset = (5 - (((first % 7) + 7) % 7) + 7) % 7;
  let day = first + offset + 7 * (Math.min(n, 4) - 1);
  if (formatDate(day).slice(5, 7) !== String(month).padStart(2, '0')) day -= 7;
  return day;
}

/** The plan entries for the proposed exercises (`exercises:` items). */
export function programmeItems(proposed: readonly ProposedExercise[]): Record<string, unknown>[] {
  return proposed.map((exercise) => {
    const item: Record<string, unknown> = { playbooks: [exercise.playbook.id], planned: formatDate(exercise.planned) };
    if (exercise.owner !== undefined) item.owner = exercise.owner;
    return item;
  });
}
