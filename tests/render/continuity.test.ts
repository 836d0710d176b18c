import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/dates.js';
import { shortDurationText } from '../../src/i18n/index.js';
import { handbookView, renderHandbook } from '../../src/render/index.js';
import { htmlDocument, loadFile, loadText, text, view, type Doc } from './helpers.js';

/** The contract's format-1 sample: no continuity key at all. */
const V1_PLAN = 'tests/fixtures/compat/contract-sample.yaml';

/** Every continuity key, with the cases the handbook marks: a backup too rare and too slow, a service no backup protects, exercises overdue and never held. */
const PLAN = `krisplan: 1
plan: { title: Continuity, organization: O, owner: ann, reviewed: 2026-11-01, language: en }
contacts:
  - { id: ann, name: Ann, phone: "+46 70 000 00 01", verified: 2026-11-01 }
  - { id: dpa, name: Data Protection Authority, type: authority, phone: "+46 8 000 00 00", verified: 2026-11-01 }
  - { id: host, name: HostCo, type: supplier, phone: "+46 8 000 00 02", verified: 2026-11-01 }
  - { id: cdn, name: CDN Co, type: supplier, phone: "+46 8 000 00 03" }
risks:
  - { id: breach, title: Breach, category: data-breach, severity: 5, likelihood: 4, owner: ann, playbook: breach, residual: { severity: 5, likelihood: 2 } }
  - { id: outage, title: Outage, severity: 4, likelihood: 3, owner: ann, playbook: outage }
  - { id: minor, title: Minor, severity: 2, likelihood: 2, owner: ann, playbook: minor }
services:
  - { id: shop, title: Shop, owner: ann, rto: 2 hours, rpo: 1 hour, depends_on: [host, db] }
  - { id: db, title: Database, owner: ann, rto: 1 day, rpo: 24 hours }
  - { id: lonely, title: Lonely, owner: ann, rpo: 1 day, depends_on: [cdn] }
preparedness:
  backups:
    - { id: nightly, system: Nightly dump, frequency: daily, owner: ann, restore_tested: 2026-10-01, services: [shop, db], restore_took: 3 hours }
playbooks:
  - id: breach
    title: Breach
    owner: ann
    clocks:
      - { title: Notify the DPA, within: 72 hours, notify: dpa, basis: GDPR art. 33 }
      - { title: Early warning, within: PT24H, from: activation, notify: dpa, basis: NIS2 art. 23 }
    steps: [{ action: Contain, owner: ann }]
  - id: outage
    title: Outage
    owner: ann
    services: [shop]
    steps: [{ action: Restore, owner: ann }]
  - id: minor
    title: Minor
    owner: ann
    exercised: [2026-01-10]
    steps: [{ action: Shrug, owner: ann }]
evaluations:
  - { date: 2025-10-01, type: exercise, title: Tabletop, playbook: breach, actions: [] }
`;

const rows = (document: Doc, selector: string) => [...document.querySelectorAll(selector)].map((row) => [...row.querySelectorAll('td')].map(text));

