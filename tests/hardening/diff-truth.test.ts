import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CRASH } from './run.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

function repository(): string {
  const dir = tempDir();
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=test@example.se', '-c', 'user.name=Test', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  copyFileSync(join(ROOT, 'examples', 'webshop.yaml'), join(dir, 'a.yaml'));
  copyFileSync(join(ROOT, 'examples', 'webshop.yaml'), join(dir, 'b.yaml'));
  copyFileSync(join(ROOT, 'examples', 'webshop.yaml'), join(dir, 'c.yaml'));
  git('add', '.');
  git('commit', '-qm', 'plans');
  return dir;
}

describe.skipIf(!hasGit)('diff tells the truth', () => {
  it('only a revision that names one commit is accepted', () => {
    const dir = repository();
    for (const revision of ['^HEAD', 'HEAD..HEAD', 'HEAD...HEAD', 'HEAD^@', 'HEAD^!']) {
      const result = runCli(['diff', revision], { cwd: dir });
      expect(result.stderr, revision).toBe(`krisplan: "${revision}" is not one commit; give one revision to compare with, such as HEAD~1 or main\n`);
      expect(result.status).toBe(2);
    }
  });

  it('a plan replaced by a folder or a symbolic link is removed', () => {
    const dir = repository();
    rmSync(join(dir, 'b.yaml'));
    mkdirSync(join(dir, 'b.yaml'));
    rmSync(join(dir, 'c.yaml'));
    symlinkSync('a.yaml', join(dir, 'c.yaml'));
    const result = runCli(['diff', 'HEAD', '--format', 'json', '--today', '2026-11-29'], { cwd: dir });
    expect(result.stderr).not.toMatch(CRASH);
    const files = (JSON.parse(result.stdout) as { files: { file: string; status: string }[] }).files;
    expect(files.filter((file) => file.status === 'removed').map((file) => file.file).sort()).toEqual(['b.yaml', 'c.yaml']);
  });

  it('a renamed plan is a rename, then its changes, in every format', () => {
    const dir = repository();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=test@example.se', '-c', 'user.name=Test', ...args], { cwd: dir, encoding: 'utf8' });
    // a committed move with an edit, a staged move (git mv), a move staged after the fact (mv, then git add -A), and a plan moved to a name that is no plan
    git('mv', 'a.yaml', 'moved-a.yaml');
    git('commit', '-qm', 'move a');
    writeFileSync(join(dir, 'moved-a.yaml'), readFileSync(join(dir, 'moved-a.yaml'), 'utf8').replace('  - id: erik', '  - id: erik-holm'));
    mkdirSync(join(dir, 'plans'));
    git('mv', 'b.yaml', 'plans/b.yaml');
    renameSync(join(dir, 'c.yaml'), join(dir, 'plans', 'c.yaml'));
    git('add', '-A');
    const text = runCli(['diff', 'HEAD~1', '--today', '2026-11-29'], { cwd: dir });
    expect(text.stderr).toBe('');
    expect(text.stdout.split('\n').filter((line) => !line.startsWith('  '))).toEqual([
      'a.yaml → moved-a.yaml (renamed since HEAD~1)',
      '',
      'b.yaml → plans/b.yaml (renamed since HEAD~1)',
      '',
      'c.yaml → plans/c.yaml (renamed since HEAD~1)',
      '',
    ]);
    // the contact whose id changed is the one change, not every contact removed
    expect(text.stdout).toMatch(/^a\.yaml → moved-a\.yaml \(renamed since HEAD~1\)\n {2}contact "erik" removed \(Erik Holm\)\n\n/);
    expect(text.stdout.match(/removed/g)).toHaveLength(1);
    const md = runCli(['diff', 'HEAD~1', '--format', 'md', '--today', '2026-11-29'], { cwd: dir });
    expect(md.stdout).toBe(
      '### Crisis plan changes since `HEAD~1`\n\n**a.yaml → moved-a.yaml** (renamed since HEAD\\~1)\n\n- ⚠️ contact `erik` removed (Erik Holm)\n\n' +
        '**b.yaml → plans/b.yaml** (renamed since HEAD\\~1)\n\n**c.yaml → plans/c.yaml** (renamed since HEAD\\~1)\n',
    );
    const json = JSON.parse(runCli(['diff', 'HEAD~1', '--format', 'json', '--today', '2026-11-29'], { cwd: dir }).stdout) as { files: { file: string; from?: string; status: string; changes: unknown[] }[] };
    expect(json.files.map(({ file, from, status, changes }) => [from, file, status, changes.length])).toEqual([
      ['a.yaml', 'moved-a.yaml', 'renamed', 1],
      ['b.yaml', 'plans/b.yaml', 'renamed', 0],
      ['c.yaml', 'plans/c.yaml', 'renamed', 0],
    ]);
    // from the folder the plans moved into, the old names are relative to it
    const inside = runCli(['diff', 'HEAD~1', '.', '--today', '2026-11-29'], { cwd: join(dir, 'plans') });
    expect(inside.stdout).toBe('../b.yaml → b.yaml (renamed since HEAD~1)\n\n../c.yaml → c.yaml (renamed since HEAD~1)\n');
    // a plan moved to a name that is no plan any more is removed
    git('mv', 'moved-a.yaml', 'moved-a.txt');
    const gone = JSON.parse(runCli(['diff', 'HEAD', '--format', 'json', '--today', '2026-11-29'], { cwd: dir }).stdout) as { files: { file: string; status: string }[] };
    expect(gone.files.map(({ file, status }) => [file, status])).toEqual([['plans/b.yaml', 'renamed'], ['plans/c.yaml', 'renamed'], ['moved-a.yaml', 'removed']]);
  });

  it.skipIf(process.getuid?.() !== 0)('a repository git refuses is reported with git\'s own reason', () => {
    const dir = repository();
    spawnSync('chown', ['-R', 'nobody', dir]);
    const result = runCli(['diff', 'HEAD'], { cwd: dir, env: { GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(result.stderr).toMatch(/^krisplan: git refuses this repository: detected dubious ownership in repository at /);
    expect(result.status).toBe(2);
    spawnSync('chown', ['-R', String(process.getuid!()), dir]);
  });
});
