import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** A copy of the Swedish example in a fresh folder (its schema comment pointing back at the repository). */
function examplePlan(): { dir: string; plan: string; original: string } {
  const dir = tempDir('krisplan-record-');
  const original = readFileSync(join(ROOT, 'examples/webshop.yaml'), 'utf8').replace('../schemas/', `${ROOT}schemas/`);
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, original);
  return { dir, plan, original };
}

/** The unexercised findings about one playbook. */
const unexercised = (plan: string, today: string, playbook: string) =>
  (JSON.parse(runCli(['validate', plan, '--format', 'json', '--today', today]).stdout) as { files: { findings: { rule: string; message: string }[] }[] }).files[0]!.findings.filter(
    (finding) => finding.rule === 'unexercised' && finding.message.includes(`"${playbook}"`),
  ).length;

describe('krisplan exercise record', () => {
  it('writes the evaluation in place, keeping every byte that was there, and the plan still validates', () => {
    const { plan, original } = examplePlan();
    const result = runCli(['exercise', 'record', '--plan', plan, '--playbook', 'ransomware', '--playbook', 'dns-loss', '--date', '2027-07-30', '--title', 'Skrivbordsövning: ransomware och DNS',
      '--went-well', 'Snabb isolering', '--improve', 'Nyckeln till valvet saknades', '--action', 'Lägg nyckeln i valvet', '--owner', 'erik', '--due', '2027-09-01', '--action', 'Öva DNS igen', '--owner', 'johan', '--today', '2027-08-01']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const after = readFileSync(plan, 'utf8');
    expect(after.startsWith(original)).toBe(true);
    expect(after.slice(original.length)).toBe([
      '',
      '  - date: 2027-07-30',
      '    type: exercise',
      '    title: "Skrivbordsövning: ransomware och DNS"',
      '    playbooks:',
      '      - ransomware',
      '      - dns-loss',
      '    went_well:',
      '      - Snabb isolering',
      '    improve:',
      '      - Nyckeln till valvet saknades',
      '    actions:',
      '      - action: Lägg nyckeln i valvet',
      '        owner: erik',
      '        due: 2027-09-01',
      '        done: false',
      '      - action: Öva DNS igen',
      '        owner: johan',
      '        done: false',
      '',
    ].join('\n'));
    const line = original.split('\n').length + 1;
    expect(result.stdout).toBe(`recorded the exercise of ransomware, dns-loss on 2027-07-30 in ${plan} (line ${line})\n`);
    expect(after.split('\n')[line - 1]).toBe('  - date: 2027-07-30');
    const validate = runCli(['validate', plan, '--today', '2027-08-01', '--format', 'json']);
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout).summary.errors).toBe(0);
  }, 120_000);

  it('makes unexercised quiet for the playbook, and the handbook shows it exercised on that date', () => {
    const { dir, plan } = examplePlan();
    // ransomware was last exercised 2026-06-10: a year later it is overdue
    expect(unexercised(plan, '2027-08-01', 'ransomware')).toBe(1);
    expect(runCli(['exercise', 'record', '--plan', plan, '--playbook', 'ransomware', '--date', '2027-07-30', '--today', '2027-08-01']).status).toBe(0);
    expect(unexercised(plan, '2027-08-01', 'ransomware')).toBe(0);
    expect(unexercised(plan, '2027-08-01', 'overload')).toBe(1);
    const out = join(dir, 'handbook');
    expect(runCli(['render', plan, '--out', out, '--today', '2027-08-01']).status).toBe(0);
    const html = readFileSync(join(out, 'plan.html'), 'utf8');
    const playbook = html.slice(html.indexOf('id="playbook-5"'));
    expect(playbook.slice(0, 2000)).toContain('Senast övad: 30 juli 2027');
  }, 120_000);

  it('edits a plan reached through a symbolic link where it lives', () => {
    const { dir, plan, original } = examplePlan();
    const link = join(dir, 'link.yaml');
    symlinkSync(plan, link);
    expect(runCli(['exercise', 'record', '--plan', link, '--playbook', 'overload', '--date', '2026-11-30', '--today', '2026-12-01']).status).toBe(0);
    expect(readFileSync(plan, 'utf8').length).toBeGreaterThan(original.length);
  }, 120_000);

  it.each([
    [['--playbook', 'ransomwar'], 'krisplan: --playbook "ransomwar": the plan has no playbook with that id (did you mean "ransomware"?)\n'],
    [['--playbook', 'ransomware', '--owner', 'erik'], 'krisplan: --owner erik must follow the --action it belongs to\n'],
    [['--playbook', 'ransomware', '--action', 'Gör något'], 'krisplan: --action "Gör något" needs an --owner ID after it: every follow-up action has an owner\n'],
    [['--playbook', 'ransomware', '--action', 'Gör något', '--owner', 'nobody'], 'krisplan: --owner "nobody": the plan has no contact with that id; the plan has anna, johan, erik, lena, maria, hosting, payment, registrar, cdn, itkonsult, advokat, polisen, …\n'],
    [['--playbook', 'ransomware', '--action', 'a', '--owner', 'erik', '--owner', 'anna'], 'krisplan: --action "a" has two --owner values (erik, anna)\n'],
    [['--playbook', 'ransomware', '--title', ' '], 'krisplan: --title must not be empty\n'],
    [[], 'krisplan: name the exercised playbook with --playbook ID (once per playbook)\n'],
  ])('bad input %j: exit 2, one line, nothing written', (args, stderr) => {
    const { plan, original } = examplePlan();
    const result = runCli(['exercise', 'record', '--plan', plan, '--date', '2026-11-30', ...args]);
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(original);
  });
});
