import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-29'];
const BROKEN = `krisplan: 1
plan: { title: Broken, organization: O, owner: nobody, reviewed: 2026-11-01 }
playbooks:
  - id: p
    title: P
    steps: [{ action: Do it }]
`;

describe('krisplan render', () => {
  it('writes one HTML handbook per plan, named after it', () => {
    const out = join(tempDir(), 'handbook');
    const result = runCli(['render', 'examples/', '--out', out, ...TODAY]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${join(out, 'saas.html')}\nwrote ${join(out, 'webshop.html')}\n`);
    expect(readdirSync(out).sort()).toEqual(['saas.html', 'webshop.html']);
    expect(readFileSync(join(out, 'webshop.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
  });

  it('writes Markdown in the language asked for', () => {
    const out = tempDir();
    const result = runCli(['render', 'examples/webshop.yaml', '--out', out, '--format', 'md', '--lang', 'en', ...TODAY]);
    expect(result.status).toBe(0);
    const md = readFileSync(join(out, 'webshop.md'), 'utf8');
    expect(md).toMatch(/^# Krisplan – Webbutiken\n\n\*\*Crisis handbook\*\* · Exempel AB\n/);
    expect(md).toContain('## The first hour');
  });

  it('skips a plan with errors, prints its findings and renders the others, exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), BROKEN);
    copyFileSync(join(ROOT, 'examples/saas.yaml'), join(dir, 'saas.yaml'));
    const result = runCli(['render', '.', '--out', 'out', ...TODAY], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`wrote ${join('out', 'saas.html')}\n`);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.some((line) => /^broken\.yaml:2:\d+ error .*"nobody".* unknown-reference$/.test(line))).toBe(true);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^broken\.yaml:\d+:\d+ error .+ [a-z-]+$/);
    expect(lines.some((line) => / missing-owner$/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^krisplan: broken\.yaml has \d+ errors; fix them first \(krisplan validate broken\.yaml\)$/);
    expect(existsSync(join(dir, 'out', 'broken.html'))).toBe(false);
  });

  it('tells apart plans that share a base name', () => {
    const dir = tempDir();
    for (const team of ['shop', 'app']) {
      mkdirSync(join(dir, team));
      copyFileSync(join(ROOT, 'examples/saas.yaml'), join(dir, team, 'plan.yaml'));
    }
    const result = runCli(['render', 'shop/plan.yaml', 'app/plan.yaml', '--out', 'out', ...TODAY], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['app-plan.html', 'shop-plan.html']);
  });

  it('marks the warnings of a plan in its handbook and says so', () => {
    const out = tempDir();
    const result = runCli(['render', 'examples/webshop.yaml', '--out', out, '--today', '2027-07-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*webshop\.html \(\d+ warnings marked in the handbook\)\n$/);
    expect(readFileSync(join(out, 'webshop.html'), 'utf8')).toContain('class="warnings"');
  });

  it('replaces its own earlier output but never follows a symbolic link out of the folder', () => {
    const out = tempDir();
    const outside = join(tempDir(), 'precious.html');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, join(out, 'webshop.html'));
    const result = runCli(['render', 'examples/webshop.yaml', '--out', out, ...TODAY]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^krisplan: refusing to write .*webshop\.html: it is a symbolic link\n$/);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    writeFileSync(join(out, 'saas.html'), 'old');
    expect(runCli(['render', 'examples/saas.yaml', '--out', out, ...TODAY]).status).toBe(0);
    expect(readFileSync(join(out, 'saas.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it.each([
    ['no --out', ['render', 'examples/webshop.yaml'], /^krisplan: required option '-o, --out <dir>' not specified\. See 'krisplan render --help'\.\n$/],
    ['an unknown format', ['render', 'examples/webshop.yaml', '--out', 'x', '--format', 'docx'], /^krisplan: option '-f, --format <format>' argument 'docx' is invalid\. Allowed choices are html, md, pdf\./],
    ['an unknown language', ['render', 'examples/webshop.yaml', '--out', 'x', '--lang', 'de'], /Allowed choices are sv, en\./],
    ['a missing templates folder', ['render', 'examples/webshop.yaml', '--out', 'x', '--templates', 'no-such-dir'], /^krisplan: templates folder no-such-dir does not exist\n$/],
    ['a missing plan', ['render', 'nope.yaml', '--out', 'x'], /^krisplan: no such file or directory: nope\.yaml\n$/],
  ])('exits 2 with one line for %s', (_, args, message) => {
    const result = runCli(args, { cwd: ROOT });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n').length).toBe(1);
  });

  it('exits 2 when --out is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const result = runCli(['render', join(ROOT, 'examples/webshop.yaml'), '--out', 'file'], { cwd: dir });
    expect(result).toMatchObject({ status: 2, stderr: 'krisplan: cannot write into file: it is not a folder\n' });
  });

  it('exits 2 with how to install a browser when PDF is asked for and there is none', () => {
    const out = tempDir();
    const result = runCli(['render', 'examples/webshop.yaml', '--out', out, '--format', 'pdf'], { env: { PATH: tempDir(), KRISPLAN_CHROME: undefined } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'krisplan: PDF needs Chromium or Chrome, and none was found on PATH: install one (e.g. apt-get install chromium, or Google Chrome) or set KRISPLAN_CHROME to its path\n',
    );
    expect(readdirSync(out)).toEqual([]);
    const wrong = runCli(['render', 'examples/webshop.yaml', '--out', out, '--format', 'pdf'], { env: { KRISPLAN_CHROME: '/no/such/chrome' } });
    expect(wrong).toMatchObject({ status: 2, stderr: 'krisplan: KRISPLAN_CHROME is set to /no/such/chrome, which is not an executable file\n' });
  });
});
