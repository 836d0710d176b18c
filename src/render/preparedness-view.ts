import { isPlannedExerciseHeld, playbookLevel } from '../model/continuity.js';
import { parseDate } from '../model/dates.js';
import { frequencyText, durationWords, type MessageKey } from '../i18n/index.js';
import { safeHref } from '../util/html.js';
import type { HandbookContext } from './handbook-context.js';
import type { ExerciseDueView, PlannedExerciseView, PlaybookRefView, PlaybookView, PreparednessView, SectionView } from './view.js';

/** The preparedness section: crisis web, backups, training, resources and the exercises the playbooks need. */
export function preparednessView(context: HandbookContext, playbooks: readonly PlaybookView[]): PreparednessView {
  const { plan, config, lang, t, person, status, at, playbookAnchors, playbookAnchor } = context;
  const site = plan.preparedness.crisis_site;
  const messages = site?.messages ?? {};
  const preparedness: PreparednessView = {
    crisisSite: site && {
      url: site.url,
      href: safeHref(site.url),
      hosting: site.hosting,
      owner: person(site.owner),
      tested: status('/preparedness/crisis_site', site.tested),
      messages: Object.entries(messages).map(([playbookId, text]) => {
        const linked = playbookAnchors.get(playbookId);
        return { playbookId, title: linked?.title ?? playbookId, anchor: linked && playbookAnchor(linked.index), text };
      }),
      warnings: at('/preparedness/crisis_site'),
    },
    backups: plan.preparedness.backups.map((backup, index) => ({
      id: backup.id ?? '',
      system: backup.system,
      frequency: backup.frequency === undefined ? undefined : frequencyText(backup.frequency, lang),
      owner: person(backup.owner),
      restoreTested: status(`/preparedness/backups/${index}`, backup.restore_tested),
      restoreTook: durationWords(backup.restore_took, lang),
      warnings: at(`/preparedness/backups/${index}`),
    })),
    training: plan.preparedness.training.map((training, index) => ({
      id: training.id ?? '',
      topic: training.topic,
      audience: training.audience,
      owner: person(training.owner),
      held: status(`/preparedness/training/${index}`, training.held),
      warnings: at(`/preparedness/training/${index}`),
    })),
    resources: plan.preparedness.resources.map((resource, index) => ({
      id: resource.id ?? '',
      title: resource.title,
      owner: person(resource.owner),
      provider: person(resource.provider),
      warnings: at(`/preparedness/resources/${index}`),
    })),
    exercises: playbooks
      .filter((playbook) => playbook.exercised.isRequired)
      .map((playbook): ExerciseDueView => {
        const level = playbookLevel(plan, playbook.id, config)!;
        return { id: playbook.id, anchor: playbook.anchor, title: playbook.title, level, levelText: t(`level.${level}`), exercised: playbook.exercised };
      }),
    planned: plannedExercises(context),
    staleCount: 0,
  };
  preparedness.staleCount = [
    preparedness.crisisSite?.tested,
    ...preparedness.backups.map((b) => b.restoreTested),
    ...preparedness.training.map((x) => x.held),
    ...preparedness.exercises.map((x) => x.exercised),
  ].filter((s) => s?.isStale).length;
  return preparedness;
}

/** The programme: planned exercises by date (undated last), each held, planned or overdue as `due` judges it. */
function plannedExercises(context: HandbookContext): PlannedExerciseView[] {
  const { plan, today, t, person, date, playbookRef } = context;
  const rows = plan.exercises.map((exercise, index) => {
    const day = parseDate(exercise.planned);
    const isHeld = day !== undefined && isPlannedExerciseHeld(plan, exercise.playbooks ?? [], day);
    const isOverdue = !isHeld && day !== undefined && day < today;
    const view: PlannedExerciseView = {
      title: exercise.title,
      planned: date(exercise.planned),
      playbooks: (exercise.playbooks ?? []).map(playbookRef).filter((ref): ref is PlaybookRefView => ref !== undefined),
      owner: person(exercise.owner),
      isHeld,
      isOverdue,
      statusText: t(isHeld ? 'prep.plannedHeld' : isOverdue ? 'prep.plannedOverdue' : 'prep.plannedAhead'),
    };
    return { view, day, index };
  });
  rows.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.index - b.index);
  return rows.map((row) => row.view);
}

export function preparednessChildren(preparedness: PreparednessView, t: (key: MessageKey) => string): SectionView['children'] {
  const children: SectionView['children'] = [];
  if (preparedness.crisisSite) children.push({ anchor: 'crisis-site', title: t('prep.crisisSite') });
  if (preparedness.backups.length > 0) children.push({ anchor: 'backups', title: t('prep.backups') });
  if (preparedness.training.length > 0) children.push({ anchor: 'training', title: t('prep.training') });
  if (preparedness.exercises.length > 0) children.push({ anchor: 'exercises', title: t('prep.exercises') });
  if (preparedness.planned.length > 0) children.push({ anchor: 'planned-exercises', title: t('prep.planned') });
  if (preparedness.resources.length > 0) children.push({ anchor: 'resources', title: t('prep.resources') });
  return children;
}
