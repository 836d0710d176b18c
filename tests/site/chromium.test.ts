import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { watchPage } from '../helpers/browser.js';
import { describeWith } from '../helpers/external.js';
import { buildSite } from './helpers.js';

// .ci/run installs Debian's chromium, so this runs for real in CI; elsewhere it needs Chromium or Chrome installed. KRISPLAN_SCREENSHOTS=DIR keeps screenshots to look at.
const SCREENSHOTS = process.env.KRISPLAN_SCREENSHOTS;
const VIEWPORTS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, deviceScaleFactor: 1 },
] as const;

describeWith(['chromium'], 'the crisis web in headless Chromium, served over HTTP', ({ chromium: [chrome] }) => {
  const site = buildSite('examples/webshop.yaml');
  let browser: Browser;
  let server: Server;
  let base = '';
  const served: string[] = [];

  beforeAll(async () => {
    // a static host as the site will have: every request is logged, unknown paths are 404 (as /favicon.ico would be)
    server = createServer((request, response) => {
      served.push(request.url ?? '');
      const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
      try {
        const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
        const body = readFileSync(file);
        response.writeHead(200, { 'content-type': file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chrome, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  for (const { name, viewport, isMobile, deviceScaleFactor } of VIEWPORTS) {
    for (const page of ['/', '/scenarios/data-breach/']) {
      it(`${page} at ${name} width: no console errors, no other requests, nothing wider than the screen, large type`, async () => {
        const context = await browser.newContext({ viewport, isMobile, deviceScaleFactor, hasTouch: isMobile });
        const tab = await context.newPage();
        const { problems, requests } = watchPage(tab);
        served.length = 0;
        await tab.goto(`${base}${page}`, { waitUntil: 'load' });
        // a favicon request would come right after load
        await tab.waitForTimeout(300);
        expect(problems).toEqual([]);
        expect(requests).toEqual([`${base}${page}`]);
        expect(served).toEqual([page]);
        const layout = await tab.evaluate(`(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          messageFont: parseFloat(getComputedStyle(document.querySelector('.message p')).fontSize),
          bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
          h1: document.querySelector('h1').getBoundingClientRect().top,
          phoneLink: document.querySelector('a[href^="tel:"]').getBoundingClientRect().height,
        }))()`) as { scrollWidth: number; innerWidth: number; messageFont: number; bodyFont: number; h1: number; phoneLink: number };
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.bodyFont).toBeGreaterThanOrEqual(20);
        expect(layout.messageFont).toBeGreaterThanOrEqual(22);
        // the message starts on the first screen
        expect(layout.h1).toBeLessThan(viewport.height / 3);
        expect(layout.phoneLink).toBeGreaterThanOrEqual(20);
        if (SCREENSHOTS) await tab.screenshot({ path: join(SCREENSHOTS, `${name}${page.replace(/\//g, '-')}.png`), fullPage: true });
        await context.close();
      });
    }
  }
});
