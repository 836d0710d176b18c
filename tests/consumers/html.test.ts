import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeWith } from '../helpers/external.js';
import { filesIn, krisplan, outputFolder, planSets } from './outputs.js';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describeWith(['vnu'], 'the Nu HTML Checker (vnu.jar)', ({ vnu }) => {
  const out = outputFolder();
  let pages: string[] = [];
  let messages: VnuMessage[] = [];
  const control = join(out, 'control.html');

  beforeAll(() => {
    planSets().forEach((set, i) => {
      for (const lang of ['sv', 'en']) krisplan(['render', ...set.plans, '--out', join(out, `handbook-${i}-${lang}`), '--lang', lang], set.cwd);
      set.plans.forEach((plan, j) => krisplan(['site', plan, '--out', join(out, `site-${i}-${j}`)], set.cwd));
    });
    pages = filesIn(out, '.html');
    // a page with a known error, so a checker that reports nothing is noticed
    writeFileSync(control, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><div aria-label="x">x</div></body></html>');
    // one JVM for every page: starting vnu costs seconds, checking a page milliseconds
    const [command, ...args] = vnu;
    const report = execFileSync(command, [...args, '--format', 'json', '--stdout', '--exit-zero-always', ...pages, control], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  }, 300_000);

  it('checks the handbook in both languages and every crisis-web page of each plan set', () => {
    const handbooks = pages.filter((page) => /handbook-\d-(sv|en)/.test(page));
    const sites = pages.filter((page) => /site-\d-\d/.test(page));
    expect(handbooks.length).toBe(2 * planSets().reduce((sum, set) => sum + set.plans.length, 0));
    // each plan's site has an index and a page per scenario
    expect(sites.length).toBeGreaterThan(2 * 4);
  });

  it('finds no errors in any of them, and no warnings but one', () => {
    const found = messages.filter((m) => !m.url.endsWith('/control.html')).map((m) => `${decodeURIComponent(m.url.replace(/^file:/, ''))}:${m.lastLine ?? ''}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
    // a Swedish plan's handbook rendered with --lang en is English headings around the plan's own Swedish text
    const swedishText = /handbook-\d-en\/[^:]*:\d*: info\/warning: This document appears to be written in Swedish but the “html” start tag has “lang="en"”/;
    expect(found.filter((line) => !swedishText.test(line))).toEqual([]);
  });

  it('reports the error in the control page (the checker ran and its report was read)', () => {
    expect(messages.filter((m) => m.url.endsWith('/control.html')).map((m) => m.type)).toContain('error');
  });
});
