import { continuityEngaged, lastExercised, playbookLevel } from '../model/continuity.js';
import { addDuration, formatDate, parseDuration } from '../model/dates.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'unexercised',
  severity: 'warning',
  description: 'A playbook for a high or critical risk must have been exercised within its interval (default 1 year).',
  check(plan, context) {
    if (!continuityEngaged(this.id, plan, context.config)) return [];
    const every = parseDuration(context.config.intervals.exercise);
    if (!every) return [];
    const hits: RuleHit[] = [];
    plan.playbooks.forEach((playbook, i) => {
      const level = playbookLevel(plan, playbook.id, context.config);
      if (level !== 'high' && level !== 'critical') return;
      const path = `/playbooks/${i}`;
      const last = lastExercised(plan, playbook);
      if (last === undefined) {
        hits.push({ path, message: `${context.describe(path)} is for a ${level} risk and has never been exercised; hold an exercise and record it in exercised: (or an evaluation of type exercise with playbook: ${playbook.id ?? 'its id'})` });
        return;
      }
      const due = addDuration(last, every);
      if (context.today <= due) return;
      hits.push({ path: playbook.exercised ? `${path}/exercised` : path, message: `${context.describe(path)} is for a ${level} risk and was last exercised ${formatDate(last)}, due again ${formatDate(due)} (every ${context.config.intervals.exercise}), ${context.today - due} days overdue; hold an exercise` });
    });
    return hits;
  },
};

export default rule;
