import { KrisplanError } from '../errors.js';
import { PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE, PLACEHOLDER_URL } from '../rules/placeholder.js';
import type { Lang, Scenario } from './catalogue.js';
import { idFromName } from './checks.js';
import { LANGS, words } from '../i18n/index.js';

export interface Person {
  id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** Everything the plan builder needs to know; the wizard, flags and defaults all produce this. */
export interface InitAnswers {
  language: Lang;
  organization: string;
  /** the service the plan is for: the web shop, the app */
  service: string;
  owner: Person;
  deputy: Person;
  /** scenario ids from the catalogue */
  scenarios: string[];
  crisisSite: { url: string; hosting: string };
  writeConfig: boolean;
}

/** Answers given in advance with flags (`--org`, `--owner` …): the wizard does not ask these. */
export interface Preset {
  language?: Lang;
  organization?: string;
  ownerName?: string;
  email?: string;
  phone?: string;
  scenarios?: string[];
  writeConfig?: boolean;
}

/** Contact ids the plan gives other contacts (customer service, and the scenarios' hosting, dpa …), which staff ids must not take. */
export function reservedContactIds(catalogue: readonly Scenario[]): Set<string> {
  const builtIn = LANGS.map((lang) => words(lang).plan.customerService.id);
  return new Set([...builtIn, ...catalogue.flatMap((scenario) => scenario.contacts.map((contact) => contact.id))]);
}

/** The answers `--yes` takes: the preset, else the default of every question (TODO markers where only the user knows). */
export function defaultAnswers(language: Lang, preset: Preset, catalogue: readonly Scenario[]): InitAnswers {
  const strings = words(language).plan;
  const taken = reservedContactIds(catalogue);
  const ownerName = preset.ownerName ?? strings.lead.name;
  const ownerId = idFromName(ownerName, taken, strings.lead.id);
  return {
    language,
    organization: preset.organization ?? strings.organization,
    service: strings.service,
    owner: { id: ownerId, name: ownerName, role: strings.lead.role, phone: preset.phone ?? PLACEHOLDER_PHONE, email: preset.email ?? PLACEHOLDER_EMAIL },
    deputy: {
      id: idFromName(strings.deputy.name, [...taken, ownerId], strings.deputy.id),
      name: strings.deputy.name,
      role: strings.deputy.role,
      phone: PLACEHOLDER_PHONE,
      email: PLACEHOLDER_EMAIL,
    },
    scenarios: preset.scenarios ?? catalogue.map((scenario) => scenario.id),
    crisisSite: { url: PLACEHOLDER_URL, hosting: strings.crisisHosting },
    writeConfig: preset.writeConfig ?? false,
  };
}

/** `--scenarios a,b`: known ids in catalogue order, each once; anything else is a usage error listing the valid ones. */
export function parseScenarioList(value: string, catalogue: readonly Scenario[]): string[] {
  const known = catalogue.map((scenario) => scenario.id);
  const ids = [...new Set(value.split(',').map((id) => id.trim()).filter((id) => id !== ''))].sort((a, b) => known.indexOf(a) - known.indexOf(b));
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const names = unknown.map((id) => `"${id}"`).join(', ');
    throw new KrisplanError(`unknown ${unknown.length === 1 ? 'scenario' : 'scenarios'} ${names}; valid scenarios: ${known.join(', ')}`);
  }
  if (ids.length === 0) throw new KrisplanError(`--scenarios needs at least one scenario id; valid scenarios: ${known.join(', ')}`);
  return ids;
}

/** The plan language from the system locale (LC_ALL, LC_MESSAGES, LANG, then Intl): sv when it is Swedish, else en. */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return /^sv(?:[^a-z]|$)/i.test(locale) ? 'sv' : 'en';
}
