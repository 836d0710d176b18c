import { playbookLevel } from '../model/continuity.js';
import { frequencyText, durationWords, type MessageKey } from '../i18n/index.js';
import { safeHref } from '../util/html.js';
import type { HandbookContext } from './handbook-context.js';
import type { ExerciseDueView, PlaybookView, PreparednessView, SectionView } from './view.js';

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

export function preparednessChildren(preparedness: PreparednessView, t: (key: MessageKey) => string): SectionView['children'] {
  const children: SectionView['children'] = [];
  if (preparedness.crisisSite) children.push({ anchor: 'crisis-site', title: t('prep.crisisSite') });
  if (preparedness.backups.length > 0) children.push({ anchor: 'backups', title: t('prep.backups') });
  if (preparedness.training.length > 0) children.push({ anchor: 'training', title: t('prep.training') });
  if (preparedness.exercises.length > 0) children.push({ anchor: 'exercises', title: t('prep.exercises') });
  if (preparedness.resources.length > 0) children.push({ anchor: 'resources', title: t('prep.resources') });
  return children;
}
