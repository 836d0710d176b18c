import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { obligationsMarkdown } from '../../src/deadlines/obligations.js';
import { loadObligations, OBLIGATIONS_DIR, readCatalogue } from '../../src/model/obligations.js';

const catalogue = loadObligations();
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);

describe('the obligations catalogue', () => {
  it('reads as the YAML 1.2 core schema reads it (dates stay text, anchors expanded)', () => {
    const main = parse(readFileSync(`${OBLIGATIONS_DIR}obligations.yaml`, 'utf8')) as object;
    const places = parse(readFileSync(`${OBLIGATIONS_DIR}jurisdictions.yaml`, 'utf8')) as object;
    expect(catalogue).toStrictEqual({ ...main, ...places });
  });

  it('is shipped in the bundle as the same data (dist/bundle/obligations.json, written by the build)', () => {
    const snapshot = new URL('../../dist/bundle/obligations.json', import.meta.url);
    if (!existsSync(snapshot)) return void console.log('skipped: dist/bundle/obligations.json not built (npm run build)');
    expect(JSON.parse(readFileSync(snapshot, 'utf8'))).toStrictEqual(readCatalogue());
  });

  it('has the duties the format names', () => {
    expect(catalogue.obligations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['gdpr-33', 'gdpr-33-2', 'gdpr-34', 'nis2-early-warning', 'nis2-notification', 'nis2-final-report', 'nis2-recipients', 'dora-initial', 'dora-intermediate', 'dora-final', 'dora-clients', 'cra-early-warning', 'cra-notification', 'cra-final-vulnerability', 'cra-final-incident', 'cra-users']),
    );
  });

  it.each(catalogue.obligations.map((o) => [o.id, o] as const))('%s names its article, a source URL and a verified date', (_id, o) => {
    expect(o.basis.en, 'basis (en)').toMatch(/art\./);
    expect(o.basis.sv, 'basis (sv)').toMatch(/art\./);
    expect(isUrl(o.source), `source ${o.source}`).toBe(true);
    expect(isDate(o.verified), `verified ${o.verified}`).toBe(true);
    expect(o.title.en && o.title.sv).toBeTruthy();
  });

  it.each(Object.entries(catalogue.jurisdictions).flatMap(([code, j]) => [
    ...j.authorities.map((a) => [`${code}/${a.id}`, a as { source?: unknown; verified?: unknown }] as const),
    ...Object.entries(j.laws ?? {}).map(([regime, law]) => [`${code}/law ${regime}`, law as { source?: unknown; verified?: unknown }] as const),
    ...Object.entries(j.regimes ?? {}).filter(([, r]) => r?.applies !== false).map(([regime, r]) => [`${code}/regime ${regime}`, r as { source?: unknown; verified?: unknown }] as const),
  ]))('%s names a source URL and a verified date', (_name, entry) => {
    expect(isUrl(entry.source), `source ${String(entry.source)}`).toBe(true);
    expect(isDate(entry.verified), `verified ${String(entry.verified)}`).toBe(true);
  });

  it('chains only to obligations that exist, and limits are durations or "without undue delay"', () => {
    const ids = new Set(catalogue.obligations.map((o) => o.id));
    for (const o of catalogue.obligations) {
      if (o.from === 'after') expect(ids.has(o.after!), `${o.id} after ${o.after}`).toBe(true);
      expect(o.within, o.id).toMatch(/^(?:without undue delay|[1-9]\d* (?:hour|day|month)s?)$/);
    }
  });

  it('is the enum of obligation ids in the plan schema (editors complete them)', () => {
    const schema = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8')) as { definitions: { obligationId: { enum: string[] } } };
    expect(schema.definitions.obligationId.enum).toEqual(catalogue.obligations.map((o) => o.id));
  });

  it('docs/obligations.md is the generated page', () => {
    expect(readFileSync('docs/obligations.md', 'utf8')).toBe(obligationsMarkdown(catalogue));
  });
});
