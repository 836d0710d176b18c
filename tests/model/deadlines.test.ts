import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveClocks } from '../../src/model/clocks.js';
import { computeDeadlines } from '../../src/model/deadlines.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlan } from '../../src/engine/validate.js';

function plan(file: string): Plan {
  const loaded = loadPlan(readFileSync(file), { today: '2026-11-29' });
  expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return loaded.plan!;
}

const NIS2 = 'tests/fixtures/deadlines/nis2-se.yaml';
const T0 = '2026-12-04T16:00:00+01:00';

const dueOf = (set: ReturnType<typeof computeDeadlines>) => Object.fromEntries(set.deadlines.map((d) => [d.id, d.due]));

describe('computeDeadlines', () => {
  it('gives the GDPR deadline of the web-shop example 72 hours from awareness, in UTC', () => {
    const set = computeDeadlines(plan('examples/webshop.yaml'), 'data-breach', { t0: T0 });
    expect(set.t0).toBe('2026-12-04T15:00:00Z');
    expect(set.deadlines.find((d) => d.obligation === 'gdpr-33')?.due).toBe('2026-12-07T15:00:00Z');
  });

  it('chains the NIS2 final report one calendar month after the notification, in the plan’s zone', () => {
    const set = computeDeadlines(plan(NIS2), 'ransomware', { t0: T0 });
    expect(set.zone).toBe('Europe/Stockholm');
    expect(dueOf(set)).toMatchObject({
      'nis2-early-warning': '2026-12-05T15:00:00Z',
      'nis2-notification': '2026-12-07T15:00:00Z',
      'nis2-final-report': '2027-01-07T15:00:00Z',
      'nis2-recipients': null,
    });
    const final = set.deadlines.find((d) => d.id === 'nis2-final-report')!;
    expect(final).toMatchObject({ after: 'nis2-notification', afterBasis: 'deadline', statutory: true, dueLocal: '2027-01-07T16:00:00+01:00' });
  });

  it('recomputes the chain from when the notification was really sent', () => {
    const set = computeDeadlines(plan(NIS2), 'ransomware', { t0: T0, sent: { 'nis2-notification': '2026-12-06T09:00:00+01:00' } });
    expect(dueOf(set)['nis2-final-report']).toBe('2027-01-06T08:00:00Z');
    expect(set.deadlines.find((d) => d.id === 'nis2-final-report')?.afterBasis).toBe('sent');
  });

  it('sorts by due with nulls first, statutory before internal targets at the same time', () => {
    const set = computeDeadlines(plan(NIS2), 'ransomware', { t0: T0 });
    expect(set.deadlines.map((d) => [d.id, d.statutory])).toEqual([
      ['nis2-recipients', true],
      ['nis2-early-warning', true],
      ['clock-5', false],
      ['nis2-notification', true],
      ['nis2-final-report', true],
    ]);
  });

  it('counts hours as elapsed time across a daylight-saving change and months on the calendar', () => {
    const p = plan(NIS2);
    // Sweden leaves summer time on 2026-10-25 at 03:00: 24 elapsed hours from 2026-10-24 12:00 CEST is 11:00 CET
    const set = computeDeadlines(p, 'ransomware', { t0: '2026-10-24T12:00:00+02:00' });
    expect(dueOf(set)['nis2-early-warning']).toBe('2026-10-25T10:00:00Z');
    const end = computeDeadlines(p, 'ransomware', { t0: '2026-12-28T16:00:00+01:00' });
    // 72 hours to 2026-12-31 16:00, then one calendar month: 2027-01-31 16:00 CET
    expect(dueOf(end)['nis2-final-report']).toBe('2027-01-31T15:00:00Z');
  });

  it('refuses an unknown playbook, a bad date-time and --sent for a clock the playbook lacks', () => {
    const p = plan(NIS2);
    expect(() => computeDeadlines(p, 'nope', { t0: T0 })).toThrow(/no playbook "nope".*ransomware/);
    expect(() => computeDeadlines(p, 'ransomware', { t0: 'tomorrow' })).toThrow(/--t0 "tomorrow" is not an ISO 8601 date-time/);
    expect(() => computeDeadlines(p, 'ransomware', { t0: T0, sent: { 'gdpr-33': T0 } })).toThrow(/has no clock "gdpr-33"/);
  });
});

describe('DORA and CRA start events', () => {
  const yaml = (clocks: string) => `krisplan: 1
plan: { title: T, organization: O, owner: a, reviewed: 2026-11-16, jurisdiction: se, regimes: [dora, cra] }
contacts: [{ id: a, name: A, email: a@example.se, verified: 2026-11-10 }]
playbooks:
  - id: p
    title: P
    owner: a
    clocks:
${clocks}
    steps: [{ action: x, owner: a }]
`;
  const load = (text: string) => loadPlan(text, { today: '2026-11-29' }).plan!;

  it('gives DORA’s initial notification 4 hours after classification but no later than 24 hours after awareness', () => {
    const p = load(yaml('      - obligation: dora-initial\n      - obligation: dora-intermediate\n      - obligation: dora-final'));
    const none = computeDeadlines(p, 'p', { t0: T0 });
    expect(none.deadlines.find((d) => d.id === 'dora-initial')).toMatchObject({ due: null, waitingFor: 'classification', notLaterThan: '2026-12-05T15:00:00Z' });
    const early = computeDeadlines(p, 'p', { t0: T0, events: { classification: '2026-12-04T18:00:00+01:00' } });
    expect(dueOf(early)).toMatchObject({ 'dora-initial': '2026-12-04T21:00:00Z', 'dora-intermediate': '2026-12-07T21:00:00Z', 'dora-final': '2027-01-07T21:00:00Z' });
    const late = computeDeadlines(p, 'p', { t0: T0, events: { classification: '2026-12-05T14:00:00+01:00' } });
    expect(dueOf(late)['dora-initial']).toBe('2026-12-05T15:00:00Z');
    const after24 = computeDeadlines(p, 'p', { t0: T0, events: { classification: '2026-12-06T10:00:00+01:00' } });
    expect(dueOf(after24)['dora-initial']).toBe('2026-12-06T13:00:00Z');
  });

  it('runs the CRA final vulnerability report 14 days from the fix, unknown until it is available', () => {
    const p = load(yaml('      - obligation: cra-final-vulnerability'));
    expect(dueOf(computeDeadlines(p, 'p', { t0: T0 }))['cra-final-vulnerability']).toBeNull();
    expect(dueOf(computeDeadlines(p, 'p', { t0: T0, events: { 'fix-available': '2026-12-10T12:00:00+01:00' } }))['cra-final-vulnerability']).toBe('2026-12-24T11:00:00Z');
  });

  it('resolves a clock by obligation in the plan’s language, and one without as an internal target', () => {
    const p = load(yaml('      - obligation: dora-clients\n      - { title: Call the bank, within: 2 hours }'));
    const [clients, own] = resolveClocks(p, p.playbooks[0]!, 'sv');
    expect(clients).toMatchObject({ id: 'dora-clients', statutory: true, within: undefined, basis: 'Dora art. 19.3', title: 'Informera de kunder vars ekonomiska intressen påverkas' });
    expect(own).toMatchObject({ id: 'clock-2', statutory: false, within: '2 hours', from: 'awareness' });
  });
});
