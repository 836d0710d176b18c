import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });

describe('krisplan diff', () => {
  let repo: string;

  beforeAll(() => {
    repo = tempDir();
    git(repo, 'init', '-q');
    const plan = readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8');
    writeFileSync(join(repo, 'plan.yaml'), plan);
    writeFileSync(join(repo, 'other.yaml'), readFileSync(join(ROOT, 'examples', 'saas.yaml'), 'utf8'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    let next = plan.replace('    severity: 5\n    likelihood: 3\n    owner: erik', '    severity: 5\n    likelihood: 4\n    owner: anna');
    next = next.replace(/ {2}- id: polisen\n[\s\S]*?(?= {2}- id: imy)/, '').replace('notify: polisen', 'notify: imy');
    next = next.replace(/ {6}- action: Samla krisgruppen[^\n]*\n(?: {8}[^\n]*\n)*/, '');
    next = next.replace('risks:\n', 'risks:\n  - { id: new-risk, title: "Ny <b>risk</b> [x](http://evil)", severity: 1, likelihood: 2, owner: anna }\n');
    writeFileSync(join(repo, 'plan.yaml'), next);
    git(repo, 'commit', '-qam', 'second');
    rmSync(join(repo, 'other.yaml'));
  });

  it('compares the working tree with HEAD by default', () => {
    const result = runCli(['diff'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^other\.yaml \(removed since HEAD\)\n {2}risk "data-breach" removed: Customer data exposed/m);
    expect(result.stdout).not.toMatch(/^plan\.yaml/m);
  });

  it('lists risks added and re-scored, owners changed, contacts and steps removed since a revision', () => {
    const result = runCli(['diff', 'HEAD~1', 'plan.yaml'], { cwd: repo });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'plan.yaml',
        '  risk "new-risk" added: Ny <b>risk</b> [x](http://evil) (score 2, low)',
        '  risk "data-breach" re-scored: 15 → 20 (high → critical)',
        '  owner of risk "data-breach" changed: "erik" → "anna"',
        '  contact "polisen" removed (Polisen)',
        '  step removed from playbook "data-breach": Samla krisgruppen (krisledare, IT, kommunikation, kundtjänst) i telefonmöte',
        '',
      ].join('\n'),
    );
  });

  it('--format md is a pull-request comment with plan text escaped', () => {
    const result = runCli(['diff', 'HEAD~1', 'plan.yaml', '--format', 'md'], { cwd: repo });
    expect(result.stdout).toMatch(/^### Crisis plan changes since `HEAD~1`\n\n\*\*plan\.yaml\*\*\n\n- risk `new-risk` added: Ny \\<b\\>risk\\<\/b\\> \\\[x\\\]\(http\\:\/\/evil\)/);
    expect(result.stdout).toMatch(/- ⚠️ risk `data-breach` re-scored: 15 → 20 \(high → critical\)/);
    expect(result.stdout).not.toMatch(/<b>/);
  });

  it('json lists the changes by kind', () => {
    const report = JSON.parse(runCli(['diff', 'HEAD~1', 'plan.yaml', '--format', 'json'], { cwd: repo }).stdout);
    expect(report.revision).toBe('HEAD~1');
    expect(report.files[0].changes.map((change: { kind: string }) => change.kind)).toEqual(['risk-added', 'risk-rescored', 'owner-changed', 'contact-removed', 'step-removed']);
  });

  it('an unknown revision, or no repository, is exit 2 with one line', () => {
    const unknown = runCli(['diff', 'no-such-rev'], { cwd: repo });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('krisplan: unknown git revision or path "no-such-rev"\n');
    const outside = runCli(['diff'], { cwd: tempDir() });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toBe('krisplan: krisplan diff compares with git history: run it inside a git repository\n');
  });

  it('reads every plan at the revision at once, byte for byte: added, changed, removed and unreadable in one run', () => {
    const many = tempDir();
    git(many, 'init', '-q');
    const saas = readFileSync(join(ROOT, 'examples', 'saas.yaml'), 'utf8');
    const plans = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, '0')}.yaml`);
    for (const name of plans) writeFileSync(join(many, name), saas);
    // Latin-1 in the committed version: not a readable plan then, whatever a lenient decoding would make of it
    writeFileSync(join(many, 'latin.yaml'), Buffer.from(saas.replace('title: ', 'title: f\xf6r '), 'latin1'));
    git(many, 'add', '.');
    git(many, 'commit', '-qm', 'plans');
    writeFileSync(join(many, 'p07.yaml'), saas.replace(/severity: 5\n(\s+)likelihood: \d/, 'severity: 1\n$1likelihood: 1'));
    rmSync(join(many, 'p13.yaml'));
    writeFileSync(join(many, 'new.yaml'), saas);
    writeFileSync(join(many, 'latin.yaml'), saas);
    const report = JSON.parse(runCli(['diff', '--format', 'json'], { cwd: many }).stdout) as { files: { file: string; status: string; changes: { kind: string }[] }[] };
    const status = (file: string) => report.files.find((f) => f.file === file)?.status;
    expect([status('p07.yaml'), status('p13.yaml'), status('new.yaml'), status('latin.yaml'), status('p00.yaml')]).toEqual(['changed', 'removed', 'added', 'unreadable', 'changed']);
    expect(report.files.find((f) => f.file === 'p07.yaml')!.changes.map((c) => c.kind)).toContain('risk-rescored');
    expect(report.files.filter((f) => f.changes.length > 0).map((f) => f.file).sort()).toEqual(['new.yaml', 'p07.yaml', 'p13.yaml']);

    // a plan outside the repository has no history: added, and the others are still compared
    const outside = join(tempDir(), 'outside.yaml');
    writeFileSync(outside, saas);
    const mixed = runCli(['diff', outside, 'p07.yaml', '--format', 'json'], { cwd: many });
    expect(mixed.stderr).toBe('');
    expect((JSON.parse(mixed.stdout) as { files: { status: string }[] }).files.map((f) => f.status)).toEqual(['added', 'changed']);
  });
});
