import { describe, expect, it } from 'vitest';
import { addDuration, formatDate, parseDate, parseDuration } from '../../src/model/dates.js';
import { riskLevel, scoreRisks } from '../../src/model/scoring.js';
import { defaultConfig } from '../../src/config/types.js';

const add = (date: string, duration: string) => formatDate(addDuration(parseDate(date)!, parseDuration(duration)!));

describe('dates and durations', () => {
  it('parses real calendar dates only', () => {
    expect(parseDate('2026-02-28')).toBeTypeOf('number');
    expect(parseDate('2028-02-29')).toBeTypeOf('number');
    expect(parseDate('2026-02-29')).toBe(undefined);
    expect(parseDate('2026-02-30')).toBe(undefined);
    expect(parseDate('2026-13-01')).toBe(undefined);
    expect(parseDate('26-01-01')).toBe(undefined);
  });

  it('does calendar month arithmetic', () => {
    expect(add('2026-08-31', '6 months')).toBe('2027-02-28');
    expect(add('2027-08-31', '6 months')).toBe('2028-02-29');
    expect(add('2026-01-31', '1 month')).toBe('2026-02-28');
    expect(add('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(add('2024-02-29', '1 year')).toBe('2025-02-28');
    expect(add('2026-12-15', 'P1Y6M')).toBe('2028-06-15');
  });

  it('reads words and ISO 8601', () => {
    expect(add('2026-01-01', '2 weeks')).toBe('2026-01-15');
    expect(add('2026-01-01', 'P2W')).toBe('2026-01-15');
    expect(add('2026-01-01', 'P30D')).toBe('2026-01-31');
    expect(add('2026-01-01', '1 day')).toBe('2026-01-02');
    expect(parseDuration('15 minutes')).toEqual({ years: 0, months: 0, days: 0, minutes: 15 });
    expect(parseDuration('PT2H')).toEqual({ years: 0, months: 0, days: 0, minutes: 120 });
    expect(parseDuration('5 fortnights')).toBe(undefined);
    expect(parseDuration('P')).toBe(undefined);
    expect(parseDuration('0 days')).toBe(undefined);
  });

  it('takes years below 100 as written, not as 19xx', () => {
    expect(add('0001-01-01', '1 year')).toBe('0002-01-01');
    expect(parseDate('0000-02-29')).toBeTypeOf('number');
    expect(parseDate('1900-02-29')).toBe(undefined);
    expect(parseDate('0099-12-31')! + 1).toBe(parseDate('0100-01-01'));
  });

  it('stops at 9999-12-31, so every result still prints as a date', () => {
    expect(add('9999-12-31', '1 day')).toBe('9999-12-31');
    expect(add('2026-11-29', '100000 years')).toBe('9999-12-31');
    expect(add('2026-11-29', '99999999999999999999999 days')).toBe('9999-12-31');
    expect(add('2026-11-29', `${'9'.repeat(400)} months`)).toBe('9999-12-31');
    expect(add('9999-06-30', 'P1Y')).toBe('9999-12-31');
  });
});

describe('risk scoring', () => {
  const config = defaultConfig();

  it('levels at the default thresholds', () => {
    expect([25, 20, 19, 10, 9, 5, 4, 1].map((score) => riskLevel(score, config.risk.levels))).toEqual(['critical', 'critical', 'high', 'high', 'medium', 'medium', 'low', 'low']);
  });

  it('orders the register by score descending, then id in code-point order', () => {
    const register = scoreRisks(
      [
        { id: 'b', severity: 2, likelihood: 3 },
        { id: 'a', severity: 3, likelihood: 2 },
        { id: 'Z', severity: 1, likelihood: 6 },
        { id: 'c', severity: 5, likelihood: 5 },
        { id: 'x' },
      ],
      config,
    );
    expect(register.map((r) => [r.risk.id, r.score, r.level])).toEqual([
      ['c', 25, 'critical'],
      ['Z', 6, 'medium'],
      ['a', 6, 'medium'],
      ['b', 6, 'medium'],
    ]);
  });
});
