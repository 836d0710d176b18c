import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, git, runCli, tempDir, runOk as ok } from '../helpers/cli.js';

// A NIS2 incident closed before its final report is due: the duty outlives the incident, so the evaluation must
// neither call the report missed nor forget it.
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'deadlines', 'nis2-se.yaml');


describe('closing an incident before a statutory report is due', { timeout: 120_000 }, () => {
  it('keeps the final report as a follow-up action due on its day, neither met nor missed', () => {
    const repo = tempDir('krisplan-close-ahead-');
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'plan.yaml'), readFileSync(FIXTURE, 'utf8'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'plan');
    ok(['activate', 'ransomware', '--plan', 'plan.yaml', '--t0', '2026-12-04T16:00:00+01:00', '--at', '2026-12-04T16:10:00+01:00', '--by', 'anna'], repo);
    ok(['notified', 'nis2-early-warning', '--ref', 'CERT-1', '--at', '2026-12-05T09:00:00+01:00', '--by', 'anna'], repo);
    ok(['notified', 'nis2-notification', '--ref', 'CERT-2', '--at', '2026-12-06T09:00:00+01:00', '--by', 'anna'], repo);
    ok(['close', '--at', '2026-12-09T12:00:00+01:00', '--by', 'anna'], repo);
    const evaluation = (parse(readFileSync(join(repo, 'plan.yaml'), 'utf8')) as { evaluations: Record<string, unknown>[] }).evaluations.at(-1)!;
    const final = (evaluation.deadlines as Record<string, unknown>[]).find((deadline) => deadline.id === 'nis2-final-report')!;
    // one month after the notification was sent (2026-12-06 09:00 +01:00)
    expect(final).toEqual({ id: 'nis2-final-report', obligation: 'nis2-final-report', title: expect.any(String), due: '2027-01-06T08:00:00Z' });
    expect(JSON.stringify(evaluation.improve ?? [])).not.toContain('nis2-final-report');
    expect(evaluation.actions).toContainEqual({ action: expect.stringMatching(/\(nis2-final-report\): återstår att skicka/), owner: 'anna', due: '2027-01-06', done: false });
    // the plan stays valid, and the report is on the list of what is due
    const validated = runCli(['validate', 'plan.yaml', '--today', '2026-12-09', '--format', 'json'], { cwd: repo });
    expect((JSON.parse(validated.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
    expect(ok(['due', 'plan.yaml', '--today', '2027-01-04', '--within', '7 days'], repo)).toContain('nis2-final-report');
  });
});
