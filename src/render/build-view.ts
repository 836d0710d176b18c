import type { Config } from '../config/types.js';
import { exercisedPlaybooks, playbookLevel } from '../model/continuity.js';
import { parseDate, parseDuration, type DayNumber } from '../model/dates.js';
import { routines, withDueDates, type DueRoutine } from '../model/due.js';
import type { Contact, ContactType, Plan } from '../model/plan.js';
import { scoreRisks, type RiskLevel } from '../model/scoring.js';
import type { Finding } from '../types.js';
import { safeHref, mailtoHref, telHref } from '../util/html.js';
import { continuityViews } from './continuity-view.js';
import { dateView, durationText, durationWords, frequencyText, translate, type Lang, type MessageKey } from '../i18n/index.js';
import type {
  ActionView, ContactGroupView, ContactView, EvaluationView, ExerciseDueView, Handbook, MatrixRowView, PersonView,
  PlaybookRefView, PlaybookView, PreparednessView, RiskRefView, RisksView, RiskView, SectionView, StatusView, WarningView,
} from './view.js';

export interface HandbookInput {
  /** the plan file as given by the user */
  file: string;
  plan: Plan;
  /** the plan's findings; warnings are shown next to the items they concern */
  findings: readonly Finding[];
  config: Config;
  today: DayNumber;
  lang: Lang;
  /** whether a key is written in the plan (the source map's `has`); decides which intervals apply */
  isPresent?: (pointer: string) => boolean;
}

const GROUPS: readonly ContactType[] = ['staff', 'supplier', 'authority', 'other'];
const GROUP_KEYS: Record<ContactType, MessageKey> = { staff: 'group.staff', supplier: 'group.supplier', authority: 'group.authority', other: 'group.other' };
const LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

