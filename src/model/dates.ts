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
  // /^(\d{4})-(\d{2})-(\d{2})$/ read character by character: every rule reads the plan's dates
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** The number the ASCII digits from `start` to `end` write; -1 if another character is among them. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (years 0–9999, month 1–12, a day of that month), computed
 * as Date.setUTCFullYear would (Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them as written).
 */
function dayNumber(year: number, month: number, day: number): DayNumber {
  // days from civil (H. Hinnant): years start on 1 March, so the leap day ends a year
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number, the inverse of dayNumber. */
function civil(dayNum: DayNumber): { year: number; month: number; day: number } {
  const z = dayNum + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The span a plan date can name (four-digit years). Arithmetic stays inside it, so every result prints as YYYY-MM-DD. */
export const FIRST_DAY: DayNumber = dayNumber(0, 1, 1);
export const LAST_DAY: DayNumber = dayNumber(9999, 12, 31);

export function formatDate(day: DayNumber): string {
  // by the calendar arithmetic, not Date: a run writes a date into every message about a stale item of every plan
  if (!(Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  const { year, month, day: date } = civil(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** Today's local calendar date. */
export function localToday(now = new Date()): DayNumber {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

// plans write a handful of intervals and limits (`1 year`, `72 hours`) on hundreds of items: each text is read once
const durations = new Map<string, Readonly<Duration> | undefined>();

/** parseDuration for the texts the rules read on every item: kept by text (at most 1,000), frozen, shared. */
export function durationOf(value: unknown): Readonly<Duration> | undefined {
  if (typeof value !== 'string') return undefined;
  if (durations.has(value)) return durations.get(value);
  const duration = parseDuration(value);
  if (durations.size >= 1_000) durations.clear();
  durations.set(value, duration === undefined ? undefined : Object.freeze(duration));
  return duration;
}

/**
 * Calendar arithmetic: 2026-08-31 + 6 months = 2027-02-28. Parts below a day count in whole days. A result past
 * 9999-12-31 (`review_every: 100000 years`) is 9999-12-31: as good as never, and still a date that prints.
 */
export function addDuration(day: DayNumber, duration: Readonly<Duration>): DayNumber {
  let year: number;
  let monthIndex: number;
  let date: number;
  if (Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY) {
    const start = civil(day);
    year = start.year;
    monthIndex = start.month - 1;
    date = start.day;
  } else {
    const start = new Date(day * DAY_MS);
    year = start.getUTCFullYear();
    monthIndex = start.getUTCMonth();
    date = start.getUTCDate();
  }
  const totalMonths = year * 12 + monthIndex + duration.years * 12 + duration.months;
  const resultYear = Math.floor(totalMonths / 12);
  if (!(resultYear <= 9999)) return LAST_DAY;
  const month = (totalMonths % 12) + 1;
  const dayOfMonth = Math.min(date, daysInMonth(resultYear, month));
  const result = (resultYear >= 0 && month >= 1 ? dayNumber(resultYear, month, dayOfMonth) : dateDayNumber(resultYear, month, dayOfMonth)) + duration.days + Math.floor(duration.minutes / 1440);
  return result <= LAST_DAY ? result : LAST_DAY;
}

/** dayNumber for what lies outside the plan's span: Date normalises any year, month and day. */
function dateDayNumber(year: number, month: number, day: number): DayNumber {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

/** Minutes in a duration, counting a month as 30 days and a year as 365: for comparing deadlines, not for dates. */
export function durationMinutes(duration: Readonly<Duration>): number {
  return ((duration.years * 365 + duration.months * 30 + duration.days) * 1440) + duration.minutes;
}

