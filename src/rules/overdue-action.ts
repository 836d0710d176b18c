import { formatDate, parseDate } from '../model/dates.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'overdue-action',
  severity: 'warning',
  description: 'A follow-up action from an evaluation must be done by its due date.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.evaluations.forEach((evaluation, i) => {
      evaluation.actions.forEach((action, j) => {
        const due = parseDate(action.due);
        if (action.done === true || due === undefined || context.today <= due) return;
        if (action.done === undefined && context.isPresent(`/evaluations/${i}/actions/${j}/done`)) return;
        const path = `/evaluations/${i}/actions/${j}`;
        const late = context.today - due;
        const title = action.action ? ` "${action.action}"` : '';
        hits.push({
          path: `${path}/due`,
          text: { key: 'rule.overdue-action.detail', values: { thing: { node: path }, title: action.action ?? '', due: { date: formatDate(due) }, days: { days: late } } },
          message: `${context.describe(path)}${title} was due ${action.due} and is not done (${late} ${late === 1 ? 'day' : 'days'} overdue); do it and set done: true, or agree a new due: date`,
        });
      });
    });
    return hits;
  },
};

export default rule;
