import { createHash } from 'node:crypto';
import { contentLines, escapeText } from '../util/content-lines.js';
import type { Contact } from '../model/plan.js';
import { words as wordsIn, type Lang } from '../i18n/index.js';
import { phoneOutput } from '../model/phone.js';
import { personName } from './names.js';

export interface VcardOptions {
  /** the plan file as given, part of each card's UID */
  file: string;
  lang: Lang;
  /** every contact of the plan, for deputy names; only these may be named */
  named: ReadonlyMap<string, Contact>;
  /** the country national numbers are dialled from (planCountry) */
  country?: string;
}

/** vCard 4.0 (RFC 6350), one card per contact: a call list that works offline in any phone. */
export function buildVcards(contacts: readonly Contact[], options: VcardOptions): string {
  return contacts.map((contact) => card(contact, options)).join('');
}

function card(contact: Contact, options: VcardOptions): string {
  const name = contact.name ?? contact.id ?? '';
  // suppliers and authorities are organisations; staff whose name is a role or a switchboard count as one too
  const isStaff = contact.type === undefined || contact.type === 'staff' || contact.type === 'other';
  const person = isStaff ? personName(name) : undefined;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:${contactUid(options.file, contact.id ?? name)}`, `KIND:${person ? 'individual' : 'org'}`, `FN:${text(name)}`];
  lines.push(`N:${person ? [person.family, person.given, person.additional, '', person.suffix].map((part) => escapeText(part)).join(';') : ';;;;'}`);
  if (contact.organization !== undefined) lines.push(`ORG:${escapeText(contact.organization)}`);
  if (contact.role !== undefined) lines.push(`TITLE:${text(contact.role)}`);
  if (contact.phone !== undefined) {
    // RFC 6350 §6.4.1: a tel: URI (RFC 3966, `;ext=` for an extension); a number that cannot be read stays text
    const tel = phoneOutput(contact.phone, options.country, wordsIn(options.lang).phone.extension).href;
    lines.push(tel ? `TEL;VALUE=uri;TYPE=voice:${tel}` : `TEL;VALUE=text:${text(contact.phone)}`);
  }
  if (contact.email !== undefined) lines.push(`EMAIL:${text(contact.email)}`);
  const note = noteText(contact, options);
  if (note !== '') lines.push(`NOTE:${text(note)}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

/** A single TEXT value; the semicolon escape belongs to compound values only. */
function text(value: string): string {
  return escapeText(value, { semicolon: false });
}

function noteText(contact: Contact, options: VcardOptions): string {
  const words = wordsIn(options.lang).contacts;
  const parts: string[] = [];
  if (contact.availability !== undefined) parts.push(`${words.availability}: ${contact.availability}`);
  const deputy = contact.deputy === undefined ? undefined : options.named.get(contact.deputy);
  const deputyPhone = deputy?.phone === undefined ? undefined : phoneOutput(deputy.phone, options.country, wordsIn(options.lang).phone.extension).text;
  if (deputy) parts.push(`${words.deputy}: ${[deputy.name ?? deputy.id, deputyPhone].filter(Boolean).join(', ')}`);
  return parts.join('\n');
}

/** A name-based UUID (RFC 9562 version 5 layout) from the plan file and the contact id: the same card on every run. */
export function contactUid(file: string, id: string): string {
  const hex = createHash('sha1').update(`krisplan\n${file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')}\n${id}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
