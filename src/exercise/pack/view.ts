import type { Config } from '../../config/types.js';
import type { DayNumber } from '../../model/dates.js';
import type { Contact, Level, Plan, Playbook } from '../../model/plan.js';
import { dateView, say, shortDurationText, durationWords, type Lang, type PackKey } from '../../i18n/index.js';
import { compress, schedule, type Schedule } from './clock.js';
import { fromText, levelValues, message, METHODS, note } from './inject-text.js';
import type { Inject, Objective, Scenario } from './scenario.js';

export interface PersonView { name: string; role?: string }
export interface InjectView {
  number: number;
  /** `Inject 3` */
  label: string;
  /** `T+0:25` on the exercise clock */
  time: string;
  real: string;
  from: string;
  to: PersonView;
  method: string;
  message: string;
  expected: { step: string; owner: string; note?: string };
  objective?: string;
}

/** What the pack's templates receive. Plan text is plain text here: the templates escape it for their format. */
export interface PackView {
  lang: Lang;
  playbookId: string;
  playbook: string;
  organization: string;
  planTitle: string;
  printed: string;
  duration: string;
  confidential: string;
  clockText: string;
  schedule: { from: string; to: string; text: string }[];
  objectives: { id: string; text: string }[];
  participants: { name: string; role?: string; steps: string; deputy?: string }[];
  simulated: { name: string; role: string }[];
  scenario: { trigger?: string; risks: { title: string; description?: string }[] };
  injects: InjectView[];
  /** the start, on the participants' first page */
  firstInject?: InjectView;
  /** every inject after the start, one card each */
  cards: InjectView[];
  /** row numbers of the empty improvement plan */
  planRows: number[];
  steps: { n: number; action: string; owner: string; within?: string; notes?: string }[];
  clocks: { title: string; within?: string; notify?: string; basis?: string }[];
  message?: string;
  recordCommand: string;
  task: string;
  feedback: string[];
  /** fixed strings in the pack's language, by key (the templates' words) */
  text: Record<string, string>;
}

export interface PackInput {
  file: string;
  plan: Plan;
  playbook: Playbook;
  scenario: Scenario;
  duration: number;
  seed: number;
  today: DayNumber;
  lang: Lang;
  config: Config;
}

