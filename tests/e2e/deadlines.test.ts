import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const T0 = '2026-12-04T16:00:00+01:00';
const NIS2 = 'tests/fixtures/deadlines/nis2-se.yaml';

function json(args: string[]) {
  const result = runCli(['deadlines', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { t0: string; deadlines: { id: string; obligation: string | null; due: string | null; statutory: boolean; notify: { name: string } | null }[] };
}

describe('krisplan deadlines', () => {
  it('gives the web shop’s GDPR deadline in UTC, statutory before the police target', () => {
    const out = json(['data-breach', '--plan', 'examples/webshop.yaml', '--t0', T0]);
    expect(out.t0).toBe('2026-12-04T15:00:00Z');
    expect(out.deadlines.find((d) => d.obligation === 'gdpr-33')).toMatchObject({ due: '2026-12-07T15:00:00Z', statutory: true, notify: { name: 'Integritetsskyddsmyndigheten (IMY)' } });
    const table = runCli(['deadlines', 'data-breach', '--plan', 'examples/webshop.yaml', '--t0', T0]);
    expect(table.status).toBe(0);
    const statutory = table.stdout.indexOf('Lagstadgade tidsfrister');
    const internal = table.stdout.indexOf('Interna mål (inte lag)');
    expect(statutory).toBeGreaterThan(0);
    expect(internal).toBeGreaterThan(table.stdout.indexOf('2026-12-07 16:00 +01:00'));
    expect(table.stdout.slice(internal)).toMatch(/Polisanmäl dataintrånget/);
    expect(table.stdout).toMatch(/72 timmar från vetskap/);
  });

  it('gives a Swedish NIS2 plan its three reports, and moves the final report with --sent', () => {
    const due = (out: ReturnType<typeof json>) => Object.fromEntries(out.deadlines.map((d) => [d.id, d.due]));
    expect(due(json(['ransomware', '--plan', NIS2, '--t0', T0]))).toMatchObject({
      'nis2-early-warning': '2026-12-05T15:00:00Z',
      'nis2-notification': '2026-12-07T15:00:00Z',
      'nis2-final-report': '2027-01-07T15:00:00Z',
    });
    expect(due(json(['ransomware', '--plan', NIS2, '--t0', T0, '--sent', 'nis2-notification=2026-12-06T09:00:00+01:00']))['nis2-final-report']).toBe('2027-01-06T08:00:00Z');
    const table = runCli(['deadlines', 'ransomware', '--plan', NIS2, '--t0', T0]);
    expect(table.stdout).toMatch(/1 månad efter att nis2-notification skickats — senast 2027-01-07 16:00 \+01:00 om den skickas vid sin egen frist/);
  });

  it('writes one calendar event with an alarm per timed deadline, read back by ical.js', () => {
    const result = runCli(['deadlines', 'ransomware', '--plan', NIS2, '--t0', T0, '--format', 'ics']);
    expect(result.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('dtstart')!.toString())).toEqual(['2026-12-05T15:00:00Z', '2026-12-05T15:00:00Z', '2026-12-07T15:00:00Z', '2027-01-07T15:00:00Z']);
    expect(events.every((e) => e.getAllSubcomponents('valarm').length === 1)).toBe(true);
    expect(String(events[1]!.getFirstPropertyValue('summary'))).toMatch(/^Interna mål \(inte lag\): Polisanmäl/);
  });

  it.each([
    [['nope', '--plan', NIS2, '--t0', T0], /^krisplan: no playbook "nope" in the plan; playbooks: ransomware\n$/],
    [['ransomware', '--plan', NIS2, '--t0', '4 Dec 2026'], /^krisplan: --t0 "4 Dec 2026" is not an ISO 8601 date-time/],
    [['ransomware', '--plan', NIS2, '--t0', T0, '--sent', 'gdpr-33=2026-12-05T10:00:00+01:00'], /^krisplan: --sent gdpr-33: playbook "ransomware" has no clock "gdpr-33"/],
    [['ransomware', '--plan', NIS2, '--t0', T0, '--event', 'lunch=2026-12-05T10:00:00+01:00'], /^krisplan: --event lunch: unknown start event/],
  ])('exits 2 with one line: %j', (args, message) => {
    const result = runCli(['deadlines', ...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('takes the only plan found, and asks for --plan when there are several', () => {
    const dir = tempDir();
    copyFileSync(NIS2, join(dir, 'plan.yaml'));
    const one = runCli(['deadlines', 'ransomware', '--t0', T0, '--format', 'json'], { cwd: dir });
    expect(one.status).toBe(0);
    mkdirSync(join(dir, 'other'));
    copyFileSync('examples/webshop.yaml', join(dir, 'other', 'shop.yaml'));
    const two = runCli(['deadlines', 'ransomware', '--t0', T0], { cwd: dir });
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/^krisplan: deadlines works on one plan, but 2 were found: .*; name it with --plan FILE\n$/);
  });
});

describe('krisplan obligations', () => {
  it('lists every entry with its source and verified date, and the Swedish recipients', () => {
    const result = runCli(['obligations', '--jurisdiction', 'se', '--format', 'json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { obligations: { id: string; source: string; verified: string; applies: boolean; authority: { name: string } | null }[] };
    expect(out.obligations.length).toBeGreaterThanOrEqual(16);
    expect(out.obligations.find((o) => o.id === 'gdpr-33')?.authority?.name).toMatch(/IMY/);
    expect(out.obligations.find((o) => o.id === 'nis2-notification')?.authority?.name).toMatch(/CERT-SE/);
    expect(out.obligations.find((o) => o.id === 'dora-initial')?.authority?.name).toMatch(/Finansinspektionen/);
  });

  it('marks NIS2, DORA and the CRA as not applicable in the United Kingdom, with the ICO for UK GDPR', () => {
    const out = JSON.parse(runCli(['obligations', '--jurisdiction', 'gb', '--format', 'json']).stdout) as { obligations: { id: string; regime: string; applies: boolean; basis: string; authority: { name: string } | null }[] };
    expect(out.obligations.filter((o) => o.regime !== 'gdpr').every((o) => !o.applies)).toBe(true);
    expect(out.obligations.find((o) => o.id === 'gdpr-33')).toMatchObject({ applies: true, basis: 'UK GDPR art. 33(1)', authority: { name: "Information Commissioner's Office (ICO)" } });
  });
});
