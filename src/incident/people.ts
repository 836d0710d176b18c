import { words } from '../i18n/index.js';
import type { Plan } from '../model/plan.js';
import { phoneOutput, planCountry } from '../model/phone.js';

export interface Person {
  id: string;
  /** `Anna Lindqvist` or `Krisledare (Anna Lindqvist)` for a role */
  label: string;
  phone?: string;
  email?: string;
}

/** A phone number as people read it, the national form at home. */
export function printedPhone(plan: Plan, written: string): string {
  return phoneOutput(written, planCountry(plan), words(plan.plan.language ?? 'en').phone.extension).text;
}

/** Who an owner id means: a contact, or a role and who holds it (its first deputy when it has no holder). */
export function whoIs(plan: Plan, id: string | undefined): Person | undefined {
  if (id === undefined) return undefined;
  const contact = plan.contacts.find((candidate) => candidate.id === id);
  if (contact) return { id, label: contact.name ?? id, ...(contact.phone ? { phone: printedPhone(plan, contact.phone) } : {}), ...(contact.email ? { email: contact.email } : {}) };
  const role = plan.roles.find((candidate) => candidate.id === id);
  if (!role) return { id, label: id };
  const holder = plan.contacts.find((candidate) => candidate.id === (role.holder ?? role.deputies?.[0]));
  const title = role.title ?? id;
  if (!holder) return { id, label: title };
  return { id, label: `${title} (${holder.name ?? holder.id})`, ...(holder.phone ? { phone: printedPhone(plan, holder.phone) } : {}), ...(holder.email ? { email: holder.email } : {}) };
}

/**
 * Who to call first: the entry point, then who the level convenes, then the playbook's owner. A person is listed
 * once, with the roles they hold: the holder of a role named twice is one call.
 */
export function callList(plan: Plan, levelId: string | undefined, playbookOwner: string | undefined): Person[] {
  const level = plan.activation?.levels.find((candidate) => candidate.id === levelId);
  const ids = [plan.activation?.entry_point, ...(level?.convene ?? []), playbookOwner];
  const byContact = new Map<string, { person: Person; roles: string[] }>();
  for (const id of ids) {
    if (id === undefined) continue;
    const role = plan.roles.find((candidate) => candidate.id === id);
    const contactId = role ? (role.holder ?? role.deputies?.[0] ?? id) : id;
    const known = byContact.get(contactId);
    const roleTitle = role?.title ?? role?.id;
    if (known) {
      if (roleTitle && !known.roles.includes(roleTitle)) known.roles.push(roleTitle);
      continue;
    }
    const person = whoIs(plan, contactId);
    if (person) byContact.set(contactId, { person, roles: roleTitle ? [roleTitle] : [] });
  }
  return [...byContact.values()].map(({ person, roles }) => ({ ...person, label: roles.length > 0 ? `${person.label} (${roles.join(', ')})` : person.label }));
}
