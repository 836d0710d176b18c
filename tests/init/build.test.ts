import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/engine/config.js';
import { defaultConfig } from '../../src/config/types.js';
import { defaultAnswers, parseScenarioList, systemLanguage, type InitAnswers } from '../../src/init/answers.js';
import { buildConfigYaml, buildPlanYaml } from '../../src/init/build.js';
import { loadCatalogue, type Lang } from '../../src/init/catalogue.js';
import { checkEmail, checkId, checkPhone, checkUrl, idFromName } from '../../src/init/checks.js';
import { schemaRef } from '../../src/init/schema-ref.js';
import { isPlaceholder } from '../../src/rules/placeholder.js';
import { loadPlan } from '../../src/engine/validate.js';
import { ROOT, tempDir } from '../helpers/cli.js';

// a fresh plan's to-do list: values to fill in, and playbooks for high risks still to exercise
// a fresh plan: its values to fill in, and nothing exercised yet (its high-risk playbooks, and the people, suppliers and deadlines in them)
const TODO_RULES = new Set(['placeholder', 'unexercised', 'exercise-coverage']);

const TODAY = '2026-11-29';
const SCHEMA = 'https://krisplan.dev/schemas/plan.schema.json';
const catalogue = loadCatalogue();
const LANGS: readonly Lang[] = ['sv', 'en'];

function build(answers: InitAnswers): { text: string; data: Record<string, any>; findings: ReturnType<typeof loadPlan>['findings'] } {
  const text = buildPlanYaml({ answers, catalogue, today: TODAY, schema: SCHEMA });
  return { text, data: parse(text), findings: loadPlan(text, { today: TODAY }).findings };
}

/** Answers as a user who typed everything in would give them. */
function filled(language: Lang, scenarios: string[]): InitAnswers {
  return {
    language,
    organization: 'Exempel AB',
    service: 'Webbutiken',
    owner: { id: 'anna', name: 'Anna Andersson', role: 'Krisledare', phone: '+46 70 123 45 67', email: 'anna@example.se' },
    deputy: { id: 'erik', name: 'Erik Eriksson', role: 'Driftansvarig', phone: '+46 70 765 43 21', email: 'erik@example.se' },
    scenarios,
    crisisSite: { url: 'https://status.example.se', hosting: 'Statisk sida hos en annan leverantör' },
    writeConfig: false,
    jurisdiction: language === 'sv' ? 'se' : 'gb',
    regimes: ['gdpr'],
    gdprRoles: ['controller'],
  };
}

