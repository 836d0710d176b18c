import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KrisplanError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/util/write.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CRASH } from './run.js';

const TODAY = ['--today', '2026-11-29'];
const PLAN = join(ROOT, 'examples', 'webshop.yaml');
const isLinux = process.platform === 'linux';

// writeSync goes through this switch, so a test can make the disk fill up half-way through a write
const failure = vi.hoisted(() => ({ afterBytes: -1, code: 'ENOSPC', written: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null) => {
    if (failure.afterBytes >= 0) {
      if (failure.written >= failure.afterBytes) throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code, syscall: 'write' });
      const allowed = Math.min(length ?? buffer.length, failure.afterBytes - failure.written);
      failure.written += allowed;
      return fs.writeSync(fd, buffer, offset, allowed, position);
    }
    return fs.writeSync(fd, buffer, offset, length, position);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

/** Every entry below `dir` with its size, kind and modification time: what "nothing else touched" compares. */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = join(relative, name);
      const stat = lstatSync(join(dir, path));
      result[path] = `${stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'file'} ${stat.size} ${stat.mtimeMs}`;
      if (stat.isDirectory()) walk(path);
    }
  };
  walk('.');
  return result;
}

function expectOneLine(result: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^krisplan: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(CRASH);
}

describe('writeFileAtomic: whole or nothing', () => {
  it('a write that fails half-way (disk full) leaves the old file as it was and no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old report');
    Object.assign(failure, { afterBytes: 1000, written: 0 });
    try {
      expect(() => writeFileAtomic(target, 'x'.repeat(100_000))).toThrow(KrisplanError);
      expect(() => writeFileAtomic(target, 'x'.repeat(100_000))).toThrow(/^cannot write .*report\.json \(ENOSPC\)$/);
    } finally {
      failure.afterBytes = -1;
    }
    expect(readFileSync(target, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a write that fails before the first byte leaves no file at all', () => {
    const dir = tempDir();
    Object.assign(failure, { afterBytes: 0, written: 0, code: 'EIO' });
    try {
      expect(() => writeFileAtomic(join(dir, 'new.html'), '<p>handbook</p>')).toThrow(/\(EIO\)$/);
    } finally {
      failure.afterBytes = -1;
      failure.code = 'ENOSPC';
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces a file whole and touches nothing else in its folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.json'), 'old');
    writeFileSync(join(dir, 'other.txt'), 'keep');
    const before = snapshot(dir);
    writeFileAtomic(join(dir, 'report.json'), 'new report');
    const after = snapshot(dir);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new report');
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['other.txt']).toBe(before['other.txt']);
  });

  it('a replaced file keeps its mode: a call list kept at 0600 stays 0600', () => {
    const dir = tempDir();
    const target = join(dir, 'contacts.csv');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o7777).toBe(0o600);
    chmodSync(target, 0o640);
    writeFileAtomic(target, 'newer');
    expect(statSync(target).mode & 0o7777).toBe(0o640);
    expect(readFileSync(target, 'utf8')).toBe('newer');
  });

  it('a target name of 255 bytes (the most a folder entry holds) is written: the temporary name is short', () => {
    const dir = tempDir();
    const name = `${'å'.repeat(125)}.ics`; // 250 + 4 bytes
    writeFileAtomic(join(dir, name), 'BEGIN:VCALENDAR');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('never follows a symbolic link at the target, to a file or to a folder', () => {
    const dir = tempDir();
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(dir, 'report.json'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.json'));
    expect(() => writeFileAtomic(join(dir, 'report.json'), 'x')).toThrow(/refusing to write .*report\.json: it is a symbolic link/);
    expect(() => writeFileAtomic(join(dir, 'dangling.json'), 'x')).toThrow(/symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
  });

  it('without overwrite, an existing file stops the write and stays as it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'krisplan.yaml'), 'mine');
    expect(() => writeFileAtomic(join(dir, 'krisplan.yaml'), 'theirs', { overwrite: false })).toThrow(/already exists; use --force/);
    expect(readFileSync(join(dir, 'krisplan.yaml'), 'utf8')).toBe('mine');
    writeFileAtomic(join(dir, 'new.yaml'), 'fresh', { overwrite: false });
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toBe('fresh');
    expect(readdirSync(dir).sort()).toEqual(['krisplan.yaml', 'new.yaml']);
  });
});

describe('outputs of the CLI', () => {
  it.runIf(isLinux)('a full disk (/dev/full) is exit 2 with one line, and the device stays a device', () => {
    expectOneLine(runCli(['validate', PLAN, ...TODAY, '--output', '/dev/full']), /^krisplan: cannot write \/dev\/full \(ENOSPC\)$/m);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.runIf(isLinux)('--output /dev/null is written into, never replaced', () => {
    const result = runCli(['validate', PLAN, ...TODAY, '--output', '/dev/null']);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('an output that cannot be written is exit 2 with one line, and leaves nothing behind', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    mkdirSync(join(dir, 'a-folder'));
    const before = snapshot(dir);
    expectOneLine(runCli(['validate', PLAN, ...TODAY, '--output', join(dir, 'missing', 'report.txt')]), /cannot write .*report\.txt \(ENOENT\)/);
    expectOneLine(runCli(['validate', PLAN, ...TODAY, '--output', join(dir, 'a-file', 'report.txt')]), /cannot write .*report\.txt \(ENOTDIR\)/);
    expectOneLine(runCli(['validate', PLAN, ...TODAY, '--output', join(dir, 'a-folder')]), /cannot write .*a-folder: it is a directory/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('validate --output refuses a symbolic link and leaves its target alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'precious.txt'), 'precious');
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'report.sarif'));
    const before = snapshot(dir);
    expectOneLine(runCli(['validate', PLAN, ...TODAY, '--format', 'sarif', '--output', join(dir, 'report.sarif')]), /refusing to write .*report\.sarif: it is a symbolic link/);
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('precious');
  });

  it('render refuses a symbolic link planted where a handbook goes, and touches nothing outside its folder', () => {
    const dir = tempDir();
    const out = join(dir, 'handbook');
    mkdirSync(out);
    writeFileSync(join(dir, 'precious.txt'), 'precious');
    symlinkSync(join(dir, 'precious.txt'), join(out, 'webshop.html'));
    const before = snapshot(dir);
    expectOneLine(runCli(['render', PLAN, '--out', out, ...TODAY]), /refusing to write .*webshop\.html: it is a symbolic link/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('render writes only its handbooks, whole, into the folder it is given', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'neighbour.txt'), 'keep');
    const before = snapshot(dir);
    const result = runCli(['render', PLAN, join(ROOT, 'examples', 'saas.yaml'), '--out', join(dir, 'out'), ...TODAY]);
    expect(result.stderr).not.toMatch(CRASH);
    expect([0, 1]).toContain(result.status);
    const after = snapshot(dir);
    for (const [path, entry] of Object.entries(before)) if (path !== '.') expect(after[path]).toBe(entry);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['saas.html', 'webshop.html']);
    for (const name of ['saas.html', 'webshop.html']) expect(readFileSync(join(dir, 'out', name), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\s*$/i);
  });

  it('init never replaces a file, nor writes through a symbolic link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'precious.txt'), 'precious');
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'krisplan.yaml'));
    const before = snapshot(dir);
    const args = ['init', dir, '--yes', '--org', 'Exempel AB', '--owner', 'Anna Andersson', '--email', 'anna@example.se', ...TODAY];
    expectOneLine(runCli(args), /krisplan\.yaml/);
    expect(snapshot(dir)).toEqual(before);
    expectOneLine(runCli([...args, '--force']), /refusing to write .*krisplan\.yaml: it is a symbolic link/);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('precious');
  });
});
