import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, git, runCli, tempDir, runOk as ok } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';

// A crisis run as a crisis lead would run it, on a plan written apart from the examples
// (tests/fixtures/real/retailer-ransomware-ie.yaml: an Irish online retailer hit by ransomware on a Saturday night).
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'real', 'retailer-ransomware-ie.yaml');
const ID = '2026-12-05-ransomware';

interface Status {
  level: string;
  plan_note: string | null;
  deadlines: { id: string; obligation: string | null; due: string | null; sent: string | null; ref: string | null; state: string; reason: string | null }[];
  steps: { n: number; done: string | null; late: boolean }[];
  log: { at: string; by: string; text: string; kind: string; owner: string | null }[];
  last_report: string | null;
  next_report: string | null;
}


describe('a ransomware crisis on a plan written apart from the examples', { timeout: 300_000 }, () => {
  let repo: string;
  let before: string;
  const outputs: Record<string, string> = {};

  beforeAll(() => {
    repo = tempDir('krisplan-crisis-');
    git(repo, 'init', '-q');
    before = readFileSync(FIXTURE, 'utf8');
    writeFileSync(join(repo, 'plan.yaml'), before);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'plan');
    // Saturday 02:10 Irish time (GMT): the on-call engineer finds a ransom note and activates at the lower level
    outputs.activate = ok(['activate', 'ransomware', '--plan', 'plan.yaml', '--t0', '2026-12-05T02:10:00+00:00', '--at', '2026-12-05T02:40:00+00:00', '--by', 'aoife', '--level', 'major'], repo);
    ok(['step', '1', '--done', '--at', '2026-12-05T02:45:00Z', '--by', 'aoife'], repo);
    ok(['log', 'Ransom note on the order database server; 3 servers encrypted', '--at', '2026-12-05T02:50:00Z', '--by', 'aoife'], repo);
    outputs.level = ok(['level', 'crisis', '--at', '2026-12-05T02:55:00Z', '--by', 'niamh'], repo);
    ok(['step', '2', '--done', '--at', '2026-12-05T03:05:00Z', '--by', 'niamh'], repo);
    ok(['log', 'No contact with the attacker; the insurer decides with us', '--decision', '--at', '2026-12-05T03:20:00Z', '--by', 'niamh'], repo);
    ok(['step', '3', '--done', '--at', '2026-12-05T03:25:00Z', '--by', 'niamh'], repo);
    ok(['log', 'Reset every administrator password and the hosting console keys', '--action', 'tech-lead', '--at', '2026-12-05T03:30:00Z', '--by', 'niamh'], repo);
    ok(['step', '4', '--done', '--at', '2026-12-05T04:30:00Z', '--by', 'ciaran'], repo);
    ok(['log', 'Situation report 1 to the board: shop offline, forensics on site at 07:00', '--sitrep', '--at', '2026-12-05T05:00:00Z', '--by', 'niamh'], repo);
    ok(['notified', 'ncsc-early-warning', '--ref', 'NCSC-2026-0412', '--at', '2026-12-05T09:00:00Z', '--by', 'aoife'], repo);
    ok(['step', '6', '--done', '--at', '2026-12-05T09:05:00Z', '--by', 'aoife'], repo);
    ok(['notified', ID, 'clock-5', '--ref', 'PULSE 2612050311', '--at', '2026-12-05T11:00:00Z', '--by', 'conor'], repo);
    outputs.event = ok(['event', 'classification', '--at', '2026-12-05T12:00:00Z', '--by', 'niamh'], repo);
    ok(['step', '5', '--done', '--at', '2026-12-05T16:00:00Z', '--by', 'sinead'], repo);
    ok(['notified', 'gdpr-33', '--ref', 'DPC-BN-26-1187', '--at', '2026-12-06T14:00:00Z', '--by', 'sinead'], repo);
    ok(['step', '7', '--done', '--at', '2026-12-06T14:05:00Z', '--by', 'sinead'], repo);
    ok(['notified', 'gdpr-34', '--not-required', 'Only names and delivery addresses were taken, no passwords or card data: the risk is not high', '--at', '2026-12-06T15:00:00Z', '--by', 'sinead'], repo);
  }, 240_000);

  it('activates: the entry point first, the deadlines as Irish wall-clock times, the law first, where to report', () => {
    const lines = outputs.activate!.split('\n');
    expect(lines[0]).toBe(`activated ransomware as incident ${ID} in incidents/${ID}/ (print incidents/${ID}/kit.html)`);
    // at the lower level the technical lead (the entry point) and the crisis lead are called, no one else
    expect(lines.slice(2, 5)).toEqual(['call now', '  Aoife Murphy (Technical lead)  087 555 0103  aoife.murphy@harbourthread.example', '  Niamh Walsh (Crisis lead)  087 555 0101  niamh.walsh@harbourthread.example']);
    const deadlines = outputs.activate!.slice(outputs.activate!.indexOf('deadlines'));
    expect(deadlines).toMatch(/OPEN +8 December 2026 02:10 \+00:00 +Report the personal data breach to the DPC \[gdpr-33, law\] → Data Protection Commission \(DPC\) https:\/\/forms\.dataprotection\.ie\/report-a-breach-of-personal-data; 2 d 23 h left/);
    expect(deadlines).toMatch(/Early warning to the NCSC \[ncsc-early-warning, internal target\] → National Cyber Security Centre \(NCSC\) https:\/\/www\.ncsc\.gov\.ie\/incidentreporting\/; 23 h 30 min left/);
    expect(deadlines.indexOf('gdpr-33')).toBeLessThan(deadlines.indexOf('ncsc-early-warning'));
    const kit = readFileSync(join(repo, 'incidents', ID, 'kit.html'), 'utf8');
    expect(kit).toContain('<html lang="en">');
    expect(kit).toContain('<a href="https://forms.dataprotection.ie/report-a-breach-of-personal-data">');
  });

  it('raising the level says who else to call in now', () => {
    expect(outputs.level).toBe(
      [
        `level of ${ID} set to crisis at 5 December 2026 02:55 +00:00`,
        'call in now',
        '  Sinéad Kelly (Data protection lead)  087 555 0105  privacy@harbourthread.example',
        '  Ciarán Doyle (Communications lead)  087 555 0106  ciaran.doyle@harbourthread.example',
        '',
      ].join('\n'),
    );
  });

  it('a start event no deadline waits for says so', () => {
    expect(outputs.event).toBe(`recorded classification at 5 December 2026 12:00 +00:00\nno deadline of incident ${ID} starts from classification\n`);
  });

  it('status: reports sent with their references, the duty not required with its reason, steps done, the log', () => {
    const status = JSON.parse(ok(['status', '--format', 'json', '--now', '2026-12-06T16:00:00Z'], repo)) as Status;
    expect(status.level).toBe('crisis');
    expect(status.plan_note).toBeNull();
    expect(status.deadlines.map((d) => [d.id, d.state, d.due, d.sent, d.ref])).toEqual([
      ['gdpr-34', 'not-required', null, null, null],
      ['gdpr-33', 'sent', '2026-12-08T02:10:00Z', '2026-12-06T14:00:00Z', 'DPC-BN-26-1187'],
      ['ncsc-early-warning', 'sent', '2026-12-06T02:10:00Z', '2026-12-05T09:00:00Z', 'NCSC-2026-0412'],
      ['clock-5', 'sent', '2026-12-06T02:10:00Z', '2026-12-05T11:00:00Z', 'PULSE 2612050311'],
      ['ncsc-notification', 'open', '2026-12-08T02:10:00Z', null, null],
    ]);
    expect(status.deadlines[0]!.reason).toMatch(/^Only names and delivery addresses/);
    expect(status.steps.filter((step) => step.done !== null).map((step) => step.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // step 1 was due 30 minutes after T0, the moment of activation, and was done 5 minutes later
    expect(status.steps.filter((step) => step.late).map((step) => step.n)).toEqual([1, 2, 3, 4]);
    expect(status.log.map((entry) => [entry.kind, entry.by, entry.owner])).toEqual([
      ['note', 'aoife', null],
      ['decision', 'niamh', null],
      ['action', 'niamh', 'tech-lead'],
    ]);
    expect(status).toMatchObject({ last_report: '2026-12-05T05:00:00Z', next_report: '2026-12-05T07:00:00Z' });

    const text = ok(['status', '--now', '2026-12-06T16:00:00Z'], repo);
    expect(text).toMatch(/^incident 2026-12-05-ransomware: Ransomware and data theft \(playbook ransomware\)\nlevel crisis \(Crisis\) · T0 5 December 2026 02:10 \+00:00 · now 6 December 2026 16:00 \+00:00\n/);
    expect(text).toContain('last 5 December 2026 05:00 +00:00 · next due 5 December 2026 07:00 +00:00 (OVERDUE) (every 2 hours)');
    expect(text).toContain('steps: 7 of 9 done');

    // the situation report reads as plain text too: no escapes in references, ids or words with hyphens
    const md = ok(['status', '--format', 'md', '--now', '2026-12-06T16:00:00Z'], repo);
    expect(md).toMatch(/^# Situation report: Ransomware and data theft\n/);
    // plan text goes through the one Markdown escape (an & could start an entity); the web form is a link
    expect(md).toContain(`- **Incident:** ${ID} (Harbour \\& Thread Ltd)`);
    expect(md).toContain('- **Next report due:** 5 December 2026 07:00 +00:00 **OVERDUE** (every 2 hours)');
    expect(md).toContain('| sent 6 December 2026 14:00 +00:00 (DPC-BN-26-1187) | 8 December 2026 02:10 +00:00 | Report the personal data breach to the DPC | Data Protection Commission (DPC) <https://forms.dataprotection.ie/report-a-breach-of-personal-data> | GDPR art. 33(1) |');
    expect(md).toContain('**Action (tech-lead):** Reset every administrator password and the hosting console keys');
    expect(md).not.toMatch(/\\[-()]/);
  });

  it('closes: the evaluation goes into the plan with every byte kept, and the plan still validates without errors', () => {
    const closed = ok(['close', '--at', '2026-12-08T10:00:00Z', '--by', 'niamh'], repo);
    expect(closed).toBe(`closed ${ID} at 8 December 2026 10:00 +00:00; wrote its evaluation into plan.yaml with 1 follow-up action (set due: dates)\n`);
    const plan = readFileSync(join(repo, 'plan.yaml'), 'utf8');
    expect(plan.startsWith(before.trimEnd())).toBe(true);
    const evaluation = (parse(plan) as { evaluations: Record<string, unknown>[] }).evaluations.at(-1)!;
    expect(evaluation).toMatchObject({ date: '2026-12-08', type: 'incident', incident: ID, playbooks: ['ransomware'] });
    expect(evaluation.actions).toEqual([{ action: 'Reset every administrator password and the hosting console keys', owner: 'tech-lead', done: false }]);
    const deadlines = evaluation.deadlines as { clock: string; ref?: string; met?: boolean; not_required?: string }[];
    expect(deadlines.find((deadline) => deadline.ref === 'DPC-BN-26-1187')).toMatchObject({ met: true });
    // the NCSC's 72 hours ran out before the close: the evaluation says it was missed
    expect(JSON.stringify(deadlines)).toContain('ncsc-notification');
    const validated = runCli(['validate', 'plan.yaml', '--today', '2026-12-08', '--now', '2026-12-08T10:05:00Z', '--format', 'json'], { cwd: repo });
    const result = JSON.parse(validated.stdout) as { summary: { errors: number }; files: { file: string; findings: { rule: string }[] }[] };
    expect(result.summary.errors).toBe(0);
    expect(result.files.flatMap((file) => file.findings.map((finding) => finding.rule))).not.toContain('incident-evaluation');
    // the plan has changed since activation (the evaluation): status of the closed incident says so, in one line
    const after = ok(['status', ID, '--now', '2026-12-08T11:00:00Z'], repo).split('\n');
    expect(after[0]).toMatch(/^note: the plan changed since activation; showing it as it was then \(commit [0-9a-f]{7}\)$/);
    expect(after[1]).toContain('closed 8 December 2026 10:00 +00:00');
  });
});

describeWith(['chromium', 'pdfinfo'], 'the incident kit of that plan, printed', () => {
  it('prints on A4, one sheet per part, page numbers from the first', { timeout: 180_000 }, () => {
    const repo = tempDir('krisplan-crisis-pdf-');
    writeFileSync(join(repo, 'plan.yaml'), readFileSync(FIXTURE, 'utf8'));
    ok(['activate', 'ransomware', '--plan', 'plan.yaml', '--t0', '2026-12-05T02:10:00+00:00', '--at', '2026-12-05T02:40:00+00:00', '--pdf'], repo);
    const pdf = join(repo, 'incidents', ID, 'kit.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size: +59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    // the first page (call list and deadlines), the checklist, the meetings, the decision log, the situation report and
    // one notification form for each of the five deadlines
    expect(info).toMatch(/Pages: +10\n/);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f');
    expect(pages[0]).toContain('Call now');
    expect(pages[0]).toContain('Page 1 of 10');
    expect(pages[1]).toContain('Checklist');
    expect(pages[9]).toContain('Page 10 of 10');
  });
});
