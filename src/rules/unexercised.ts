import { lastExercised, playbookLevel, unnamedExercises } from '../model/continuity.js';
import { addDuration, formatDate, parseDuration } from '../model/dates.js';
import type { Evaluation } from '../model/plan.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'unexercised',
  severity: 'warning',
  description: 'A playbook for a high or critical risk must have been exercised within its interval (default 1 year); an exercise must say which playbooks it exercised.',
  check(plan, context) {
    const every = parseDuration(context.config.intervals.exercise);
    if (!every) return [];
    const unnamed = unnamedExercises(plan);
    // an exercise that names no playbook could be the one a playbook below is missing: say so, at the playbook and at the exercise
    const hint = unnamed.length === 0 ? '' : `; ${unnamed.length === 1 ? 'an exercise names' : `${unnamed.length} exercises name`} no playbook (${unnamed.slice(0, 3).map((i) => exerciseName(plan.evaluations[i]!)).join(', ')}${unnamed.length > 3 ? ` and ${unnamed.length - 3} more` : ''}): if it covered this one, add its id to playbooks: there`;
    const hits: RuleHit[] = [];
    plan.playbooks.forEach((playbook, i) => {
      const level = playbookLevel(plan, playbook.id, context.config);
      if (level !== 'high' && level !== 'critical') return;
      const path = `/playbooks/${i}`;
      const last = lastExercised(plan, playbook);
      if (last === undefined) {
        hits.push({ path, text: { key: 'rule.unexercised.never', values: { thing: { node: path }, level: { level } } }, message: `${context.describe(path)} is for a ${level} risk and has never been exercised${hint || `; hold an exercise and record it in exercised: (or an evaluation of type exercise with playbooks: [${playbook.id ?? 'its id'}])`}` });
        return;
      }
      const due = addDuration(last, every);
      if (context.today <= due) return;
      hits.push({ path: playbook.exercised ? `${path}/exercised` : path, text: { key: 'rule.unexercised.overdue', values: { thing: { node: path }, level: { level }, last: { date: formatDate(last) }, due: { date: formatDate(due) }, every: { duration: context.config.intervals.exercise }, days: { days: context.today - due } } }, message: `${context.describe(path)} is for a ${level} risk and was last exercised ${formatDate(last)}, due again ${formatDate(due)} (every ${context.config.intervals.exercise}), ${context.today - due} days overdue; hold an exercise${hint}` });
    });
    if (hits.length === 0) return [];
    for (const i of unnamed) {
      hits.push({ path: `/evaluations/${i}`, message: `${exerciseName(plan.evaluations[i]!)} does not say which playbooks it exercised, so it counts for none; add playbooks: with their ids` });
    }
    return hits;
  },
};

function exerciseName(evaluation: Evaluation): string {
  return `exercise${evaluation.title !== undefined ? ` "${evaluation.title}"` : ''}${evaluation.date !== undefined ? ` of ${evaluation.date}` : ''}`;
}

export default rule;
