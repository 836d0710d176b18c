import { terminal } from '../util/controls.js';
import { resolve } from 'node:path';
import { buildCsv } from '../contacts/csv.js';
import { buildVcards } from '../contacts/vcard.js';
import type { Contact } from '../model/plan.js';
import { planCountry } from '../model/phone.js';
import { writeFileAtomic } from '../util/write.js';
import type { CommonOptions } from './common.js';
import { oneReadyPlan } from './one-plan.js';
import { FINDINGS, OK } from './exit-codes.js';

interface ContactsOptions extends CommonOptions {
  format: 'vcf' | 'csv';
  out?: string;
  public?: boolean;
}

export async function runContacts(plan: string | undefined, options: ContactsOptions): Promise<number> {
  const { ready } = await oneReadyPlan(plan, options, 'contacts');
  if (!ready) return FINDINGS;
  const { file, plan: loaded } = ready;
  const contacts = loaded.contacts.filter((contact) => !options.public || contact.public === true);
  // only contacts in the export may be named as deputies, so --public never leaks a private name
  const named = new Map<string, Contact>(contacts.flatMap((contact) => (contact.id === undefined ? [] : [[contact.id, contact]])));
  const text = options.format === 'csv' ? buildCsv(contacts, named) : buildVcards(contacts, { file, lang: loaded.plan.language ?? 'en', named, country: planCountry(loaded) });
  if (options.out === undefined) {
    process.stdout.write(text);
    return OK;
  }
  writeFileAtomic(resolve(options.out), text);
  process.stdout.write(terminal`wrote ${options.out} (${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'})\n`);
  return OK;
}
