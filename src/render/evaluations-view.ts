import { exercisedPlaybooks } from '../model/continuity.js';
import { parseDate } from '../model/dates.js';
import { dateView } from '../i18n/index.js';
import type { HandbookContext } from './handbook-context.js';
import type { ActionView, EvaluationView, PlaybookRefView } from './view.js';

/** The evaluations section, newest first, and every open follow-up action by due date. */
export function evaluationsView(context: HandbookContext): { evaluations: EvaluationView[]; openActions: ActionView[] } {
  const { plan, today, lang, t, date, person, at, playbookRef } = context;
  const evaluations: EvaluationView[] = plan.evaluations
    .map((evaluation, index) => {
      const anchor = `evaluation-${index + 1}`;
      return {
        anchor,
        date: date(evaluation.date),
        type: evaluation.type,
        typeText: evaluation.type && t(evaluation.type === 'incident' ? 'eval.incident' : 'eval.exercise'),
        title: evaluation.title,
        wentWell: evaluation.went_well ?? [],
        improve: evaluation.improve ?? [],
        actions: evaluation.actions.map((action, j): ActionView => {
          const dueDay = parseDate(action.due);
          const isDone = action.done === true;
          const daysOverdue = !isDone && dueDay !== undefined ? Math.max(0, today - dueDay) : 0;
          return {
            action: action.action ?? '',
            owner: person(action.owner),
            due: dueDay === undefined ? undefined : dateView(dueDay, lang),
            isDone,
            isOverdue: daysOverdue > 0,
            daysOverdue,
            from: evaluation.title,
            fromAnchor: anchor,
            warnings: at(`/evaluations/${index}/actions/${j}`),
          };
        }),
        ...exercisedRefs(exercisedPlaybooks(evaluation).map(playbookRef).filter((ref): ref is PlaybookRefView => ref !== undefined)),
        warnings: at(`/evaluations/${index}`),
      };
    })
    .sort((a, b) => (b.date?.iso ?? '').localeCompare(a.date?.iso ?? ''));
  const openActions = evaluations
    .flatMap((evaluation) => evaluation.actions.filter((action) => !action.isDone))
    .sort((a, b) => (a.due?.iso ?? '9999').localeCompare(b.due?.iso ?? '9999'));
  return { evaluations, openActions };
}

/** An exercise's playbooks, and the first alone as `playbook` for templates written before `playbooks:`. */
function exercisedRefs(refs: PlaybookRefView[]): { playbook?: PlaybookRefView; playbooks: PlaybookRefView[] } {
  return { playbook: refs[0], playbooks: refs };
}
