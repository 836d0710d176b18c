import type { Contact, Plan, Playbook, Step } from './plan.js';

/**
 * Which contacts a playbook's steps name. Steps are free text, so a contact counts as named when the step's
 * action or notes hold its id, name or organisation, the first word of its role (six letters or more, as the
 * start of a word: "Betalleverantör" in "betalleverantören"), or the first two words of a resource it provides
 * ("extra IT-personal"). Matching is by whole words from their start, without regard to case.
 */
export function namedIn(step: Step, contact: Contact, plan: Plan): boolean {
  let text = stepTexts.get(step);
  if (text === undefined) stepTexts.set(step, (text = normalize(`${step.action ?? ''} ${step.notes ?? ''}`)));
  let byContact = contactPhrases.get(plan);
  if (byContact === undefined) contactPhrases.set(plan, (byContact = new WeakMap()));
  let names = byContact.get(contact);
  if (names === undefined) byContact.set(contact, (names = phrases(contact, plan)));
  return names.some((phrase) => startsWord(text, phrase));
}

// every supplier is looked for in every step of every playbook, by several rules and views: each step's text and
// each contact's phrases are normalized once per plan model (which is not changed once built)
const stepTexts = new WeakMap<Step, string>();
const contactPhrases = new WeakMap<Plan, WeakMap<Contact, string[]>>();

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

function normalize(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
  const contacts = new Map(plan.contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  const result = new Map<string, { contact: Contact; via: 'step' | 'service' }>();
  for (const contact of plan.contacts) {
    if (contact.type !== 'supplier' || contact.id === undefined) continue;
    if (playbook.steps.some((step) => namedIn(step, contact, plan))) result.set(contact.id, { contact, via: 'step' });
  }
  const services = new Map(plan.services.filter((s) => s.id !== undefined).map((s) => [s.id!, s]));
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const contact = contacts.get(id);
    if (contact?.type === 'supplier' && !result.has(id)) result.set(id, { contact, via: 'service' });
    for (const next of services.get(id)?.depends_on ?? []) visit(next);
  };
  for (const id of playbook.services ?? []) visit(id);
  const position = new Map(plan.contacts.map((contact, i) => [contact, i]));
  return [...result.values()].sort((a, b) => position.get(a.contact)! - position.get(b.contact)!);
}
