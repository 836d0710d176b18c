import { dateView } from '../i18n/index.js';
import { activationView } from './activation-view.js';
import { contactsView } from './contacts-view.js';
import { evaluationsView } from './evaluations-view.js';
import { handbookContext, type HandbookInput } from './handbook-context.js';
import { playbooksView } from './playbooks-view.js';
import { preparednessChildren, preparednessView } from './preparedness-view.js';
import { registerView, risksView } from './risks-view.js';
import type { Handbook, SectionView } from './view.js';

export type { HandbookInput } from './handbook-context.js';

/** The view model of one plan's handbook (docs/templates.md), one builder per section. */
export function buildHandbook(input: HandbookInput): Handbook {
  const context = handbookContext(input);
  const { plan, config, today, lang, t, person, status, warnings } = context;
  const register = registerView(context);
  const playbooks = playbooksView(context, register);
  const services = context.continuity.services();
  const deadlines = context.continuity.sheetDeadlines(plan.playbooks.map((playbook, i) => ({ playbook, ref: { number: playbooks[i]!.number, anchor: playbooks[i]!.anchor, title: playbooks[i]!.title } })));
  const { contactGroups, lead, deputy, callList, callListMore, entryPoint, entryPointIs } = contactsView(context, deadlines.statutory.length + deadlines.internal.length);
  const activation = activationView(context);
  const preparedness = preparednessView(context, playbooks);
  const { evaluations, openActions } = evaluationsView(context);

  const sections: SectionView[] = [
    { anchor: 'first-hour', title: t('section.firstHour'), children: [] },
    ...(activation ? [{ anchor: 'activation', title: t('section.activation'), children: [] }] : []),
    { anchor: 'playbooks', title: t('section.playbooks'), children: playbooks.map((p) => ({ anchor: p.anchor, title: p.title })) },
    // right after the playbooks: their restore steps are where a reader needs the RTO, the RPO and which backup to use
    ...(services.length > 0 ? [{ anchor: 'recovery', title: t('section.recovery'), children: services.map((s) => ({ anchor: s.anchor, title: s.title })) }] : []),
    { anchor: 'contacts', title: t('section.contacts'), children: contactGroups.map((g) => ({ anchor: `contacts-${g.type}`, title: g.title })) },
    { anchor: 'risks', title: t('section.risks'), children: [{ anchor: 'risk-matrix', title: t('risk.matrix') }, { anchor: 'risk-register', title: t('risk.register') }] },
    { anchor: 'preparedness', title: t('section.preparedness'), children: preparednessChildren(preparedness, t) },
    { anchor: 'evaluations', title: t('section.evaluations'), children: [] },
  ];

  return {
    lang,
    file: input.file,
    today: dateView(today, lang),
    title: plan.plan.title ?? input.file,
    organization: plan.plan.organization,
    owner: person(plan.plan.owner),
    review: status('/plan', plan.plan.reviewed),
    warnings: warnings.all,
    otherWarnings: warnings.unplaced,
    lead,
    deputy,
    callList,
    callListMore,
    ...(entryPoint ? { entryPoint } : {}),
    ...(entryPointIs ? { entryPointIs } : {}),
    ...(activation ? { activation } : {}),
    contactsSection: { number: sections.findIndex((section) => section.anchor === 'contacts') + 1, anchor: 'contacts', title: t('section.contacts') },
    // the cover counts the warnings and points to the sections that hold them
    warningSections: [
      ...(warnings.bySection.has('plan') ? [{ anchor: 'contents', number: 0, title: t('section.plan'), count: warnings.bySection.get('plan')! }] : []),
      ...sections.flatMap((section, i) => (warnings.bySection.has(section.anchor) ? [{ anchor: section.anchor, number: i + 1, title: section.title, count: warnings.bySection.get(section.anchor)! }] : [])),
    ],
    sections,
    playbooks,
    deadlines,
    services,
    contactGroups,
    risks: risksView(register, config, lang),
    preparedness,
    evaluations,
    openActions,
  };
}
