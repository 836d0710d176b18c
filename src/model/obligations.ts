/**
 * The obligations catalogue (templates/obligations/): statutory notification duties and, per jurisdiction,
 * whether a regime applies and who receives the reports. Data, not code; this module only reads and looks up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coreSchema } from '../load/core-schema.js';
import { jsYamlLibrary } from '../load/js-yaml-library.js';
import type { Contact, Plan, Playbook, Risk } from './plan.js';

import type { Lang } from '../i18n/lang.js';

export type { Lang };
export type Localized = Record<Lang, string>;
export type RegimeId = 'gdpr' | 'nis2' | 'dora' | 'cra';
export type GdprRole = 'controller' | 'processor';
/** What a deadline counts from. `after` counts from when another report was sent. */
export type StartEvent = 'awareness' | 'activation' | 'classification' | 'fix-available' | 'after';

export const WITHOUT_UNDUE_DELAY = 'without undue delay';

export interface Obligation {
  id: string;
  regime: RegimeId;
  /** the GDPR role that has this duty; absent: every entity under the regime */
  role?: GdprRole;
  /** risk categories this obligation is owed for, when narrower than its regime's */
  covers?: string[];
  title: Localized;
  /** a duration such as `72 hours`, or `without undue delay` (a duty with no number) */
  within: string;
  from: StartEvent;
  /** the obligation whose sending starts this one (`from: after`) */
  after?: string;
  /** a second limit, counted from awareness (DORA's initial notification) */
  not_later_than?: string;
  /** who receives it: an authority kind (dpa, csirt, financial-supervisor, cra-coordinator) or a party (controller, data-subjects, …) */
  recipient: string;
  condition?: Localized;
  basis: Localized;
  /** the official text (its EUR-Lex address) */
  source: string;
  /** the copy of the official text the entry was read in at its last review */
  read_in?: string;
  verified: string;
  note?: Localized;
  unconfirmed?: Localized;
  applies_from?: string;
  /** owed only on an assessment made during the incident (high risk, where appropriate); not required by regulatory-clock */
  conditional?: boolean;
}

export interface RegimeInfo {
  title: Localized;
  roles?: GdprRole[];
  default_role?: GdprRole;
  covers: string[];
  applies_from?: string;
}

export interface Authority {
  id: string;
  receives: string[];
  type: 'authority';
  name: Localized;
  role: Localized;
  phone?: string;
  email?: string;
  url?: string;
  availability?: Localized;
  source: string;
  verified: string;
  unconfirmed?: Localized;
}

export interface NationalRegime {
  applies?: boolean;
  reason?: Localized;
  name?: Localized;
  /** the national basis per obligation id, where it differs (UK GDPR) */
  basis?: Record<string, string>;
  source?: string;
  verified?: string;
}

export interface NationalLaw {
  name: Localized;
  in_force?: string;
  source: string;
  verified: string;
  note?: Localized;
  unconfirmed?: Localized;
}

export interface Jurisdiction {
  name: Localized;
  language: Lang;
  regimes?: Partial<Record<RegimeId, NationalRegime>>;
  laws?: Partial<Record<RegimeId, NationalLaw>>;
  authorities: Authority[];
}

export interface Catalogue {
  regimes: Record<RegimeId, RegimeInfo>;
  categories: Record<string, string[]>;
  obligations: Obligation[];
  eu: string[];
  timezones: Record<string, string>;
  jurisdictions: Record<string, Jurisdiction>;
}

// The bundled CLI (dist/bundle/) and the compiled modules (dist/model/) are both two levels below the package root
export const OBLIGATIONS_DIR = fileURLToPath(new URL('../../templates/obligations/', import.meta.url));

let cached: Catalogue | undefined;

/**
 * Read with js-yaml and the YAML 1.2 core schema (dates stay text, as they would with `yaml`), where `yaml` would
 * cost ~50 ms more.
 */
const parse = (text: string): unknown => jsYamlLibrary().load(text, { schema: coreSchema() });

