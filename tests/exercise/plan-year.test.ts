import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

function examplePlan(): { plan: string; original: string } {
  const dir = tempDir('krisplan-plan-year-');
  const original = readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8').replace('../schemas/', `${ROOT}schemas/`);
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, original);
  return { plan, original };
}

const PROGRAMME = [
  '  2027-02-09  overload        high, last exercised 2026-05-20; owner erik',
  '  2027-03-09  ransomware      high, last exercised 2026-06-10; owner anna',
  '  2027-05-11  data-breach     high, last exercised 2026-09-15; owner anna',
  '  2027-06-08  server-outage   high, last exercised 2026-10-02; owner erik',
  '  2027-10-12  dns-loss        medium, never exercised; owner erik',
  '  2027-11-09  payment-outage  medium, never exercised; owner johan',
];

describe('krisplan exercise plan-year', () => {
  it('proposes high and critical first, then what was exercised longest ago, on Tuesdays spread over the year', () => {
    const { plan, original } = examplePlan();
    const result = runCli(['exercise', 'plan-year', '--plan', plan, '--year', '2027', '--dry-run', '--today', '2026-12-01']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe([`would plan 6 exercises for 2027 in ${plan}:`, ...PROGRAMME, ''].join('\n'));
    expect(readFileSync(plan, 'utf8')).toBe(original);
  });

  it('writes planned exercises (never held dates) that validate, and that due and the calendar show', () => {
    const { plan, original } = examplePlan();
    const result = runCli(['exercise', 'plan-year', '--plan', plan, '--today', '2026-12-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe([`planned 6 exercises for 2027 in ${plan} (line ${original.split('\n').length + 1}):`, ...PROGRAMME, ''].join('\n'));
    const after = readFileSync(plan, 'utf8');
    expect(after.startsWith(original)).toBe(true);
    expect(after.slice(original.length).startsWith('\nexercises:\n  - playbooks:\n      - overload\n    planned: 2027-02-09\n    owner: erik\n')).toBe(true);
    expect(after).not.toMatch(/held: 2027/);
    expect(runCli(['validate', plan, '--today', '2026-12-01']).stdout).toBe('✔ 1 plan checked, no problems\n');
    const due = runCli(['due', plan, '--today', '2027-01-20', '--within', '30d', '--format', 'json']);
    const owners = (JSON.parse(due.stdout) as { owners: { owner: string; items: { kind: string; due: string; title: string }[] }[] }).owners;
    const planned = owners.flatMap((group) => group.items.filter((item) => item.kind === 'planned_exercise').map((item) => ({ owner: group.owner, due: item.due, title: item.title })));
    expect(planned).toEqual([{ owner: 'erik', due: '2027-02-09', title: 'Överbelastning / DDoS' }]);
    const calendar = runCli(['calendar', plan, '--today', '2026-12-01']).stdout;
    expect(calendar.split('CATEGORIES:krisplan,planned_exercise').length - 1).toBe(6);
    // a second run finds the year planned
    const again = runCli(['exercise', 'plan-year', '--plan', plan, '--today', '2026-12-01']);
    expect(again.stdout).toBe(`nothing to plan for 2027 in ${plan}: every playbook is planned for that year already, or was exercised recently enough\n`);
    expect(readFileSync(plan, 'utf8')).toBe(after);
  }, 120_000);

  it('a planned exercise leaves due once it is recorded as held', () => {
    const { plan } = examplePlan();
    expect(runCli(['exercise', 'plan-year', '--plan', plan, '--today', '2026-12-01']).status).toBe(0);
    expect(runCli(['due', plan, '--today', '2027-02-08', '--within', '1w']).stdout).toContain('Planned exercise: Överbelastning / DDoS');
    expect(runCli(['exercise', 'record', '--plan', plan, '--playbook', 'overload', '--date', '2027-02-09', '--today', '2027-02-10']).status).toBe(0);
    const due = runCli(['due', plan, '--today', '2027-02-10', '--within', '1w', '--format', 'json']);
    const owners = (JSON.parse(due.stdout) as { owners: { items: { kind: string }[] }[] }).owners;
    expect(owners.flatMap((group) => group.items).filter((item) => item.kind === 'planned_exercise')).toEqual([]);
  }, 120_000);

  it('refuses a year that is not one: exit 2, one line', () => {
    const { plan, original } = examplePlan();
    const result = runCli(['exercise', 'plan-year', '--plan', plan, '--year', '27']);
    expect(result.stderr).toBe("krisplan: option '--year <year>' argument '27' is invalid. must be a year such as 2027. See 'krisplan exercise --help'.\n");
    expect(result.status).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(original);
  });
});
