import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import type { Lang } from '../i18n/lang.js';

export type { Lang };

export type Localized<T> = Record<Lang, T>;
/** Text that is the same in both languages (a placeholder phone number), or one per language. */
export type Text = string | Localized<string>;

export type RoleToken = 'lead' | 'deputy';

export interface ScenarioStep {
  /** a step only for plans under this regime (and where it applies) */
  regime?: 'gdpr' | 'nis2' | 'dora' | 'cra';
  action: Localized<string>;
  owner: RoleToken;
  within: string;
  notes?: Localized<string>;
}

/**
 * A deadline that starts with the crisis: a catalogue obligation (kept when the plan's regimes and role owe it, its
 * authority taken from the plan's jurisdiction), or an internal target with its own title and limit. `notify` is the
 * id of one of the scenario's contacts.
 */
export interface ScenarioClock {
  obligation?: string;
  title?: Localized<string>;
  within?: string;
  from?: 'awareness' | 'activation';
  notify?: string;
}

export interface ScenarioContact {
  id: string;
  name: Text;
  role: Text;
  type: 'staff' | 'supplier' | 'authority' | 'other';
  organization?: Text;
  phone?: Text;
  email?: Text;
  availability?: Text;
}

/** One file of templates/scenarios (see its README): a risk, its playbook, a public message and contacts. */
export interface Scenario {
  id: string;
  title: Localized<string>;
  summary: Localized<string>;
  risk: {
    title: Localized<string>;
    category: string;
    description: Localized<string>;
    severity: number;
    likelihood: number;
    mitigations: Localized<string[]>;
  };
  playbook: {
    title: Localized<string>;
    trigger: Localized<string>;
    clocks?: ScenarioClock[];
    steps: ScenarioStep[];
  };
  message: Localized<string>;
  contacts: ScenarioContact[];
}

// The bundled CLI (dist/bundle/) and the compiled modules (dist/init/) are both two levels below the package root
export const SCENARIO_DIR = fileURLToPath(new URL('../../templates/scenarios/', import.meta.url));

/** The scenario catalogue, highest default risk score first (then by id), as the risk register lists them. */
export function loadCatalogue(dir = SCENARIO_DIR): Scenario[] {
  const scenarios = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Scenario);
  const score = (scenario: Scenario) => scenario.risk.severity * scenario.risk.likelihood;
  return scenarios.sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function localize(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