export function packView(input: PackInput): PackView {
  const { plan, playbook, scenario, lang } = input;
  const s = (key: PackKey, values?: Record<string, string | number>) => say(lang, key, values);
  const contacts = new Map(plan.contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  const name = (id: string | undefined) => (id === undefined ? '' : contacts.get(id)?.name ?? id);
  const person = (id: string | undefined): PersonView => ({ name: name(id), role: id === undefined ? undefined : contacts.get(id)?.role });
  const crew = crewOf(plan, name);
  const words = (value: string | undefined) => durationWords(value, lang);
  const hours = (minutes: number) => shortDurationText({ years: 0, months: 0, days: 0, minutes }, lang);

  const plays = schedule(input.duration, Math.max(...scenario.injects.map((inject) => inject.realMinutes), 60));
  const times = compress(scenario.injects.map((inject) => inject.realMinutes), plays);
  const objectiveNumber = new Map(scenario.objectives.map((objective, i) => [objective.id, `M${i + 1}`]));

  const injects = scenario.injects.map((inject, i): InjectView => {
    const step = playbook.steps[inject.step]!;
    const owner = inject.deputy !== undefined ? inject.deputy.id : step.owner;
    return {
      number: i + 1,
      label: s('card.label', { number: i + 1 }),
      time: `T+${clockText(times[i]!)}`,
      real: inject.realMinutes === 0 ? s('real.start') : s('real.after', { time: hours(inject.realMinutes) }),
      from: fromText(inject, s),
      // an escalation goes to the one who may declare the level
      to: inject.level?.declared_by?.[0] !== undefined ? crew.person(inject.level.declared_by[0], awayBefore(scenario, i)) : person(owner),
      method: s(METHODS[inject.kind](inject)),
      message: message(inject, input, s, hours, name),
      expected: {
        step: s('expected.step', { n: inject.step + 1, action: step.action ?? '' }),
        owner: step.within !== undefined ? s('expected.owner', { owner: name(owner), within: words(step.within) ?? step.within }) : s('expected.ownerNoTime', { owner: name(owner) }),
        note: joined(inject.level !== undefined ? levelNote(inject.level, s, crew.label) : undefined, note(inject, input, s, name) ?? covering(inject, scenario, s)),
      },
      objective: inject.objective !== undefined ? objectiveNumber.get(inject.objective) : objectiveNumber.get('steps'),
    };
  });

  const owners = new Map<string, number[]>();
  playbook.steps.forEach((step, i) => {
    if (step.owner !== undefined) owners.set(step.owner, [...(owners.get(step.owner) ?? []), i + 1]);
  });
  const simulated = new Map<string, { name: string; role: string }>();
  for (const { contact } of scenario.suppliers) simulated.set(contact.id!, { name: contact.name ?? contact.id!, role: s('role.simulated.supplier') });
  for (const clock of playbook.clocks) {
    const contact = clock.notify !== undefined ? contacts.get(clock.notify) : undefined;
    if (contact) simulated.set(contact.id!, { name: contact.name ?? contact.id!, role: s('role.simulated.authority') });
  }
  const extra: { name: string; role: string }[] = [];
  if (scenario.injects.some((inject) => inject.kind === 'journalist')) extra.push({ name: s('from.journalist'), role: s('role.simulated.journalist') });
  if (scenario.injects.some((inject) => inject.kind === 'crisis-web')) extra.push({ name: s('from.customerService'), role: s('role.simulated.customers') });
  extra.push({ name: s('from.control'), role: s('role.simulated.control') });

  const date = dateView(input.today, lang).text;
  const stepsView = playbook.steps.map((step, i) => ({ n: i + 1, action: step.action ?? '', owner: name(step.owner), within: words(step.within), notes: step.notes }));
  return {
    lang,
    playbookId: playbook.id ?? '',
    playbook: playbook.title ?? playbook.id ?? '',
    organization: plan.plan.organization ?? '',
    planTitle: plan.plan.title ?? '',
    printed: s('doc.printed', { date, file: input.file, seed: input.seed }),
    duration: hours(input.duration),
    confidential: s('doc.confidential'),
    clockText: s('clock.text', { play: plays.play, horizon: hours(plays.horizon) }),
    schedule: scheduleRows(plays, s),
    objectives: scenario.objectives.map((objective) => ({ id: objectiveNumber.get(objective.id)!, text: objectiveText(objective, s, words, name) })),
    participants: [...owners.entries()].map(([id, steps]) => {
      const contact = contacts.get(id);
      return { name: name(id), role: contact?.role, steps: steps.join(', '), deputy: contact?.deputy !== undefined && contact.deputy !== id ? name(contact.deputy) : undefined };
    }),
    simulated: [...simulated.values(), ...extra],
    scenario: { trigger: playbook.trigger, risks: scenario.risks.map((risk) => ({ title: risk.title ?? risk.id ?? '', description: risk.description })) },
    injects,
    firstInject: injects[0],
    cards: injects.slice(1),
    planRows: [1, 2, 3, 4, 5, 6, 7, 8],
    steps: stepsView,
    clocks: playbook.clocks.map((clock) => ({ title: clock.title ?? '', within: words(clock.within), notify: clock.notify !== undefined ? name(clock.notify) : undefined, basis: clock.basis })),
    message: playbook.id !== undefined ? plan.preparedness.crisis_site?.messages?.[playbook.id] : undefined,
    recordCommand: recordCommand(input),
    task: s('task.text', { playbook: playbook.title ?? playbook.id ?? '' }),
    feedback: (['feedback.q1', 'feedback.q2', 'feedback.q3', 'feedback.q4', 'feedback.q5', 'feedback.q6'] as const).map((key) => s(key)),
    text: texts(lang),
  };
}

type Say = (key: PackKey, values?: Record<string, string | number>) => string;

/** Who an id in activation.levels is: a role (its title, and who holds it) or a contact. */
function crewOf(plan: Plan, name: (id: string | undefined) => string): { label: (id: string) => string; person: (id: string, away?: Contact) => PersonView } {
  const roles = new Map(plan.roles.filter((role) => role.id !== undefined).map((role) => [role.id!, role]));
  const contacts = new Map(plan.contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  return {
    label: (id) => {
      const role = roles.get(id);
      if (!role) return name(id);
      return role.holder !== undefined ? `${role.title ?? id} (${name(role.holder)})` : role.title ?? id;
    },
    // the one who declares: the role's holder, or its first deputy while the holder is away in the exercise
    person: (id, away) => {
      const role = roles.get(id);
      if (!role) {
        const acting = away !== undefined && away.id === id && contacts.get(id)?.deputy !== undefined ? contacts.get(id)!.deputy! : id;
        return { name: name(acting), role: contacts.get(acting)?.role };
      }
      const holder = away !== undefined && away.id === role.holder ? role.deputies?.find((deputy) => deputy !== away.id) ?? away.deputy : role.holder;
      return { name: holder !== undefined ? name(holder) : role.title ?? id, role: role.title };
    },
  };
}

/** The contact made unavailable by an owner-away inject before inject `index`, if any. */
function awayBefore(scenario: Scenario, index: number): Contact | undefined {
  const away = scenario.injects.findIndex((inject) => inject.kind === 'owner-away');
  return away !== -1 && away < index ? scenario.absent?.contact : undefined;
}

function levelNote(level: Level, s: Say, label: (id: string) => string): string {
  const list = (ids: string[], word: 'escalation.or' | 'escalation.and') => {
    const names = ids.map(label);
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${s(word)} ${names[names.length - 1]}`;
  };
  const criteria = (level.criteria ?? []).map((criterion) => criterion.trim().replace(/[.;]+$/, '')).filter((criterion) => criterion !== '');
  const parts = [s('escalation.raise', levelValues(level))];
  if (criteria.length > 0) parts.push(s('escalation.criteria', { criteria: criteria.join('; ') }));
  if ((level.declared_by ?? []).length > 0) parts.push(s('escalation.declaredBy', { names: list(level.declared_by!, 'escalation.or') }));
  if ((level.convene ?? []).length > 0) parts.push(s('escalation.convene', { names: list(level.convene!, 'escalation.and') }));
  if (level.meet !== undefined && level.meet.trim() !== '') parts.push(s('escalation.meet', { meet: level.meet.trim().replace(/\.$/, '') }));
  return parts.join(' ');
}

function joined(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((text): text is string => text !== undefined);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** For an inject that reaches the deputy because the owner is away. */
function covering(inject: Inject, scenario: Scenario, s: (key: PackKey, values?: Record<string, string | number>) => string): string | undefined {
  if (inject.kind === 'owner-away' || inject.deputy === undefined || !scenario.absent) return undefined;
  const number = scenario.injects.findIndex((other) => other.kind === 'owner-away') + 1;
  return s('owner-away.covering', { name: scenario.absent.contact.name ?? '', deputy: inject.deputy.name ?? inject.deputy.id ?? '', number });
}

function objectiveText(objective: Objective, s: (key: PackKey, values?: Record<string, string | number>) => string, words: (v: string | undefined) => string | undefined, name: (id: string | undefined) => string): string {
  switch (objective.kind) {
    case 'clock': {
      const clock = objective.clock!;
      const values = { title: clock.title ?? '', within: words(clock.within) ?? '', basis: clock.basis !== undefined ? `, ${clock.basis}` : '', notify: objective.contact?.name ?? name(clock.notify) };
      return s(clock.notify !== undefined ? 'objective.clock' : 'objective.clockNoNotify', values);
    }
    case 'suppliers':
      return s('objective.suppliers', { names: (objective.contacts ?? []).map((c) => c.name ?? c.id ?? '').join(', ') });
    case 'handover':
      return objective.deputy
        ? s('objective.handover', { name: objective.contact?.name ?? '', deputy: objective.deputy.name ?? objective.deputy.id ?? '' })
        : s('objective.handoverAlone', { name: objective.contact?.name ?? '' });
    case 'crisis-web':
      return s('objective.crisisWeb');
    case 'steps':
      return s('objective.steps');
  }
}

function scheduleRows(plays: Schedule, s: (key: PackKey) => string): PackView['schedule'] {
  const end = plays.briefing + plays.play;
  return [
    { from: clockText(0), to: clockText(plays.briefing), text: s('schedule.briefing') },
    { from: clockText(plays.briefing), to: clockText(end), text: s('schedule.play') },
    { from: clockText(end), to: clockText(plays.duration), text: s('schedule.hotWash') },
  ];
}

/** Minutes as h:mm. */
export function clockText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function recordCommand(input: PackInput): string {
  const plan = /^[\w./-]+$/.test(input.file) ? input.file : `'${input.file.replace(/'/g, `'\\''`)}'`;
  return `krisplan exercise record --plan ${plan} --playbook ${input.playbook.id ?? ''} --date YYYY-MM-DD --went-well "…" --improve "…" --action "…" --owner ID --due YYYY-MM-DD`;
}

function texts(lang: Lang): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of TEMPLATE_KEYS) result[key.replace(/[.-]/g, '_')] = say(lang, key);
  return result;
}

