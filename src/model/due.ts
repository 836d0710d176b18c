import type { Config, IntervalKind } from '../config/types.js';
import { addDuration, durationOf, parseDate, type DayNumber } from './dates.js';
import type { Plan } from './plan.js';

/** A date the plan keeps on a routine: when it was last done and how often it must be done. */
export interface Routine {
  kind: Exclude<IntervalKind, 'exercise' | 'exercise_coverage'>;
  /** pointer of the date value */
  path: string;
  /** pointer of the item the date belongs to */
  item: string;
  last: string;
  /** the interval as written, in the plan or the config */
  every: string;
  owner: string | undefined;
}

export interface DueRoutine extends Routine {
  due: DayNumber;
}

/**
 * Every routine date in the plan with its interval. An item's own interval wins over the config's;
 * an interval key that is present but rejected by the schema means the routine is skipped.
 */
export function routines(plan: Plan, config: Config, isPresent: (pointer: string) => boolean): Routine[] {
  const result: Routine[] = [];
  // the item's own interval; else the config's, unless the item wrote one that the schema rejected
  const one = (kind: Routine['kind'], item: string, dateKey: string, last: string | undefined, own: string | undefined, ownKey: string, owner: string | undefined) => {
    if (last === undefined) return;
    const every = own !== undefined ? own : isPresent(`${item}/${ownKey}`) ? undefined : config.intervals[kind];
    if (every !== undefined) result.push({ kind, path: `${item}/${dateKey}`, item, last, every, owner });
  };
  one('plan', '/plan', 'reviewed', plan.plan.reviewed, plan.plan.review_every, 'review_every', plan.plan.owner);
  const { risks, contacts } = plan;
  for (let i = 0; i < risks.length; i++) {
    const risk = risks[i]!;
    one('risk', `/risks/${i}`, 'reviewed', risk.reviewed, risk.review_every, 'review_every', risk.owner);
  }
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i]!;
    one('contact', `/contacts/${i}`, 'verified', contact.verified, contact.verify_every, 'verify_every', contact.id);
  }
  const site = plan.preparedness.crisis_site;
  if (site) one('crisis_site', '/preparedness/crisis_site', 'tested', site.tested, site.test_every, 'test_every', site.owner);
  const { backups, training } = plan.preparedness;
  for (let i = 0; i < backups.length; i++) {
    const backup = backups[i]!;
    one('backup', `/preparedness/backups/${i}`, 'restore_tested', backup.restore_tested, backup.test_every, 'test_every', backup.owner);
  }
  for (let i = 0; i < training.length; i++) {
    const course = training[i]!;
    one('training', `/preparedness/training/${i}`, 'held', course.held, course.every, 'every', course.owner);
  }
  return result;
}

/** The day a routine falls due: the last date plus the interval (calendar arithmetic). */
export function dueDate(routine: Routine): DayNumber | undefined {
  const last = parseDate(routine.last);
  if (last === undefined) return undefined;
  const every = durationOf(routine.every);
  if (every === undefined) return undefined;
  return addDuration(last, every);
}

export function withDueDates(items: Iterable<Routine>): DueRoutine[] {
  const result: DueRoutine[] = [];
  for (const item of items) {
    const due = dueDate(item);
    if (due !== undefined) result.push({ kind: item.kind, path: item.path, item: item.item, last: item.last, every: item.every, owner: item.owner, due });
  }
  return result;
}
