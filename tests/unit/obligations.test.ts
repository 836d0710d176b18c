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

  // Each row as read in the law text on 2026-12-02 (see the entry's source and read_in): a change to a limit,
  // a start event or an article in the catalogue has to change this table too.
  it.each([
    ['gdpr-33', '72 hours', 'awareness', undefined, undefined, 'dpa', 'GDPR art. 33(1)'],
    ['gdpr-33-2', 'without undue delay', 'awareness', undefined, undefined, 'controller', 'GDPR art. 33(2)'],
    ['gdpr-34', 'without undue delay', 'awareness', undefined, undefined, 'data-subjects', 'GDPR art. 34(1)'],
    ['nis2-early-warning', '24 hours', 'awareness', undefined, undefined, 'csirt', 'NIS2 art. 23(4)(a)'],
    ['nis2-notification', '72 hours', 'awareness', undefined, undefined, 'csirt', 'NIS2 art. 23(4)(b)'],
    ['nis2-final-report', '1 month', 'after', 'nis2-notification', undefined, 'csirt', 'NIS2 art. 23(4)(d)'],
    ['nis2-recipients', 'without undue delay', 'awareness', undefined, undefined, 'service-recipients', 'NIS2 art. 23(1)'],
    ['dora-initial', '4 hours', 'classification', undefined, '24 hours', 'financial-supervisor', 'DORA art. 19(4)(a); Delegated Regulation (EU) 2025/301 art. 5(1)(a)'],
    ['dora-intermediate', '72 hours', 'after', 'dora-initial', undefined, 'financial-supervisor', 'DORA art. 19(4)(b); Delegated Regulation (EU) 2025/301 art. 5(1)(b)'],
    ['dora-final', '1 month', 'after', 'dora-intermediate', undefined, 'financial-supervisor', 'DORA art. 19(4)(c); Delegated Regulation (EU) 2025/301 art. 5(1)(c)'],
    ['dora-clients', 'without undue delay', 'awareness', undefined, undefined, 'clients', 'DORA art. 19(3)'],
    ['cra-early-warning', '24 hours', 'awareness', undefined, undefined, 'cra-coordinator', 'CRA art. 14(2)(a), 14(4)(a)'],
    ['cra-notification', '72 hours', 'awareness', undefined, undefined, 'cra-coordinator', 'CRA art. 14(2)(b), 14(4)(b)'],
    ['cra-final-vulnerability', '14 days', 'fix-available', undefined, undefined, 'cra-coordinator', 'CRA art. 14(2)(c)'],
    ['cra-final-incident', '1 month', 'after', 'cra-notification', undefined, 'cra-coordinator', 'CRA art. 14(4)(c)'],
    ['cra-users', 'without undue delay', 'awareness', undefined, undefined, 'users', 'CRA art. 14(8)'],
  ] as const)('%s: %s from %s, as the law text reads', (id, within, from, after, notLaterThan, recipient, basis) => {
    const o = catalogue.obligations.find((entry) => entry.id === id);
    expect(o, id).toBeDefined();
    expect({ within: o!.within, from: o!.from, after: o!.after, not_later_than: o!.not_later_than, recipient: o!.recipient, basis: o!.basis.en }).toEqual({ within, from, after, not_later_than: notLaterThan, recipient, basis });
  });

  it('names the DORA weekend and bank-holiday relief as the RTS words it, on each of the three reports', () => {
    for (const id of ['dora-initial', 'dora-intermediate', 'dora-final']) {
      const note = catalogue.obligations.find((o) => o.id === id)?.note;
      expect(note?.en, id).toMatch(/art\. 5\(4\).*weekend day or a bank holiday.*by noon of the next working day.*Art\. 5\(5\)/);
      expect(note?.sv, id).toMatch(/art\. 5\.4.*kl\. 12 nästa arbetsdag.*Art\. 5\.5/);
    }
  });

  it('an authority left as TODO says in `unconfirmed` what was searched', () => {
    for (const [code, j] of Object.entries(catalogue.jurisdictions)) {
      for (const a of j.authorities.filter((entry) => /TODO/.test(entry.name.en))) {
        expect(a.unconfirmed?.en, `${code}/${a.id}`).toMatch(/search/);
      }
    }
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