describe('continuity in the view model', () => {
  const handbook = handbookView(loadText(PLAN), { today: '2026-11-29' });

  it('gives each service its objectives in words, its dependencies, backups and playbooks', () => {
    expect(handbook.services.map((s) => [s.anchor, s.title, s.rto, s.rpo])).toEqual([
      ['service-1', 'Shop', '2 hours', '1 hour'],
      ['service-2', 'Database', '1 day', '24 hours'],
      ['service-3', 'Lonely', undefined, '1 day'],
    ]);
    const [shop, db, lonely] = handbook.services;
    expect(shop!.owner).toMatchObject({ name: 'Ann', phoneHref: 'tel:+46700000001' });
    expect(shop!.dependsOnContacts.map((p) => [p.name, p.phone])).toEqual([['HostCo', '+46 8 000 00 02']]);
    expect(shop!.dependsOnServices).toEqual([{ id: 'db', anchor: 'service-2', title: 'Database', rto: '1 day', rpo: '24 hours' }]);
    expect(shop!.playbooks).toEqual([{ id: 'outage', anchor: 'playbook-2', title: 'Outage' }]);
    expect(shop!.backups).toMatchObject([{ id: 'nightly', frequency: 'daily', restoreTook: '3 hours', restoreTested: { last: { iso: '2026-10-01' } }, isTooRare: true, isTooSlow: true }]);
    expect(db!.backups).toMatchObject([{ id: 'nightly', isTooRare: false, isTooSlow: false }]);
    expect(lonely!.backups).toEqual([]);
    // a warning about a service is shown beside it
    expect(lonely!.warnings.map((w) => w.rule)).toEqual(['dependency']);
    expect(shop!.warnings).toEqual([]);
  });

  it('puts the recovery objectives right after the playbooks in the contents', () => {
    expect(handbook.sections.map((s) => s.anchor)).toEqual(['first-hour', 'playbooks', 'recovery', 'contacts', 'risks', 'preparedness', 'evaluations']);
    expect(handbook.sections[2]!.children.map((c) => c.anchor)).toEqual(['service-1', 'service-2', 'service-3']);
  });

  it('lists a playbook’s clocks shortest first, counted from detection unless the plan says otherwise', () => {
    expect(handbook.playbooks[0]!.clocks).toEqual([
      // clocks without obligation: are internal targets, never shown as law, whatever their basis says (issue 16)
      { title: 'Early warning', within: '24 hours', withinShort: '24 h', from: 'activation', fromText: 'from activation of the plan', statutory: false, kindText: 'Internal target, not law', notify: expect.objectContaining({ name: 'Data Protection Authority', phone: '+46 8 000 00 00' }), basis: 'NIS2 art. 23' },
      { title: 'Notify the DPA', within: '72 hours', withinShort: '72 h', from: 'awareness', fromText: 'from awareness', statutory: false, kindText: 'Internal target, not law', notify: expect.objectContaining({ id: 'dpa' }), basis: 'GDPR art. 33' },
    ]);
    expect(handbook.playbooks[1]!.clocks).toEqual([]);
    expect(handbook.playbooks[1]!.services.map((s) => [s.title, s.rto, s.rpo])).toEqual([['Shop', '2 hours', '1 hour']]);
  });

  it('knows when each playbook was last exercised and when playbooks of high and critical risks are due', () => {
    const [breach, outage, minor] = handbook.playbooks;
    // from the evaluation that names it
    expect(breach!.exercised).toMatchObject({ last: { iso: '2025-10-01' }, every: '1 year', due: { iso: '2026-10-01' }, isStale: true, daysOverdue: 59, isRequired: true });
    expect(outage!.exercised).toEqual({ last: undefined, every: '1 year', isStale: true, daysOverdue: 0, isRequired: true });
    expect(minor!.exercised).toEqual({ last: expect.objectContaining({ iso: '2026-01-10' }), isStale: false, daysOverdue: 0, isRequired: false });
    expect(handbook.preparedness.exercises.map((e) => [e.id, e.level, e.exercised.isStale])).toEqual([['breach', 'critical', true], ['outage', 'high', true]]);
    expect(handbook.preparedness.staleCount).toBe(2);
    expect(handbook.evaluations[0]!.playbook).toEqual({ id: 'breach', anchor: 'playbook-1', title: 'Breach' });
  });

  it('rates risks after their mitigations and draws the residual matrix beside the inherent one', () => {
    const breach = handbook.risks.register[0]!;
    expect(breach.residual).toEqual({ severity: 5, likelihood: 2, score: 10, level: 'high', levelText: 'high' });
    expect(handbook.risks.register[1]!.residual).toBeUndefined();
    expect(handbook.risks.hasResidual).toBe(true);
    const cell = (matrix: typeof handbook.risks.matrix, severity: number, likelihood: number) =>
      matrix.find((row) => row.severity === severity)!.cells[likelihood - 1]!.risks.map((r) => `${r.id}${r.isInherent ? '*' : ''}`);
    expect(cell(handbook.risks.matrix, 5, 4)).toEqual(['breach']);
    expect(cell(handbook.risks.residualMatrix!, 5, 4)).toEqual([]);
    expect(cell(handbook.risks.residualMatrix!, 5, 2)).toEqual(['breach']);
    // not rated after mitigations: as big as before them
    expect(cell(handbook.risks.residualMatrix!, 4, 3)).toEqual(['outage*']);
    expect(cell(handbook.risks.residualMatrix!, 2, 2)).toEqual(['minor*']);
  });

  it('leaves out what a plan without the continuity keys does not have; its exercises are judged as validate judges them', () => {
    const v1 = view(V1_PLAN);
    expect(v1.services).toEqual([]);
    expect(v1.sections.map((s) => s.anchor)).not.toContain('recovery');
    expect(v1.risks).toMatchObject({ hasResidual: false, residualMatrix: undefined });
    expect(v1.playbooks.every((p) => p.clocks.length === 0)).toBe(true);
    // the overload playbook is for a high risk and never exercised: `unexercised` reports it, so the handbook shows it too
    expect(v1.preparedness.exercises.map((x) => [x.id, x.exercised.isStale, x.exercised.last])).toEqual([['overload', true, undefined]]);
  });

  it('writes a deadline after T short, keeping hours as hours', () => {
    const short = (value: string, lang: 'sv' | 'en') => shortDurationText(parseDuration(value)!, lang);
    expect(short('72 hours', 'sv')).toBe('72 h');
    expect(short('PT90M', 'en')).toBe('1 h 30 min');
    expect(short('30 minutes', 'en')).toBe('30 min');
    expect(short('3 days', 'sv')).toBe('3 dagar');
    expect(short('P1DT2H', 'en')).toBe('1 day 2 h');
  });
});