/** The view model of one plan's handbook. */
export function buildHandbook(input: HandbookInput): Handbook {
  const { plan, config, today, lang } = input;
  const t = (key: MessageKey, values?: Record<string, unknown>) => translate(lang, key, values);
  const date = (value: string | undefined) => {
    const day = parseDate(value);
    return day === undefined ? undefined : dateView(day, lang);
  };
  const warnings = placeWarnings(plan, input.findings);
  const at = (pointer: string) => warnings.byItem.get(pointer) ?? [];

  const contactsById = new Map<string, Contact>();
  for (const contact of plan.contacts) if (contact.id !== undefined && !contactsById.has(contact.id)) contactsById.set(contact.id, contact);
  const person = (id: string | undefined): PersonView | undefined => {
    if (id === undefined) return undefined;
    const contact = contactsById.get(id);
    return contact ? personView(contact) : { id, name: id, type: 'staff', isKnown: false };
  };

  const due = new Map<string, DueRoutine>();
  for (const routine of withDueDates(routines(plan, config, input.isPresent ?? (() => false)))) due.set(routine.item, routine);
  const status = (item: string, last: string | undefined): StatusView => {
    const routine = due.get(item);
    const view: StatusView = { last: date(last), isStale: false, daysOverdue: 0 };
    if (!routine) return view;
    const every = parseDuration(routine.every);
    view.every = every ? durationText(every, lang) : routine.every;
    view.due = dateView(routine.due, lang);
    view.daysOverdue = Math.max(0, today - routine.due);
    view.isStale = view.daysOverdue > 0;
    return view;
  };

  const playbookAnchors = new Map<string, { index: number; title: string }>();
  plan.playbooks.forEach((playbook, index) => {
    if (playbook.id !== undefined && !playbookAnchors.has(playbook.id)) playbookAnchors.set(playbook.id, { index, title: playbook.title ?? playbook.id });
  });
  const playbookAnchor = (index: number) => `playbook-${index + 1}`;
  const playbookRef = (id: string | undefined): PlaybookRefView | undefined => {
    const linked = id !== undefined ? playbookAnchors.get(id) : undefined;
    return linked && id !== undefined ? { id, anchor: playbookAnchor(linked.index), title: linked.title } : undefined;
  };
  const continuity = continuityViews({ plan, config, today, lang, person, hasContact: (id) => contactsById.has(id), status, at, playbookRef });

  const scored = scoreRisks(plan.risks, config);
  const register: RiskView[] = scored.map(({ risk, index, score, level }, rank) => {
    const linked = risk.playbook !== undefined ? playbookAnchors.get(risk.playbook) : undefined;
    return {
      number: rank + 1,
      id: risk.id ?? '',
      anchor: `risk-${index + 1}`,
      title: risk.title ?? risk.id ?? '',
      level,
      levelText: t(`level.${level}`),
      category: risk.category,
      description: risk.description,
      severity: risk.severity!,
      likelihood: risk.likelihood!,
      score,
      owner: person(risk.owner),
      mitigations: risk.mitigations ?? [],
      playbook: linked && risk.playbook !== undefined ? { id: risk.playbook, anchor: playbookAnchor(linked.index), title: linked.title } : undefined,
      reviewed: status(`/risks/${index}`, risk.reviewed ?? plan.plan.reviewed),
      residual: continuity.residual(risk),
      warnings: at(`/risks/${index}`),
    };
  });
  const riskRef = (risk: RiskView): RiskRefView => ({ number: risk.number, id: risk.id, anchor: risk.anchor, title: risk.title, level: risk.level, levelText: risk.levelText });

  const site = plan.preparedness.crisis_site;
  const messages = site?.messages ?? {};
  const playbooks: PlaybookView[] = plan.playbooks.map((playbook, index) => ({
    number: index + 1,
    id: playbook.id ?? '',
    anchor: playbookAnchor(index),
    title: playbook.title ?? playbook.id ?? '',
    trigger: playbook.trigger,
    owner: person(playbook.owner),
    steps: playbook.steps.map((step, j) => ({
      number: j + 1,
      action: step.action ?? '',
      owner: person(step.owner),
      within: durationWords(step.within, lang),
      notes: step.notes,
      warnings: at(`/playbooks/${index}/steps/${j}`),
    })),
    message: playbook.id !== undefined && Object.prototype.hasOwnProperty.call(messages, playbook.id) ? messages[playbook.id] : undefined,
    risks: register.filter((risk) => playbook.id !== undefined && risk.playbook?.id === playbook.id).map(riskRef),
    clocks: continuity.clocks(playbook),
    services: continuity.serviceRefs(playbook.services ?? []),
    exercised: continuity.exercise(playbook),
    warnings: at(`/playbooks/${index}`),
  }));

  const services = continuity.services();

  const contacts: ContactView[] = plan.contacts.map((contact, index) => ({
    ...personView(contact),
    anchor: `contact-${index + 1}`,
    deputy: person(contact.deputy),
    verified: status(`/contacts/${index}`, contact.verified),
    isPublic: contact.public === true,
    warnings: at(`/contacts/${index}`),
  }));
  const contactGroups: ContactGroupView[] = GROUPS.map((type) => ({
    type,
    title: t(GROUP_KEYS[type]),
    contacts: contacts.filter((contact) => contact.type === type),
  })).filter((group) => group.contacts.length > 0);

  const lead = person(plan.plan.owner);
  const leadContact = plan.plan.owner !== undefined ? contactsById.get(plan.plan.owner) : undefined;
  const deputy = person(leadContact?.deputy);
  const callList = contacts
    .filter((contact) => (contact.type === 'staff' || contact.type === 'supplier') && contact.id !== lead?.id && contact.id !== deputy?.id)
    .filter((contact) => contact.phone !== undefined || contact.email !== undefined)
    .sort((a, b) => GROUPS.indexOf(a.type) - GROUPS.indexOf(b.type))
    .map(({ anchor: _anchor, deputy: _deputy, verified: _verified, isPublic: _isPublic, warnings: _warnings, ...rest }) => rest);

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

  const sections: SectionView[] = [
    { anchor: 'first-hour', title: t('section.firstHour'), children: [] },
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
    owner: lead,
    review: status('/plan', plan.plan.reviewed),
    warnings: warnings.all,
    otherWarnings: warnings.unplaced,
    lead,
    deputy,
    callList,
    sections,
    playbooks,
    services,
    contactGroups,
    risks: risksView(register, riskRef, config, lang),
    preparedness,
    evaluations,
    openActions,
  };
}

function personView(contact: Contact): PersonView {
  return {
    id: contact.id ?? '',
    name: contact.name ?? contact.id ?? '',
    role: contact.role,
    organization: contact.organization,
    type: contact.type ?? 'staff',
    phone: contact.phone,
    phoneHref: telHref(contact.phone),
    email: contact.email,
    emailHref: mailtoHref(contact.email),
    availability: contact.availability,
    isKnown: true,
  };
}

