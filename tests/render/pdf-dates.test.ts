import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampPdfDates } from '../../src/render/pdf-dates.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

// what Chromium's Skia writes at the end of a PDF: the document information, then the cross-reference table
const SKIA = `%PDF-1.4\n1 0 obj\n<</Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261202002057+01'00')\n/ModDate (D:20261202002058+01'00')>>\nendobj\nxref\n0 2\ntrailer\n<</Size 2 /Root 1 0 R /Info 1 0 R>>\n%%EOF\n`;

describe('the dates in a printed PDF', () => {
  it('are the given day, in UTC, at the same length (the cross-reference offsets stay right)', () => {
    const out = latin1(stampPdfDates(Buffer.from(SKIA, 'latin1'), '2026-11-29'));
    expect(out).toBe(SKIA.replace("(D:20261202002057+01'00')", "(D:20261129000000+00'00')").replace("(D:20261202002058+01'00')", "(D:20261129000000+00'00')"));
    expect(out.length).toBe(SKIA.length);
  });

  it('take the time too when given one (an incident kit: the activation)', () => {
    const out = latin1(stampPdfDates(Buffer.from(SKIA, 'latin1'), '2026-12-04T15:20:00.000Z'));
    expect(out).toContain("/CreationDate (D:20261204152000+00'00')");
    expect(out).toContain("/ModDate (D:20261204152000+00'00')");
  });

  it('keep a shorter form at its length, and leave a PDF without dates as it was', () => {
    const short = SKIA.replace("(D:20261202002057+01'00')", '(D:20261202002057Z)').replace("(D:20261202002058+01'00')", '(D:202612)');
    const out = latin1(stampPdfDates(Buffer.from(short, 'latin1'), '2026-11-29'));
    expect(out).toContain('/CreationDate (D:20261129000000Z)');
    expect(out).toContain('/ModDate (D:202611)');
    expect(out.length).toBe(short.length);
    const none = Buffer.from('%PDF-1.4\n<</Producer (x)>>\n', 'latin1');
    expect(stampPdfDates(none, '2026-11-29')).toBe(none);
  });
});

/** Every file of the folder, by name. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

describeWith(['chromium'], 'PDFs printed twice from the same input', ({ chromium: [chrome] }) => {
  const env = { KRISPLAN_CHROME: chrome };

  it('the handbook: the same bytes, dated --today', { timeout: 180_000 }, () => {
    const [a, b] = [tempDir('krisplan-pdf-a-'), tempDir('krisplan-pdf-b-')];
    for (const out of [a, b]) expect(runCli(['render', 'examples/saas.yaml', '--out', out, '--format', 'pdf', '--today', '2026-11-29'], { env })).toMatchObject({ status: 0, stderr: '' });
    const [first, second] = [files(a), files(b)];
    expect(Object.keys(first)).toEqual(['saas.pdf']);
    expect(first['saas.pdf']!.equals(second['saas.pdf']!)).toBe(true);
    expect(first['saas.pdf']!.toString('latin1')).toContain("/CreationDate (D:20261129000000+00'00')");
  });

  it('the exercise pack: the same bytes for each of the five documents', { timeout: 300_000 }, () => {
    const [a, b] = [join(tempDir('krisplan-pack-a-'), 'pack'), join(tempDir('krisplan-pack-b-'), 'pack')];
    for (const out of [a, b]) expect(runCli(['exercise', 'pack', 'data-breach', '--plan', 'examples/webshop.yaml', '--out', out, '--format', 'pdf', '--seed', '7', '--today', '2026-11-29'], { env })).toMatchObject({ status: 0, stderr: '' });
    const [first, second] = [files(a), files(b)];
    expect(Object.keys(first)).toHaveLength(5);
    for (const name of Object.keys(first)) expect(first[name]!.equals(second[name]!), name).toBe(true);
  });

  it('the incident kit: the same bytes, dated at the activation', { timeout: 180_000 }, () => {
    const kits = [tempDir('krisplan-kit-a-'), tempDir('krisplan-kit-b-')].map((repo) => {
      copyFileSync(join(ROOT, 'examples', 'webshop.yaml'), join(repo, 'plan.yaml'));
      const result = runCli(['activate', 'data-breach', '--plan', 'plan.yaml', '--t0', '2026-12-04T16:00:00+01:00', '--at', '2026-12-04T16:20:00+01:00', '--by', 'anna', '--pdf'], { cwd: repo, env });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      return readFileSync(join(repo, 'incidents', '2026-12-04-data-breach', 'kit.pdf'));
    });
    expect(kits[0]!.equals(kits[1]!)).toBe(true);
    expect(kits[0]!.toString('latin1')).toContain("/CreationDate (D:20261204152000+00'00')");
  });
});