describe('continuity in the HTML handbook', () => {
  const { document } = htmlDocument(loadText(PLAN));

  it('marks a backup less frequent than the RPO, a restore slower than the RTO and a service with no backup', () => {
    expect(rows(document, '#service-1 .service-backups tbody tr')).toEqual([['Nightly dump', 'daily⚠ less frequent than the RPO', '1 October 2026', '3 hours⚠ longer than the RTO']]);
    expect(document.querySelectorAll('#service-2 .stale').length).toBe(0);
    expect(text(document.querySelector('#service-3 .no-backup'))).toBe('⚠ No backup protects this service.');
    expect(text(document.querySelector('#service-3 .warnings'))).toMatch(/^Warning: .*"cdn".* \(dependency, line \d+\)$/);
    expect(text(document.querySelector('#service-3 .objective.rto'))).toBe('RTO – max downtime not set');
    expect([...document.querySelectorAll('#service-1 .depends-on li')].map(text)).toEqual(['HostCo, +46 8 000 00 02', 'Database']);
    expect(document.querySelector('#service-1 .depends-on a[href="#service-2"]')).not.toBeNull();
  });

  it('opens a playbook with a deadline box per clock, the shortest first', () => {
    const boxes = [...document.querySelectorAll('#playbook-1 .clocks .clock')];
    expect(boxes.map((box) => text(box.querySelector('.deadline')))).toEqual(['Internal target, not law by T + 24 h from activation of the plan', 'Internal target, not law by T + 72 h from awareness']);
    expect(text(boxes[1]!.querySelector('.what'))).toBe('Notify the DPA To: Data Protection Authority, +46 8 000 00 00 GDPR art. 33 Deadline (date, time):');
    expect(document.querySelector('#playbook-2 .clocks')).toBeNull();
  });

  it('shows overdue and missing exercises in the playbooks and the preparedness section', () => {
    expect(text(document.querySelector('#playbook-1 .exercised'))).toBe('Last exercised: 1 October 2025 Overdue 59 d');
    expect(text(document.querySelector('#playbook-2 .exercised .stale'))).toBe('never');
    expect(text(document.querySelector('#playbook-3 .exercised'))).toBe('Last exercised: 10 January 2026');
    expect(rows(document, '#exercises ~ table.exercises tbody tr')).toEqual([
      ['Breach', 'critical', '1 October 2025Every: 1 year', '1 October 2026', 'Overdue 59 d'],
      ['Outage', 'high', 'neverEvery: 1 year', '', 'Never done'],
    ]);
  });

  it('puts every deadline of each playbook on the first-hour sheet, as its deadline box orders them', () => {
    expect(document.querySelector('#first-hour .sheet-deadlines tbody.statutory')).toBeNull();
    expect(rows(document, '#first-hour .sheet-deadlines tbody.internal tr')).toEqual([
      ['by T + 24 h from activation of the plan', 'Early warning', 'Data Protection Authority, +46 8 000 00 00', '1'],
      ['by T + 72 h from awareness', 'Notify the DPA', 'Data Protection Authority, +46 8 000 00 00', '1'],
    ]);
    expect([...document.querySelectorAll('#first-hour .sheet-deadlines th.kind')].map(text)).toEqual(['Internal target, not law']);
  });
});