/** The keys templates print through `text.<key with _>`. */
const TEMPLATE_KEYS: readonly PackKey[] = [
  'doc.facilitator', 'doc.handouts', 'doc.observer', 'doc.feedback', 'doc.afterAction', 'doc.kicker',
  'meta.playbook', 'meta.organization', 'meta.duration', 'meta.date', 'meta.facilitator', 'meta.place', 'meta.observer',
  'section.clock', 'section.objectives', 'section.schedule', 'section.participants', 'section.simulated', 'section.scenario', 'section.msel',
  'section.steps', 'section.clocks', 'section.message', 'section.rules', 'section.start', 'section.task', 'section.injects', 'section.summary',
  'section.strengths', 'section.improve', 'section.plan', 'section.record', 'section.questions', 'section.comments',
  'col.time', 'col.real', 'col.from', 'col.to', 'col.method', 'col.message', 'col.expected', 'col.objective', 'col.number', 'col.name', 'col.role',
  'col.steps', 'col.deputy', 'col.step', 'col.owner', 'col.within', 'col.deadline', 'col.notify', 'col.basis', 'col.observed', 'col.doneAt', 'col.notes',
  'col.result', 'col.issue', 'col.action', 'col.what', 'col.due', 'col.status', 'col.statement',
  'observed.options', 'result.options', 'rules.1', 'rules.2', 'rules.3', 'rules.4', 'cards.cut', 'observer.intro', 'feedback.intro', 'feedback.scale',
  'feedback.open1', 'feedback.open2', 'feedback.open3', 'aar.intro', 'aar.record', 'participants.none',
];
