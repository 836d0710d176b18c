import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CRASH } from './run.js';

// The crisis web as one set (issue: "the crisis web can lie or write outside its folder"): a lock per folder,
// one generation in every file, a marker while unfinished, withdrawn scenarios removed, nothing outside --out.

const TODAY = ['--today', '2026-11-29'];
const PLAN = join(ROOT, 'examples', 'webshop.yaml');
const SCENARIOS = ['data-breach', 'dns-loss', 'overload', 'payment-outage', 'ransomware', 'server-outage'];

/** The webshop plan with the overload message withdrawn. */
function withdrawnPlan(dir: string): string {
  const text = readFileSync(PLAN, 'utf8');
  const start = text.indexOf('      overload: >-');
  const end = text.indexOf('      server-outage: >-');
  expect(start).toBeGreaterThan(0);
  const file = join(dir, 'withdrawn.yaml');
  writeFileSync(file, text.slice(0, start) + text.slice(end));
  return file;
}

function site(args: string[]) {
  return runCli(['site', ...args]);
}

function expectWritten(result: { status: number | null; stderr: string }): void {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

function expectOneLine(result: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.stderr).toMatch(/^krisplan: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(CRASH);
  expect(result.status).toBe(2);
}

/** Every entry below `dir` with its kind, and a file's size and modification time (a folder's changes with the lock). */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = join(relative, name);
      const stat = lstatSync(join(dir, path));
      result[path] = stat.isDirectory() ? 'dir' : `${stat.isSymbolicLink() ? 'link' : 'file'} ${stat.size} ${stat.mtimeMs}`;
      if (stat.isDirectory()) walk(path);
    }
  };
  walk('.');
  return result;
}

function generationOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text).generation.id;
  return /<meta name="krisplan-generation" content="([0-9a-f]+) /.exec(text)![1]!;
}