/**
 * The bundled CLI ships the catalogue read once more as JSON (scripts/bundle.mjs writes it next to the chunks):
 * validate needs it on every run, and a cold YAML reader takes tens of milliseconds where JSON.parse takes one
 * third of one. Elsewhere (the library, the tests) the file is absent and the YAML is read.
 */
const SNAPSHOT = new URL('./obligations.json', import.meta.url);

export function loadObligations(dir = OBLIGATIONS_DIR): Catalogue {
  if (cached && dir === OBLIGATIONS_DIR) return cached;
  const catalogue = (dir === OBLIGATIONS_DIR ? readSnapshot() : undefined) ?? readCatalogue(dir);
  if (dir === OBLIGATIONS_DIR) cached = catalogue;
  return catalogue;
}

/** The catalogue as its YAML files say: what scripts/bundle.mjs writes as the snapshot. */
export function readCatalogue(dir = OBLIGATIONS_DIR): Catalogue {
  const main = parse(readFileSync(`${dir}obligations.yaml`, 'utf8')) as Pick<Catalogue, 'regimes' | 'categories' | 'obligations'>;
  const places = parse(readFileSync(`${dir}jurisdictions.yaml`, 'utf8')) as Pick<Catalogue, 'eu' | 'timezones' | 'jurisdictions'>;
  return { ...main, ...places };
}