describe('continuity in the Swedish example’s HTML handbook', () => {
  const { document } = htmlDocument(loadFile('examples/webshop.yaml'));

  it('has a recovery objectives page per service with owner, objectives, dependencies and backups', () => {
    const section = document.querySelector('#recovery')!;
    expect(section.previousElementSibling!.id).toBe('playbooks');
    expect(text(section.querySelector('h2'))).toBe('Återställningsmål');
    const shop = section.querySelector('#service-1')!;
    expect(text(shop.querySelector('h3'))).toBe('Webbutiken – produktsidor, varukorg och kassa');
    expect([...shop.querySelectorAll('.objective')].map(text)).toEqual(['RTO – längsta avbrott 4 timmar', 'RPO – största dataförlust 24 timmar']);
    expect(text(shop.querySelector('dd.owner'))).toBe('Erik Holm, 070-123 45 69');
    expect(shop.querySelectorAll('.depends-on li a.tel').length).toBe(4);
    expect(rows(document, '#service-1 .service-backups tbody tr')).toEqual([['Butikens kod, produktbilder och konfiguration', 'dagligen', '5 november 2026', '1 timme 30 min']]);
    expect(text(section.querySelector('#service-2 .depends-on'))).toContain('Webbutiken – produktsidor, varukorg och kassa');
    expect(section.querySelectorAll('.stale').length).toBe(0);
  });

  it('puts the data-breach deadlines at the top of its playbook and on the first-hour sheet', () => {
    const playbook = document.querySelector('#playbook-1')!;
    const clocks = playbook.querySelector('.clocks')!;
    expect(clocks.previousElementSibling!.tagName).toBe('H3');
    expect([...clocks.querySelectorAll('.clock')].map((box) => `${text(box.querySelector('.deadline'))} | ${text(box.querySelector('.clock-title'))} | ${text(box.querySelector('.basis'))}`)).toEqual([
      // statutory deadlines first, from awareness; the police report after them as an internal target (issue 16)
      'Lagkrav senast T + 72 h från vetskap | Anmäl personuppgiftsincidenten till IMY | GDPR art. 33.1',
      'Lagkrav utan onödigt dröjsmål från vetskap | Informera berörda kunder om risken för dem är hög | GDPR art. 34.1',
      'Internt mål, inte lag senast T + 24 h från vetskap | Polisanmäl dataintrånget | ',
    ]);
    expect(clocks.querySelectorAll('a.tel')[0]!.getAttribute('href')).toBe('tel:+4686576100');
    // the first-hour sheet lists them all in the same order: every statutory deadline, then the internal target, labelled
    expect(rows(document, '#first-hour .sheet-deadlines tr.statutory, #first-hour .sheet-deadlines tr.internal')).toEqual([
      ['senast T + 72 h från vetskap', 'Anmäl personuppgiftsincidenten till IMY', 'Integritetsskyddsmyndigheten (IMY), 08-657 61 00', '1'],
      ['utan onödigt dröjsmål från vetskap', 'Informera berörda kunder om risken för dem är hög', '', '1'],
      ['senast T + 24 h från vetskap', 'Polisanmäl dataintrånget', 'Polisen, 114 14', '1'],
    ]);
    expect([...document.querySelectorAll('#first-hour .sheet-deadlines th.kind')].map((th) => `${text(th)} ×${th.getAttribute('rowspan')}`)).toEqual(['Lagkrav ×2', 'Internt mål, inte lag ×1']);
  });

  it('draws inherent and residual risk side by side and shows both in the register', () => {
    expect([...document.querySelectorAll('.matrices figure figcaption')].map(text)).toEqual(['Inneboende risk', 'Restrisk (efter åtgärder)']);
    const residual = [...document.querySelectorAll('.matrix.residual td.cell')];
    expect(residual.length).toBe(25);
    expect(residual.filter((cell) => cell.querySelector('a')).map((cell) => `${cell.getAttribute('title')}:${text(cell)}`)).toEqual([
      '5:7*5', '10:1, 4*10', '8:5*8', '12:3*12', '6:2, 6*6',
    ]);
    expect(document.querySelectorAll('.matrix.residual a.inherent').length).toBe(5);
    const register = document.querySelector('.register')!;
    expect(register.classList.contains('has-residual')).toBe(true);
    expect([...register.querySelectorAll('thead th')].map(text)[4]).toBe('Restrisk');
    expect([...register.querySelectorAll('tbody tr.risk td.residual')].map(text)).toEqual(['5 × 2 = 10hög', '3 × 2 = 6medel', 'ej bedömd', 'ej bedömd', 'ej bedömd', 'ej bedömd', 'ej bedömd']);
  });

  it('says when each playbook was exercised and lists the exercises due for high risks', () => {
    expect([...document.querySelectorAll('#playbooks .exercised')].map(text)).toEqual([
      'Senast övad: 15 september 2026 (ska övas igen senast 15 september 2027)',
      'Senast övad: 20 maj 2026 (ska övas igen senast 20 maj 2027)',
      'Senast övad: 2 oktober 2026 (ska övas igen senast 2 oktober 2027)',
      'Senast övad: aldrig',
      'Senast övad: 10 juni 2026 (ska övas igen senast 10 juni 2027)',
      'Senast övad: aldrig',
    ]);
    expect(rows(document, 'table.exercises tbody tr').map((cells) => [cells[0], cells[3], cells[4]])).toEqual([
      ['Dataintrång / personuppgiftsincident', '15 september 2027', 'OK'],
      ['Överbelastning / DDoS', '20 maj 2027', 'OK'],
      ['Serveravbrott', '2 oktober 2027', 'OK'],
      ['Utpressningsvirus (ransomware)', '10 juni 2027', 'OK'],
    ]);
    expect(text(document.querySelector('#evaluation-1 .exercised-playbook'))).toBe('Övad handlingsplan: Dataintrång / personuppgiftsincident');
    expect(text(document.querySelector('#playbook-3 .meta'))).toContain('Återställer: Webbutiken – produktsidor, varukorg och kassa (RTO 4 timmar · RPO 24 timmar)');
  });

  it('leaves the new parts out of a plan that does not use the continuity keys', () => {
    const { document: v1 } = htmlDocument(loadFile(V1_PLAN));
    expect(v1.querySelector('#recovery, .matrices, .clocks, .which .deadlines, .register.has-residual')).toBeNull();
    expect(v1.querySelectorAll('.heatmap').length).toBe(1);
  });
});

