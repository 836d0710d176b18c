import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/dates.js';
import { dateView, durationText, frequencyText, translate } from '../../src/i18n/index.js';
import { parseDate } from '../../src/model/dates.js';
import { outputNames } from '../../src/render/names.js';
import { handbookView } from '../../src/render/index.js';
import { htmlDocument, loadFile, loadText, view } from './helpers.js';

describe('handbook view model', () => {
  const webshop = view('examples/webshop.yaml');

  it('takes the language from the plan unless asked for another', () => {
    expect(webshop.lang).toBe('sv');
    expect(webshop.sections[1]!.title).toBe('Aktivering');
    expect(webshop.sections[2]!.title).toBe('Handlingsplaner');
    const english = view('examples/webshop.yaml', { lang: 'en' });
    expect(english.lang).toBe('en');
    expect(english.sections[2]!.title).toBe('Playbooks');
    expect(english.playbooks[0]!.title).toBe(webshop.playbooks[0]!.title);
  });

  it('names the crisis lead and deputy with phone numbers', () => {
    expect(webshop.lead).toMatchObject({ id: 'anna', name: 'Anna Lindqvist', phone: '070-123 45 67', phoneHref: 'tel:+46701234567' });
    expect(webshop.deputy).toMatchObject({ id: 'johan', name: 'Johan Berg' });
    expect(webshop.entryPoint).toMatchObject({ id: 'erik', name: 'Erik Holm', phone: '070-123 45 69' });
    // the entry point heads the sheet and leaves the call list; the staff the playbooks name (lena) first, six rows so the sheet keeps to one page, the rest in the contacts
    expect(webshop.callList.map((p) => p.id)).toEqual(['lena', 'maria', 'hosting', 'payment', 'registrar', 'cdn']);
    expect(webshop.callListMore).toBe(1);
  });

  it("marks the lead's or the deputy's card as the entry point when the first alarm goes to them", async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('examples/webshop.yaml', 'utf8').replace('entry_point: erik', 'entry_point: johan');
    const plan = handbookView(loadText(text), { today: '2026-11-29' });
    expect(plan.entryPoint).toBeUndefined();
    expect(plan.entryPointIs).toBe('deputy');
    expect(handbookView(loadText(text.replace('entry_point: johan', 'entry_point: anna')), { today: '2026-11-29' }).entryPointIs).toBe('lead');
    expect(webshop.entryPointIs).toBeUndefined();
    // on the sheet, the deputy's card carries the entry point's label
    const { document } = htmlDocument(loadText(text));
    const cards = [...document.querySelectorAll('.first-hour .person-card')].map((card) => card.textContent!.replace(/\s+/g, ' ').trim());
    expect(cards).toHaveLength(2);
    expect(cards[1]).toMatch(/^Ersättare · tar första larmet Johan Berg/);
  });

  it('prints an owner that names a role as the role and who holds it, and the activation page', () => {
    const plan = view('examples/webshop.yaml');
    expect(plan.activation!.levels.map((level) => [level.id, level.rhythm])).toEqual([['storning', '4 timmar'], ['kris', '2 timmar']]);
    expect(plan.activation!.levels[1]!.declaredBy).toEqual([expect.objectContaining({ id: 'anna', name: 'Anna Lindqvist', holds: 'Krisledare' })]);
    expect(plan.activation!.roles.map((role) => [role.id, role.holder?.id, role.deputies.map((d) => d.id)])).toEqual([['krisledare', 'anna', ['johan']], ['it-ledare', 'erik', ['johan']], ['kommunikator', 'lena', ['maria']]]);
    expect(plan.activation!.standDown).toHaveLength(3);
  });

  it('orders the register by score, then id, and places each risk in the matrix', () => {
    const register = webshop.risks.register;
    expect(register.map((r) => `${r.id}:${r.score}`)).toEqual([
      'data-breach:15', 'ddos:12', 'server-outage:12', 'ransomware:10', 'payment-down:8', 'key-staff:6', 'dns-loss:5',
    ]);
    expect(register.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(register[0]).toMatchObject({ level: 'high', levelText: 'hög', playbook: { id: 'data-breach', anchor: 'playbook-1' } });
    expect(register.find((r) => r.id === 'key-staff')!.playbook).toBeUndefined();
    const matrix = webshop.risks.matrix;
    expect(matrix.map((row) => row.severity)).toEqual([5, 4, 3, 2, 1]);
    const cell = matrix[1]!.cells[2]!;
    expect(cell).toMatchObject({ severity: 4, likelihood: 3, score: 12, level: 'high' });
    expect(cell.risks.map((r) => r.id)).toEqual(['ddos', 'server-outage']);
    expect(matrix[0]!.cells[4]).toMatchObject({ score: 25, level: 'critical', risks: [] });
    expect(matrix[4]!.cells[0]).toMatchObject({ score: 1, level: 'low' });
  });

  it('gives each playbook step its owner, a localised "within" and the crisis-web message', () => {
    const overload = webshop.playbooks.find((p) => p.id === 'overload')!;
    expect(overload.steps[0]).toMatchObject({ number: 1, within: '15 min', owner: { name: 'Erik Holm', phone: '070-123 45 69' } });
    expect(overload.steps[3]!.within).toBe('1 timme');
    expect(overload.message).toMatch(/^Just nu är det mycket hög belastning/);
    expect(overload.risks.map((r) => r.id)).toEqual(['ddos']);
  });

  it('groups contacts as staff, suppliers, authorities and other, with when they were verified', () => {
    expect(webshop.contactGroups.map((g) => `${g.type}:${g.contacts.length}`)).toEqual(['staff:5', 'supplier:5', 'authority:2', 'other:1']);
    const anna = webshop.contactGroups[0]!.contacts[0]!;
    expect(anna.verified).toMatchObject({ last: { iso: '2026-11-10' }, due: { iso: '2027-05-10' }, isStale: false });
    expect(anna.deputy!.name).toBe('Johan Berg');
  });

  it('marks stale routines, overdue actions and the warnings beside their items', () => {
    const later = handbookView(loadFile('examples/webshop.yaml', '2027-07-01'), { today: '2027-07-01' });
    const backup = later.preparedness.backups[0]!;
    expect(backup.restoreTested).toMatchObject({ due: { iso: '2027-05-05' }, isStale: true, daysOverdue: 57 });
    expect(backup.warnings.map((w) => w.rule)).toEqual(['stale-review']);
    // crisis web, two backups, and the exercises of two playbooks
    expect(later.preparedness.staleCount).toBe(5);
    expect(later.openActions.map((a) => [a.due!.iso, a.isOverdue, a.daysOverdue])).toEqual([['2027-06-01', true, 30], ['2027-06-30', true, 1]]);
    expect(later.openActions[0]!.warnings.map((w) => w.rule)).toEqual(['overdue-action']);
    expect(later.contactGroups[0]!.contacts[0]!.verified.isStale).toBe(true);
    expect(later.otherWarnings).toEqual([]);
    expect(later.warnings.length).toBeGreaterThan(10);
  });

  it('puts warnings about the plan header on the cover', () => {
    const stale = view('examples/webshop.yaml', { today: '2028-01-01' });
    expect(stale.review).toMatchObject({ isStale: true, due: { iso: '2027-11-16' }, daysOverdue: 46 });
    expect(stale.otherWarnings.map((w) => w.rule)).toContain('stale-review');
  });

  it('lists open actions earliest due first and evaluations newest first', () => {
    expect(webshop.openActions.map((a) => a.due!.iso)).toEqual(['2027-06-01', '2027-06-30']);
    expect(webshop.evaluations.map((e) => e.date!.iso)).toEqual(['2026-10-12', '2026-09-15']);
    expect(webshop.evaluations[0]!.typeText).toBe('Incident');
  });

  it('keeps a reference to an unknown contact as its id instead of failing', () => {
    const loaded = loadText(`krisplan: 1
plan: { title: T, organization: O, owner: ghost, reviewed: 2026-11-01 }
playbooks:
  - id: p
    title: P
    owner: ghost
    steps: [{ action: A, owner: ghost }]
`);
    const handbook = handbookView(loaded, { today: '2026-11-29' });
    expect(handbook.lead).toEqual({ id: 'ghost', name: 'ghost', type: 'staff', isKnown: false });
    expect(handbook.playbooks[0]!.steps[0]!.owner!.isKnown).toBe(false);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(webshop))).toEqual(JSON.parse(JSON.stringify(webshop)));
    expect(Object.getPrototypeOf(webshop)).toBe(Object.prototype);
  });
});

