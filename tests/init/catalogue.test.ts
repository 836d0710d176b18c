import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, SCENARIO_DIR, type Lang, type Scenario } from '../../src/init/catalogue.js';
import { formatCatalogue } from '../../src/init/list.js';
import { parseDuration } from '../../src/model/dates.js';
import { isPlaceholder, PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE } from '../../src/rules/placeholder.js';

const catalogue = loadCatalogue();
const LANGS: readonly Lang[] = ['sv', 'en'];
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Every `{sv, en}` map in a scenario, with its path. */
function* localized(value: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('sv') && keys.includes('en')) {
    yield [path, value as Record<string, unknown>];
    return;
  }
  for (const [key, child] of Object.entries(value)) yield* localized(child, `${path}/${key}`);
}

describe('the scenario catalogue', () => {
  it('has the seven scenarios of the contract, one file each, highest default score first', () => {
    expect(catalogue.map((s) => s.id)).toEqual(['data-breach', 'outage', 'overload', 'supplier', 'dns', 'ransomware', 'login']);
    expect(readdirSync(SCENARIO_DIR).filter((name) => name.endsWith('.yaml')).sort()).toEqual(catalogue.map((s) => `${s.id}.yaml`).sort());
  });

  describe.each(catalogue.map((s): [string, Scenario] => [s.id, s]))('%s', (_, scenario) => {
    it('has every text in Swedish and English, with the same number of mitigations', () => {
      for (const [path, texts] of localized(scenario, '')) {
        for (const lang of LANGS) {
          const text = texts[lang];
          const ok = typeof text === 'string' ? text.trim() !== '' : Array.isArray(text) && text.every((item) => typeof item === 'string' && item.trim() !== '');
          expect(ok, `${path} ${lang}`).toBe(true);
        }
      }
      for (const key of ['title', 'summary', 'message'] as const) expect(Object.keys(scenario[key]).sort()).toEqual(['en', 'sv']);
      expect(scenario.risk.mitigations.sv.length).toBe(scenario.risk.mitigations.en.length);
      expect(scenario.risk.mitigations.en.length).toBeGreaterThanOrEqual(3);
    });

    it('has a rated risk and a playbook of 5–10 steps, each with a role token and a valid time limit', () => {
      expect(scenario.risk.severity).toBeGreaterThanOrEqual(1);
      expect(scenario.risk.severity).toBeLessThanOrEqual(5);
      expect(scenario.risk.likelihood).toBeGreaterThanOrEqual(1);
      expect(scenario.risk.likelihood).toBeLessThanOrEqual(5);
      expect(scenario.playbook.steps.length).toBeGreaterThanOrEqual(5);
      expect(scenario.playbook.steps.length).toBeLessThanOrEqual(10);
      for (const step of scenario.playbook.steps) {
        expect(['lead', 'deputy']).toContain(step.owner);
        expect(parseDuration(step.within), step.within).not.toBeUndefined();
      }
    });

    it('has contacts with valid ids whose unknown details are exactly the placeholders', () => {
      expect(scenario.contacts.length).toBeGreaterThan(0);
      for (const contact of scenario.contacts) {
        expect(contact.id).toMatch(ID);
        for (const lang of LANGS) {
          const phone = typeof contact.phone === 'object' ? contact.phone[lang] : contact.phone;
          const email = typeof contact.email === 'object' ? contact.email[lang] : contact.email;
          if (phone !== undefined && isPlaceholder(phone)) expect(phone).toBe(PLACEHOLDER_PHONE);
          if (email !== undefined && isPlaceholder(email)) expect(email).toBe(PLACEHOLDER_EMAIL);
          expect(phone !== undefined || email !== undefined, `${contact.id} can be reached`).toBe(true);
        }
      }
    });
  });

  it('describes a contact the same way in every scenario that names it, so contacts merge by id', () => {
    const seen = new Map<string, unknown>();
    for (const scenario of catalogue) {
      for (const contact of scenario.contacts) {
        if (seen.has(contact.id)) expect(contact, `${contact.id} in ${scenario.id}`).toEqual(seen.get(contact.id));
        else seen.set(contact.id, contact);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });

  it('lists the catalogue for --list-scenarios in the chosen language', () => {
    const en = formatCatalogue(catalogue, 'en');
    expect(en).toMatch(/^data-breach {2}Data breach \/ personal-data breach \(severity 5 × likelihood 3\)\n {13}Unauthorised access/);
    expect(en.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(en).toContain('\nChoose with: krisplan init --scenarios data-breach,outage\n');
    expect(formatCatalogue(catalogue, 'sv')).toMatch(/^data-breach {2}Dataintrång \/ personuppgiftsincident/);
  });
});
