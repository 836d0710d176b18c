import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHandbook } from '../../src/render/index.js';
import { compileHandbook, MAX_PARTIAL_DEPTH, MAX_TEMPLATE_WORK } from '../../src/render/templates.js';
import { tempDir } from '../helpers/cli.js';
import { loadFile } from './helpers.js';

function templatesDir(files: Record<string, string>): string {
  const dir = tempDir('krisplan-templates-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const webshop = loadFile('examples/webshop.yaml');

describe('custom templates', () => {
  it('override a built-in partial by name and keep the rest', () => {
    const dir = templatesDir({ 'html/cover.hbs': '<section id="cover"><h1 class="mine">{{organization}} · {{t "doc.handbook"}}</h1></section>\n' });
    const html = renderHandbook(webshop, { today: '2026-11-29', templates: dir });
    expect(html).toContain('<h1 class="mine">Exempel AB · Krishandbok</h1>');
    expect(html).toContain('id="first-hour"');
    expect(html).not.toContain('class="kicker"');
  });

  it('override the page itself and add partials of their own', () => {
    const dir = templatesDir({
      'md/handbook.hbs': '{{#each playbooks}}{{> line}}\n{{/each}}',
      'md/line.hbs': '* {{title}} ({{steps.length}})',
    });
    expect(renderHandbook(webshop, { today: '2026-11-29', format: 'md', templates: dir })).toBe(
      '* Dataintrång / personuppgiftsincident (9)\n* Överbelastning / DDoS (9)\n* Serveravbrott (9)\n* Betalleverantören ligger nere (7)\n* Utpressningsvirus (ransomware) (8)\n* Förlorad domän eller DNS (7)\n',
    );
  });

  it('offer the documented helpers', () => {
    const dir = templatesDir({
      'md/handbook.hbs': '{{#each risks.register}}{{#if (eq level "high")}}{{id}}: {{join mitigations "; "}}\n{{/if}}{{/each}}{{#if (any otherWarnings callList)}}calls{{/if}} {{t "doc.warnings" count=1}}',
    });
    const md = renderHandbook(webshop, { today: '2026-11-29', format: 'md', templates: dir, lang: 'en' });
    expect(md.split('\n')[0]).toBe('data-breach: Tvåfaktorsinloggning för alla administratörer; Säkerhetsuppdateringar av plattform och tillägg varje vecka; Kortdata hanteras bara hos betalleverantören; Loggar skickas till separat lagring i 90 dagar');
    expect(md.split('\n').filter((line) => /^[a-z-]+: /.test(line)).map((line) => line.split(':')[0])).toEqual(['data-breach', 'ddos', 'server-outage', 'ransomware']);
    expect(md.split('\n').at(-1)).toBe('calls This plan has 1 warning; it is marked next to the item it concerns.');
  });

  it.each([
    ['a syntax error', 'html/cover.hbs', '<p>\n{{#if title}}\n<b>{{title}}</b>\n', /^template .*cover\.hbs line \d+: .*Expecting .*got 'EOF'/],
    ['an unknown partial', 'html/cover.hbs', '<p>\n\n{{> nothing}}</p>', /^template .*cover\.hbs line 3: unknown partial "nothing"/],
    ['an unknown helper', 'html/contacts.hbs', '{{#each contactGroups}}\n{{shout title}}\n{{/each}}', /^template .*contacts\.hbs line 2: unknown helper "shout"/],
    ['an unknown text key', 'html/cover.hbs', '{{t "cover.nope"}}', /^template .*cover\.hbs line 1: unknown text key "cover\.nope"/],
    ['triple braces in HTML', 'html/cover.hbs', '<h1>\n{{{title}}}</h1>', /^template .*cover\.hbs line 2: triple braces/],
    ['an unescaped ampersand mustache', 'html/cover.hbs', '{{& title}}', /^template .*cover\.hbs line 1: triple braces/],
  ])('name the template and line of %s', (_, path, content, message) => {
    const dir = templatesDir({ [path]: content });
    expect(() => compileHandbook('html', dir)).toThrow(message);
  });

  it('name your own templates when rendering fails, and say when a partial includes itself', () => {
    const dir = templatesDir({ 'html/cover.hbs': '{{> cover}}' });
    expect(() => renderHandbook(webshop, { today: '2026-11-29', templates: dir })).toThrow(/^template error in built-in html\/handbook\.hbs with your templates \S*html\/cover\.hbs: a partial includes itself, directly or through others$/);
  });

  it('stop a partial that includes itself at the depth bound, whatever it wrote on the way', () => {
    // each level writes a little before recursing: without the bound this ran until the stack gave out
    const dir = templatesDir({ 'html/cover.hbs': '{{> loop}}', 'html/loop.hbs': '<p>{{title}}</p>{{> loop}}' });
    expect(() => renderHandbook(webshop, { today: '2026-11-29', templates: dir })).toThrow(/: a partial includes itself, directly or through others$/);
    // a chain of distinct partials deeper than the bound is taken for the same, and one within it renders
    const chain = (levels: number) => Object.fromEntries([['html/cover.hbs', '{{> p0}}'], ...Array.from({ length: levels }, (_, i) => [`html/p${i}.hbs`, i === levels - 1 ? 'end' : `{{> p${i + 1}}}`])]);
    expect(() => renderHandbook(webshop, { today: '2026-11-29', templates: templatesDir(chain(MAX_PARTIAL_DEPTH + 1)) })).toThrow(/a partial includes itself/);
    expect(renderHandbook(webshop, { today: '2026-11-29', templates: templatesDir(chain(MAX_PARTIAL_DEPTH - 1)) })).toContain('end');
  });

  it('stop templates that multiply their output before they run out of memory or time', () => {
    // 28 levels that each include the next twice: 2^28 leaves (before: 177 s, then an out-of-memory abort)
    const doubling = Object.fromEntries([['md/handbook.hbs', '{{> p0}}'], ...Array.from({ length: 29 }, (_, i) => [`md/p${i}.hbs`, i === 28 ? 'x' : `{{> p${i + 1}}}{{> p${i + 1}}}`])]);
    const message = /^template error in \S*md\/handbook\.hbs with your templates \S*md\/p0\.hbs, \S*md\/p1\.hbs, \S*md\/p10\.hbs and 26 more: the templates produced more than 128 MB of text \(partials or \{\{#each\}\} that multiply their output\?\); a handbook never needs this much$/;
    expect(() => renderHandbook(webshop, { today: '2026-11-29', format: 'md', templates: templatesDir(doubling) })).toThrow(message);
    // eight loops over the register (7 risks) inside each other, writing nothing: 7^8 = 5.8 million bodies
    let loops = '';
    for (let i = 7; i >= 0; i--) loops = `{{#each ${'../'.repeat(i)}risks.register}}${loops}{{/each}}`;
    expect(() => renderHandbook(webshop, { today: '2026-11-29', format: 'md', templates: templatesDir({ 'md/handbook.hbs': loops }) })).toThrow(/^template error in \S*md\/handbook\.hbs: the templates produced more than 128 MB of text/);
    // the same loops two deep are fine, and {{#each}} still gives @index and block parameters
    const two = '{{#each risks.register as |risk i|}}{{#each ../risks.register}}{{/each}}{{i}}{{@index}}{{risk.id}} {{/each}}';
    expect(renderHandbook(webshop, { today: '2026-11-29', format: 'md', templates: templatesDir({ 'md/handbook.hbs': two }) })).toMatch(/^00data-breach 11\S+ /);
  });

  it('leave the built-in handbook far inside the bound', () => {
    expect(renderHandbook(webshop, { today: '2026-11-29' }).length * 8).toBeLessThan(MAX_TEMPLATE_WORK);
  });

  it('refuse a folder without html/ or md/', () => {
    const dir = templatesDir({ 'cover.hbs': '<p></p>' });
    expect(() => compileHandbook('html', dir)).toThrow(/has no html\/ or md\/ folder/);
    expect(() => compileHandbook('html', join(dir, 'missing'))).toThrow(/does not exist/);
  });

  it('compile the built-in templates of both formats', () => {
    expect(compileHandbook('html')({ lang: 'en', sections: [], playbooks: [], contactGroups: [], risks: { matrix: [], levels: [], register: [], likelihoods: [] }, preparedness: { backups: [], training: [], resources: [] }, evaluations: [], openActions: [], warnings: [], otherWarnings: [], callList: [], review: {} })).toContain('<!DOCTYPE html>');
    expect(typeof compileHandbook('md')).toBe('function');
  });
});
