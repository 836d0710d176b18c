import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-29'];
const CLEAN = readFileSync(join(ROOT, 'examples', 'saas.yaml'), 'utf8');
const STALE = CLEAN.replace(/reviewed: 2026-11-\d\d\n  review_every/, 'reviewed: 2025-01-10\n  review_every');

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd()).toMatch(pattern);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('krisplan validate', () => {
  it('clean plans: exit 0 and a one-line confirmation', () => {
    const result = runCli(['validate', 'examples/', ...TODAY]);
    expect(result).toEqual({ status: 0, stdout: '✔ 2 plans checked, no problems\n', stderr: '' });
  });

  it('errors: exit 1 with file, line:column, severity, message and rule', () => {
    const result = runCli(['validate', 'tests/fixtures/golden/broken.yaml', ...TODAY]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^tests\/fixtures\/golden\/broken\.yaml\n {2}5:13 +warning +review of the plan is stale/);
    expect(result.stdout).toMatch(/\n {2}21:5 +error +risk "leak" has no owner; add owner: with a contact id +missing-owner\n/);
    expect(result.stdout).toMatch(/✖ 11 problems \(8 errors, 3 warnings\) in 1 plan\n$/);
  });

  it('a path that does not exist: exit 2, one line, no stack', () => {
    const result = runCli(['validate', 'no/such/plan.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, /^krisplan: no such file or directory: no\/such\/plan\.yaml$/);
  });

  it('no plan found: exit 2', () => {
    const dir = project({ 'docker-compose.yaml': 'services: {}\n', 'README.md': '# hi\n' });
    const result = runCli(['validate'], { cwd: dir });
    expect(result.status).toBe(2);
    expectOneLine(result.stderr, /^krisplan: no krisplan plan found in \./);
  });

  it('bad options and values: exit 2, one line with a hint', () => {
    for (const args of [['validate', '--bogus'], ['validate', '--format', 'xml'], ['validate', '--max-warnings', 'many'], ['validate', '--today', '2026-02-30'], ['bogus']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expectOneLine(result.stderr, /^krisplan: .+ See 'krisplan( validate)? --help'\.$/);
    }
    expect(runCli(['validate', '--format', 'xml']).stderr).toMatch(/stylish, json, junit, sarif, github/);
  });

  it('searches directories recursively, skipping node_modules, dot-folders and YAML that is not a plan', () => {
    const dir = project({
      'plans/a.yaml': CLEAN,
      'plans/deep/b.yml': CLEAN,
      'plans/ci.yaml': 'on: push\n',
      'node_modules/x/plan.yaml': CLEAN,
      '.hidden/plan.yaml': CLEAN,
    });
    const result = runCli(['validate', '--format', 'json', ...TODAY], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { file: string }) => f.file)).toEqual(['plans/a.yaml', 'plans/deep/b.yml']);
  });

  it('globs, and a file given explicitly that is not a plan', () => {
    const dir = project({ 'plans/a.yaml': CLEAN, 'plans/b.yaml': CLEAN, 'other.yaml': 'name: x\n' });
    const glob = runCli(['validate', 'plans/*.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(JSON.parse(glob.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0 });
    const explicit = runCli(['validate', 'other.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(explicit.status).toBe(1);
    expect(JSON.parse(explicit.stdout).files[0].findings[0]).toMatchObject({ rule: 'parse', line: 1, column: 1, message: expect.stringMatching(/not a krisplan plan/) });
  });

  it('--today, KRISPLAN_TODAY and --max-warnings', () => {
    const dir = project({ 'plan.yaml': STALE });
    expect(runCli(['validate', 'plan.yaml', ...TODAY], { cwd: dir }).status).toBe(0);
    expect(runCli(['validate', 'plan.yaml', '--max-warnings', '0', ...TODAY], { cwd: dir }).status).toBe(1);
    expect(runCli(['validate', 'plan.yaml', '--max-warnings', '1', ...TODAY], { cwd: dir }).status).toBe(0);
    const fresh = runCli(['validate', 'plan.yaml', '--max-warnings', '0'], { cwd: dir, env: { KRISPLAN_TODAY: '2025-06-01' } });
    expect(fresh.status).toBe(0);
    const bad = runCli(['validate', 'plan.yaml'], { cwd: dir, env: { KRISPLAN_TODAY: 'tomorrow' } });
    expect(bad.status).toBe(2);
    expectOneLine(bad.stderr, /KRISPLAN_TODAY must be a date YYYY-MM-DD/);
  });

  it('--shard splits the plans so that each is checked in exactly one shard', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const dir = project(Object.fromEntries(names.map((name) => [`plans/${name}.yaml`, CLEAN])));
    const shards = [1, 2, 3].map((i) => JSON.parse(runCli(['validate', 'plans', '--shard', `${i}/3`, '--format', 'json', ...TODAY], { cwd: dir }).stdout).files.map((f: { file: string }) => f.file));
    expect(shards).toEqual([
      ['plans/a.yaml', 'plans/d.yaml', 'plans/g.yaml'],
      ['plans/b.yaml', 'plans/e.yaml'],
      ['plans/c.yaml', 'plans/f.yaml'],
    ]);
    for (const bad of ['0/3', '4/3', 'x', '1/0']) {
      const result = runCli(['validate', 'plans', '--shard', bad], { cwd: dir });
      expect(result.status, bad).toBe(2);
      expectOneLine(result.stderr, /--shard.*must be i\/n/);
    }
  });

  it('--quiet shows errors only', () => {
    const result = runCli(['validate', 'tests/fixtures/golden/broken.yaml', '--quiet', '--format', 'json', ...TODAY]);
    const findings = JSON.parse(result.stdout).files[0].findings;
    expect(findings.length).toBe(8);
    expect(findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  it('--output writes the report whole; an unwritable output is exit 2', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const result = runCli(['validate', 'examples/', '--format', 'json', '--output', out, ...TODAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(2);
    expect(readdirSync(dir)).toEqual(['report.json']);
    const missing = runCli(['validate', 'examples/', '--output', join(dir, 'no', 'such', 'dir', 'r.txt')]);
    expect(missing.status).toBe(2);
    expectOneLine(missing.stderr, /^krisplan: cannot write .*r\.txt \(ENOENT\)$/);
  });

  it('an unreadable plan file is exit 2', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = project({ 'plan.yaml': CLEAN });
    chmodSync(join(dir, 'plan.yaml'), 0o000);
    const result = runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
  });

  it('a config in a parent folder changes severities and is found up to the repository root', () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'krisplan.config.yaml': 'rules:\n  stale-review: error\n',
      'team/plans/plan.yaml': STALE,
    });
    const result = runCli(['validate', 'plan.yaml', '--format', 'json', ...TODAY], { cwd: join(dir, 'team', 'plans') });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings).toMatchObject([{ rule: 'stale-review', severity: 'error' }]);
    const off = project({ '.git/HEAD': '', 'krisplan.config.yaml': 'rules: { stale-review: off }\n', 'plan.yaml': STALE });
    expect(JSON.parse(runCli(['validate', '--format', 'json', ...TODAY], { cwd: off }).stdout).summary.warnings).toBe(0);
  });

  it('the config does not leak in from above the repository root', () => {
    const dir = project({ 'krisplan.config.yaml': 'rules: { stale-review: error }\n', 'repo/.git/HEAD': '', 'repo/plan.yaml': STALE });
    const result = runCli(['validate', 'plan.yaml', ...TODAY], { cwd: join(dir, 'repo') });
    expect(result.status).toBe(0);
  });

  it('config plans, intervals, risk levels and --config', () => {
    const dir = project({
      '.git/HEAD': '',
      'ci/krisplan.yaml': 'plans: ["../plans/**/*.yaml"]\nintervals: { plan: 6 months }\nrisk: { levels: { critical: 20, high: 16, medium: 5 } }\n',
      'plans/x/plan.yaml': CLEAN.replace('  review_every: 1 year\n', ''),
    });
    const result = runCli(['validate', '--config', 'ci/krisplan.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['plans/x/plan.yaml']);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0 });
    const later = JSON.parse(runCli(['validate', '--config', 'ci/krisplan.yaml', '--format', 'json', '--today', '2027-06-01'], { cwd: dir }).stdout);
    expect(later.files[0].findings.some((f: { rule: string; path: string }) => f.rule === 'stale-review' && f.path === '/plan/reviewed')).toBe(true);
  });

  it('a bad config is exit 2 with the key and the reason', () => {
    const cases: [string | Buffer, RegExp][] = [
      ['rules: { stale-review: loud }\n', /krisplan\.config\.yaml: rules\.stale-review must be one of off, warning, error$/],
      ['rules: { stale-reviews: off }\n', /rules\.stale-reviews is not a krisplan rule; did you mean stale-review\?$/],
      ['risk: { scales: 4 }\n', /risk\.scales is not a config key$/],
      ['rules: { Stale-Review: off }\n', /rules\.Stale-Review is not a krisplan rule; did you mean stale-review\?$/],
      ['rules: { __proto__: { polluted: 1 } }\n', /rules\.__proto__ is not a krisplan rule \(see krisplan rules\)$/],
      ['risk: { levels: { critical: 5, high: 10 } }\n', /risk\.levels must rise/],
      ['intervals: { plan: 5 fortnights }\n', /intervals\.plan must be a duration such as "6 months"/],
      ['limits: { file_size: huge }\n', /limits\.file_size must be a size such as 10 MB/],
      ['limits: { file_size: true }\n', /limits\.file_size must be text or a whole number$/],
      ['rules: { "\\e[31mred": off }\n', /rules\.\\u001b\[31mred is not a krisplan rule/],
      ['risk: { scale: five }\n', /risk\.scale must be a whole number$/],
      ['- plans\n', /krisplan\.config\.yaml: the config must be a mapping \(key: value pairs\)$/],
      ['x: *a\n', /krisplan\.config\.yaml: YAML aliases \(\*name\) are not supported in the config/],
      ['rules: {}\nx-note: "\u0000"\n', /krisplan\.config\.yaml:2:10: file is binary \(it contains NUL bytes\), not a YAML config$/],
      [Buffer.from('rules: {}\n# f\xf6r\n', 'latin1'), /krisplan\.config\.yaml:2:4: file is not valid UTF-8 \(byte 0xf6\); save it as UTF-8$/],
      [`# ${'x'.repeat(1024 * 1024)}\n`, /krisplan\.config\.yaml: config file is over 1 MB/],
      ['plans: [a\n', /krisplan\.config\.yaml:\d+:\d+: invalid YAML in config/],
    ];
    for (const [config, pattern] of cases) {
      const dir = project({ '.git/HEAD': '', 'krisplan.config.yaml': config, 'plan.yaml': CLEAN });
      const result = runCli(['validate'], { cwd: dir });
      expect(result.status, String(config).slice(0, 80)).toBe(2);
      expectOneLine(result.stderr, pattern);
    }
    const missing = runCli(['validate', '--config', 'nope.yaml']);
    expect(missing.status).toBe(2);
    expectOneLine(missing.stderr, /^krisplan: config file not found: nope\.yaml$/);
  });

  it('a suppression removes exactly its finding', () => {
    const suppressed = STALE.replace('  reviewed: 2025-01-10', '  # krisplan-disable-next-line stale-review -- board review 2026-10, minutes pending\n  reviewed: 2025-01-10');
    const dir = project({ 'plan.yaml': STALE, 'suppressed.yaml': suppressed });
    const before = JSON.parse(runCli(['validate', 'plan.yaml', '--format', 'json', ...TODAY], { cwd: dir }).stdout);
    const after = JSON.parse(runCli(['validate', 'suppressed.yaml', '--format', 'json', ...TODAY], { cwd: dir }).stdout);
    expect(before.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['stale-review']);
    expect(after.files[0].findings).toEqual([]);
  });

  it('--format github appends a summary table to GITHUB_STEP_SUMMARY', () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const result = runCli(['validate', 'tests/fixtures/golden/broken.yaml', '--format', 'github', ...TODAY], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^# earlier step\n### krisplan: 8 errors, 3 warnings in 1 plan\n\n\| File \| Line \| Severity \| Rule \| Message \|/);
    expect(text.split('\n').filter((line) => line.startsWith('| tests/'))).toHaveLength(11);
    expect(existsSync(summary)).toBe(true);
  });

  it('colour only when asked or on a terminal', () => {
    const plain = runCli(['validate', 'tests/fixtures/golden/broken.yaml', ...TODAY]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = runCli(['validate', 'tests/fixtures/golden/broken.yaml', ...TODAY], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[31merror/);
  });
});

describe('other commands', () => {
  it('--version and --help exit 0', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = runCli(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ krisplan validate examples\//);
  });

  it('krisplan rules and schema', () => {
    const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(rules.find((rule: { id: string }) => rule.id === 'stale-review')).toEqual({ id: 'stale-review', severity: 'warning', description: expect.any(String) });
    expect(runCli(['rules']).stdout).toMatch(/^duplicate-id +error +An id must be unique/m);
    const schema = JSON.parse(runCli(['schema']).stdout);
    expect(schema.$id).toMatch(/plan\.schema\.json$/);
    expect(JSON.parse(runCli(['schema', '--config']).stdout).$id).toMatch(/config\.schema\.json$/);
  });

  it('krisplan risks: table with heat map, json and csv', () => {
    const table = runCli(['risks', 'examples/webshop.yaml', ...TODAY]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/severity\n {3}5 /);
    expect(table.stdout).toMatch(/likelihood/);
    const rows = JSON.parse(runCli(['risks', 'examples/', '--format', 'json', ...TODAY]).stdout);
    expect(Object.keys(rows[0])).toEqual(['file', 'id', 'title', 'severity', 'likelihood', 'score', 'level', 'owner', 'playbook']);
    const webshop = rows.filter((row: { file: string }) => row.file === 'examples/webshop.yaml');
    const scores = webshop.map((row: { score: number }) => row.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const csv = runCli(['risks', 'examples/saas.yaml', '--format', 'csv', ...TODAY]).stdout;
    expect(csv.split('\r\n')[0]).toBe('file,id,title,severity,likelihood,score,level,owner,playbook');
  });

  it('krisplan risks neutralises spreadsheet formulas in CSV', () => {
    const dir = project({ 'plan.yaml': CLEAN.replace(/title: .*\n(\s+category)/, 'title: "=HYPERLINK(\\"http://evil\\")"\n$1') });
    const csv = runCli(['risks', 'plan.yaml', '--format', 'csv', ...TODAY], { cwd: dir }).stdout;
    expect(csv).toMatch(/,"'=HYPERLINK\(""http:\/\/evil""\)",/);
  });
});