describe('the plan builder', () => {
  describe.each(LANGS.flatMap((lang) => catalogue.map((scenario): [string, Lang] => [scenario.id, lang])))('scenario %s in %s', (id, lang) => {
    const scenario = catalogue.find((s) => s.id === id)!;

    it('validates with no errors, and warns only about the TODO values (with the defaults)', () => {
      const { findings } = build({ ...defaultAnswers(lang, {}, catalogue), scenarios: [id] });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.filter((f) => !TODO_RULES.has(f.rule))).toEqual([]);
      expect(findings.length).toBeGreaterThan(0);
    });

    it('writes the risk, its playbook and the crisis-web message under the scenario id, in the plan language', () => {
      const { data, findings } = build(filled(lang, [id]));
      expect(findings.filter((f) => !TODO_RULES.has(f.rule))).toEqual([]);
      expect(data.plan).toMatchObject({ language: lang, owner: 'anna', reviewed: TODAY, organization: 'Exempel AB' });
      expect(data.risks).toEqual([
        {
          id,
          title: scenario.risk.title[lang],
          category: scenario.risk.category,
          description: scenario.risk.description[lang],
          severity: scenario.risk.severity,
          likelihood: scenario.risk.likelihood,
          owner: 'anna',
          mitigations: scenario.risk.mitigations[lang],
          playbook: id,
        },
      ]);
      expect(data.playbooks.map((p: { id: string }) => p.id)).toEqual([id]);
      const steps = data.playbooks[0].steps as { action: string; owner: string; within: string }[];
      // steps for a regime the plan does not declare (NIS2) are left out
      const own = scenario.playbook.steps.filter((s) => s.regime === undefined || s.regime === 'gdpr');
      expect(steps.map((s) => s.action)).toEqual(own.map((s) => s.action[lang]));
      expect(steps.map((s) => s.owner)).toEqual(own.map((s) => (s.owner === 'lead' ? 'anna' : 'erik')));
      expect(data.preparedness.crisis_site.messages).toEqual({ [id]: scenario.message[lang] });
      // a controller has no processor's contact duty; the GDPR authority of the jurisdiction is added when a clock notifies it
      const authority = scenario.risk.category === 'data-breach' ? [lang === 'sv' ? 'imy' : 'ico'] : [];
      expect(data.contacts.slice(3).map((c: { id: string }) => c.id).sort()).toEqual([...scenario.contacts.map((c) => c.id).filter((c) => c !== 'controllers'), ...authority].sort());
    });
  });

  it('merges the contacts of all scenarios by id, staff first, then suppliers, then authorities', () => {
    const { data, findings } = build(filled('sv', catalogue.map((s) => s.id)));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const contacts = data.contacts as { id: string; type: string }[];
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    expect(contacts.map((c) => c.type)).toEqual([...contacts.map((c) => c.type)].sort((a, b) => ['staff', 'supplier', 'authority'].indexOf(a) - ['staff', 'supplier', 'authority'].indexOf(b)));
    // the authority comes from the obligations catalogue for the jurisdiction, as published
    expect(contacts.find((c) => c.id === 'imy')).toMatchObject({ name: 'Integritetsskyddsmyndigheten (IMY)', phone: '+46 8 657 61 00', url: 'https://e-tjanster.imy.se/sv/anmalan', type: 'authority' });
    expect(contacts.find((c) => c.id === 'police')).toMatchObject({ name: 'Polisen', phone: '114 14', type: 'authority' });
    expect(data.risks).toHaveLength(7);
    expect(data.playbooks).toHaveLength(7);
  });

  it('makes the owner and the deputy staff contacts who stand in for each other, never verified (init certifies nothing), and customer service the public contact', () => {
    const { data, text } = build(filled('en', ['outage']));
    expect(data.contacts[0]).toMatchObject({ id: 'anna', name: 'Anna Andersson', type: 'staff', organization: 'Exempel AB', deputy: 'erik' });
    expect(data.contacts[1]).toMatchObject({ id: 'erik', deputy: 'anna' });
    expect(data.contacts.filter((c: { verified?: string }) => c.verified !== undefined)).toEqual([]);
    expect(text.match(/# TODO verified: YYYY-MM-DD, once you have confirmed/g)).toHaveLength(2);
    expect(data.contacts[2]).toMatchObject({ id: 'customer-service', name: 'Customer service', type: 'staff', organization: 'Exempel AB', public: true });
    expect(data.contacts.filter((c: { public?: boolean }) => c.public)).toHaveLength(1);
    const { data: defaults } = build(defaultAnswers('en', {}, catalogue));
    expect(defaults.contacts[0]).toMatchObject({ id: 'crisis-lead', deputy: 'deputy', phone: 'TODO +46 00 000 00 00', email: 'todo@example.invalid' });
    expect(defaults.contacts[0]).not.toHaveProperty('verified');
    expect(defaults.contacts[0]).not.toHaveProperty('organization');
  });

  it('reviews the plan today (writing it is a review) and certifies no test or training nobody did', () => {
    for (const lang of ['en', 'sv'] as const) {
      const { data, text } = build(filled(lang, ['overload', 'data-breach']));
      expect(data.plan).toMatchObject({ reviewed: TODAY, review_every: '1 year' });
      expect(data.preparedness.crisis_site).toMatchObject({ url: 'https://status.example.se', owner: 'erik', test_every: '6 months' });
      expect(data.preparedness.crisis_site).not.toHaveProperty('tested');
      expect(data.preparedness.backups).toEqual([expect.objectContaining({ owner: 'erik', frequency: 'daily', test_every: '3 months' })]);
      expect(data.preparedness.backups[0]).not.toHaveProperty('restore_tested');
      expect(data.preparedness.training).toEqual([expect.objectContaining({ owner: 'anna', every: '1 year' })]);
      expect(data.preparedness.training[0]).not.toHaveProperty('held');
      expect(data.evaluations).toEqual([]);
      // a TODO comment where each date goes, and why reviewed is today
      for (const key of ['tested', 'restore_tested', 'held']) expect(text).toMatch(new RegExp(`\\n *# TODO ${key}: (YYYY|ÅÅÅÅ)-MM-DD, `));
      expect(text).toMatch(lang === 'en' ? /# reviewed: is today because writing this plan is its first full review/ : /# reviewed: är i dag eftersom arbetet med att skriva planen är dess första genomgång/);
    }
    expect(build(filled('en', ['data-breach'])).data.preparedness.training[0].topic).toBe('Tabletop exercise: Data breach / personal-data breach');
  });

  it('marks every unknown value with TODO, and nothing the user gave', () => {
    const { text, findings: all } = build(filled('sv', ['dns']));
    // besides the placeholders, only what is true of a fresh plan: nothing in it has been exercised
    expect([...new Set(all.filter((f) => f.rule !== 'placeholder').map((f) => f.rule))].sort()).toEqual(['exercise-coverage', 'unexercised']);
    const findings = all.filter((f) => f.rule === 'placeholder');
    const flagged = findings.map((f) => f.path);
    expect(flagged).toEqual(expect.arrayContaining(['/contacts/2/phone', '/contacts/3/name', '/contacts/3/phone', '/preparedness/backups/0/system']));
    expect(flagged).toEqual(expect.arrayContaining(['/contacts/0/availability', '/contacts/1/availability']));
    const given = ['/plan/', '/contacts/2/name', '/contacts/0/name', '/contacts/0/phone', '/contacts/0/email', '/contacts/1/name', '/contacts/1/phone', '/contacts/1/email', '/preparedness/crisis_site/'];
    expect(flagged.filter((path) => given.some((prefix) => path.startsWith(prefix)))).toEqual([]);
    expect(findings.every((f) => text.split('\n')[f.line - 1]!.slice(f.column - 1).replace(/^["']/, '').match(/^(https?:\/\/)?todo/i))).toBe(true);
    const { data } = build(defaultAnswers('sv', {}, catalogue));
    expect(isPlaceholder(data.plan.title)).toBe(true);
    expect(isPlaceholder(data.preparedness.crisis_site.url)).toBe(true);
  });

  it('starts with the schema modeline and explains each section in a comment', () => {
    const { text } = build(filled('en', ['login']));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
    expect(text).toContain(`# Crisis plan for Exempel AB, started with \`krisplan init\` on ${TODAY}.`);
    for (const key of ['plan', 'contacts', 'risks', 'preparedness', 'playbooks', 'evaluations']) expect(text).toMatch(new RegExp(`\\n# [^\\n]+\\n(# [^\\n]+\\n)*${key}:`));
    for (const key of ['crisis_site', 'backups', 'training']) expect(text).toMatch(new RegExp(`\\n {2}# [^\\n]+\\n( {2}# [^\\n]+\\n)*  ${key}:`));
    expect(text.split('\n').every((line) => line.length <= 110)).toBe(true);
  });

  it('writes a config that krisplan loads, with the default settings spelt out', () => {
    const dir = tempDir();
    const path = join(dir, 'krisplan.config.yaml');
    writeFileSync(path, buildConfigYaml('https://krisplan.dev/schemas/config.schema.json'));
    const config = loadConfig(path, 'krisplan.config.yaml');
    const defaults = defaultConfig();
    expect(config.plans).toEqual([join(dir, 'krisplan.yaml')]);
    expect(config.rules).toEqual({ placeholder: 'warning' });
    expect(config.intervals).toEqual(defaults.intervals);
    expect(config.risk).toEqual(defaults.risk);
  });
});

describe('answers', () => {
  it('--yes takes the defaults, and the flags given', () => {
    const answers = defaultAnswers('sv', { organization: 'Exempel AB', ownerName: 'Åsa Öberg', email: 'asa@example.se', scenarios: ['dns'] }, catalogue);
    expect(answers).toMatchObject({ language: 'sv', organization: 'Exempel AB', scenarios: ['dns'], writeConfig: false });
    expect(answers.owner).toEqual({ id: 'asa', name: 'Åsa Öberg', role: 'Krisledare', phone: 'TODO +46 00 000 00 00', email: 'asa@example.se' });
    expect(answers.deputy.id).toBe('ersattare');
    expect(defaultAnswers('en', {}, catalogue).scenarios).toEqual(catalogue.map((s) => s.id));
  });

  it('--scenarios: known ids in catalogue order; anything else lists the valid ones', () => {
    expect(parseScenarioList('overload, data-breach,overload', catalogue)).toEqual(['data-breach', 'overload']);
    expect(() => parseScenarioList('ddos,outage', catalogue)).toThrow('unknown scenario "ddos"; valid scenarios: data-breach, outage, overload, supplier, dns, ransomware, login');
    expect(() => parseScenarioList(' , ', catalogue)).toThrow(/needs at least one scenario id/);
  });

  it('takes the language from the system locale: sv for Swedish, else en', () => {
    expect(systemLanguage({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(systemLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'sv_SE.UTF-8' })).toBe('en');
    expect(systemLanguage({ LC_ALL: '', LANG: 'sv' })).toBe('sv');
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'svx' })).toBe('en');
  });

  it('derives short contact ids from names, avoiding ids in use', () => {
    expect(idFromName('Åsa Öberg', [], 'x')).toBe('asa');
    expect(idFromName('Anna Andersson', ['anna'], 'x')).toBe('anna-andersson');
    expect(idFromName('Anna Andersson', ['anna', 'anna-andersson'], 'x')).toBe('x');
    expect(idFromName('Anna Andersson', ['anna', 'anna-andersson', 'x'], 'x')).toBe('anna-2');
    expect(idFromName('TODO: name of the crisis lead', [], 'crisis-lead')).toBe('crisis-lead');
    expect(idFromName('李 小龍', [], 'lead')).toBe('lead');
    expect(idFromName('Hosting', ['hosting'], 'lead')).toBe('lead');
  });

  it('checks typed answers the way the schema will', () => {
    expect(checkEmail('anna@example.se')).toBe(true);
    expect(checkEmail('todo@example.invalid')).toBe(true);
    expect(checkEmail('anna@')).toMatch(/e-mail address/);
    expect(checkPhone('+46 70 123 45 67')).toBe(true);
    expect(checkPhone('08-657 61 00')).toBe(true);
    expect(checkPhone('TODO +46 00 000 00 00')).toBe(true);
    expect(checkPhone('call Anna')).toMatch(/phone number/);
    expect(checkPhone('1'.repeat(61))).toMatch(/at most 60/);
    expect(checkUrl('https://status.example.se/')).toBe(true);
    expect(checkUrl('ftp://example.se')).toMatch(/http\(s\)/);
    expect(checkUrl('https://exa mple.se')).toMatch(/http\(s\)/);
    expect(checkId(['hosting'])('anna')).toBe(true);
    expect(checkId(['hosting'])('hosting')).toMatch(/already another contact's id/);
    expect(checkId([])('Anna')).toMatch(/lowercase/);
  });
});

describe('the schema modeline', () => {
  it('points at the installed krisplan schema when the project has one, else at the running krisplan\'s, by relative path', () => {
    const project = tempDir();
    const plans = join(project, 'ops', 'plans');
    mkdirSync(plans, { recursive: true });
    // never the published $id: nothing serves it, and editors must work offline
    expect(schemaRef(plans, 'plan')).toBe(relative(plans, join(ROOT, 'schemas', 'plan.schema.json')).split(sep).join('/'));
    expect(resolve(plans, schemaRef(plans, 'plan'))).toBe(join(ROOT, 'schemas', 'plan.schema.json'));
    mkdirSync(join(project, 'node_modules', 'krisplan', 'schemas'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'krisplan', 'schemas', 'plan.schema.json'), '{}');
    expect(schemaRef(plans, 'plan')).toBe('../../node_modules/krisplan/schemas/plan.schema.json');
    expect(schemaRef(project, 'plan')).toBe('node_modules/krisplan/schemas/plan.schema.json');
    expect(resolve(project, schemaRef(project, 'config'))).toBe(join(ROOT, 'schemas', 'config.schema.json'));
  });
});

describe('regulatory clocks in the catalogue', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`data-breach and ransomware playbooks carry gdpr-33 to the jurisdiction's authority, the police report as an internal target (${lang})`, () => {
      const { text, data, findings } = build(filled(lang, ['data-breach', 'ransomware']));
      const plan = data as { playbooks: { id: string; clocks?: { obligation?: string; within?: string; notify?: string; basis?: string }[] }[] };
      for (const id of ['data-breach', 'ransomware']) {
        const clocks = plan.playbooks.find((playbook) => playbook.id === id)!.clocks!;
        expect(clocks.find((clock) => clock.obligation === 'gdpr-33')).toEqual({ obligation: 'gdpr-33', notify: lang === 'sv' ? 'imy' : 'ico' });
        const police = clocks.find((clock) => clock.notify === 'police')!;
        expect(police).toMatchObject({ within: '24 hours' });
        expect(police).not.toHaveProperty('obligation');
        expect(police).not.toHaveProperty('basis');
        // only what a GDPR controller owes: no NIS2, no processor duty
        expect(clocks.map((clock) => clock.obligation).filter(Boolean)).toEqual(['gdpr-33', 'gdpr-34']);
      }
      expect(text).toMatch(/clocks:/);
      expect(findings.filter((f) => f.rule === 'regulatory-clock' || f.severity === 'error')).toEqual([]);
    });
  }

  it('a Swedish NIS2 plan gets all three reports to CERT-SE and the recipients; a processor notifies its controllers', () => {
    const answers = { ...filled('en', ['ransomware', 'outage']), jurisdiction: 'se', regimes: ['gdpr', 'nis2'] as const, gdprRoles: ['processor'] as const };
    const { data, findings } = build({ ...answers, regimes: [...answers.regimes], gdprRoles: [...answers.gdprRoles] });
    const clocks = (id: string) => (data.playbooks as { id: string; clocks: { obligation?: string; notify?: string }[] }[]).find((p) => p.id === id)!.clocks;
    expect(clocks('outage')).toEqual([
      { obligation: 'nis2-early-warning', notify: 'cert-se' },
      { obligation: 'nis2-notification', notify: 'cert-se' },
      { obligation: 'nis2-final-report', notify: 'cert-se' },
      { obligation: 'nis2-recipients' },
    ]);
    expect(clocks('ransomware').filter((c) => c.obligation?.startsWith('gdpr'))).toEqual([{ obligation: 'gdpr-33-2', notify: 'controllers' }]);
    expect(data.plan).toMatchObject({ jurisdiction: 'se', regimes: [{ id: 'gdpr', role: 'processor' }, 'nis2'] });
    expect(findings.filter((f) => f.rule === 'regulatory-clock' || f.severity === 'error')).toEqual([]);
  });

  it('a Swedish manufacturer under every regime gets a valid plan: the CRA coordinator, whose details are unconfirmed, gets placeholders to fill in', () => {
    const { data, findings } = build({ ...filled('sv', catalogue.map((s) => s.id)), regimes: ['gdpr', 'nis2', 'dora', 'cra'] });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const contacts = data.contacts as { id: string; name: string; phone?: string; email?: string }[];
    const coordinator = contacts.find((c) => c.id === 'cra-csirt')!;
    expect(isPlaceholder(coordinator.phone ?? '') && isPlaceholder(coordinator.email ?? '')).toBe(true);
    expect(findings.filter((f) => f.rule === 'placeholder').some((f) => /cra-csirt|samordnare/.test(f.message))).toBe(true);
    // authorities with a published number keep it, with no placeholder beside it
    expect(contacts.find((c) => c.id === 'fi')).toMatchObject({ phone: '+46 8 408 980 00', email: 'finansinspektionen@fi.se' });
  });

  it('with --lang en in Sweden notifies IMY, not the ICO; in the United Kingdom cites no NIS2', () => {
    const se = build({ ...filled('en', ['data-breach', 'ransomware', 'overload']), jurisdiction: 'se' });
    expect(se.text).toMatch(/notify: imy/);
    expect(se.text).not.toMatch(/ICO|Information Commissioner/);
    const gb = build({ ...filled('en', ['data-breach', 'ransomware', 'overload']), jurisdiction: 'gb', regimes: ['gdpr', 'nis2'] });
    expect(gb.text).toMatch(/notify: ico/);
    expect(gb.text).not.toMatch(/NIS ?2|nis2/);
  });
});

