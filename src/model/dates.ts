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
  return dayNumber(year, month, day);
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them as written. */
function dayNumber(year: number, month: number, day: number): DayNumber {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

/** The span a plan date can name (four-digit years). Arithmetic stays inside it, so every result prints as YYYY-MM-DD. */
export const FIRST_DAY: DayNumber = dayNumber(0, 1, 1);
export const LAST_DAY: DayNumber = dayNumber(9999, 12, 31);

export function formatDate(day: DayNumber): string {
  let text = formatted.get(day);
  if (text === undefined) {
    // a run formats the same few hundred days again and again (every stale date of every plan); Date is slow
    if (formatted.size >= 4096) formatted.clear();
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

const formatted = new Map<DayNumber, string>();

/** Today's local calendar date. */
export function localToday(now = new Date()): DayNumber {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
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

/**
 * Calendar arithmetic: 2026-08-31 + 6 months = 2027-02-28. Parts below a day count in whole days. A result past
 * 9999-12-31 (`review_every: 100000 years`) is 9999-12-31: as good as never, and still a date that prints.
 */
export function addDuration(day: DayNumber, duration: Duration): DayNumber {
  const date = new Date(day * DAY_MS);
  const totalMonths = date.getUTCFullYear() * 12 + date.getUTCMonth() + duration.years * 12 + duration.months;
  const year = Math.floor(totalMonths / 12);
  if (!(year <= 9999)) return LAST_DAY;
  const month = (totalMonths % 12) + 1;
  const dayOfMonth = Math.min(date.getUTCDate(), daysInMonth(year, month));
  const result = dayNumber(year, month, dayOfMonth) + duration.days + Math.floor(duration.minutes / 1440);
  return result <= LAST_DAY ? result : LAST_DAY;
}

/** Minutes in a duration, counting a month as 30 days and a year as 365: for comparing deadlines, not for dates. */
export function durationMinutes(duration: Duration): number {
  return ((duration.years * 365 + duration.months * 30 + duration.days) * 1440) + duration.minutes;
}

