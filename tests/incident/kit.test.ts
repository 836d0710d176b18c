import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/engine/validate.js';
import { kitHtml } from '../../src/incident/kit.js';
import type { LoadedIncident } from '../../src/incident/record.js';
import { incidentStatus } from '../../src/incident/status.js';
import { handbookStyles } from '../../src/render/templates.js';
import type { Plan } from '../../src/model/plan.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';

function planOf(name: string, change: (text: string) => string = (text) => text): Plan {
  return loadPlan(change(readFileSync(join(ROOT, 'examples', name), 'utf8')), { today: '2026-12-01' }).plan!;
}

function kitOf(plan: Plan, playbook = 'data-breach'): string {
  const steps = plan.playbooks.find((p) => p.id === playbook)!.steps.map((step, i) => ({ n: i + 1, action: step.action!, ...(step.owner ? { owner: step.owner } : {}) }));
  const incident: LoadedIncident = {
    dir: '/nowhere',
    entries: [],
    record: { krisplan_incident: 1, id: `2026-12-04-${playbook}`, plan: '../../plan.yaml', playbook, title: plan.playbooks.find((p) => p.id === playbook)!.title, level: plan.activation?.levels.at(-1)?.id, t0: '2026-12-04T15:00:00Z', activated: '2026-12-04T15:20:00Z', by: 'anna', timezone: 'Europe/Stockholm', steps },
  };
  return kitHtml(plan, incidentStatus(plan, incident, DateTime.fromISO('2026-12-04T15:20:00Z')), plan.playbooks.find((p) => p.id === playbook)!.owner, handbookStyles(plan.plan.language ?? 'en'));
}

describe('incident kit', () => {
  it('reads in Swedish for a Swedish plan: call list, deadlines as times, checklist, meetings, forms', () => {
    const html = kitOf(planOf('webshop.yaml'));
    expect(html).toContain('<html lang="sv">');
    for (const text of ['Ring nu', 'Tidsfrister', 'Checklista', 'Krisgruppens möten', 'Möts och rapporterar var 2 timmar.', 'Beslutslogg', 'Lägesrapport', 'Anmälan: Anmäl personuppgiftsincidenten till IMY', 'GDPR art. 33.3: minst']) expect(html).toContain(text);
    expect(html).toContain('<strong>7 december 2026<br>16:00 +01:00</strong>');
    expect(html).toContain('Erik Holm (Teknisk ledare)');
    expect(html).not.toMatch(/\b(Deadlines|Checklist|Call now)\b/);
  });

  it('reads in English for an English plan', () => {
    const html = kitOf(planOf('saas.yaml'));
    expect(html).toContain('<html lang="en">');
    for (const text of ['Call now', 'Deadlines', 'Checklist', 'Crisis-team meetings', 'Meets and reports every 1 hour.', 'Decision log', 'Situation report']) expect(html).toContain(text);
    expect(html).not.toMatch(/Tidsfrister|Checklista/);
  });

  it("prints with the handbook's stylesheet, one sheet per page, numbered from the first", () => {
    const html = kitOf(planOf('webshop.yaml'));
    const styles = readFileSync(join(ROOT, 'templates', 'handbook', 'html', 'styles.hbs'), 'utf8');
    // the handbook's own rules, with its words for the page number filled in
    expect(html).toContain(styles.slice(0, styles.indexOf('@page')).trim());
    expect(html).toContain('content: "Sida " counter(page) " av " counter(pages)');
    expect(html).toMatch(/<main class="kit">\n<section class="sheet first-hour">/);
    // first page, checklist, meetings, decision log, situation report, and one form per deadline (three here)
    expect(html.match(/<section class="sheet[ "]/g)).toHaveLength(8);
    expect(html).not.toContain('{{');
  });

  it('escapes every text from the plan', () => {
    const plan = planOf('webshop.yaml', (text) => text.replace('title: Dataintrång / personuppgiftsincident', 'title: "<script>alert(1)</script> & co"').replace('name: Erik Holm', 'name: "Erik <b>Holm</b>"'));
    const html = kitOf(plan);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
});

describeWith(['vnu'], 'incident kit and the Nu HTML Checker', ({ vnu }) => {
  it('passes with no errors or warnings, in both languages', { timeout: 180_000 }, () => {
    const dir = tempDir('krisplan-kit-');
    const files = [join(dir, 'sv.html'), join(dir, 'en.html')];
    writeFileSync(files[0]!, kitOf(planOf('webshop.yaml')));
    writeFileSync(files[1]!, kitOf(planOf('saas.yaml')));
    const result = spawnSync(vnu[0], [...vnu.slice(1), '--also-check-css', '--format', 'text', ...files], { encoding: 'utf8', timeout: 120_000 });
    expect((result.stderr + result.stdout).trim()).toBe('Document checking completed. No errors found.');
    expect(result.status).toBe(0);
  });
});
