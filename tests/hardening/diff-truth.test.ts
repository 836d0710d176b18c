import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
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

  it.skipIf(process.getuid?.() !== 0)('a repository git refuses is reported with git\'s own reason', () => {
    const dir = repository();
    spawnSync('chown', ['-R', 'nobody', dir]);
    const result = runCli(['diff', 'HEAD'], { cwd: dir, env: { GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(result.stderr).toMatch(/^krisplan: git refuses this repository: detected dubious ownership in repository at /);
    expect(result.status).toBe(2);
    spawnSync('chown', ['-R', String(process.getuid!()), dir]);
  });
});
