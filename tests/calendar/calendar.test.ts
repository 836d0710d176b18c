import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/util/content-lines.js';
import { BASE } from '../helpers/rules.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { strictLines } from './strict.js';

const TODAY = '2026-11-29';

function calendar(args: string[], options: Parameters<typeof runCli>[1] = {}): string {
  const result = runCli(['calendar', ...args], options);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
}

describe('content lines', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007g\th')).toBe('a\\\\b\\;c\\,d\\ne\\nfg\th');
  });

  it('folds at 75 octets without splitting a UTF-8 sequence, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), (a, b) => {
        const line = `DESCRIPTION:${escapeText(a + b)}`;
        const logical = strictLines(`${foldLine(line)}\r\n`);
        expect(logical).toEqual([line]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('krisplan calendar', () => {
  const text = calendar(['examples/webshop.yaml', '--today', TODAY]);

  it('passes the strict line check and has the required calendar and event properties', () => {
    const lines = strictLines(text);
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//krisplan//krisplan 0.1.0//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const blocks = text.split('BEGIN:VEVENT').slice(1);
    // 1 plan review, 7 risks, 13 contacts, the crisis web, 3 backups, 2 trainings, 2 open actions, 4 exercises
    expect(blocks).toHaveLength(33);
    for (const block of blocks) {
      const names = strictLines(`BEGIN:VEVENT${block.slice(0, block.indexOf('END:VEVENT'))}END:VEVENT\r\n`).map((line) => line.split(/[:;]/)[0]);
      expect(names).toEqual(['BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'TRANSP', 'END']);
    }
  });

  it('imports into ical.js as all-day events with unique UIDs and a DTSTAMP fixed by --today', () => {
    const all = events(text);
    expect(all).toHaveLength(33);
    const uids = all.map((event) => event.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(33);
    for (const event of all) {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(end.toJSDate().getTime() - start.toJSDate().getTime()).toBe(86_400_000);
      expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-29T00:00:00Z');
    }
    const restore = all.find((event) => String(event.getFirstPropertyValue('uid')).startsWith('backup-orders-db-'))!;
    expect((restore.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2027-05-05');
    expect(restore.getFirstPropertyValue('summary')).toBe('Testa återläsning: Orderdatabasen (kunder, ordrar och lagersaldon) (Erik Holm)');
    expect(restore.getFirstPropertyValue('description')).toBe(
      'Läs tillbaka säkerhetskopian på riktigt och uppdatera restore_tested.\nAnsvarig: Erik Holm\nSenast: 5 november 2026, intervall 6 månader\nPlan: Krisplan – Webbutiken, examples/webshop.yaml /preparedness/backups/0 (orders-db)',
    );
  });

  it('keeps UIDs and the whole file the same on the next run, and under KRISPLAN_TODAY', () => {
    expect(calendar(['examples/webshop.yaml', '--today', TODAY])).toBe(text);
    expect(calendar(['examples/webshop.yaml'], { env: { KRISPLAN_TODAY: TODAY } })).toBe(text);
  });

  it('uses the plan language: the English example reads in English', () => {
    const saas = events(calendar(['examples/saas.yaml', '--today', TODAY]));
    const review = saas.find((event) => String(event.getFirstPropertyValue('uid')).startsWith('plan-'))!;
    expect(review.getFirstPropertyValue('summary')).toBe('Review the crisis plan: Incident and Crisis Plan – Acme Analytics (Priya Shah)');
    expect(String(review.getFirstPropertyValue('description'))).toMatch(/^Go through the whole plan with the crisis group and update plan\.reviewed\.\nOwner: Priya Shah\nLast done: 9 November 2026, every 1 year\n/);
  });

  it('gives the same item of two plan files different UIDs, and the file changes nothing else', () => {
    const both = events(calendar(['examples/', '--today', TODAY]));
    const uids = both.map((event) => String(event.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(both.length);
    expect(uids.filter((uid) => uid.startsWith('risk-data-breach-'))).toHaveLength(2);
  });

  it('writes --out whole, escapes plan text and round-trips it through ical.js', () => {
    const dir = tempDir();
    const action = 'Ring leverantören; be om ärendenummer, prognos och \\\\server\\share – 🚨 sedan\nskriv loggbok';
    writeFileSync(join(dir, 'plan.yaml'), `${BASE}evaluations:
  - date: 2026-10-01
    type: exercise
    title: Drill
    actions:
      - action: ${JSON.stringify(action)}
        owner: erik
        due: 2027-01-15
`);
    const result = runCli(['calendar', 'plan.yaml', '--out', 'krisplan.ics', '--today', TODAY], { cwd: dir });
    expect(result).toEqual({ status: 0, stderr: '', stdout: 'wrote krisplan.ics (3 events from 1 plan)\n' });
    const written = readFileSync(join(dir, 'krisplan.ics'), 'utf8');
    const lines = strictLines(written);
    const event = events(written).find((e) => String(e.getFirstPropertyValue('uid')).startsWith('action-'))!;
    expect(event.getFirstPropertyValue('summary')).toBe(`Follow-up action: ${action} (Erik Eriksson)`);
    expect(lines).toContain('SUMMARY:Follow-up action: Ring leverantören\\; be om ärendenummer\\, prognos och \\\\\\\\server\\\\share – 🚨 sedan\\nskriv loggbok (Erik Eriksson)');
  });

  it('writes no calendar when a plan has errors, and exits 1 with the findings', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), BASE.replace('deputy: anna', 'deputy: nobody'));
    const result = runCli(['calendar', 'plan.yaml', '--out', 'krisplan.ics', '--today', TODAY], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan\.yaml:15:13 error deputy of contact "erik" is "nobody".* unknown-reference\nkrisplan: plan\.yaml has 1 error; fix it first \(krisplan validate plan\.yaml\)\nkrisplan: no calendar written, because a plan has errors\n$/);
    expect(existsSync(join(dir, 'krisplan.ics'))).toBe(false);
  });
});
