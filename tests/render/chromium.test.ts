import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome, renderHandbook } from '../../src/render/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { loadFile } from './helpers.js';

// .ci/run installs Debian's chromium and poppler-utils, so these run for real in CI.
const chrome = findChrome();
/** pages of the Swedish example: cover, first hour, contents, 6 playbooks, contacts 2, risks 2, preparedness, evaluations */
const EXPECTED_PAGES = 15;

describe('the HTML handbook in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir();
  const page = join(dir, 'webshop.html');

  beforeAll(async () => {
    writeFileSync(page, renderHandbook(loadFile('examples/webshop.yaml'), { today: '2026-11-29' }));
    browser = await chromium.launch({ executablePath: chrome, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens with no console errors and no network requests', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('#playbooks li.step').count()).toBe(49);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(page).href]);
    await context.close();
  });

  it('prints an A4 PDF with page numbers, one page for the first hour and one page or more per playbook', () => {
    const out = tempDir();
    const result = runCli(['render', 'examples/webshop.yaml', '--out', out, '--format', 'pdf', '--today', '2026-11-29'], { env: { KRISPLAN_CHROME: chrome } });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const pdf = join(out, 'webshop.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${EXPECTED_PAGES}$`, 'm'));
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.trim()).filter(Boolean);
    expect(pages.length).toBe(EXPECTED_PAGES);
    expect(pages[0]).toMatch(/^KRISHANDBOK\s+Krisplan – Webbutiken/);
    expect(pages[0]).not.toMatch(/Sida 1 av/);
    expect(pages[1]).toMatch(/^Första timmen/);
    expect(pages[1]).toMatch(/Ringlista[\s\S]*Kriswebb[\s\S]*Vad har hänt\?[\s\S]*Sida 2 av 15$/);
    expect(pages[2]).toMatch(/^Innehåll/);
    const playbookStarts = pages.map((text, i) => [i, /^(Handlingsplaner\s+)?(\d)\. /.exec(text)?.[2]] as const).filter(([, n]) => n !== undefined);
    expect(playbookStarts.map(([, n]) => n)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const [i, text] of pages.entries()) if (i > 0) expect(text).toMatch(new RegExp(`Sida ${i + 1} av ${EXPECTED_PAGES}$`));
  });
});
