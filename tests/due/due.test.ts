import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { dueBy, dueItems } from '../../src/due/items.js';
import { parseWithin } from '../../src/due/within.js';
import { formatDate, parseDate } from '../../src/model/dates.js';
import { loadPlan } from '../../src/engine/validate.js';
import { BASE } from '../helpers/rules.js';
import { runCli, tempDir } from '../helpers/cli.js';

const TODAY = '2026-11-29';

function load(file: string) {
  const loaded = loadPlan(readFileSync(file), { today: TODAY });
  return dueItems(file, loaded.plan!, loaded.data, defaultConfig());
}

describe('--within', () => {
  it.each([
    ['30d', { years: 0, months: 0, days: 30, minutes: 0 }],
    ['2w', { years: 0, months: 0, days: 14, minutes: 0 }],
    ['3mo', { years: 0, months: 3, days: 0, minutes: 0 }],
    ['1y', { years: 1, months: 0, days: 0, minutes: 0 }],
    ['3 months', { years: 0, months: 3, days: 0, minutes: 0 }],
    ['30 days', { years: 0, months: 0, days: 30, minutes: 0 }],
    ['P30D', { years: 0, months: 0, days: 30, minutes: 0 }],
    ['P1M', { years: 0, months: 1, days: 0, minutes: 0 }],
    ['0d', { years: 0, months: 0, days: 0, minutes: 0 }],
  ])('reads %s', (text, duration) => {
    expect(parseWithin(text)).toEqual(duration);
  });

  it.each(['', 'soon', '3m', '-3d', '30', 'P'])('refuses %j', (text) => {
    expect(parseWithin(text)).toBeUndefined();
  });
});

