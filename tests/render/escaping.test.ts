import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownUrl } from '../../src/util/markdown.js';
import { renderHandbook } from '../../src/render/index.js';
import { ROOT } from '../helpers/cli.js';
import { htmlDocument, loadFile, text } from './helpers.js';

const FIXTURE = 'tests/render/fixtures/hostile.yaml';
const raw = parse(readFileSync(join(ROOT, FIXTURE), 'utf8'));

describe('hostile plan text in HTML', () => {
  const loaded = loadFile(FIXTURE);
  const { html, document } = htmlDocument(loaded);

  it('is a plan without errors, so it is rendered', () => {
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('creates no element, attribute or link from plan text', () => {
    expect(document.querySelectorAll('script, iframe, img, svg, marquee, u, b, i, table table, style ~ style').length).toBe(0);
    expect(document.querySelectorAll('style').length).toBe(1);
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/);
    }
    for (const link of document.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(#[a-z0-9-]+|tel:\+?\d+|mailto:mallory@example\.com|https:\/\/status\.example\.com\/\?q=%3Cx%3E&a='b')$/);
    }
    expect(html).not.toMatch(/<script|<\/style><style>|javascript:alert\(1\)"/i);
  });

  it('shows every hostile value as the text it is', () => {
    expect(text(document.querySelector('h1'))).toBe(raw.plan.title);
    expect(text(document.querySelector('title'))).toBe(`${raw.plan.title} – Crisis handbook`);
    expect(text(document.querySelector('#cover .org'))).toBe(raw.plan.organization);
    expect(text(document.querySelector('#playbook-1 h3'))).toBe(`1. ${raw.playbooks[0].title}`);
    expect(text(document.querySelector('#playbook-1 .trigger'))).toBe(`When: ${raw.playbooks[0].trigger}`);
    expect(text(document.querySelector('#playbook-1 .message'))).toBe(raw.preparedness.crisis_site.messages.pb);
    expect(text(document.querySelector('#playbook-1 .action'))).toBe(`1.${raw.playbooks[0].steps[0].action}`);
    expect(document.querySelector('#playbook-1 .notes')!.textContent).toBe(raw.playbooks[0].steps[0].notes);
    const risk = document.querySelector('#risk-1')!;
    expect(text(risk.querySelector('.title'))).toBe(raw.risks[0].title);
    expect([...risk.querySelectorAll('li')].map((li) => li.textContent)).toEqual(raw.risks[0].mitigations);
    expect(text(document.querySelector('#contact-1 strong'))).toBe(raw.contacts[0].name);
  });

  it('shows service titles, backup systems, clock titles and legal bases as text', () => {
    const service = raw.services[0];
    const clock = raw.playbooks[0].clocks[0];
    expect(text(document.querySelector('#service-1 h3'))).toBe(service.title);
    expect(text(document.querySelector('#service-1 .service-backups td'))).toBe(raw.preparedness.backups[0].system);
    expect(text(document.querySelector('#playbook-1 .meta a[href="#service-1"]'))).toBe(service.title);
    expect(text(document.querySelector('#contents a[href="#service-1"]'))).toBe(service.title);
    expect(text(document.querySelector('#playbook-1 .clock-title'))).toBe(clock.title);
    expect(document.querySelector('#playbook-1 .basis')!.textContent).toBe(clock.basis);
    const cells = [...document.querySelectorAll('#first-hour .sheet-deadlines tr.internal td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 3)).toEqual(['by T + 72 h from awareness', clock.title.replace(/\s+/g, ' ').trim(), `${raw.contacts[1].name.replace(/\s+/g, ' ')}, ${raw.contacts[1].phone}`]);
  });

  it('never runs plan text as a template', () => {
    expect(html).toContain('{{title}}');
    expect(html).toContain('{{&gt; cover}}');
    expect(html).toContain('{{{trigger}}} {{lookup . &#x27;constructor&#x27;}}');
    expect(document.querySelectorAll('#cover').length).toBe(1);
  });

  it('links no phone value that is not a number: it stays text', () => {
    expect([...document.querySelectorAll('a.tel')].map((a) => text(a))).not.toContain('javascript:alert(1)//555 1234');
    expect([...document.querySelectorAll('a.tel')].every((a) => /^tel:\+?\d+(;ext=\d+)?$/.test(a.getAttribute('href')!))).toBe(true);
    expect([...document.querySelectorAll('span.phone')].map((span) => text(span))).toContain('javascript:alert(1)//555 1234');
  });
});

describe('hostile plan text in Markdown', () => {
  const md = renderHandbook(loadFile(FIXTURE), { today: '2026-11-29', format: 'md' });

  it('lets no HTML through except the handbook’s own anchors and line breaks', () => {
    const tags = [...md.matchAll(/(?<!\\)<\/?([a-z][a-z0-9]*)/gi)].map((match) => match[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['a', 'br']));
    for (const anchor of md.matchAll(/(?<!\\)<a\b[^>]*>/g)) expect(anchor[0]).toMatch(/^<a id="[a-z0-9-]+">$/);
  });

  it('makes only the handbook’s own links', () => {
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(target).toMatch(/^(#[a-z0-9-]+|tel:\+?\d+|mailto:mallory@example\.com|https:\/\/status\.example\.com\/\?q=%3Cx%3E&a=%27b%27)$/);
  });

  it('keeps every table row to its columns', () => {
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((line) => line.startsWith('|'))).filter((rows) => rows.length > 0);
    expect(tables.length).toBeGreaterThan(5);
    for (const rows of tables) {
      expect(rows[1]).toMatch(/^\| --- \|/);
      for (const line of rows) expect(cells(line), line).toBe(cells(rows[1]!));
    }
  });

  it('escapes service titles, backup systems, clock titles and legal bases', () => {
    for (const value of [raw.services[0].title, raw.preparedness.backups[0].system, raw.playbooks[0].clocks[0].title, raw.playbooks[0].clocks[0].basis]) {
      expect(md).toContain(escapeMarkdown(value));
    }
    expect(md).toContain(`> ⏰ **${escapeMarkdown(raw.playbooks[0].clocks[0].title)}** — To: `);
    expect(md).toContain(`### ${escapeMarkdown(raw.services[0].title)}\n`);
  });

  it('starts no heading, list or quote inside a text', () => {
    expect(md).toContain('\\# Heading - list item 1. numbered');
    expect(md).not.toMatch(/^#{1,6} (Heading|<)/m);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['**a** _b_ `c` ~d~ $e$', '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$'],
    ['a | b', 'a \\| b'],
    ['# title', '\\# title'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['see https://x.example and www.x.example', 'see https\\://x.example and www\\.x.example'],
    ['mail me@x.example', 'mail me\\@x.example'],
    ['&amp; \\', '\\&amp; \\\\'],
    ['two\nlines\r\n\n  here', 'two lines here'],
    ['Krisplan – Webbutiken 24/7', 'Krisplan – Webbutiken 24/7'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('percent-encodes what could end a link target early', () => {
    expect(escapeMarkdownUrl("https://x.example/a b)(c|d<e>'\"")).toBe('https://x.example/a%20b%29%28c%7Cd%3Ce%3E%27%22');
  });
});