/** A process id that is no longer running: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('site writes one set', () => {
  it('every page and status.json carry the generation of the manifest; --check passes', () => {
    const out = join(tempDir(), 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    const manifest = JSON.parse(readFileSync(join(out, '.krisplan-site.json'), 'utf8'));
    expect(manifest.files).toHaveLength(2 + 2 * SCENARIOS.length);
    for (const file of manifest.files) expect(generationOf(join(out, file)), file).toBe(manifest.generation.id);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`<meta name="krisplan-generation" content="${manifest.generation.id} ${manifest.generation.time}">`);
    expect(existsSync(join(out, '.krisplan-site.in-progress'))).toBe(false);
    expect(existsSync(join(out, '.krisplan-site.lock'))).toBe(false);
    const check = site(['--check', '--out', out]);
    expect(check).toMatchObject({ status: 0, stderr: '' });
    expect(check.stdout).toBe(`✔ ${out} holds one complete crisis web: 14 files of generation ${manifest.generation.id}, written ${manifest.generation.time}\n`);
  });

  it('a withdrawn message: its scenario pages are removed, the user\'s file in scenarios/ is kept', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    writeFileSync(join(out, 'scenarios', 'README.txt'), 'ours, not krisplan\'s');
    writeFileSync(join(out, 'scenarios', 'overload', 'notes.txt'), 'kept');
    const result = site([withdrawnPlan(dir), '--out', out, ...TODAY]);
    expectWritten(result);
    expect(result.stdout).toContain('removed the pages of 1 withdrawn scenario (no message in the plan any more): scenarios/overload/\n');
    expect(readdirSync(join(out, 'scenarios')).sort()).toEqual(['README.txt', ...SCENARIOS].sort());
    // the folder it made stays only for the user's file
    expect(readdirSync(join(out, 'scenarios', 'overload'))).toEqual(['notes.txt']);
    expect(readFileSync(join(out, 'scenarios', 'README.txt'), 'utf8')).toBe('ours, not krisplan\'s');
    expect(site(['--check', '--out', out]).status).toBe(0);
    // once the user's file is gone, the next run removes the empty folder it made
    rmSync(join(out, 'scenarios', 'overload', 'notes.txt'));
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY]));
    expect(existsSync(join(out, 'scenarios', 'overload'))).toBe(false);
  });

  it('--scenario after a full run writes the scenario pages again in its generation; a withdrawn one goes', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    expectWritten(site([withdrawnPlan(dir), '--out', out, '--scenario', 'ransomware', ...TODAY]));
    expect(JSON.parse(readFileSync(join(out, 'status.json'), 'utf8')).scenario).toBe('ransomware');
    expect(readdirSync(join(out, 'scenarios')).sort()).toEqual(SCENARIOS.filter((id) => id !== 'overload'));
    expect(site(['--check', '--out', out]).status).toBe(0);
  });

  it('before manifests: the scenario pages an earlier krisplan wrote are taken as its own, and a withdrawn one removed', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    rmSync(join(out, '.krisplan-site.json'));
    expect(site(['--check', '--out', out]).status).toBe(1);
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY]));
    expect(existsSync(join(out, 'scenarios', 'overload'))).toBe(false);
    expect(site(['--check', '--out', out]).status).toBe(0);
  });
});

describe('site --check', () => {
  it('a page copied from another set, a stray page and a missing file: exit 1, each named with why', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    const other = join(dir, 'other');
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY]));
    expectWritten(site([PLAN, '--out', other, ...TODAY]));
    cpSync(join(other, 'scenarios', 'dns-loss', 'index.html'), join(out, 'scenarios', 'dns-loss', 'index.html'));
    cpSync(join(other, 'scenarios', 'overload'), join(out, 'scenarios', 'overload'), { recursive: true });
    rmSync(join(out, 'scenarios', 'ransomware', 'status.json'));
    const check = site(['--check', '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe('');
    const lines = check.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    // in the manifest's order (the plan's playbooks), then the pages it does not list
    expect(lines[0]).toBe(`${out}/scenarios/ransomware/status.json: missing`);
    expect(lines[1]).toMatch(new RegExp(`^${out}/scenarios/dns-loss/index\\.html: from generation [0-9a-f]{16} of .*, not [0-9a-f]{16} of .*: the folder mixes two sets$`));
    expect(lines[2]).toMatch(/scenarios\/overload\/index\.html: a page of krisplan site that is not part of generation [0-9a-f]{16} .*: left from another set$/);
    expect(lines[3]).toMatch(/scenarios\/overload\/status\.json: a page of krisplan site that is not part of generation/);
    expect(lines[4]).toBe(`✖ ${out} is not one complete set (4 problems); do not upload it: run krisplan site again`);
  });

  it('no folder, or a plan or --scenario given: exit 2 with one line', () => {
    const dir = tempDir();
    expectOneLine(site(['--check', '--out', join(dir, 'missing')]), /cannot check .*missing: no such folder/);
    writeFileSync(join(dir, 'a-file'), 'x');
    expectOneLine(site(['--check', '--out', join(dir, 'a-file')]), /cannot check .*a-file: it is not a folder/);
    expectOneLine(site(['--check', PLAN, '--out', dir]), /site --check reads only the folder/);
    expectOneLine(site(['--check', '--out', dir, '--scenario', 'overload']), /site --check reads only the folder/);
  });

  it('a folder krisplan never wrote: exit 1, no manifest', () => {
    const check = site(['--check', '--out', tempDir()]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/\.krisplan-site\.json: missing: no run of krisplan site finished a set here; run it\n/);
  });
});

describe('a run that was killed, and runs at once', () => {
  it('what a killed run leaves (marker, its lock, half a set, temporary files): check says unfinished; the next run takes the lock over and repairs it', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    const other = join(dir, 'other');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    expectWritten(site([withdrawnPlan(dir), '--out', other, ...TODAY]));
    // the state of a run killed half-way: its lock, its marker, some pages of its set, a temporary file
    const pid = deadPid();
    writeFileSync(join(out, '.krisplan-site.lock'), JSON.stringify({ pid, host: hostname(), started: '2026-12-02T00:00:00.000Z' }));
    cpSync(join(other, '.krisplan-site.json'), join(out, '.krisplan-site.in-progress'));
    cpSync(join(other, 'scenarios', 'dns-loss'), join(out, 'scenarios', 'dns-loss'), { recursive: true });
    writeFileSync(join(out, 'scenarios', 'dns-loss', '.krisplan-0123456789ab.tmp'), '<!doctype html><html');
    writeFileSync(join(out, `.krisplan-lock-${pid}-01234567.tmp`), '{}');
    const check = site(['--check', '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${out}/.krisplan-site.lock: left by a run that was stopped (process ${pid}, started 2026-12-02T00:00:00.000Z); the next krisplan site takes it over\n`);
    expect(check.stdout).toMatch(/\.krisplan-site\.in-progress: the set is unfinished: a run that started at .* did not finish/);
    expect(check.stdout).toMatch(/scenarios\/dns-loss\/index\.html: from generation .*: the folder mixes two sets/);
    expect(check.stdout).toMatch(/scenarios\/dns-loss\/\.krisplan-0123456789ab\.tmp: a temporary file of a write that did not finish/);
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY]));
    expect(site(['--check', '--out', out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.krisplan-site.json', 'index.html', 'scenarios', 'status.json']);
    expect(readdirSync(join(out, 'scenarios', 'dns-loss')).sort()).toEqual(['index.html', 'status.json']);
    expect(existsSync(join(out, 'scenarios', 'overload'))).toBe(false);
  });

  it('a lock held by a running process: the run waits --wait seconds, then exit 2 with one line; check says a run is writing', () => {
    const out = join(tempDir(), 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    const before = snapshot(out);
    writeFileSync(join(out, '.krisplan-site.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-12-02T00:00:00.000Z' }));
    const result = site([PLAN, '--out', out, ...TODAY, '--wait', '0']);
    expectOneLine(result, new RegExp(`^krisplan: ${out} is being written by another krisplan site \\(process ${process.pid}, started 2026-12-02T00:00:00.000Z\\); waited 0 s for it: try again when it has finished, or raise --wait\\n$`));
    const check = site(['--check', '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`.krisplan-site.lock: krisplan site is writing this folder now (process ${process.pid}`);
    rmSync(join(out, '.krisplan-site.lock'));
    expect(snapshot(out)).toEqual(before);
  });

  it('runs started at once on one folder, some killed (SIGKILL) while they hold the lock: never two sets mixed; the next run repairs', async () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    const plans = [PLAN, withdrawnPlan(dir)];
    const runs = 12;
    const children = Array.from({ length: runs }, (_, i) => spawn(process.execPath, [BIN, 'site', plans[i % 2]!, '--out', out, ...TODAY], { stdio: ['ignore', 'ignore', 'pipe'] }));
    const ended = children.map((child) => new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      let stderr = '';
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code, signal) => resolve({ code, signal, stderr }));
    }));
    // kill the holder of the lock, whoever it is, three times: mid-way through writing a set
    const ours = new Map(children.map((child) => [child.pid!, child]));
    let killed = 0;
    const watcher = setInterval(() => {
      if (killed >= 3) return;
      try {
        const holder = JSON.parse(readFileSync(join(out, '.krisplan-site.lock'), 'utf8')).pid as number;
        const child = ours.get(holder);
        if (child && child.exitCode === null && child.signalCode === null) {
          child.kill('SIGKILL');
          ours.delete(holder);
          killed++;
        }
      } catch {
        // no lock at this moment
      }
    }, 2);
    const results = await Promise.all(ended);
    clearInterval(watcher);
    for (const result of results) {
      if (result.signal === 'SIGKILL') continue;
      expect(result.stderr).not.toMatch(CRASH);
      expect(result).toMatchObject({ code: 0, stderr: '' });
    }
    expect(killed).toBeGreaterThan(0);
    // every file of the manifest is of one generation, or the set says it is unfinished
    const check = site(['--check', '--out', out]);
    expect(check.stderr).toBe('');
    if (check.status !== 0) {
      expect(check.status).toBe(1);
      // a mixed set only with the marker of the run that was killed writing it
      const problems = check.stdout.trimEnd().split('\n').slice(0, -1);
      if (!problems.some((line) => line.includes('.krisplan-site.in-progress: '))) for (const line of problems) expect(line).toMatch(/\.krisplan-site\.lock: left by a run that was stopped/);
    }
    // the next run repairs whatever a killed one left; the withdrawn scenario is not online
    expectWritten(site([plans[1]!, '--out', out, ...TODAY]));
    expect(site(['--check', '--out', out])).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(join(out, 'scenarios', 'overload'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['.krisplan-site.json', 'index.html', 'scenarios', 'status.json']);
  }, 120_000);
});

describe('site never writes outside --out', () => {
  function planted(setup: (out: string, outside: string) => void): { out: string; outside: string; before: Record<string, string> } {
    const dir = tempDir();
    const out = join(dir, 'web');
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious.txt'), 'precious');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    setup(out, outside);
    return { out, outside, before: snapshot(dir) };
  }

  const cases: [string, (out: string, outside: string) => void, RegExp][] = [
    ['scenarios/ is a symbolic link to a folder outside', (out, outside) => { rmSync(join(out, 'scenarios'), { recursive: true }); symlinkSync(outside, join(out, 'scenarios')); }, /refusing to write into .*web\/scenarios: it is a symbolic link, and krisplan site writes only inside/],
    ['scenarios/<id>/ is a symbolic link', (out, outside) => { rmSync(join(out, 'scenarios', 'overload'), { recursive: true }); symlinkSync(outside, join(out, 'scenarios', 'overload')); }, /refusing to write into .*scenarios\/overload: it is a symbolic link/],
    ['a scenario page is a symbolic link to a file outside', (out, outside) => { rmSync(join(out, 'scenarios', 'overload', 'index.html')); symlinkSync(join(outside, 'precious.txt'), join(out, 'scenarios', 'overload', 'index.html')); }, /refusing to write .*scenarios\/overload\/index\.html: it is a symbolic link/],
    ['index.html is a dangling symbolic link', (out, outside) => { rmSync(join(out, 'index.html')); symlinkSync(join(outside, 'new.html'), join(out, 'index.html')); }, /refusing to write .*web\/index\.html: it is a symbolic link/],
    ['the manifest is a symbolic link', (out, outside) => { rmSync(join(out, '.krisplan-site.json')); symlinkSync(join(outside, 'precious.txt'), join(out, '.krisplan-site.json')); }, /refusing to write .*\.krisplan-site\.json: it is a symbolic link/],
    ['the lock is a symbolic link to /dev/zero', (out) => { symlinkSync('/dev/zero', join(out, '.krisplan-site.lock')); }, /refusing to use the lock .*\.krisplan-site\.lock: it is not a regular file/],
    ['scenarios is a file', (out) => { rmSync(join(out, 'scenarios'), { recursive: true }); writeFileSync(join(out, 'scenarios'), 'a file'); }, /refusing to write into .*web\/scenarios: it is not a folder/],
  ];
  for (const [name, setup, message] of cases) {
    it(`${name}: exit 2 with one line before anything is written`, () => {
      const { out, outside, before } = planted(setup);
      expectOneLine(site([PLAN, '--out', out, ...TODAY]), message);
      expect(snapshot(join(out, '..'))).toEqual(before);
      expect(readdirSync(outside)).toEqual(['precious.txt']);
      expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('precious');
    });
  }

  it('a scenarios folder that is not its own is refused without --force; with it, the user\'s files stay', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    mkdirSync(join(out, 'scenarios'), { recursive: true });
    writeFileSync(join(out, 'scenarios', 'plan.docx'), 'the user\'s');
    const before = snapshot(dir);
    expectOneLine(site([PLAN, '--out', out, ...TODAY]), /web\/scenarios exists and krisplan site did not make it \(it holds plan\.docx\); use --force to write into it/);
    expect(snapshot(dir)).toEqual(before);
    expectWritten(site([PLAN, '--out', out, ...TODAY, '--force']));
    expect(readFileSync(join(out, 'scenarios', 'plan.docx'), 'utf8')).toBe('the user\'s');
    // the folder stays the user's: each run needs --force; a withdrawn message's pages (it made their folder) go, the user's file stays
    expectOneLine(site([withdrawnPlan(dir), '--out', out, ...TODAY]), /web\/scenarios exists and krisplan site did not make it \(it holds/);
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY, '--force']));
    expect(readdirSync(join(out, 'scenarios')).sort()).toEqual([...SCENARIOS.filter((id) => id !== 'overload'), 'plan.docx'].sort());
  });

  it('a manifest edited to list other files never makes a run remove them', () => {
    const dir = tempDir();
    const out = join(dir, 'web');
    expectWritten(site([PLAN, '--out', out, ...TODAY]));
    writeFileSync(join(out, 'notes.txt'), 'keep');
    writeFileSync(join(dir, 'outside.html'), 'keep');
    const manifest = JSON.parse(readFileSync(join(out, '.krisplan-site.json'), 'utf8'));
    manifest.files.push('notes.txt', '../outside.html', '/etc/hostname', 'scenarios/../../outside.html');
    manifest.folders.push('..', '/tmp', 'scenarios/../..');
    writeFileSync(join(out, '.krisplan-site.json'), JSON.stringify(manifest));
    expectWritten(site([withdrawnPlan(dir), '--out', out, ...TODAY]));
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep');
    expect(readFileSync(join(dir, 'outside.html'), 'utf8')).toBe('keep');
    expect(site(['--check', '--out', out]).status).toBe(0);
  });
});
