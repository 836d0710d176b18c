import { formatDate } from '../model/dates.js';
import { routines, withDueDates, type DueRoutine } from '../model/due.js';
import type { Rule } from './types.js';

const WHAT: Record<DueRoutine['kind'], [string, string]> = {
  plan: ['review of', 'review it and update reviewed:'],
  risk: ['review of', 'review the risk and update reviewed:'],
  contact: ['verification of', 'confirm the contact details and availability and update verified:'],
  crisis_site: ['test of', 'test switching to the crisis web and update tested:'],
  backup: ['restore test of', 'test a restore and update restore_tested:'],
  training: ['', 'hold it and update held:'],
};

const rule: Rule = {
  id: 'stale-review',
  severity: 'warning',
  description: 'A review, verification, test or training date must not be older than its interval (plan, risks, contacts, crisis site, backups, training).',
  check(plan, context) {
    return withDueDates(routines(plan, context.config, context.isPresent))
      .filter((routine) => context.today > routine.due)
      .map((routine) => {
        const [prefix, todo] = WHAT[routine.kind];
        const thing = context.describe(routine.item);
        const overdue = context.today - routine.due;
        return {
          path: routine.path,
          text: { key: `rule.stale-review.${routine.kind}`, values: { thing: { node: routine.item }, last: { date: routine.last }, due: { date: formatDate(routine.due) }, every: { duration: routine.every }, days: { days: overdue } } },
          message: `${prefix ? `${prefix} ${thing}` : thing} is stale: last ${routine.last}, due ${formatDate(routine.due)} (every ${routine.every}), ${overdue} ${overdue === 1 ? 'day' : 'days'} overdue; ${todo}`,
        };
      });
  },
};

export default rule;