describe('language', () => {
  it('formats dates for the reader', () => {
    // one format per language (short is kept for older templates and says the same)
    expect(dateView(20_773, 'sv')).toEqual({ iso: '2026-11-16', text: '16 november 2026', short: '16 november 2026' });
    expect(dateView(20_773, 'en')).toEqual({ iso: '2026-11-16', text: '16 November 2026', short: '16 November 2026' });
    // Intl would write year 0 as "1 March 1": dates before year 1000 are shown as written
    const yearZero = parseDate('0000-03-01')!;
    expect(dateView(yearZero, 'en')).toEqual({ iso: '0000-03-01', text: '0000-03-01', short: '0000-03-01' });
  });

  it('writes durations and frequencies in words', () => {
    const words = (value: string, lang: 'sv' | 'en') => durationText(parseDuration(value)!, lang);
    expect(words('PT15M', 'sv')).toBe('15 min');
    expect(words('72 hours', 'sv')).toBe('72 timmar');
    expect(words('PT90M', 'en')).toBe('1 hour 30 min');
    expect(words('2 weeks', 'en')).toBe('2 weeks');
    expect(words('1 year', 'sv')).toBe('1 år');
    expect(frequencyText('daily', 'sv')).toBe('dagligen');
    expect(frequencyText('6 hours', 'en')).toBe('every 6 hours');
  });

  it('uses the singular form when the count is one', () => {
    expect(translate('en', 'doc.warnings', { count: 1 })).toMatch(/^This plan has 1 warning;/);
    expect(translate('sv', 'doc.warnings', { count: 3 })).toMatch(/^Planen har 3 varningar;/);
  });
});

describe('output names', () => {
  it('names each handbook after its plan and tells apart plans that share a name', () => {
    expect(outputNames(['examples/webshop.yaml', 'saas.yml'], 'html')).toEqual(['webshop.html', 'saas.html']);
    expect(outputNames(['a/plan.yaml', 'b/plan.yaml', 'c/other.yaml'], 'pdf')).toEqual(['a-plan.pdf', 'b-plan.pdf', 'other.pdf']);
    expect(outputNames(['plan.yaml', 'plan.yml'], 'md')).toEqual(['plan.md', 'plan-2.md']);
    expect(outputNames(['../x/Plan.yaml', './y/plan.yaml'], 'html')).toEqual(['x-Plan.html', 'y-plan.html']);
  });

  it('never puts a path separator or a leading dot in a name', () => {
    for (const name of outputNames(['../../etc/passwd.yaml', '.hidden.yaml', 'a b/c:d.yaml', '..yaml'], 'html')) {
      expect(name).not.toMatch(/[\\/]|^\./);
    }
  });
});
