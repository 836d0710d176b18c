import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/engine/validate.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { BASE } from '../helpers/rules.js';
import { TODAY, buildSite, listFiles, readAll } from './helpers.js';

const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'wbr', 'source', 'area', 'base', 'col', 'embed', 'track']);

/** The page's tags nest and close properly: the parser-independent half of "valid HTML". */
function expectBalancedTags(html: string): void {
  const open: string[] = [];
  for (const match of html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, closing, name] = match;
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (closing) expect(open.pop(), `closing </${tag}>`).toBe(tag);
    else open.push(tag);
  }
  expect(open).toEqual([]);
}

/** Structure every crisis web page must have; returns the document. */
function checkPage(html: string, lang: string) {
  expect(html.startsWith('<!doctype html>\n')).toBe(true);
  expect(Buffer.byteLength(html)).toBeLessThan(50 * 1024);
  expectBalancedTags(html);
  const { document } = parseHTML(html);
  expect(document.documentElement.getAttribute('lang')).toBe(lang);
  expect(document.querySelectorAll('html, head, body, title, h1, main')).toHaveLength(6);
  expect(document.querySelector('head > meta:first-child')!.getAttribute('charset')).toBe('utf-8');
  expect(document.querySelector('meta[name="viewport"]')!.getAttribute('content')).toBe('width=device-width, initial-scale=1');
  expect(document.querySelectorAll('script, iframe, object, embed, img, form, [src]')).toHaveLength(0);
  expect([...document.querySelectorAll('[style], [onload], [onclick], [onerror]')]).toEqual([]);
  // the one <link> is the empty data: icon that stops browsers asking the host for /favicon.ico
  expect([...document.querySelectorAll('link')].map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`)).toEqual(['icon data:,']);
  for (const link of document.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(tel:\+?\d+|mailto:[^\s]+)$/);
  expect(document.querySelector('style')!.textContent).not.toMatch(/url\(|@import/);
  return document;
}

describe('krisplan site', () => {
  const out = buildSite('examples/webshop.yaml');

  it('writes the neutral page, status.json and a page per playbook with a message', () => {
    const scenarios = ['data-breach', 'dns-loss', 'overload', 'payment-outage', 'ransomware', 'server-outage'];
    expect(listFiles(out)).toEqual(['.krisplan-site.json', 'index.html', ...scenarios.flatMap((id) => [`scenarios/${id}/index.html`, `scenarios/${id}/status.json`]), 'status.json']);
  });

  it('the neutral page: valid, in the plan language, organisation, update time and the public contact', () => {
    const document = checkPage(readFileSync(join(out, 'index.html'), 'utf8'), 'sv');
    expect(document.title).toBe('Exempel AB – Driftinformation');
    expect(document.querySelector('.org')!.textContent).toBe('Exempel AB');
    expect(document.querySelector('.message')!.textContent!.trim()).toBe('Vi känner till ett problem som påverkar våra tjänster och arbetar på att lösa det. Uppdateringar publiceras på den här sidan.');
    expect(document.querySelector('.updated')!.textContent).toBe('Uppdaterad 29 november 2026');
    expect(document.querySelector('.updated time')!.getAttribute('datetime')).toBe('2026-11-29');
    expect([...document.querySelectorAll('section li')].map((li) => li.textContent)).toEqual([
      'Maria Nilsson\nKundtjänstansvarig\nTelefon: 08-123 45 60\nE-post: kundtjanst@example.se\nVardagar 8–17, lördagar 10–14',
    ]);
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:+4681234560', 'mailto:kundtjanst@example.se']);
  });

  it('a scenario page carries its pre-approved message, and status.json says the same', () => {
    const document = checkPage(readFileSync(join(out, 'scenarios/overload/index.html'), 'utf8'), 'sv');
    expect(document.querySelector('.message')!.textContent!.trim()).toMatch(/^Just nu är det mycket hög belastning på webbutiken/);
    const generation = JSON.parse(readFileSync(join(out, 'status.json'), 'utf8')).generation;
    expect(generation).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    expect(JSON.parse(readFileSync(join(out, 'scenarios/overload/status.json'), 'utf8'))).toEqual({
      generator: 'krisplan',
      generation,
      organization: 'Exempel AB',
      language: 'sv',
      scenario: 'overload',
      message: 'Just nu är det mycket hög belastning på webbutiken och sidorna kan vara långsamma eller inte gå att nå. Vi arbetar på att lösa det. Dina lagda ordrar och betalningar är inte påverkade. Uppdatering kommer här.',
      updated: '2026-11-29',
      contacts: [{ name: 'Maria Nilsson', role: 'Kundtjänstansvarig', organization: 'Exempel AB', phone: '08-123 45 60', email: 'kundtjanst@example.se', availability: 'Vardagar 8–17, lördagar 10–14' }],
    });
    expect(JSON.parse(readFileSync(join(out, 'status.json'), 'utf8'))).toMatchObject({ scenario: null, updated: '2026-11-29' });
  });

  it('no name, phone or email of a non-public contact appears anywhere in the output folder', () => {
    const everything = readAll(out);
    const hidden = loadPlan(readFileSync('examples/webshop.yaml'), { today: TODAY }).plan!.contacts.filter((contact) => contact.public !== true);
    expect(hidden).toHaveLength(12);
    for (const contact of hidden) {
      const phone = contact.phone ?? '';
      for (const secret of [contact.name, contact.role, contact.email, phone, phone.replace(/[^0-9+]/g, ''), phone.replace(/\D/g, '')]) {
        if (secret) expect(everything, secret).not.toContain(secret);
      }
    }
    expect(everything).toContain('Maria Nilsson');
  });

  it('--scenario writes that message as index.html and status.json only', () => {
    const single = buildSite('examples/webshop.yaml', ['--scenario', 'data-breach']);
    expect(listFiles(single)).toEqual(['.krisplan-site.json', 'index.html', 'status.json']);
    const document = checkPage(readFileSync(join(single, 'index.html'), 'utf8'), 'sv');
    expect(document.querySelector('.message')!.textContent!.trim()).toMatch(/^Vi har upptäckt att obehöriga kan ha kommit åt uppgifter om våra kunder\./);
    expect(JSON.parse(readFileSync(join(single, 'status.json'), 'utf8')).scenario).toBe('data-breach');
  });

  it('an English plan gives an English page; its messages keep their paragraphs', () => {
    const dir = tempDir();
    const plan = readFileSync('examples/saas.yaml', 'utf8')
      .replace('    availability: Weekdays 8am–7pm', '    public: true\n    availability: Weekdays 8am–7pm')
      .replace(/      outage: >-\n[\s\S]*?(?=      overload:)/, '      outage: |\n        First paragraph.\n        Second line.\n\n        Second paragraph.\n');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const site = buildSite('plan.yaml', ['--scenario', 'outage'], { cwd: dir });
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const document = checkPage(html, 'en');
    expect(document.title).toBe('Acme Analytics Ltd – Service status');
    expect(document.querySelector('.updated')!.textContent).toBe('Updated 29 November 2026');
    expect(html).toContain('<div class="message">\n<p>First paragraph.<br>\nSecond line.</p>\n<p>Second paragraph.</p>\n</div>');
    expect(document.querySelector('h2')!.textContent).toBe('Contact us');
  });

  it('escapes hostile message and contact text', () => {
    const dir = tempDir();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes" \'single\'';
    writeFileSync(join(dir, 'plan.yaml'), `${BASE.replace('name: Erik Eriksson', `name: ${JSON.stringify(`Erik ${hostile}`)}`)}    public: true
    role: ${JSON.stringify(hostile)}
    availability: "javascript:alert(3)"
preparedness:
  crisis_site:
    url: https://status.example.se
    owner: erik
    messages:
      outage: ${JSON.stringify(hostile)}
playbooks:
  - { id: outage, title: Outage, owner: anna, steps: [{ action: Restart, owner: anna }] }
`);
    const site = buildSite('plan.yaml', ['--scenario', 'outage'], { cwd: dir });
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const document = checkPage(html, 'en');
    expect(document.querySelector('.message')!.textContent!.trim()).toBe(hostile);
    expect(document.querySelector('.name')!.textContent).toBe(`Erik ${hostile}`);
    expect(html).not.toMatch(/<script|<img|onerror=/i);
    expect(JSON.parse(readFileSync(join(site, 'status.json'), 'utf8')).message).toBe(hostile);
  });

  it('without --today or KRISPLAN_TODAY, the update line has the local time and its offset', () => {
    const site = tempDir();
    const result = runCli(['site', 'examples/webshop.yaml', '--out', site, '--scenario', 'overload']);
    expect(result.status).toBe(0);
    const document = checkPage(readFileSync(join(site, 'index.html'), 'utf8'), 'sv');
    expect(document.querySelector('.updated')!.textContent).toMatch(/^Uppdaterad \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4} \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)$/);
    expect(document.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(JSON.parse(readFileSync(join(site, 'status.json'), 'utf8')).updated).toBe(document.querySelector('time')!.getAttribute('datetime'));
  });

  it('KRISPLAN_TODAY fixes the update line like --today', () => {
    const site = tempDir();
    expect(runCli(['site', 'examples/webshop.yaml', '--out', site], { env: { KRISPLAN_TODAY: '2027-01-02' } }).status).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Uppdaterad <time datetime="2027-01-02">2 januari 2027</time>');
  });
});

describe('krisplan site: what it refuses', () => {
  it('an unknown playbook: exit 2 listing the valid ones, nothing written', () => {
    const out = tempDir();
    const result = runCli(['site', 'examples/webshop.yaml', '--out', out, '--scenario', 'flood', '--today', TODAY]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'krisplan: no playbook "flood" in examples/webshop.yaml; choose one of: data-breach, overload, server-outage, payment-outage, ransomware, dns-loss\n' });
    expect(listFiles(out)).toEqual([]);
  });

  it('a playbook without a message: exit 2 saying to add one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), readFileSync('examples/saas.yaml', 'utf8').replace(/      overload: >-\n[\s\S]*?(?=\n\n)/, ''));
    const result = runCli(['site', 'plan.yaml', '--out', 'site', '--scenario', 'overload', '--today', TODAY], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('krisplan: playbook "overload" has no pre-approved message in preparedness.crisis_site.messages of plan.yaml; add one, or choose one of: data-breach, outage\n');
  });

  it('an index.html that krisplan did not write is kept unless --force; its own pages are replaced', () => {
    const out = tempDir();
    writeFileSync(join(out, 'index.html'), '<p>our real home page</p>');
    const refused = runCli(['site', 'examples/webshop.yaml', '--out', out, '--today', TODAY]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`krisplan: ${join(out, 'index.html')} exists and was not written by krisplan site; use --force to replace it, or choose another --out folder\n`);
    expect(listFiles(out)).toEqual(['index.html']);
    expect(runCli(['site', 'examples/webshop.yaml', '--out', out, '--today', TODAY, '--force']).status).toBe(0);
    expect(runCli(['site', 'examples/webshop.yaml', '--out', out, '--today', TODAY, '--scenario', 'overload']).status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Just nu är det mycket hög belastning');
  });

  it('a plan with errors: its findings, exit 1, nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), BASE.replace('owner: anna', 'owner: nobody'));
    const result = runCli(['site', 'plan.yaml', '--out', 'site', '--today', TODAY], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^plan\.yaml:5:10 error owner of the plan is "nobody".* unknown-reference\nkrisplan: plan\.yaml has 1 error; fix it first \(krisplan validate plan\.yaml\)\n$/);
    expect(listFiles(dir)).toEqual(['plan.yaml']);
  });

  it('an --out that is a file: exit 2 saying so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'site'), '');
    const result = runCli(['site', 'examples/webshop.yaml', '--out', join(dir, 'site'), '--today', TODAY]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `krisplan: cannot write into ${join(dir, 'site')}: it is not a folder\n` });
  });

  it('--out is required', () => {
    const result = runCli(['site', 'examples/webshop.yaml']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: "krisplan: required option '-o, --out <dir>' not specified. See 'krisplan site --help'.\n" });
  });
});
