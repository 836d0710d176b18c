import { KrisplanError } from '../errors.js';
import { PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE, PLACEHOLDER_URL } from '../rules/placeholder.js';
import type { Lang, Scenario } from './catalogue.js';
import { idFromName } from './checks.js';
import { LANGS, words } from '../i18n/index.js';
import type { GdprRole, RegimeId } from '../model/obligations.js';

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
  /** country of establishment (ISO 3166-1 alpha-2, lowercase) */
  jurisdiction: string;
  /** the regimes the organisation falls under */
  regimes: RegimeId[];
  /** the GDPR roles (controller, processor or both) */
  gdprRoles: GdprRole[];
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
  jurisdiction?: string;
  regimes?: RegimeId[];
  gdprRoles?: GdprRole[];
}

/** The jurisdiction suggested from the language (a suggestion only: the language is not the jurisdiction). */
export function suggestedJurisdiction(language: Lang): string {
  return language === 'sv' ? 'se' : 'gb';
}

const REGIMES: readonly RegimeId[] = ['gdpr', 'nis2', 'dora', 'cra'];

/** `--regimes gdpr,nis2`: known ids, each once, in catalogue order. */
export function parseRegimeList(value: string): RegimeId[] {
  const ids = [...new Set(value.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
  const unknown = ids.filter((id) => !(REGIMES as readonly string[]).includes(id));
  if (unknown.length > 0) throw new KrisplanError(`unknown regime ${unknown.map((id) => `"${id}"`).join(', ')}; valid regimes: ${REGIMES.join(', ')}`);
  if (ids.length === 0) throw new KrisplanError(`--regimes needs at least one of ${REGIMES.join(', ')}`);
  return REGIMES.filter((id) => ids.includes(id));
}

/** `--role controller|processor|controller,processor` (GDPR). */
export function parseRoleList(value: string): GdprRole[] {
  const ids = [...new Set(value.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
  const unknown = ids.filter((id) => id !== 'controller' && id !== 'processor');
  if (unknown.length > 0 || ids.length === 0) throw new KrisplanError(`--role ${JSON.stringify(value)} is not valid: use controller, processor or controller,processor`);
  return (['controller', 'processor'] as const).filter((id) => ids.includes(id));
}

export function parseJurisdiction(value: string): string {
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(code)) throw new KrisplanError(`--jurisdiction ${JSON.stringify(value)} is not a two-letter country code such as se, fi, de or gb`);
  return code;
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
    jurisdiction: preset.jurisdiction ?? suggestedJurisdiction(language),
    regimes: preset.regimes ?? ['gdpr'],
    gdprRoles: preset.gdprRoles ?? ['controller'],
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
