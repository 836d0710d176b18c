import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handbookView, renderHandbook } from '../../src/render/index.js';
import { watchPage } from '../helpers/browser.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { loadFile } from './helpers.js';

// .ci/run installs Debian's chromium and poppler-utils, so these run for real in CI; elsewhere they need them installed.
/**
 * A frozen copy of the Swedish example prints on 19 pages: cover, first hour, contents, 7 for 6 playbooks (the
 * first one's deadline boxes and steps run over), recovery objectives, 2 contacts, 3 risks (the inherent and residual
 * matrices, then the register), 2 preparedness, evaluations.
 */
const FROZEN = 'tests/render/fixtures/webshop-sv.yaml';
const EXPECTED_PAGES = 19;

describeWith(['chromium'], 'the HTML handbook in headless Chromium', ({ chromium: [chrome] }) => {
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
    const { problems, requests } = watchPage(tab);
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('#playbooks li.step').count()).toBe(49);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(page).href]);
    await context.close();
  });

  it('fits the width of an A4 page, so Chromium need not shrink the print', async () => {
    // 210 mm less 2 × 15 mm margins is 680 CSS pixels
    const tab = await browser.newPage({ viewport: { width: 680, height: 1000 } });
    await tab.goto(pathToFileURL(page).href);
    await tab.emulateMedia({ media: 'print' });
    const overflowing = await tab.evaluate(`(() => {
      const main = document.querySelector('main').getBoundingClientRect();
      return [...document.querySelectorAll('main *')].filter((node) => node.getBoundingClientRect().right > main.right + 1).map((node) => node.tagName + '.' + node.className);
    })()`);
    expect(overflowing).toEqual([]);
    await tab.close();
  });

  describeWith(['pdfinfo'], 'printed to PDF', ({ pdfinfo: [pdfinfo] }) => {
    /** Prints a plan through the CLI and returns pdfinfo's report and the text of each page. */
    function printed(file: string): { info: string; pages: string[] } {
      const out = tempDir();
      const result = runCli(['render', file, '--out', out, '--format', 'pdf', '--today', '2026-11-29'], { env: { KRISPLAN_CHROME: chrome } });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      const pdf = join(out, readdirSync(out)[0]!);
      const info = execFileSync(pdfinfo, [pdf], { encoding: 'utf8' });
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.trim()).filter(Boolean);
      return { info, pages };
    }

    it('prints the frozen Swedish example as an A4 PDF of the expected number of pages', () => {
      const { info, pages } = printed(FROZEN);
      expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
      expect(info).toMatch(new RegExp(`^Pages:\\s+${EXPECTED_PAGES}$`, 'm'));
      expect(pages.length).toBe(EXPECTED_PAGES);
    });

    it('prints the example with page numbers, one page for the first hour and a new page for each playbook', () => {
      const { info, pages } = printed('examples/webshop.yaml');
      expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
      const total = pages.length;
      expect(pages[0]).toMatch(/^KRISHANDBOK\s+Krisplan – Webbutiken/);
      expect(pages[0]).not.toMatch(/Sida 1 av/);
      expect(pages[1]).toMatch(/^Första timmen/);
      expect(pages[1]).toMatch(new RegExp(`Ringlista[\\s\\S]*Kriswebb[\\s\\S]*Vad har hänt\\?[\\s\\S]*Tidsfrister[\\s\\S]*Lagkrav\\s+senast T \\+ 72 h från\\s+Anmäl[\\s\\S]*Internt[\\s\\S]*Polisanmäl[\\s\\S]*Sida 2 av ${total}$`));
      // the activation page comes right after the first-hour sheet, which starts from the 24/7 entry point
      for (const text of ['Erik Holm', 'IT-ansvarig', '070-123 45 69', '”Aktivering”']) expect(pages[1]).toContain(text);
      expect(pages[2]).toMatch(/^Aktivering[\s\S]*Nivåer[\s\S]*Allvarlig störning[\s\S]*Kris[\s\S]*Krisgruppens roller/);
      const contents = pages.findIndex((text) => text.startsWith('Innehåll'));
      expect(pages.slice(2, contents).join('\n')).toMatch(/Avsluta krisen när/);
      // a page that starts with a playbook's heading (a long playbook's next page starts with a step, also numbered)
      const headings = handbookView(loadFile('examples/webshop.yaml'), { today: '2026-11-29' }).playbooks.map((p) => `${p.number}. ${p.title}`);
      const playbookStarts = pages.map((text) => headings.find((heading) => text.replace(/^Handlingsplaner\s+/, '').startsWith(heading))).filter((h) => h !== undefined);
      expect(playbookStarts).toEqual(headings);
      // statutory deadlines first (issue 16): the 72-hour duty to IMY heads the playbook, not the police report
      expect(pages[contents + 1]).toMatch(/^Handlingsplaner\s+1\. Dataintrång[^\n]*\n+\s*LAGKRAV\s+Anmäl personuppgiftsincidenten till IMY/);
      // the recovery objectives start a page of their own, right after the last playbook
      const recovery = pages.findIndex((text) => text.startsWith('Återställningsmål'));
      expect(pages[recovery - 1]).toMatch(/^6\. Förlorad domän eller DNS/);
      expect(pages[recovery]).toMatch(/Webbutiken – produktsidor, varukorg och kassa[\s\S]*Orderhantering och kundregister/);
      for (const [i, text] of pages.entries()) if (i > 0) expect(text).toMatch(new RegExp(`Sida ${i + 1} av ${total}$`));
    });
  });
});