describe('due items of a plan', () => {
  const items = load('examples/webshop.yaml');

  it('has every routine kind and the open follow-up actions, not the done ones', () => {
    const kinds = new Map<string, number>();
    for (const item of items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    // 1 plan review, 7 risks, 13 contacts, the crisis web, 3 backups, 2 trainings, 2 of 5 actions still open,
    // and the exercises of the 4 playbooks for high risks
    expect(Object.fromEntries(kinds)).toEqual({ plan: 1, risk: 7, contact: 13, crisis_site: 1, backup: 3, training: 2, action: 2, exercise: 4 });
  });

  it('takes due dates from the routines: calendar arithmetic, own interval over the config', () => {
    const byKey = new Map(items.map((item) => [`${item.kind}:${item.key}`, item]));
    const due = (key: string) => formatDate(byKey.get(key)!.due);
    expect(due('plan:/plan')).toBe('2027-11-16');
    expect(due('backup:orders-db')).toBe('2027-05-05');
    expect(due('backup:dns-zone')).toBe('2027-11-18');
    expect(due('contact:anna')).toBe('2027-05-10');
    expect(due('crisis_site:/preparedness/crisis_site')).toBe('2027-05-12');
    expect(due('training:tabletop')).toBe('2027-09-15');
    expect(due('action:/evaluations/0/actions/2')).toBe('2027-06-30');
  });

  it('names the owner: staff verify their own details, the plan owner verifies outside contacts', () => {
    const owner = (key: string) => items.find((item) => item.key === key && item.kind === 'contact')!;
    expect(owner('erik')).toMatchObject({ owner: 'erik', ownerName: 'Erik Holm' });
    expect(owner('hosting')).toMatchObject({ owner: 'anna', ownerName: 'Anna Lindqvist', label: 'Molnhost Sverige AB – driftjour' });
    expect(items.find((item) => item.kind === 'backup' && item.key === 'dns-zone')).toMatchObject({ owner: 'johan', ownerName: 'Johan Berg', last: '2026-11-18', every: '1 year' });
  });

  it('keeps what is due by a day, overdue included, by date', () => {
    const selected = dueBy(items, parseDate('2027-05-11')!);
    expect(selected.map((item) => `${formatDate(item.due)} ${item.kind} ${item.key}`)).toEqual([
      '2027-05-05 backup orders-db',
      '2027-05-05 backup shop-files',
      '2027-05-10 contact anna',
      '2027-05-10 contact johan',
      '2027-05-10 contact erik',
      '2027-05-11 contact lena',
      '2027-05-11 contact maria',
    ]);
  });
});

describe('krisplan due', () => {
  it('prints the table grouped by owner, with overdue and due-today items, and exits 0', () => {
    const result = runCli(['due', 'examples/webshop.yaml', '--today', '2027-05-10', '--within', '3d']);
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: `12 items due within 3d of 10 May 2027, by 13 May 2027, 2 overdue.

Erik Holm (erik)
  5 May 2027   overdue by 5 days  Test a restore: Orderdatabasen (kunder, ordrar och lagersaldon)
  5 May 2027   overdue by 5 days  Test a restore: Butikens kod, produktbilder och konfiguration
  10 May 2027  due today          Verify contact: Erik Holm

Anna Lindqvist (anna)
  10 May 2027  due today          Verify contact: Anna Lindqvist
  12 May 2027  due in 2 days      Verify contact: Molnhost Sverige AB – driftjour
  12 May 2027  due in 2 days      Verify contact: Betala Nu AB – handlarsupport
  13 May 2027  due in 3 days      Verify contact: Domänhuset AB – support
  13 May 2027  due in 3 days      Verify contact: Snabbnät CDN – säkerhetsjour

Johan Berg (johan)
  10 May 2027  due today          Verify contact: Johan Berg

Lena Ek (lena)
  11 May 2027  due in 1 day       Verify contact: Lena Ek
  12 May 2027  due in 2 days      Test the crisis web: https://status.example.com

Maria Nilsson (maria)
  11 May 2027  due in 1 day       Verify contact: Maria Nilsson
`,
    });
  });

  it('says so when nothing is due (the examples on the fixed test date)', () => {
    const result = runCli(['due', 'examples/webshop.yaml', '--today', TODAY]);
    expect(result).toEqual({ status: 0, stderr: '', stdout: 'Nothing due within 30d of 29 November 2026, by 29 December 2026.\n' });
  });

  it('takes the date from KRISPLAN_TODAY', () => {
    const result = runCli(['due', 'examples/webshop.yaml', '--within', 'P1D'], { env: { KRISPLAN_TODAY: '2027-05-04' } });
    expect(result.stdout).toBe(`2 items due within P1D of 4 May 2027, by 5 May 2027.

Erik Holm (erik)
  5 May 2027  due in 1 day  Test a restore: Orderdatabasen (kunder, ordrar och lagersaldon)
  5 May 2027  due in 1 day  Test a restore: Butikens kod, produktbilder och konfiguration
`);
  });

  it('writes JSON grouped by owner, with both examples', () => {
    const result = runCli(['due', 'examples/', '--today', '2027-05-04', '--within', '2 days', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ today: '2027-05-04', until: '2027-05-06', within: '2 days', summary: { items: 11, overdue: 2, files: 2 } });
    expect(report.owners.map((group: { name: string; items: unknown[] }) => [group.name, group.items.length])).toEqual([
      ['Tom Fletcher', 3],
      ['Erik Holm', 2],
      ['Priya Shah', 4],
      ['Acme Analytics customer support', 1],
      ['Sam Okafor', 1],
    ]);
    expect(report.owners[2].items.map((item: { kind: string; id: string; days: number }) => [item.kind, item.id, item.days])).toEqual([
      ['contact', 'priya', 1],
      ['contact', 'cloud', 2],
      ['contact', 'ico', 2],
      ['contact', 'customer-controllers', 2],
    ]);
    expect(report.owners[1].items[0]).toEqual({
      file: 'examples/webshop.yaml',
      kind: 'backup',
      id: 'orders-db',
      path: '/preparedness/backups/0',
      what: 'Test a restore',
      title: 'Orderdatabasen (kunder, ordrar och lagersaldon)',
      due: '2027-05-05',
      days: 1,
      last: '2026-11-05',
      every: '6 months',
    });
  });

  it('writes a Markdown checklist for a reminder issue, plan text escaped', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, `${BASE}evaluations:
  - date: 2026-10-01
    type: exercise
    title: Drill
    actions:
      - action: "Fix <b>it</b> and [click](https://evil.example) *now*"
        owner: erik
        due: 2026-11-20
      - action: Done already
        owner: anna
        due: 2026-11-20
        done: true
`);
    const result = runCli(['due', 'plan.yaml', '--today', TODAY, '--format', 'md'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`## Crisis plan: due by 29 December 2026

1 item due within 30d of 29 November 2026, by 29 December 2026, 1 overdue.

### Erik Eriksson

- [ ] **20 November 2026** (**overdue by 9 days**) Follow-up action: Fix \\<b\\>it\\</b\\> and \\[click\\](https\\://evil.example) \\*now\\* — \`plan.yaml\` \`/evaluations/0/actions/0\`
`);
  });

  it('leaves out a plan with errors, prints its findings and exits 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), BASE.replace('owner: anna', 'owner: nobody'));
    writeFileSync(join(dir, 'good.yaml'), BASE.replace('reviewed: 2026-11-01', 'reviewed: 2025-12-01'));
    const result = runCli(['due', '.', '--today', TODAY], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`bad.yaml:5:10 error owner of the plan is "nobody", which is no contact id; use the id of one of the contacts, or add a contact with id: nobody unknown-reference
krisplan: bad.yaml has 1 error; fix it first (krisplan validate bad.yaml)
`);
    expect(result.stdout).toMatch(/^1 item due within 30d of 29 November 2026, by 29 December 2026\.\n\nAnna Andersson \(anna\)\n  1 December 2026  due in 2 days  Review the crisis plan: Test plan\n$/);
  });

  it('refuses a window it cannot read with exit 2 and one line', () => {
    const result = runCli(['due', 'examples/webshop.yaml', '--within', 'soon']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'krisplan: --within must be a number of days, weeks, months or years such as 30d, 2w, 3mo, "3 months" or P30D, not "soon"\n' });
  });
});