function risksView(register: RiskView[], riskRef: (risk: RiskView) => RiskRefView, config: Config, lang: Lang): RisksView {
  const { scale, levels } = config.risk;
  const axis = Array.from({ length: scale }, (_, i) => i + 1);
  const levelOf = (score: number): RiskLevel => (score >= levels.critical ? 'critical' : score >= levels.high ? 'high' : score >= levels.medium ? 'medium' : 'low');
  const matrix = (place: (risk: RiskView) => { severity: number; likelihood: number; isInherent: boolean }): MatrixRowView[] =>
    [...axis].reverse().map((severity) => ({
      severity,
      cells: axis.map((likelihood) => ({
        severity,
        likelihood,
        score: severity * likelihood,
        level: levelOf(severity * likelihood),
        risks: register
          .map((risk) => ({ risk, at: place(risk) }))
          .filter(({ at }) => at.severity === severity && at.likelihood === likelihood)
          .map(({ risk, at }) => ({ ...riskRef(risk), isInherent: at.isInherent })),
      })),
    }));
  const hasResidual = register.some((risk) => risk.residual !== undefined);
  return {
    scale,
    likelihoods: axis,
    matrix: matrix((risk) => ({ severity: risk.severity, likelihood: risk.likelihood, isInherent: false })),
    hasResidual,
    // a risk nobody rated after its mitigations is as big as before them
    residualMatrix: hasResidual ? matrix(({ residual, severity, likelihood }) => (residual ? { ...residual, isInherent: false } : { severity, likelihood, isInherent: true })) : undefined,
    levels: LEVELS.map((level) => ({ level, text: translate(lang, `level.${level}`), from: level === 'low' ? 1 : levels[level] })),
    register,
  };
}

function preparednessChildren(preparedness: PreparednessView, t: (key: MessageKey) => string): SectionView['children'] {
  const children: SectionView['children'] = [];
  if (preparedness.crisisSite) children.push({ anchor: 'crisis-site', title: t('prep.crisisSite') });
  if (preparedness.backups.length > 0) children.push({ anchor: 'backups', title: t('prep.backups') });
  if (preparedness.training.length > 0) children.push({ anchor: 'training', title: t('prep.training') });
  if (preparedness.exercises.length > 0) children.push({ anchor: 'exercises', title: t('prep.exercises') });
  if (preparedness.resources.length > 0) children.push({ anchor: 'resources', title: t('prep.resources') });
  return children;
}

/** Item pointers that get their warnings shown beside them; any other warning goes to the cover. */
function itemPointers(plan: Plan): string[] {
  const items = ['/plan', '/preparedness/crisis_site'];
  plan.contacts.forEach((_, i) => items.push(`/contacts/${i}`));
  plan.risks.forEach((_, i) => items.push(`/risks/${i}`));
  plan.services.forEach((_, i) => items.push(`/services/${i}`));
  plan.playbooks.forEach((playbook, i) => {
    items.push(`/playbooks/${i}`);
    playbook.steps.forEach((_, j) => items.push(`/playbooks/${i}/steps/${j}`));
  });
  plan.preparedness.backups.forEach((_, i) => items.push(`/preparedness/backups/${i}`));
  plan.preparedness.training.forEach((_, i) => items.push(`/preparedness/training/${i}`));
  plan.preparedness.resources.forEach((_, i) => items.push(`/preparedness/resources/${i}`));
  plan.evaluations.forEach((evaluation, i) => {
    items.push(`/evaluations/${i}`);
    evaluation.actions.forEach((_, j) => items.push(`/evaluations/${i}/actions/${j}`));
  });
  return items;
}

function placeWarnings(plan: Plan, findings: readonly Finding[]) {
  const items = new Set(itemPointers(plan));
  const byItem = new Map<string, WarningView[]>();
  const all: WarningView[] = [];
  const unplaced: WarningView[] = [];
  for (const finding of findings) {
    if (finding.severity !== 'warning') continue;
    const warning: WarningView = { rule: finding.rule, message: finding.message, line: finding.line, column: finding.column };
    all.push(warning);
    let pointer = finding.path;
    while (pointer !== '' && !items.has(pointer)) pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    // the plan header's warnings are shown on the cover, beside the review dates
    if (pointer === '' || pointer === '/plan') unplaced.push(warning);
    else byItem.set(pointer, [...(byItem.get(pointer) ?? []), warning]);
  }
  return { all, unplaced, byItem };
}

/** An exercise's playbooks, and the first alone as `playbook` for templates written before `playbooks:`. */
function exercisedRefs(refs: PlaybookRefView[]): { playbook?: PlaybookRefView; playbooks: PlaybookRefView[] } {
  return { playbook: refs[0], playbooks: refs };
}
