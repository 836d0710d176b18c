import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookView } from '../../src/render/index.js';
import { headingPage, readOutline } from '../../src/render/pdf-outline.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { loadFile } from './helpers.js';

/**
 * A small PDF as Chromium writes one with --generate-pdf-document-outline: a nested page tree whose /Kids order is
 * not the object order, and bookmarks with literal (escaped, octal) and UTF-16BE hex titles.
 */
function samplePdf(): Uint8Array {
  const objects = [
    '1 0 obj\n<</Title (t.html)\n/Producer (Skia/PDF m156)>>\nendobj',
    '2 0 obj\n<</Type /Page\n/Parent 11 0 R>>\nendobj',
    '7 0 obj\n<</Type /Page\n/Parent 12 0 R>>\nendobj',
    '9 0 obj\n<</Type /Page\n/Parent 12 0 R>>\nendobj',
    '8 0 obj\n<</Type /Page\n/Parent 11 0 R>>\nendobj',
    '12 0 obj\n<</Type /Pages\n/Parent 11 0 R\n/Count 2\n/Kids [9 0 R 7 0 R]>>\nendobj',
    '11 0 obj\n<</Type /Pages\n/Count 4\n/Kids [2 0 R 12 0 R 8 0 R]>>\nendobj',
    '28 0 obj\n<</Type /Outlines\n/First 29 0 R\n/Last 29 0 R\n/Count 4>>\nendobj',
    '29 0 obj\n<</Title (Intro \\(f\\366rst\\))\n/Dest [2 0 R /XYZ 34.5 752.2 0]\n/Parent 28 0 R\n/First 30 0 R\n/Last 32 0 R\n/Count 3>>\nendobj',
    '30 0 obj\n<</Title (Kontakter)\n/Dest [7 0 R /XYZ 34.0 745.9 0]\n/Parent 29 0 R\n/Next 31 0 R>>\nendobj',
    '31 0 obj\n<</Title <FEFF00D6006C00E4006E006B>\n/Dest [8 0 R /XYZ 34.6 748.4 0]\n/Parent 29 0 R\n/Prev 30 0 R\n/Next 32 0 R>>\nendobj',
    '32 0 obj\n<</Title (Back\\\\slash)\n/Dest [9 0 R /XYZ 34.6 748.4 0]\n/Parent 29 0 R\n/Prev 31 0 R>>\nendobj',
    '33 0 obj\n<</Type /Catalog\n/Pages 11 0 R\n/Outlines 28 0 R>>\nendobj',
  ];
  return Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n${objects.join('\n')}\ntrailer\n<</Root 33 0 R>>\n%%EOF\n`, 'latin1');
}

describe('reading the bookmarks of a PDF', () => {
  it('gives each bookmark its page in page-tree order, titles decoded', () => {
    expect(readOutline(samplePdf())).toEqual([
      { title: 'Intro (först)', page: 1 },
      { title: 'Kontakter', page: 3 },
      { title: 'Ölänk', page: 4 },
      { title: 'Back\\slash', page: 2 },
    ]);
  });

  it('finds the page of a heading by its exact text, and nothing for a heading it does not have', () => {
    expect(headingPage(samplePdf(), 'Kontakter')).toBe(3);
    expect(headingPage(samplePdf(), 'Ölänk')).toBe(4);
    expect(headingPage(samplePdf(), 'Contacts')).toBeUndefined();
    expect(headingPage(samplePdf(), 'Konta')).toBeUndefined();
  });

  it('gives no page when two bookmarks with the text point at different pages, rather than a guess', () => {
    const twice = Buffer.from(
      Buffer.from(samplePdf()).toString('latin1').replace('(Back\\\\slash)', '(Kontakter)'),
      'latin1',
    );
    expect(headingPage(twice, 'Kontakter')).toBeUndefined();
  });

  it('gives nothing for a PDF without bookmarks or page tree', () => {
    expect(readOutline(Buffer.from('%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n%%EOF\n', 'latin1'))).toEqual([]);
    expect(readOutline(new Uint8Array())).toEqual([]);
  });
});

const TODAY = '2026-12-01';

describeWith(['chromium', 'pdfinfo'], 'the first-hour sheet of a PDF names the page of the contacts', ({ chromium: [chrome] }) => {
  for (const lang of ['sv', 'en'] as const) {
    it(`when the call list is cut, says the page the contacts section starts on, and that page does (${lang})`, () => {
      const dir = tempDir('krisplan-pdf-outline-');
      expect(runCli(['init', dir, '--yes', '--lang', lang], { env: { KRISPLAN_TODAY: TODAY } })).toMatchObject({ status: 0 });
      const plan = join(dir, 'krisplan.yaml');
      const view = handbookView(loadFile(relative(ROOT, plan), TODAY), { today: TODAY });
      expect(view.callListMore).toBeGreaterThan(0);
      const out = tempDir();
      expect(runCli(['render', plan, '--out', out, '--format', 'pdf', '--today', TODAY], { env: { KRISPLAN_CHROME: chrome } })).toMatchObject({ status: 0, stderr: '' });
      const pdf = join(out, readdirSync(out)[0]!);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.trim());
      const line = lang === 'sv' ? /se Kontakter, sidan (\d+)\./ : /see Contacts, page (\d+)\./;
      const page = Number(line.exec(pages[1]!)?.[1]);
      expect(page).toBeGreaterThan(2);
      expect(pages[page - 1]).toMatch(lang === 'sv' ? /^Kontakter\s/ : /^Contacts\s/);
      expect(pages[page - 2]).not.toMatch(lang === 'sv' ? /^Kontakter\s/ : /^Contacts\s/);
      // the bookmarks stay in the PDF, for its reader
      expect(headingPage(readFileSync(pdf), lang === 'sv' ? 'Kontakter' : 'Contacts')).toBe(page);
    }, 240_000);
  }

  it('keeps "section N" when the contacts heading is not among the bookmarks (a custom template titles it otherwise)', () => {
    const dir = tempDir('krisplan-pdf-outline-');
    expect(runCli(['init', dir, '--yes', '--lang', 'en'], { env: { KRISPLAN_TODAY: TODAY } })).toMatchObject({ status: 0 });
    const templates = tempDir('krisplan-pdf-templates-');
    const contacts = readFileSync(join(ROOT, 'templates/handbook/html/contacts.hbs'), 'utf8');
    expect(contacts).toContain('<h2>{{t "section.contacts"}}</h2>');
    mkdirSync(join(templates, 'html'));
    writeFileSync(join(templates, 'html', 'contacts.hbs'), contacts.replace('<h2>{{t "section.contacts"}}</h2>', '<h2>People to call</h2>'));
    const out = tempDir();
    const result = runCli(['render', join(dir, 'krisplan.yaml'), '--out', out, '--format', 'pdf', '--today', TODAY, '--templates', templates], { env: { KRISPLAN_CHROME: chrome } });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const pages = execFileSync('pdftotext', ['-layout', join(out, readdirSync(out)[0]!), '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[1]).toMatch(/see section \d+, Contacts\./);
    expect(pages[1]).not.toMatch(/, page \d+/);
  }, 240_000);
});
