import type { Contact, Plan, Playbook, Service, Step } from './plan.js';

/**
 * Which contacts a playbook's steps name. Steps are free text, so a contact counts as named when the step's
 * action or notes hold its id, name or organisation, the first word of its role (six letters or more, as the
 * start of a word: "Betalleverantör" in "betalleverantören"), or the first two words of a resource it provides
 * ("extra IT-personal"). Matching is by whole words from their start, without regard to case.
 */
export function namedIn(step: Step, contact: Contact, plan: Plan): boolean {
  return hasPhrase(stepText(step), contactPhrases(contact, plan));
}

// every supplier is looked for in every step of every playbook, by several rules and views: each step's text and
// each contact's phrases are normalized once per plan model (which is not changed once built)
const stepTexts = new WeakMap<Step, string>();
const phrasesByPlan = new WeakMap<Plan, WeakMap<Contact, string[]>>();

function stepText(step: Step): string {
  let text = stepTexts.get(step);
  if (text === undefined) stepTexts.set(step, (text = normalize(`${step.action ?? ''} ${step.notes ?? ''}`)));
  return text;
}

function contactPhrases(contact: Contact, plan: Plan): string[] {
  let byContact = phrasesByPlan.get(plan);
  if (byContact === undefined) phrasesByPlan.set(plan, (byContact = new WeakMap()));
  let names = byContact.get(contact);
  if (names === undefined) byContact.set(contact, (names = phrases(contact, plan)));
  return names;
}

function hasPhrase(text: string, phrases: readonly string[]): boolean {
  for (const phrase of phrases) if (startsWord(text, phrase)) return true;
  return false;
}

function phrases(contact: Contact, plan: Plan): string[] {
  const result: string[] = [];
  if (contact.id !== undefined && contact.id.length >= 3) result.push(contact.id.replace(/[-_]/g, ' '));
  for (const value of [contact.name, contact.organization]) if (value !== undefined) result.push(firstPart(value));
  const role = contact.role !== undefined ? normalize(contact.role).split(' ')[0] : undefined;
  if (role !== undefined && role.length >= 6) result.push(role);
  for (const resource of plan.preparedness.resources) {
    if (resource.provider !== contact.id || resource.title === undefined) continue;
    const words = normalize(firstPart(resource.title)).split(' ').slice(0, 2);
    if (words.join(' ').length >= 8) result.push(words.join(' '));
  }
  return result.map(normalize).filter((phrase) => phrase.length >= 3);
}

/** A name up to its first dash, comma or bracket: "Molnhost Sverige AB – driftjour" → "Molnhost Sverige AB". */
function firstPart(value: string): string {
  return value.split(/\s[–—-]\s|[,(]/)[0]!.trim();
}

// Latin-1 text (English and Swedish plans) has a faster path that gives the same words: its letters and digits are
// the \p{L} and \p{N} characters below U+0100, its lower case stays within it, and it is always in NFC
const LATIN1 = /^[\x00-\xff]*$/;
const LATIN1_SEPARATORS = /[^0-9a-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower case, NFC, every run of characters other than letters and digits one space, trimmed. */
export function normalize(text: string): string {
  if (LATIN1.test(text)) return text.toLowerCase().replace(LATIN1_SEPARATORS, ' ').trim();
  return text.toLowerCase().normalize('NFC').replace(SEPARATORS, ' ').trim();
}

function startsWord(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at === -1) return false;
    if (at === 0 || text[at - 1] === ' ') return true;
    from = at + 1;
  }
}

/** The first step whose text has one of the word starts, if any. */
export function stepWith(playbook: Playbook, starts: readonly string[]): number | undefined {
  const index = playbook.steps.findIndex((step) => {
    const text = normalize(`${step.action ?? ''} ${step.notes ?? ''}`);
    return starts.some((start) => startsWord(text, start));
  });
  return index === -1 ? undefined : index;
}

/** Every step whose text has one of the word starts. */
export function stepsWith(playbook: Playbook, starts: readonly string[]): number[] {
  const result: number[] = [];
  playbook.steps.forEach((step, i) => {
    const text = normalize(`${step.action ?? ''} ${step.notes ?? ''}`);
    if (starts.some((start) => startsWord(text, start))) result.push(i);
  });
  return result;
}

/** Word starts, Swedish and English, for the kinds of step an inject asks for. */
export const WORDS = {
  crisisWeb: ['kriswebb', 'crisis web', 'crisis site', 'status page', 'statussida'],
  communication: ['informera', 'inform', 'publicera', 'publish', 'press', 'media', 'journalist', 'sociala', 'social', 'manus', 'script'],
  supplier: ['leverantör', 'supplier', 'vendor', 'provider', 'jour'],
} as const;

/** Suppliers the steps name, then those the playbook's services depend on (through other services too), in plan order. */
export function playbookSuppliers(plan: Plan, playbook: Playbook): { contact: Contact; via: 'step' | 'service' }[] {
  const index = planIndex(plan);
  const result = new Map<string, { contact: Contact; via: 'step' | 'service' }>();
  for (const contact of index.suppliers) {
    const phrases = contactPhrases(contact, plan);
    if (playbook.steps.some((step) => hasPhrase(stepText(step), phrases))) result.set(contact.id!, { contact, via: 'step' });
  }
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const contact = index.contacts.get(id);
    if (contact?.type === 'supplier' && !result.has(id)) result.set(id, { contact, via: 'service' });
    for (const next of index.services.get(id)?.depends_on ?? []) visit(next);
  };
  for (const id of playbook.services ?? []) visit(id);
  const found = [...result.values()];
  return found.length < 2 ? found : found.sort((a, b) => index.position.get(a.contact)! - index.position.get(b.contact)!);
}

interface PlanIndex {
  /** by id; of two contacts with one id, the later */
  contacts: Map<string, Contact>;
  services: Map<string, Service>;
  /** supplier contacts with an id, in plan order */
  suppliers: Contact[];
  /** a contact's index in plan.contacts (the last, for one listed twice) */
  position: Map<Contact, number>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

/** The lookups playbookSuppliers needs, made once per plan model for all its playbooks. */
function planIndex(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (index !== undefined) return index;
  const contacts = new Map<string, Contact>();
  const suppliers: Contact[] = [];
  const position = new Map<Contact, number>();
  plan.contacts.forEach((contact, i) => {
    if (contact.id !== undefined) contacts.set(contact.id, contact);
    if (contact.type === 'supplier' && contact.id !== undefined) suppliers.push(contact);
    position.set(contact, i);
  });
  const services = new Map<string, Service>();
  for (const service of plan.services) if (service.id !== undefined) services.set(service.id, service);
  index = { contacts, services, suppliers, position };
  indexes.set(plan, index);
  return index;
}
