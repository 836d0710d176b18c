import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDeadlines } from '../../src/deadlines/format.js';
import { computeDeadlines } from '../../src/model/deadlines.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlan } from '../../src/engine/validate.js';

function plan(file: string): Plan {
  const loaded = loadPlan(readFileSync(file), { today: '2026-11-29' });
  expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return loaded.plan!;
}

const DORA = 'tests/fixtures/deadlines/dora-se.yaml';
const NIS2 = 'tests/fixtures/deadlines/nis2-se.yaml';
const T0 = '2026-12-04T16:00:00+01:00';
const context = { title: 'Krisplan', lang: 'sv' as const, plan: DORA };

describe('krisplan deadlines shows the catalogue notes with the deadlines', () => {
  it('gives DORA’s weekend and bank-holiday relief in full once in the table, then by the first report it was shown for', () => {
    const set = computeDeadlines(plan(DORA), 'ransomware', { t0: T0, sent: {}, events: { classification: '2026-12-05T10:00:00+01:00' } });
    const out = formatDeadlines(set, 'table', context);
    // the initial notification falls on Saturday 5 December: the relief is named, not applied
    expect(out).toMatch(/2026-12-05 14:00 \+01:00 {3}Lämna den inledande underrättelsen/);
    expect(out.match(/art\. 5\.4: infaller fristen/g)).toHaveLength(1);
    const initial = out.indexOf('[dora-initial]');
    const relief = out.indexOf('anm.: Delegerad förordning 2025/301 art. 5.4');
    expect(relief).toBeGreaterThan(initial);
    expect(relief).toBeLessThan(out.indexOf('[dora-intermediate]'));
    expect(out.slice(out.indexOf('[dora-intermediate]'))).toMatch(/anm\.: som för dora-initial[\s\S]*\[dora-final\][\s\S]*anm\.: som för dora-initial/);
  });

  it('lists each note once under the Markdown table, with the deadlines it belongs to', () => {
    const set = computeDeadlines(plan(DORA), 'ransomware', { t0: T0, sent: {}, events: {} });
    const out = formatDeadlines(set, 'md', context);
    expect(out).toMatch(/\nAnmärkningar:\n\n- dora-initial, dora-intermediate, dora-final: Delegerad förordning 2025\/301 art\. 5\.4: .*kl\. 12 nästa arbetsdag/);
    expect(out).toMatch(/\n- dora-clients: Art\. 19\.3 andra stycket/);
    expect(out.match(/art\. 5\.4: infaller fristen/g)).toHaveLength(1);
  });

  it('adds nothing where the clocks carry no notes', () => {
    const set = computeDeadlines(plan(NIS2), 'ransomware', { t0: T0, sent: {}, events: {} });
    expect(formatDeadlines(set, 'table', { ...context, plan: NIS2 })).not.toMatch(/anm\.:/);
    expect(formatDeadlines(set, 'md', { ...context, plan: NIS2 })).not.toMatch(/Anmärkningar/);
  });
});
