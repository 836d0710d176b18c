import { DateTime } from 'luxon';
import { KrisplanError } from '../errors.js';
import { parseDuration } from '../model/dates.js';
import { dateWords, type Lang } from '../i18n/index.js';

/** Date-times of an incident: ISO 8601 in, ISO 8601 UTC without fractions out, wall-clock text in the plan's zone. */

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An ISO 8601 date-time; without an offset it is read in `zone`. */
export function parseInstant(text: string, zone: string, what: string): DateTime {
  const trimmed = text.trim();
  const value = DateTime.fromISO(trimmed, { zone, setZone: true });
  if (!ISO_DATE_TIME.test(trimmed) || !value.isValid) {
    throw new KrisplanError(`${what} "${text}" is not an ISO 8601 date-time such as 2026-12-04T16:00:00+01:00`);
  }
  return value;
}

export function utcText(value: DateTime): string {
  return value.toUTC().toISO({ suppressMilliseconds: true })!.replace(/\.\d+Z$/, 'Z');
}

/** `--now`, else KRISPLAN_NOW, else the clock. */
export function resolveNow(flag: string | undefined, zone: string, env = process.env): DateTime {
  if (flag !== undefined) return parseInstant(flag, zone, '--now');
  const fromEnv = env.KRISPLAN_NOW;
  if (fromEnv !== undefined && fromEnv !== '') return parseInstant(fromEnv, zone, 'KRISPLAN_NOW');
  return DateTime.now().startOf('second');
}

/** `start` plus a plan duration, with calendar months and days in `zone`; undefined for no or a bad duration. */
export function plus(start: DateTime, within: string | undefined, zone: string): DateTime | undefined {
  const duration = parseDuration(within);
  if (!duration) return undefined;
  return start.setZone(zone).plus({ years: duration.years, months: duration.months, days: duration.days }).plus({ minutes: duration.minutes });
}

/** `2026-12-04 16:00 +01:00`: the wall clock in the zone, with its offset so that a DST change cannot mislead. */
export function wallClock(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm ZZ');
}

/** `4 december 2026 16:00 +01:00`: the wall clock for people, its date in the language's one format (dateText). */
export function wallClockText(iso: string, zone: string, lang: Lang): string {
  const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return `${dateWords(local.toISODate() ?? '', lang)} ${local.toFormat('HH:mm ZZ')}`;
}

/** A span in words: `3 h 20 min`, `2 d 4 h`, `12 min`. */
export function span(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

export function minutesBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}