describe('exercise due dates', () => {
  const plan = (exercised: string) => `${BASE}risks:
  - { id: big, title: Big, severity: 5, likelihood: 2, owner: anna, playbook: big }
  - { id: small, title: Small, severity: 1, likelihood: 1, owner: anna, playbook: small }
playbooks:
  - { id: big, title: Big outage, owner: erik, ${exercised}steps: [{ action: Act, owner: anna }] }
  - { id: small, title: Small, owner: erik, exercised: [2020-01-01], steps: [{ action: Act, owner: anna }] }
`;
  const items = (text: string, configure = (_: ReturnType<typeof defaultConfig>) => {}) => {
    const config = defaultConfig();
    configure(config);
    const { plan, data } = loadPlan(text, { config, today: '2026-11-29' });
    return dueItems('plan.yaml', plan!, data, config).filter((item) => item.kind === 'exercise');
  };

  it('a playbook for a high risk is due again one exercise interval after it was last exercised', () => {
    const [item, ...rest] = items(plan('exercised: [2026-03-31], '));
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ kind: 'exercise', key: 'big', label: 'Big outage', last: '2026-03-31', every: '1 year', owner: 'erik', ownerName: 'Erik Eriksson' });
    expect(formatDate(item!.due)).toBe('2027-03-31');
    expect(formatDate(items(plan('exercised: [2026-03-31], '), (config) => (config.intervals.exercise = '6 months'))[0]!.due)).toBe('2026-09-30');
  });

  it('plans that do not track exercises get no exercise dates', () => {
    expect(items(plan(''))).toEqual([]);
  });
});
