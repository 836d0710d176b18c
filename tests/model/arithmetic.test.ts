import { describe, expect, it } from 'vitest';
import { addDuration, FIRST_DAY, formatDate, LAST_DAY, parseDate, type Duration } from '../../src/model/dates.js';
import { normalize } from '../../src/model/mentions.js';

// The rules read every date and every step of every plan, so dates and words are computed without Date objects
// and Unicode property regexes where that is possible; these tests hold the fast code to what Date and the
// Unicode regex give.

const DAY_MS = 86_400_000;

function byDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

function addByDate(day: number, duration: Duration): number {
  const date = new Date(day * DAY_MS);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + duration.years * 12 + duration.months;
  const year = Math.floor(totalMonths / 12);
  if (!(year <= 9999)) return LAST_DAY;
  const month = (totalMonths % 12) + 1;
  const length = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  const result = byDate(year, month, Math.min(date.getUTCDate(), length)) + duration.days + Math.floor(duration.minutes / 1440);
  return result <= LAST_DAY ? result : LAST_DAY;
}

describe('calendar arithmetic without Date', () => {
  it('gives every day of the plan span the day number Date gives', () => {
    expect(FIRST_DAY).toBe(byDate(0, 1, 1));
    expect(LAST_DAY).toBe(byDate(9999, 12, 31));
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (let year = 0; year <= 9999; year += year < 500 || (year > 1890 && year < 2110) ? 1 : 37) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28, 29, 30, 31]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const real = new Date(byDate(year, month, day) * DAY_MS).getUTCDate() === day;
          expect(parseDate(text), text).toBe(real ? byDate(year, month, day) : undefined);
        }
      }
    }
  });

  it('writes every day as Date writes it', () => {
    const days = [FIRST_DAY, LAST_DAY, 0, -1, 20_422, 59, 60, 11_016, 10_957];
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 997) days.push(day);
    for (const day of days) expect(formatDate(day), String(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10));
  });

  it('rejects what the YYYY-MM-DD pattern rejects', () => {
    for (const text of ['2026-1-01', ' 2026-01-01', '2026-01-01 ', '2026-01-01\n', '2026/01/01', '２026-01-01', '2026-01-0a', '+026-01-01', '-026-01-01', '2026-00-10', '2026-01-00', '']) {
      expect(parseDate(text), JSON.stringify(text)).toBe(undefined);
    }
  });

  it('adds durations as Date arithmetic does, inside the span and out of it', () => {
    let seed = 7;
    const next = (k: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % k;
    const days = [FIRST_DAY, FIRST_DAY - 1, LAST_DAY, LAST_DAY + 1, -1e8, 1e8, 1e8 + 1, -800_000, 0, 20_422];
    for (let i = 0; i < 300; i++) days.push(FIRST_DAY + next(LAST_DAY - FIRST_DAY + 1));
    const durations: Duration[] = [{ years: 0, months: -13, days: -5, minutes: 0 }];
    for (let i = 0; i < 60; i++) durations.push({ years: next(4) ? next(20) : next(200_000), months: next(40), days: next(800), minutes: next(5000) });
    for (const day of days) {
      for (const duration of durations) expect(addDuration(day, duration), `${day} + ${JSON.stringify(duration)}`).toBe(addByDate(day, duration));
    }
    expect(formatDate(addDuration(parseDate('2024-02-29')!, { years: 1, months: 0, days: 0, minutes: 0 }))).toBe('2025-02-28');
  });
});

describe('words of a step', () => {
  const unicode = (text: string) => text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('are the same on the Latin-1 path as by the Unicode regex, for every pair of Latin-1 characters', () => {
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const text = `x${String.fromCharCode(a, b)} y`;
        if (normalize(text) !== unicode(text)) expect(normalize(text), JSON.stringify(text)).toBe(unicode(text));
      }
    }
  });

  it('are normalized by the Unicode regex beyond Latin-1', () => {
    for (const text of ['Betalleverantör – driftjour', 'İstanbul', 'Straße', 'ΣΑΣ', 'e\u0301clair', 'ﬁx', 'Ǆemal', 'Leverantör (Molnhost) – jour']) {
      expect(normalize(text)).toBe(unicode(text));
    }
  });
});
