import { availabilityText, dateWords, words, type Lang } from '../i18n/index.js';
import type { Plan } from '../model/plan.js';
import { phoneOutput, planCountry, type PhoneOutput } from '../model/phone.js';

/** A contact as the public may see it: the plan's other fields (deputy, verified, notes) never get this far. */
export interface PublicContact {
  name: string;
  role?: string;
  organization?: string;
  /** the number as people read it and its tel: link, from one reading of the plan's value */
  phone?: PhoneOutput;
  email?: string;
  availability?: string;
}

/** Everything a crisis web page shows, and nothing else from the plan. */
export interface SiteContent {
  lang: Lang;
  organization: string;
  /** playbook id, or undefined for the neutral page */
  scenario?: string;
  /** the pre-approved message, or the neutral one */
  message: string;
  /** `2026-11-29`, or a local date and time with its offset when no fixed date was given */
  updated: { text: string; iso: string };
  /** when the next update is promised (an incident's reporting rhythm), if any */
  nextUpdate?: { text: string; iso: string };
  contacts: PublicContact[];
}

/** The playbooks that have a pre-approved message, in playbook order: the scenarios a page can be built for. */
export function scenarioIds(plan: Plan): string[] {
  const messages = plan.preparedness.crisis_site?.messages ?? {};
  return plan.playbooks.flatMap((playbook) => (playbook.id !== undefined && Object.hasOwn(messages, playbook.id) && typeof messages[playbook.id] === 'string' ? [playbook.id] : []));
}

export function publicContacts(plan: Plan): PublicContact[] {
  const country = planCountry(plan);
  const lang = plan.plan.language ?? 'en';
  return plan.contacts
    .filter((contact) => contact.public === true)
    .map(({ name, id, role, organization, phone, email, availability }) => ({ name: name ?? id ?? '', role, organization, phone: phone === undefined ? undefined : phoneOutput(phone, country, words(lang).phone.extension), email, availability: availabilityText(availability, lang) }));
}

export function siteContent(plan: Plan, scenario: string | undefined, updated: SiteContent['updated'], nextUpdate?: SiteContent['nextUpdate']): SiteContent {
  const lang = plan.plan.language ?? 'en';
  const messages = plan.preparedness.crisis_site?.messages ?? {};
  const message = scenario !== undefined && Object.hasOwn(messages, scenario) ? messages[scenario] : undefined;
  return {
    lang,
    organization: plan.plan.organization ?? '',
    scenario,
    message: message ?? words(lang).site.neutral,
    updated,
    ...(nextUpdate ? { nextUpdate } : {}),
    contacts: publicContacts(plan),
  };
}

/** The update time: the given date alone when it was fixed (reproducible output), else the local time now; the date in the language's one format. */
export function updateTime(day: string | undefined, lang: Lang = 'en', now = new Date()): SiteContent['updated'] {
  if (day !== undefined) return { text: dateWords(day, lang) ?? day, iso: day };
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const offsetMinutes = -now.getTimezoneOffset();
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return { text: `${dateWords(date, lang)} ${time} (UTC${offset})`, iso: `${date}T${time}${offset}` };
}
