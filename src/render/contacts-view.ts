import type { ContactType } from '../model/plan.js';
import type { MessageKey } from '../i18n/index.js';
import { planCountry } from '../model/phone.js';
import { personView, type HandbookContext } from './handbook-context.js';
import type { ContactGroupView, ContactView, Handbook } from './view.js';

export const GROUPS: readonly ContactType[] = ['staff', 'supplier', 'authority', 'other'];
const GROUP_KEYS: Record<ContactType, MessageKey> = { staff: 'group.staff', supplier: 'group.supplier', authority: 'group.authority', other: 'group.other' };

/**
 * Rows of the first-hour call list. With the lead and deputy cards, the crisis web, the list of playbooks and up to
 * four deadline rows, six rows keep the sheet to one A4 page even for a fresh plan with every scenario
 * (tests/render/first-hour.test.ts prints it). Each deadline row past four takes a call-list row's place, down to
 * two: the deadlines are law, the rest of the people are one page further, in the contacts section.
 */
const CALL_LIST_ROWS = 6;
const MIN_CALL_LIST_ROWS = 2;
const DEADLINE_ROWS_INCLUDED = 4;

export function callListRows(deadlineRows: number): number {
  return Math.max(MIN_CALL_LIST_ROWS, CALL_LIST_ROWS - Math.max(0, deadlineRows - DEADLINE_ROWS_INCLUDED));
}

/** The contacts section by group, and the first hour's crisis lead, deputy and call list. */
export function contactsView(context: HandbookContext, deadlineRows = 0): Pick<Handbook, 'contactGroups' | 'lead' | 'deputy' | 'callList' | 'callListMore' | 'entryPoint' | 'entryPointIs'> {
  const { plan, t, person, status, at, contactsById } = context;
  const contacts: ContactView[] = plan.contacts.map((contact, index) => ({
    ...personView(contact, planCountry(plan), context.lang),
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
  // the 24/7 entry point heads the first-hour sheet, unless it is the lead or the deputy shown there anyway
  const entryPerson = person(plan.activation?.entry_point);
  const firstAlarm = entryPerson && entryPerson.id !== lead?.id && entryPerson.id !== deputy?.id ? entryPerson : undefined;
  const entryPointIs = entryPerson === undefined ? undefined : entryPerson.id === lead?.id ? 'lead' : entryPerson.id === deputy?.id ? 'deputy' : undefined;
  // the first-hour sheet fits one page: the people and suppliers the playbooks name come first, the rest are in the contacts
  const named = new Set(plan.playbooks.flatMap((playbook) => [playbook.owner, ...playbook.steps.map((step) => step.owner), ...playbook.clocks.map((clock) => clock.notify)]));
  const callable = contacts
    .filter((contact) => (contact.type === 'staff' || contact.type === 'supplier') && contact.id !== lead?.id && contact.id !== deputy?.id && contact.id !== firstAlarm?.id)
    .filter((contact) => contact.phone !== undefined || contact.email !== undefined)
    .map((contact, order) => ({ contact, order, rank: named.has(contact.id) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || GROUPS.indexOf(a.contact.type) - GROUPS.indexOf(b.contact.type) || a.order - b.order)
    .map(({ contact }) => contact);
  const callList = callable
    .slice(0, callListRows(deadlineRows))
    .map(({ anchor: _anchor, deputy: _deputy, verified: _verified, isPublic: _isPublic, warnings: _warnings, ...rest }) => rest);
  return { contactGroups, lead, deputy, callList, callListMore: callable.length - callList.length, ...(firstAlarm ? { entryPoint: firstAlarm } : {}), ...(entryPointIs ? { entryPointIs } : {}) };
}