function readSnapshot(): Catalogue | undefined {
  let text: string;
  try {
    text = readFileSync(SNAPSHOT, 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as Catalogue;
}

export function obligationById(id: string | undefined, catalogue = loadObligations()): Obligation | undefined {
  if (id === undefined) return undefined;
  // asked for every clock of every playbook: a map by id (the first entry of an id, as a search finds it)
  const list = catalogue.obligations;
  let index = obligationIndexes.get(list);
  if (index === undefined || index.size !== list.length) {
    index = { size: list.length, byId: new Map() };
    for (const obligation of list) if (!index.byId.has(obligation.id)) index.byId.set(obligation.id, obligation);
    obligationIndexes.set(list, index);
  }
  return index.byId.get(id);
}

const obligationIndexes = new WeakMap<readonly Obligation[], { size: number; byId: Map<string, Obligation> }>();

/** The regimes a plan declares, with the GDPR roles; no `regimes` key: GDPR as controller. */
export interface DeclaredRegime {
  id: RegimeId;
  roles: GdprRole[];
  /** index in plan.regimes, for findings; undefined for the default */
  index?: number;
}

export function declaredRegimes(plan: Plan): DeclaredRegime[] {
  const regimes = plan.plan.regimes;
  if (regimes === undefined) return [{ id: 'gdpr', roles: ['controller'] }];
  const declared: DeclaredRegime[] = [];
  regimes.forEach((regime, index) => {
    if (typeof regime === 'string') {
      declared.push({ id: regime, roles: regime === 'gdpr' ? ['controller'] : [], index });
      return;
    }
    // an item the schema rejected (null, a number) has its schema finding; it declares nothing
    if (regime === null || typeof regime !== 'object' || typeof regime.id !== 'string') return;
    const role = regime.role === undefined ? [] : Array.isArray(regime.role) ? regime.role : [regime.role];
    declared.push({ id: regime.id, roles: regime.id === 'gdpr' && role.length === 0 ? ['controller'] : role, index });
  });
  return declared;
}

export function jurisdictionOf(plan: Plan): string | undefined {
  return plan.plan.jurisdiction?.toLowerCase();
}

/** Whether a regime applies to an organisation established in the jurisdiction; unknown jurisdictions: as declared. */
export function regimeApplies(regime: RegimeId, jurisdiction: string | undefined, catalogue = loadObligations()): { applies: boolean; reason?: Localized } {
  if (jurisdiction === undefined) return { applies: true };
  const national = catalogue.jurisdictions[jurisdiction]?.regimes?.[regime];
  if (national?.applies === false) return { applies: false, reason: national.reason };
  return { applies: true };
}

/** The IANA zone deadlines are shown in: the plan's, else its jurisdiction's capital, else UTC. */
export function planZone(plan: Plan, catalogue = loadObligations()): string {
  if (plan.plan.timezone) return plan.plan.timezone;
  const jurisdiction = jurisdictionOf(plan);
  return (jurisdiction && catalogue.timezones[jurisdiction]) || 'UTC';
}

/** The catalogue categories a risk's category names: an exact id, else by the words of each category. */
export function riskCategories(category: string | undefined, catalogue = loadObligations()): string[] {
  if (category === undefined) return [];
  // plans repeat a few category names on every risk: each is matched against the catalogue once
  let known = categoryCache.get(catalogue);
  if (known === undefined) categoryCache.set(catalogue, (known = new Map()));
  let ids = known.get(category);
  if (ids === undefined) {
    ids = matchCategories(category, catalogue);
    if (known.size > 10_000) known.clear();
    known.set(category, ids);
  }
  return ids.slice();
}

const categoryCache = new WeakMap<Catalogue, Map<string, string[]>>();

function matchCategories(category: string, catalogue: Catalogue): string[] {
  const text = category.toLowerCase();
  if (text in catalogue.categories) return [text];
  return Object.entries(catalogue.categories)
    .filter(([, words]) => words.some((word) => text.includes(word)))
    .map(([id]) => id);
}

/** The obligations a declared regime owes for a risk category, by role. */
export function obligationsFor(regime: DeclaredRegime, categories: readonly string[], catalogue = loadObligations()): Obligation[] {
  const info = catalogue.regimes[regime.id];
  return catalogue.obligations.filter((o) => {
    if (o.regime !== regime.id) return false;
    if (o.role !== undefined && !regime.roles.includes(o.role)) return false;
    const covers = o.covers ?? info.covers;
    return categories.some((category) => covers.includes(category));
  });
}

/** The authority that receives an obligation's reports in a jurisdiction, if the catalogue knows it. */
export function authorityFor(obligation: Obligation, jurisdiction: string | undefined, catalogue = loadObligations()): Authority | undefined {
  if (jurisdiction === undefined) return undefined;
  return catalogue.jurisdictions[jurisdiction]?.authorities.find((a) => a.receives.includes(obligation.recipient));
}

/** The basis of an obligation in the plan's language and jurisdiction (UK GDPR in gb). */
export function basisOf(obligation: Obligation, lang: Lang, jurisdiction: string | undefined, catalogue = loadObligations()): string {
  const national = jurisdiction === undefined ? undefined : catalogue.jurisdictions[jurisdiction]?.regimes?.[obligation.regime]?.basis?.[obligation.id];
  return national ?? obligation.basis[lang];
}

const DPA_WORDS = ['data protection', 'dataskydd', 'integritetsskydd', 'privacy', 'information commissioner', 'imy', 'ico'];

/** Whether a contact is marked as a data-protection authority: a catalogue DPA (by id or e-mail domain), or an authority whose name or role says so. */
export function isDataProtectionAuthority(contact: Contact, catalogue = loadObligations()): boolean {
  if (contact.type !== 'authority') return false;
  const dpas = Object.values(catalogue.jurisdictions).flatMap((j) => j.authorities.filter((a) => a.receives.includes('dpa')));
  if (dpas.some((a) => a.id === contact.id)) return true;
  if (contact.id === 'dpa') return true;
  const text = `${contact.name ?? ''} ${contact.role ?? ''} ${contact.organization ?? ''}`.toLowerCase();
  return DPA_WORDS.some((word) => new RegExp(`(^|[^a-zåäö])${word}([^a-zåäö]|$)`).test(text));
}

/** The playbooks of the risks whose categories a regime covers, with the categories. */
export function playbookCategories(plan: Plan, catalogue = loadObligations()): Map<string, Set<string>> {
  const byPlaybook = new Map<string, Set<string>>();
  for (const risk of plan.risks) {
    if (risk.playbook === undefined) continue;
    const set = byPlaybook.get(risk.playbook) ?? new Set<string>();
    for (const category of riskCategories(risk.category, catalogue)) set.add(category);
    byPlaybook.set(risk.playbook, set);
  }
  return byPlaybook;
}

export type { Playbook, Risk };
