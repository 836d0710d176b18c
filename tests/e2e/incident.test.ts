import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, git, runCli, tempDir, runOk as ok } from '../helpers/cli.js';

const ID = '2026-12-04-data-breach';
const T0 = '2026-12-04T16:00:00+01:00';

interface Status {
  incident: string;
  playbook: string;
  level: string;
  t0: string;
  deadlines: { id: string; obligation: string | null; due: string | null; sent: string | null; ref: string | null; state: string; basis: string | null }[];
  steps: { n: number; action: string; owner: string | null; by: string | null; done: string | null }[];
  log: { at: string; by: string; text: string; kind: string }[];
}

function newRepo(): string {
  const repo = tempDir('krisplan-incident-');
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'plan.yaml'), readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'plan');
  return repo;
}


function status(cwd: string, now: string): Status {
  return JSON.parse(ok(['status', '--format', 'json', '--now', now], cwd)) as Status;
}

// each step runs the CLI as a child process, several per test: on a busy machine that takes its time
describe('an incident from activation to evaluation', { timeout: 240_000 }, () => {
  let repo: string;
  let before: string;
  let activated: string;

  beforeAll(() => {
    repo = newRepo();
    before = readFileSync(join(repo, 'plan.yaml'), 'utf8');
    activated = ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00', '--by', 'anna'], repo);
  }, 120_000);

  it('writes the record with the plan, its commit, T0 and the steps, and prints who to call and the deadlines', () => {
    const record = parse(readFileSync(join(repo, 'incidents', ID, 'record.yaml'), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ krisplan_incident: 1, id: ID, plan: '../../plan.yaml', playbook: 'data-breach', level: 'kris', t0: '2026-12-04T15:00:00Z', activated: '2026-12-04T15:20:00Z', by: 'anna' });
    expect(record.commit).toBe(git(repo, 'rev-parse', 'HEAD').trim());
    expect((record.steps as { n: number; by: string }[])[0]).toMatchObject({ n: 1, owner: 'anna', by: '2026-12-04T15:30:00Z' });
    expect(activated).toContain('Erik Holm (Teknisk ledare)  070-123 45 69');
    expect(activated).toMatch(/7 December 2026 16:00 \+01:00 +Anmäl personuppgiftsincidenten till IMY/);
    // the statutory deadline comes before the internal target, though it is later
    expect(activated.indexOf('IMY')).toBeLessThan(activated.indexOf('Polisanmäl'));
    // discovery never takes the record for a plan
    expect(ok(['validate', '--today', '2026-12-04'], repo)).toContain('1 plan checked');
  });

  it('logs a decision, marks two steps done, records the GDPR report, and status shows it', () => {
    ok(['log', ID, 'Butiken stängs tills intrånget är avgränsat', '--decision', '--at', '2026-12-04T16:25:00+01:00', '--by', 'anna'], repo);
    ok(['log', 'Byt alla API-nycklar', '--action', 'it-ledare', '--at', '2026-12-04T16:40:00+01:00', '--by', 'erik'], repo);
    ok(['step', ID, '1', '--done', '--at', '2026-12-04T16:28:00+01:00', '--by', 'anna'], repo);
    ok(['step', '2', '--done', '--at', '2026-12-04T17:10:00+01:00', '--by', 'erik'], repo);
    const gdpr = status(repo, '2026-12-05T08:00:00+01:00').deadlines.find((deadline) => deadline.obligation === 'gdpr-33')!;
    expect(gdpr).toMatchObject({ due: '2026-12-07T15:00:00Z', state: 'open' });
    ok(['notified', ID, gdpr.id, '--ref', 'IMY-2026-1234', '--at', '2026-12-05T10:00:00+01:00', '--by', 'johan'], repo);
    const after = status(repo, '2026-12-05T18:00:00+01:00');
    expect(after).toMatchObject({ incident: ID, playbook: 'data-breach', level: 'kris', t0: '2026-12-04T15:00:00Z' });
    expect(after.deadlines.find((deadline) => deadline.id === gdpr.id)).toMatchObject({ state: 'sent', sent: '2026-12-05T09:00:00Z', ref: 'IMY-2026-1234' });
    // the notice to the customers (GDPR art. 34, without undue delay: no hour) is still open, statutory so listed first;
    // the police report is an internal target past its time
    expect(after.deadlines.filter((deadline) => deadline.id !== gdpr.id).map((deadline) => [deadline.id, deadline.state, deadline.due])).toEqual([
      ['gdpr-34', 'open', null],
      [expect.any(String), 'overdue', '2026-12-05T15:00:00Z'],
    ]);
    expect(after.steps.slice(0, 3).map((step) => step.done)).toEqual(['2026-12-04T15:28:00Z', '2026-12-04T16:10:00Z', null]);
    expect(after.log).toEqual([
      { at: '2026-12-04T15:25:00Z', by: 'anna', text: 'Butiken stängs tills intrånget är avgränsat', kind: 'decision', owner: null },
      { at: '2026-12-04T15:40:00Z', by: 'erik', text: 'Byt alla API-nycklar', kind: 'action', owner: 'it-ledare' },
    ]);
    const md = ok(['status', '--format', 'md', '--now', '2026-12-05T18:00:00+01:00'], repo);
    expect(md).toMatch(/^# Lägesrapport: Dataintrång \/ personuppgiftsincident/);
    expect(md).toContain('skickad 5 december 2026 10:00 +01:00 (IMY-2026-1234)');
  });

  it('refuses bad input with one line and writes nothing', () => {
    const entries = () => readdirSync(join(repo, 'incidents', ID, 'entries')).length;
    const count = entries();
    for (const args of [
      ['activate', 'no-such', '--plan', 'plan.yaml', '--t0', T0],
      ['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', '2026-12-04T17:00:00+01:00', '--at', '2026-12-04T16:00:00+01:00'],
      ['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--level', 'nope'],
      ['step', ID, '42', '--done'],
      ['notified', ID, 'no-clock', '--ref', 'x'],
      ['log', 'no-such-incident', 'text'],
      ['log', ID, 'text', '--action', 'nobody'],
      ['level', ID, 'nope'],
    ]) {
      const result = runCli(args, { cwd: repo });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(entries()).toBe(count);
    expect(readdirSync(join(repo, 'incidents'))).toEqual([ID]);
  });

  it('validate: an open incident past its statutory deadline unreported is an error, and reporting it clears it', () => {
    const other = newRepo();
    ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00'], other);
    const late = runCli(['validate', '--today', '2026-12-08', '--now', '2026-12-08T10:00:00+01:00', '--format', 'json'], { cwd: other });
    expect(late.status).toBe(1);
    const files = (JSON.parse(late.stdout) as { files: { file: string; findings: { rule: string; line: number; column: number }[] }[] }).files;
    expect(files.find((file) => file.file === join('incidents', ID, 'record.yaml'))!.findings).toEqual([expect.objectContaining({ rule: 'incident-deadline', severity: 'error', line: 9, column: 5 })]);
    // before the deadline, and by KRISPLAN_NOW, it is clean
    expect(runCli(['validate', '--today', '2026-12-05'], { cwd: other, env: { KRISPLAN_NOW: '2026-12-05T10:00:00+01:00' } }).status).toBe(0);
    const gdpr = status(other, '2026-12-05T10:00:00+01:00').deadlines.find((deadline) => deadline.obligation === 'gdpr-33')!;
    ok(['notified', gdpr.id, '--not-required', 'only encrypted data, key not exposed', '--at', '2026-12-05T11:00:00+01:00'], other);
    expect(runCli(['validate', '--today', '2026-12-08', '--now', '2026-12-08T10:00:00+01:00'], { cwd: other }).status).toBe(0);
    ok(['close', '--at', '2026-12-08T12:00:00+01:00'], other);
    git(other, 'checkout', '-q', 'plan.yaml');
    const unevaluated = runCli(['validate', '--today', '2026-12-08', '--now', '2026-12-08T13:00:00+01:00'], { cwd: other });
    expect(unevaluated.status).toBe(0);
    expect(unevaluated.stdout).toMatch(/warning +incident 2026-12-04-data-breach is closed but the plan has no evaluation .* incident-evaluation/);
  });

  it('closes: the evaluation with its timeline is in the plan, which still validates, with every byte before kept', () => {
    ok(['close', ID, '--at', '2026-12-06T12:00:00+01:00', '--by', 'anna'], repo);
    const plan = readFileSync(join(repo, 'plan.yaml'), 'utf8');
    expect(plan.startsWith(before.trimEnd())).toBe(true);
    const evaluation = (parse(plan) as { evaluations: Record<string, unknown>[] }).evaluations.at(-1)!;
    expect(evaluation).toMatchObject({ date: '2026-12-06', type: 'incident', incident: ID, playbooks: ['data-breach'] });
    expect((evaluation.timeline as { kind: string }[]).map((entry) => entry.kind)).toEqual(['note', 'decision', 'step', 'action', 'step', 'notified']);
    expect(evaluation.actions).toEqual([{ action: 'Byt alla API-nycklar', owner: 'it-ledare', done: false }]);
    expect((evaluation.deadlines as { ref?: string; met: boolean }[]).find((deadline) => deadline.ref === 'IMY-2026-1234')).toMatchObject({ met: true });
    const validated = runCli(['validate', 'plan.yaml', '--today', '2026-12-06', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(validated.stdout).summary.errors).toBe(0);
    // a closed incident takes no more entries
    const late = runCli(['log', ID, 'too late'], { cwd: repo });
    expect(late.status).toBe(2);
    expect(late.stderr).toMatch(/is closed; nothing was written/);
  });
});

describe('activate --site', { timeout: 240_000 }, () => {
  it("switches the crisis web to the playbook's message, updated at activation, next update by the level's rhythm", () => {
    const repo = newRepo();
    ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00', '--site', 'web'], repo);
    const status = JSON.parse(readFileSync(join(repo, 'web', 'status.json'), 'utf8')) as Record<string, unknown>;
    expect(status).toMatchObject({ scenario: 'data-breach', updated: '2026-12-04T16:20:00+01:00', next_update: '2026-12-04T18:20:00+01:00' });
    expect(readFileSync(join(repo, 'web', 'index.html'), 'utf8')).toContain('Nästa uppdatering senast <time datetime="2026-12-04T18:20:00+01:00">');
    // a page krisplan did not write is not replaced, and then no incident is made either
    writeFileSync(join(repo, 'web', 'index.html'), '<p>our own page</p>');
    const refused = runCli(['activate', 'overload', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00', '--site', 'web'], { cwd: repo });
    expect(refused.status).toBe(2);
    expect(readdirSync(join(repo, 'incidents'))).toEqual([ID]);
  });
});

describe('two clones log at the same time', { timeout: 240_000 }, () => {
  it('merge without a conflict, and status shows both entries', () => {
    const origin = newRepo();
    ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00'], origin);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'activate');
    const other = tempDir('krisplan-clone-');
    git(other, 'clone', '-q', origin, '.');
    ok(['log', ID, 'Från kontoret', '--at', '2026-12-04T16:30:00+01:00', '--by', 'anna'], origin);
    ok(['log', ID, 'Från mobilen', '--at', '2026-12-04T16:30:00+01:00', '--by', 'erik'], other);
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'anna');
    git(other, 'add', '.');
    git(other, 'commit', '-qm', 'erik');
    git(origin, 'pull', '-q', '--no-rebase', '--no-edit', other, 'HEAD');
    expect(git(origin, 'status', '--porcelain')).toBe('');
    const log = status(origin, '2026-12-04T17:00:00+01:00').log.map((entry) => entry.text).sort();
    expect(log).toEqual(['Från kontoret', 'Från mobilen']);
    expect(existsSync(join(origin, 'incidents', ID, 'record.yaml'))).toBe(true);
  });
});

describe('the plan as it was at activation', { timeout: 240_000 }, () => {
  it('status reads the plan at the commit recorded: a step, a number and a rhythm changed since do not change the incident', () => {
    const repo = newRepo();
    ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00'], repo);
    const record = parse(readFileSync(join(repo, 'incidents', ID, 'record.yaml'), 'utf8')) as { plan_sha256: string };
    expect(record.plan_sha256).toMatch(/^[0-9a-f]{64}$/);
    const then = ok(['status', '--now', '2026-12-04T17:00:00+01:00'], repo);
    expect(then).not.toMatch(/^note:/);
    // after activation the plan is edited (and committed): the first step, the technical lead's number, the rhythm
    const plan = readFileSync(join(repo, 'plan.yaml'), 'utf8');
    const edited = plan
      .replace('Samla krisgruppen (krisledare, IT, kommunikation, kundtjänst) i telefonmöte', 'Ring in alla')
      .replace('+46 70 123 45 69', '+46 70 999 99 99')
      .replace('rhythm: 2 hours', 'rhythm: 8 hours');
    expect(edited).not.toBe(plan);
    writeFileSync(join(repo, 'plan.yaml'), edited);
    git(repo, 'commit', '-qam', 'edit the plan');
    const now = ok(['status', '--now', '2026-12-04T17:00:00+01:00'], repo).split('\n');
    expect(now[0]).toBe(`note: the plan changed since activation; showing it as it was then (commit ${git(repo, 'rev-parse', '--short=7', 'HEAD~1').trim()})`);
    expect(now.slice(1).join('\n')).toBe(then);
    expect(now.join('\n')).toContain('Samla krisgruppen');
    expect(now.join('\n')).not.toMatch(/Ring in alla|999 99 99/);
    const json = JSON.parse(ok(['status', '--format', 'json', '--now', '2026-12-04T17:00:00+01:00'], repo)) as { plan_note: string; next_report: string };
    expect(json).toMatchObject({ plan_note: expect.stringContaining('changed since activation'), next_report: '2026-12-04T17:20:00Z' });
    // a write command says it once on stderr and still writes
    const logged = runCli(['log', ID, 'Ny rutin', '--at', '2026-12-04T17:05:00+01:00'], { cwd: repo });
    expect(logged.status).toBe(0);
    expect(logged.stderr).toMatch(/^krisplan: the plan changed since activation; showing it as it was then \(commit [0-9a-f]{7}\)\n$/);
  });

  it('without the commit (no git, a shallow clone) it uses the plan as it is now and says so', () => {
    const repo = newRepo();
    ok(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', T0, '--at', '2026-12-04T16:20:00+01:00'], repo);
    writeFileSync(join(repo, 'plan.yaml'), readFileSync(join(repo, 'plan.yaml'), 'utf8').replace('+46 70 123 45 69', '+46 70 999 99 99'));
    rmSync(join(repo, '.git'), { recursive: true, force: true });
    const now = ok(['status', '--now', '2026-12-04T17:00:00+01:00'], repo).split('\n');
    expect(now[0]).toMatch(/^note: the plan's commit at activation \([0-9a-f]{7}\) is not in this repository \(no git, or a shallow clone\); using the plan as it is now$/);
    // printed as people read it at home, from the number as written now
    expect(now.join('\n')).toContain('070-999 99 99');
  });
});
