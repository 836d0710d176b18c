import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CRASH } from './run.js';

const PLAN = readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8');
const TODAY = ['--today', '2026-11-29'];
const isLinux = process.platform === 'linux';

/** A folder with plans written every way YAML allows, a Latin-1 file name, a Helm template and a plain YAML file. */
function folder(): string {
  const dir = tempDir();
  const plans = join(dir, 'plans');
  mkdirSync(plans);
  writeFileSync(join(plans, 'quoted.yaml'), PLAN.replace(/^krisplan: 1$/m, '"krisplan": 1'));
  writeFileSync(join(plans, 'single-quoted.yaml'), PLAN.replace(/^krisplan: 1$/m, "'krisplan': 1"));
  writeFileSync(join(plans, 'explicit.yaml'), PLAN.replace(/^krisplan: 1$/m, '? krisplan\n: 1'));
  writeFileSync(join(plans, 'escaped.yaml'), PLAN.replace(/^krisplan: 1$/m, '"kri\\x73plan": 1'));
  writeFileSync(join(plans, 'header.yaml'), `${'# a long header comment\n'.repeat(5_000)}${PLAN}`);
  // broken: a schema error in a plan found only by parsing must fail the gate
  writeFileSync(join(plans, 'broken.yaml'), PLAN.replace(/^krisplan: 1$/m, '"krisplan": 1').replace(/^ {2}owner: .*$/m, '  ownr: anna'));
  writeFileSync(join(plans, 'helm.yaml'), 'apiVersion: v1\nkind: {{ .Values.kind }}\n  spec: [\n');
  writeFileSync(join(plans, 'other.yaml'), 'name: not a plan\n');
  if (isLinux) writeFileSync(Buffer.concat([Buffer.from(`${plans}/pl`), Buffer.from([0xe4]), Buffer.from('n.yaml')]), PLAN);
  return dir;
}

describe('discovery never loses a plan', () => {
  for (const path of ['plans', 'plans/*.yaml']) {
    it(`${path}: every plan is checked, the Latin-1 name is a finding, the Helm template a notice, and the count says so`, () => {
      const dir = folder();
      const result = runCli(['validate', path, '--format', 'json', ...TODAY], { cwd: dir });
      expect(result.stderr).not.toMatch(CRASH);
      const report = JSON.parse(result.stdout) as { files: { file: string; findings: { rule: string; severity: string }[] }[] };
      const files = report.files.map((file) => file.file).sort();
      expect(files).toEqual(expect.arrayContaining(['plans/broken.yaml', 'plans/escaped.yaml', 'plans/explicit.yaml', 'plans/header.yaml', 'plans/quoted.yaml', 'plans/single-quoted.yaml']));
      expect(files).not.toContain('plans/helm.yaml');
      expect(files).not.toContain('plans/other.yaml');
      expect(report.files.find((file) => file.file === 'plans/broken.yaml')!.findings.map((f) => f.rule)).toContain('schema');
      if (isLinux) expect(report.files.find((file) => file.file === 'plans/pl\\xE4n.yaml')!.findings).toEqual([expect.objectContaining({ rule: 'parse', severity: 'error' })]);
      expect(result.stderr).toContain('krisplan: notice: plans/helm.yaml: not read as a plan');
      expect(result.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
      expect(result.status).toBe(1);
      const stylish = runCli(['validate', path, ...TODAY], { cwd: dir });
      expect(stylish.stdout).toMatch(new RegExp(`in ${isLinux ? 7 : 6} plans \\(of ${isLinux ? 9 : 8} YAML files\\)\\n$`));
    }, 120_000);
  }

  it('YAML that is not a plan never fails the gate, and a plan that cannot be read as YAML does', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), PLAN);
    writeFileSync(join(dir, 'chart.yaml'), 'kind: {{ .Values.kind }}\n  x: [\n');
    const clean = runCli(['validate', '.', ...TODAY], { cwd: dir });
    expect(clean.stdout).toBe('✔ 1 plan checked (of 2 YAML files), no problems\n');
    expect(clean.stderr).toBe('krisplan: notice: chart.yaml: not read as a plan (it is not YAML krisplan can read, and names no krisplan key)\n');
    expect(clean.status).toBe(0);
    writeFileSync(join(dir, 'half.yaml'), '"krisplan": 1\nplan: [\n');
    const broken = runCli(['validate', '.', '--format', 'json', ...TODAY], { cwd: dir });
    expect(JSON.parse(broken.stdout).files.find((file: { file: string }) => file.file === 'half.yaml').findings[0].rule).toBe('parse');
    expect(broken.status).toBe(1);
  }, 120_000);
});
