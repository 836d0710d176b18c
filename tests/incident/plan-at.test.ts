import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { planOfIncident, sha256 } from '../../src/incident/plan-at.js';
import type { LoadedIncident } from '../../src/incident/record.js';
import { preparePhoneNumbers } from '../../src/model/phone.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' }).trim();
const PLAN = readFileSync(join(ROOT, 'examples', 'saas.yaml'), 'utf8');
const EDITED = PLAN.replace('Priya Shah', 'Priya Shah-Jones');

/** A repository with the plan committed, and an incident record beside it as activate writes it. */
function setUp(activatedFrom: string, options: { commit?: boolean } = {}) {
  const repo = tempDir('krisplan-plan-at-');
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'plan.yaml'), PLAN);
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'plan');
  const incident: LoadedIncident = {
    dir: join(repo, 'incidents', 'x'),
    entries: [],
    record: {
      krisplan_incident: 1,
      id: 'x',
      plan: '../../plan.yaml',
      ...(options.commit === false ? {} : { commit: git(repo, 'rev-parse', 'HEAD') }),
      plan_sha256: sha256(new TextEncoder().encode(activatedFrom)),
      playbook: 'data-breach',
      t0: '2026-12-04T15:00:00Z',
      activated: '2026-12-04T15:20:00Z',
      by: 'test',
      timezone: 'Europe/London',
      steps: [],
    },
  };
  return { repo, incident, edit: (text: string) => writeFileSync(join(repo, 'plan.yaml'), text) };
}

const nameOf = (found: ReturnType<typeof planOfIncident>) => found?.plan.contacts.find((contact) => contact.id === 'priya')?.name;

describe('the plan an incident is read with', () => {
  beforeAll(() => preparePhoneNumbers());

  it('unchanged since activation: the plan as it is, without a note', () => {
    const { incident } = setUp(PLAN);
    const found = planOfIncident(incident, defaultConfig());
    expect(found).toMatchObject({ version: 'current' });
    expect(found?.note).toBeUndefined();
  });

  it('changed since activation: the plan at the recorded commit, with a note; the current plan is kept for the evaluation', () => {
    const { incident, edit } = setUp(PLAN);
    edit(EDITED);
    const found = planOfIncident(incident, defaultConfig());
    expect(found).toMatchObject({ version: 'activation', note: expect.stringMatching(/^the plan changed since activation; showing it as it was then \(commit [0-9a-f]{7}\)$/) });
    expect(nameOf(found)).toBe('Priya Shah');
    expect(found?.current?.contacts.find((contact) => contact.id === 'priya')?.name).toBe('Priya Shah-Jones');
  });

  it('activated from changes not committed, unchanged since: the plan as it is, without a note', () => {
    const { incident, edit } = setUp(EDITED);
    edit(EDITED);
    const found = planOfIncident(incident, defaultConfig());
    expect(found).toMatchObject({ version: 'current' });
    expect(found?.note).toBeUndefined();
  });

  it('activated from changes not committed, changed again since: the plan as it is now, and says the commit does not hold it', () => {
    const { incident, edit } = setUp(EDITED);
    edit(PLAN.replace('Priya Shah', 'P. Shah'));
    const found = planOfIncident(incident, defaultConfig());
    expect(found).toMatchObject({ version: 'current', note: expect.stringMatching(/^the plan had changes not committed at activation \(commit [0-9a-f]{7}\) and has changed since; using the plan as it is now$/) });
    expect(nameOf(found)).toBe('P. Shah');
  });

  it('activated outside git and changed since: the plan as it is now, with a note', () => {
    const { incident, edit } = setUp(PLAN, { commit: false });
    edit(EDITED);
    const found = planOfIncident(incident, defaultConfig());
    expect(found).toMatchObject({ version: 'current', note: 'the plan changed since activation and no commit was recorded (it was not in git); using the plan as it is now' });
  });

  it('a commit the repository does not have (a shallow clone): the plan as it is now, with a note', () => {
    const { incident, edit } = setUp(PLAN);
    edit(EDITED);
    const found = planOfIncident({ ...incident, record: { ...incident.record, commit: 'f'.repeat(40) } }, defaultConfig());
    expect(found).toMatchObject({ version: 'current', note: "the plan's commit at activation (fffffff) is not in this repository (no git, or a shallow clone); using the plan as it is now" });
    expect(nameOf(found)).toBe('Priya Shah-Jones');
  });
});
