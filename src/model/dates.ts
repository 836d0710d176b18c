/** Calendar dates and plan durations. Dates are day numbers (days since 1970-01-01, UTC): no time zones. */

export type DayNumber = number;

export interface Duration {
  years: number;
  months: number;
  days: number;
  minutes: number;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORDS = /^([1-9]\d*) (minute|hour|day|week|month|year)s?$/;
const ISO = /^P(?=[\dT])(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A YYYY-MM-DD string (or a YAML date) as a day number; undefined when it is not a real calendar date. */
export function parseDate(value: unknown): DayNumber | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : Math.floor(value.getTime() / DAY_MS);
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function formatDate(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today's local calendar date. */
export function localToday(now = new Date()): DayNumber {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDuration(value: unknown): Duration | undefined {
  if (typeof value !== 'string') return undefined;
  const words = WORDS.exec(value.trim());
  if (words) {
    const n = Number(words[1]);
    switch (words[2]) {
      case 'minute': return { years: 0, months: 0, days: 0, minutes: n };
      case 'hour': return { years: 0, months: 0, days: 0, minutes: n * 60 };
      case 'day': return { years: 0, months: 0, days: n, minutes: 0 };
      case 'week': return { years: 0, months: 0, days: n * 7, minutes: 0 };
      case 'month': return { years: 0, months: n, days: 0, minutes: 0 };
      default: return { years: n, months: 0, days: 0, minutes: 0 };
    }
  }
  const iso = ISO.exec(value.trim());
  if (!iso) return undefined;
  const [, y, mo, w, d, h, mi, s] = iso.map((part) => Number(part ?? 0));
  return { years: y!, months: mo!, days: w! * 7 + d!, minutes: h! * 60 + mi! + Math.floor(s! / 60) };
}

/** Calendar arithmetic: 2026-08-31 + 6 months = 2027-02-28. Parts below a day count in whole days. */
export function addDuration(day: DayNumber, duration: Duration): DayNumber {
  const date = new Date(day * DAY_MS);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + duration.years * 12 + duration.months;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const dayOfMonth = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS + duration.days + Math.floor(duration.minutes / 1440);
}

/** Minutes in a duration, counting a month as 30 days and a year as 365: for comparing deadlines, not for dates. */
export function durationMinutes(duration: Duration): number {
  return ((duration.years * 365 + duration.months * 30 + duration.days) * 1440) + duration.minutes;
}

