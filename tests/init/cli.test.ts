import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-29'];
const ENGLISH = { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };

function validateJson(file: string, cwd: string) {
  const result = runCli(['validate', file, '--format', 'json', ...TODAY], { cwd });
  return { status: result.status, report: JSON.parse(result.stdout) as { files: { findings: { rule: string; severity: string }[] }[]; summary: { errors: number; warnings: number } } };
}

describe('krisplan init through the built bin', () => {
  it('--yes writes a plan with every default that validates: 0 errors, a TODO warning per value to fill in', () => {
    const cwd = tempDir();
    const result = runCli(['init', '--yes', ...TODAY], { cwd, env: ENGLISH });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\nWrote krisplan.yaml: 7 risks with playbooks (data-breach, outage, overload, supplier, dns, ransomware, login).\n');
    expect(result.stdout).toMatch(/\n\d+ values are marked TODO for you to fill in\.\n/);
    expect(result.stdout).toContain('Next steps:\n  1. Fill in the TODO values; this lists the ones left:\n       krisplan validate krisplan.yaml\n');
    expect(result.stdout).toContain('       krisplan render krisplan.yaml --out handbook/\n');
    expect(result.stdout).toContain('       git add krisplan.yaml && git commit -m "Add crisis plan"\n');
    expect(existsSync(join(cwd, 'krisplan.config.yaml'))).toBe(false);

    const { status, report } = validateJson('krisplan.yaml', cwd);
    expect(status).toBe(0);
    expect(report.summary.errors).toBe(0);
    expect(new Set(report.files[0]!.findings.map((f) => f.rule))).toEqual(new Set(['placeholder', 'unexercised', 'exercise-coverage']));
    const todos = report.files[0]!.findings.filter((f) => f.rule === 'placeholder').length;
    expect(result.stdout).toContain(`\n${todos} values are marked TODO`);
    const plan = parse(readFileSync(join(cwd, 'krisplan.yaml'), 'utf8'));
    expect(plan.plan).toMatchObject({ language: 'en', reviewed: '2026-11-29', owner: 'crisis-lead' });
  });

  it('--yes with flags: they answer in advance, into a new folder, with the config', () => {
    const cwd = tempDir();
    const result = runCli(
      ['init', 'ops/plans', '--yes', '--lang', 'sv', '--org', 'Exempel AB', '--owner', 'Anna Andersson', '--email', 'anna@example.se', '--phone', '+46 70 123 45 67', '--scenarios', 'login,data-breach', '--config'],
      { cwd, env: { ...ENGLISH, KRISPLAN_TODAY: '2026-10-01' } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote ops/plans/krisplan.yaml: 2 risks with playbooks (data-breach, login).\nWrote ops/plans/krisplan.config.yaml.\n');
    expect(result.stdout).toContain('git add ops/plans/krisplan.yaml ops/plans/krisplan.config.yaml && git commit');
    const text = readFileSync(join(cwd, 'ops/plans/krisplan.yaml'), 'utf8');
    const plan = parse(text);
    expect(plan.plan).toMatchObject({ organization: 'Exempel AB', owner: 'anna', language: 'sv', reviewed: '2026-10-01' });
    expect(plan.contacts[0]).toMatchObject({ id: 'anna', name: 'Anna Andersson', role: 'Krisledare', phone: '+46 70 123 45 67', email: 'anna@example.se', organization: 'Exempel AB' });
    expect(plan.risks.map((r: { id: string }) => r.id)).toEqual(['data-breach', 'login']);
    expect(plan.playbooks[0].title).toBe('Dataintrång / personuppgiftsincident');
    expect(text).toContain('# Krisplan för Exempel AB, påbörjad med `krisplan init` 2026-10-01.');

    // the config is found from the plan's folder and names the plan, so a bare validate checks it
    const bare = runCli(['validate', '--format', 'json', ...TODAY], { cwd: join(cwd, 'ops/plans') });
    expect(bare.status).toBe(0);
    expect(JSON.parse(bare.stdout).files.map((f: { file: string }) => f.file)).toEqual(['krisplan.yaml']);
  });

  it('takes the plan language from the system locale', () => {
    const cwd = tempDir();
    expect(runCli(['init', '--yes', '--scenarios', 'dns', ...TODAY], { cwd, env: { LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } }).status).toBe(0);
    expect(parse(readFileSync(join(cwd, 'krisplan.yaml'), 'utf8')).plan.language).toBe('sv');
  });

  it('refuses an existing krisplan.yaml with one line and leaves it unchanged; --force replaces it', () => {
    const cwd = tempDir();
    const mine = '# my own plan\nkrisplan: 1\n';
    writeFileSync(join(cwd, 'krisplan.yaml'), mine);
    const refused = runCli(['init', '--yes', ...TODAY], { cwd, env: ENGLISH });
    expect(refused).toEqual({ status: 2, stdout: '', stderr: 'krisplan: krisplan.yaml already exists; nothing was written (use --force to replace it)\n' });
    expect(readFileSync(join(cwd, 'krisplan.yaml'), 'utf8')).toBe(mine);

    const forced = runCli(['init', '--yes', '--force', '--scenarios', 'outage', ...TODAY], { cwd, env: ENGLISH });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(cwd, 'krisplan.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    expect(validateJson('krisplan.yaml', cwd).report.summary.errors).toBe(0);
  });

  it('refuses an existing config before writing anything', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'krisplan.config.yaml'), 'plans: []\n');
    const refused = runCli(['init', '--yes', '--config', ...TODAY], { cwd, env: ENGLISH });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('krisplan: krisplan.config.yaml already exists; nothing was written (use --force to replace it)\n');
    expect(existsSync(join(cwd, 'krisplan.yaml'))).toBe(false);
    expect(readFileSync(join(cwd, 'krisplan.config.yaml'), 'utf8')).toBe('plans: []\n');
  });

  it('writes the plan and the config both or neither', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'krisplan.config.yaml'));
    const result = runCli(['init', '--yes', '--config', '--force', ...TODAY], { cwd, env: ENGLISH });
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'krisplan: cannot write krisplan.config.yaml: it is a directory\n' });
    expect(readdirSync(cwd)).toEqual(['krisplan.config.yaml']);
  });

  it('without a terminal and without --yes: exit 2, one line that says to use --yes, nothing written', () => {
    const cwd = tempDir();
    const result = runCli(['init', ...TODAY], { cwd, env: ENGLISH });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^krisplan: init asks questions and needs a terminal; use --yes to take the defaults without asking .*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(join(cwd, 'krisplan.yaml'))).toBe(false);
  });

  it('an unknown scenario or a bad flag value: exit 2 with the reason, nothing written', () => {
    const cwd = tempDir();
    const unknown = runCli(['init', '--yes', '--scenarios', 'data-breach,ddos', ...TODAY], { cwd, env: ENGLISH });
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: 'krisplan: unknown scenario "ddos"; valid scenarios: data-breach, outage, overload, supplier, dns, ransomware, login\n' });
    const email = runCli(['init', '--yes', '--email', 'anna(at)example.se'], { cwd, env: ENGLISH });
    expect(email).toEqual({ status: 2, stdout: '', stderr: 'krisplan: --email "anna(at)example.se" is not valid: enter an e-mail address such as anna@example.se\n' });
    const lang = runCli(['init', '--yes', '--lang', 'de'], { cwd, env: ENGLISH });
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/^krisplan: option '--lang <lang>' argument 'de' is invalid/);
    expect(existsSync(join(cwd, 'krisplan.yaml'))).toBe(false);
  });

  it('--list-scenarios shows the catalogue', () => {
    const result = runCli(['init', '--list-scenarios', '--lang', 'en']);
    expect(result.status).toBe(0);
    for (const id of ['data-breach', 'outage', 'overload', 'supplier', 'dns', 'ransomware', 'login']) expect(result.stdout).toMatch(new RegExp(`^${id} +[A-Z]`, 'm'));
    expect(result.stdout).toContain('Domain loss / DNS failure (severity 5 × likelihood 2)');
  });

  it('--help shows the flags with examples', () => {
    const result = runCli(['init', '--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--yes', '--org', '--owner', '--email', '--phone', '--lang', '--scenarios', '--config', '--force', '--list-scenarios']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toContain('$ krisplan init --yes --org');
  });
});