describe('continuity in the Markdown handbook', () => {
  const md = renderHandbook(loadText(PLAN), { today: '2026-11-29', format: 'md' });

  it('has the recovery objectives with their marks', () => {
    expect(md).toContain('<a id="recovery"></a>\n\n## Recovery objectives\n');
    expect(md).toContain('- **RTO – max downtime:** 2 hours\n- **RPO – max data loss:** 1 hour\n');
    expect(md).toContain('- **Depends on:** HostCo, [\\+46 8 000 00 02](tel:+4680000002); [Database](#service-2)\n');
    expect(md).toContain('| Nightly dump | daily **⚠ less frequent than the RPO** | 1 October 2026 | 3 hours **⚠ longer than the RTO** |\n');
    expect(md).toContain('**⚠ No backup protects this service.**');
    expect(md.indexOf('## Recovery objectives')).toBeGreaterThan(md.indexOf('## Playbooks'));
    expect(md.indexOf('## Recovery objectives')).toBeLessThan(md.indexOf('## Contacts'));
  });

  it('opens a playbook with its deadlines and lists every deadline on the first-hour sheet', () => {
    // the playbook's warning (its exercise is overdue) comes first, as on every item
    expect(md).toMatch(/\(unexercised, line \d+\)\n\n> ⏰ \*\*Early warning\*\*/);
    expect(md).toContain('\n> ⏰ **Early warning** — To: Data Protection Authority, [\\+46 8 000 00 00](tel:+4680000000) — _Internal target, not law_ — **by T + 24 h** — from activation of the plan — NIS2 art. 23\n\n> ⏰ **Notify the DPA** — ');
    expect(md.indexOf('> ⏰ **Notify the DPA**')).toBeLessThan(md.indexOf('Playbook owner: Ann'));
    expect(md).toContain('1. [Breach](#playbook-1)\n');
    expect(md).toContain([
      '| **Internal target, not law** | | | |',
      '| **by T + 24 h** from activation of the plan | Early warning | Data Protection Authority, [\\+46 8 000 00 00](tel:+4680000000) | 1 |',
      '| **by T + 72 h** from awareness | Notify the DPA | Data Protection Authority, [\\+46 8 000 00 00](tel:+4680000000) | 1 |',
    ].join('\n'));
  });

  it('shows residual risk, exercises and the exercised playbook', () => {
    expect(md).toContain('**Residual risk (after mitigations)**');
    expect(md).toMatch(/\| \*\*4\*\* \| 🟩 \| 🟨 \| 🟧 \[2\\\*\]\(#risk-2\) \|/);
    expect(md).toContain('| 5 × 4 = **20** | critical | 5 × 2 = **10** (high) |');
    expect(md).toContain('| [Outage](#playbook-2) | high | never | 1 year |  | **⚠ Never done** |');
    expect(md).toContain('Last exercised: **⚠ never**');
    expect(md).toContain('Exercised playbook: [Breach](#playbook-1)');
  });

  it('leaves the new parts out of a plan that does not use the continuity keys', () => {
    const v1 = renderHandbook(loadFile(V1_PLAN), { today: '2026-11-29', format: 'md', lang: 'en' });
    expect(v1).not.toMatch(/Recovery objectives|Residual|⏰/);
  });
});
