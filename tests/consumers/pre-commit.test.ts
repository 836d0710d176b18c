import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { TODAY } from './outputs.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });

describeWith(['pre-commit', 'git'], 'pre-commit installing and running the hook from a clone of this repository', ({ 'pre-commit': [preCommit] }) => {
  // no space in this path: nodeenv writes the environment's paths into shell scripts unquoted
  const dir = tempDir('krisplan-pre-commit-');
  const hooks = join(dir, 'krisplan');
  const project = join(dir, 'project');
  const env = { ...process.env, PRE_COMMIT_HOME: join(dir, 'cache'), KRISPLAN_TODAY: TODAY, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const run = () => spawnSync(preCommit, ['run', '--all-files', '--color', 'never'], { cwd: project, env, encoding: 'utf8', timeout: 600_000 });

  beforeAll(() => {
    // the committed state, as pre-commit fetches it: a clone, pinned to its commit
    execFileSync('git', ['clone', '-q', ROOT, hooks]);
    const rev = git(hooks, 'rev-parse', 'HEAD').trim();
    mkdirSync(join(project, 'plans'), { recursive: true });
    git(project, 'init', '-q');
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: krisplan\n`);
    copyFileSync(join(ROOT, 'examples/saas.yaml'), join(project, 'plans', 'åäö #%.yaml'));
    git(project, 'add', '-A');
  }, 60_000);

  it('installs the node hook environment and passes a clean plan', () => {
    const result = run();
    expect({ status: result.status, output: result.stdout + result.stderr }).toMatchObject({ status: 0 });
    expect(result.stdout).toMatch(/^krisplan validate\.+Passed$/m);
  }, 600_000);

  it('fails a broken plan, with its findings', () => {
    copyFileSync(join(ROOT, 'tests/fixtures/golden/broken.yaml'), join(project, 'plans', 'broken plan.yaml'));
    git(project, 'add', '-A');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^krisplan validate\.+Failed$/m);
    expect(result.stdout).toContain('plans/broken plan.yaml\n');
    expect(result.stdout).toMatch(/6:3 +error +unknown key "ownr" in the plan; did you mean "owner"\? +schema/);
    expect(result.stdout).toMatch(/✖ \d+ problems \(8 errors, \d+ warnings?\) in 2 plans/);
  }, 120_000);
});
