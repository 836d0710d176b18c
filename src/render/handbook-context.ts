import type { Config } from '../config/types.js';
import { parseDate, parseDuration, type DayNumber } from '../model/dates.js';
import { routines, withDueDates, type DueRoutine } from '../model/due.js';
import type { Contact, Plan, Role } from '../model/plan.js';
import type { Finding } from '../types.js';
import { hitText } from '../engine/hit-text.js';
import { describe } from '../model/describe.js';
import type { HitText } from '../rules/types.js';
import { mailtoHref } from '../util/html.js';
import { phoneOutput, planCountry } from '../model/phone.js';
import { shorten } from '../util/shorten.js';
import { availabilityText, dateView, dateWords, durationWords, words, durationText, isMessageKey, translate, type DateView, type Lang, type MessageKey } from '../i18n/index.js';
import { continuityViews, type ViewContext } from './continuity-view.js';
import type { PersonView, PlaybookRefView, StatusView, WarningView } from './view.js';

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

/** What every section builder of the handbook shares: the plan, its words, and how items refer to each other. */
export interface HandbookContext extends ViewContext {
  file: string;
  t: (key: MessageKey, values?: Record<string, unknown>) => string;
  /** a plan date (YYYY-MM-DD) as a DateView, if it is one */
  date: (value: string | undefined) => DateView | undefined;
  contactsById: ReadonlyMap<string, Contact>;
  /** a contact by id, never a role (a role's holder and deputies are contacts) */
  contactView: (id: string) => PersonView;
  /** the first playbook of each id: its place and title */
  playbookAnchors: ReadonlyMap<string, { index: number; title: string }>;
  playbookAnchor: (index: number) => string;
  continuity: ReturnType<typeof continuityViews>;
  warnings: ReturnType<typeof placeWarnings>;
}

export function handbookContext(input: HandbookInput): HandbookContext {
  const { plan, config, today, lang } = input;
  const t = (key: MessageKey, values?: Record<string, unknown>) => translate(lang, key, values);
  const date = (value: string | undefined) => {
    const day = parseDate(value);
    return day === undefined ? undefined : dateView(day, lang);
  };
  const warnings = placeWarnings(plan, input.findings, lang);
  const at = (pointer: string) => warnings.byItem.get(pointer) ?? [];

  const country = planCountry(plan);
  const contactsById = new Map<string, Contact>();
  for (const contact of plan.contacts) if (contact.id !== undefined && !contactsById.has(contact.id)) contactsById.set(contact.id, contact);
  const rolesById = new Map<string, Role>();
  for (const role of plan.roles) if (role.id !== undefined && !rolesById.has(role.id)) rolesById.set(role.id, role);
  const contactView = (id: string): PersonView => {
    const contact = contactsById.get(id);
    if (!contact) return { id, name: shorten(id), type: 'staff', isKnown: false };
    // an owner named at every step is a reference: shown in full once, in the contact list
    const view = personView(contact, country, lang);
    return { ...view, name: shorten(view.name) };
  };
  // an owner may name a role: the handbook prints the role and who holds it (its first deputy when it has no holder)
  const person = (id: string | undefined): PersonView | undefined => {
    if (id === undefined) return undefined;
    const role = contactsById.has(id) ? undefined : rolesById.get(id);
    if (!role) return contactView(id);
    const holder = role.holder ?? role.deputies?.[0];
    const title = role.title ?? id;
    return holder === undefined ? { id, name: title, type: 'staff', isKnown: true } : { ...contactView(holder), holds: title };
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
  const shared: ViewContext = { plan, config, today, lang, person, hasContact: (id) => contactsById.has(id), status, at, playbookRef };
  return { ...shared, file: input.file, t, date, contactsById, contactView, playbookAnchors, playbookAnchor, continuity: continuityViews(shared), warnings };
}

export function personView(contact: Contact, country: string | undefined, lang: Lang): PersonView {
  // the link and the text from one reading of the number: the handbook never dials another number than it shows
  const phone = contact.phone === undefined ? undefined : phoneOutput(contact.phone, country, words(lang).phone.extension);
  return {
    id: contact.id ?? '',
    name: contact.name ?? contact.id ?? '',
    role: contact.role,
    organization: contact.organization,
    type: contact.type ?? 'staff',
    phone: phone?.text,
    phoneHref: phone?.href,
    email: contact.email,
    emailHref: mailtoHref(contact.email),
    availability: availabilityText(contact.availability, lang),
    isKnown: true,
  };
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

function placeWarnings(plan: Plan, findings: readonly Finding[], lang: Lang) {
  const items = new Set(itemPointers(plan));
  const byItem = new Map<string, WarningView[]>();
  const all: WarningView[] = [];
  const unplaced: WarningView[] = [];
  const bySection = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity !== 'warning') continue;
    const warning: WarningView = { rule: finding.rule, message: warningText(finding, lang, plan), detail: finding.message, line: finding.line, column: finding.column };
    all.push(warning);
    let pointer = finding.path;
    while (pointer !== '' && !items.has(pointer)) pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const section = SECTION_OF[pointer.split('/')[1] ?? ''] ?? 'plan';
    bySection.set(section, (bySection.get(section) ?? 0) + 1);
    // the plan header's warnings are shown with the contents, not on the cover (the cover only counts)
    if (pointer === '' || pointer === '/plan') unplaced.push(warning);
    else byItem.set(pointer, [...(byItem.get(pointer) ?? []), warning]);
  }
  return { all, unplaced, byItem, bySection };
}

/** The handbook section each part of the plan is printed in. */
const SECTION_OF: Record<string, string> = { playbooks: 'playbooks', services: 'recovery', contacts: 'contacts', risks: 'risks', preparedness: 'preparedness', evaluations: 'evaluations' };

/**
 * A warning in the handbook's language: in English the rule's own message; in another language the rule's text in
 * that language with the hit's details (which item, which value, which dates, how many days) when the rule gives
 * them, else the rule's general text, with the exercise hints unexercised gives. The CLI stays English.
 */
function warningText(finding: Finding, lang: Lang, plan: Plan): string {
  if (lang === 'en') return finding.message;
  const key = `rule.${finding.rule}`;
  if (!isMessageKey(key)) return finding.message;
  const hint = finding.rule === 'unexercised' && (finding.message.includes('names no playbook') || finding.message.includes('name no playbook')) ? ` ${translate(lang, 'rule.unexercised.hint')}` : '';
  const text = hitText(finding);
  if (text && isMessageKey(text.key)) return `${capitalize(translate(lang, text.key, hitValues(text.values, lang, plan)))}${hint}`;
  if (finding.rule === 'unexercised' && finding.path.startsWith('/evaluations/')) return translate(lang, 'rule.unexercised.evaluation');
  return `${translate(lang, key)}${hint}`;
}

function hitValues(values: HitText['values'], lang: Lang, plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
    else if ('node' in value) out[name] = describe(plan, value.node, lang);
    else if ('date' in value) out[name] = dateWords(value.date, lang) ?? value.date;
    else if ('days' in value) out[name] = `${value.days} ${translate(lang, value.days === 1 ? 'unit.day' : 'unit.days')}`;
    else if ('duration' in value) out[name] = durationWords(value.duration, lang) ?? value.duration;
    else if ('level' in value) out[name] = isMessageKey(`level.${value.level}`) ? translate(lang, `level.${value.level}` as MessageKey) : value.level;
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
