import { formatDate, parseDate, parseDuration, type DayNumber, type Duration } from '../model/dates.js';

import { en, handbook } from './en.js';
import { exercise, type PackKey } from './exercise.en.js';
import type { Lang } from './lang.js';
import { sv } from './sv.js';
import type { Dictionary, MessageKey } from './types.js';

export { LANGS, type Lang } from './lang.js';
export type { Dictionary, MessageKey, PlanStrings } from './types.js';
export type { PackKey } from './exercise.en.js';

/** The one registry of languages: adding a language is a file like en.ts and a line here (and in lang.ts). */
const DICTIONARIES: Record<Lang, Dictionary> = { en, sv };

/** Every word krisplan writes in `lang`. */
export function words(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(handbook, key);
}

/** The fixed string `key` in `lang`, with `{name}` placeholders filled from `values`; `<key>.one` when `count` is 1. */
export function translate(lang: Lang, key: MessageKey, values: Record<string, unknown> = {}): string {
  const singular = `${key}.one`;
  const chosen = values.count === 1 && isMessageKey(singular) ? singular : key;
  return fill(DICTIONARIES[lang].handbook[chosen], values);
}

/** `{name}` placeholders of `text` filled from `values`; a name without a value stays as written. */
function fill(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/** The fixed string `key` of the exercise pack in `lang`, `{name}` filled from `values` (plan text stays text: templates escape it). */
export function say(lang: Lang, key: PackKey, values: Record<string, string | number> = {}): string {
  return fill(DICTIONARIES[lang].exercise[key], values);
}

export function isPackKey(key: string): key is PackKey {
  return Object.prototype.hasOwnProperty.call(exercise, key);
}

export function dictionary(lang: Lang): Readonly<Record<MessageKey, string>> {
  return DICTIONARIES[lang].handbook;
}

/** A date as the view model carries it: ISO for machines, the one text for readers of `lang`. */
export interface DateView {
  iso: string;
  /** the one date format of the language (dateText): "16 november 2026" / "16 November 2026" */
  text: string;
  /** the same as `text` (kept for templates written when the handbook had a shorter form too) */
  short: string;
}

/**
 * The one date format for people, per language: the day, the month in words and the year — "1 december 2026",
 * "1 December 2026". Språkrådet recommends this form for Swedish running text and finds 2026-12-01 unsuitable there
 * (https://sv.wikipedia.org/wiki/Datum, citing Språkrådet; read 2026-12-02), and the handbook's dates stand in
 * sentences ("Senast övad: …"); an English reader in Europe or the US reads it one way only, which 01/12/2026 is not.
 * Machine outputs (JSON, iCalendar, CSV, file names) keep ISO 8601.
 */
export function dateText(day: DayNumber, lang: Lang): string {
  const iso = formatDate(day);
  // Intl writes year 0 as 1 (it drops the era) and early years without their leading zeros: such a date, surely a
  // mistake in the plan, is shown as written
  if (iso < '1000' || iso > '9999') return iso;
  return new Intl.DateTimeFormat(DICTIONARIES[lang].locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day * 86_400_000));
}

/** A plan date (`YYYY-MM-DD`) in the language's one format; anything that is not a date as written. */
export function dateWords(value: string | undefined, lang: Lang): string | undefined {
  const day = parseDate(value);
  return day === undefined ? value : dateText(day, lang);
}

export function dateView(day: DayNumber, lang: Lang): DateView {
  const text = dateText(day, lang);
  return { iso: formatDate(day), text, short: text };
}

/** A duration in the reader's words, largest whole unit first: "30 min", "2 timmar", "1 week". */
export function durationText(duration: Duration, lang: Lang): string {
  const unit = (n: number, one: MessageKey, many: MessageKey) => `${n} ${translate(lang, n === 1 ? one : many)}`;
  const parts: string[] = [];
  if (duration.years > 0) parts.push(unit(duration.years, 'unit.year', 'unit.years'));
  if (duration.months > 0) parts.push(unit(duration.months, 'unit.month', 'unit.months'));
  if (duration.days > 0) {
    if (duration.days % 7 === 0) parts.push(unit(duration.days / 7, 'unit.week', 'unit.weeks'));
    else parts.push(unit(duration.days, 'unit.day', 'unit.days'));
  }
  const hours = Math.floor(duration.minutes / 60);
  const minutes = duration.minutes % 60;
  if (hours > 0) parts.push(unit(hours, 'unit.hour', 'unit.hours'));
  if (minutes > 0 || parts.length === 0) parts.push(`${minutes} ${translate(lang, 'unit.minute')}`);
  return parts.join(' ');
}

/** A duration as the plan writes it (`2 hours`, `PT90M`) in the reader's words; anything else as written. */
export function durationWords(value: string | undefined, lang: Lang): string | undefined {
  const duration = parseDuration(value);
  return duration ? durationText(duration, lang) : value;
}

/** A deadline after T, short: hours stay hours ("72 h", not "3 days", as the law writes them), longer parts in words. */
export function shortDurationText(duration: Duration, lang: Lang): string {
  const { minutes, ...rest } = duration;
  const parts = rest.years > 0 || rest.months > 0 || rest.days > 0 ? [durationText({ ...rest, minutes: 0 }, lang)] : [];
  const hours = Math.floor(minutes / 60);
  if (hours > 0) parts.push(`${hours} ${translate(lang, 'unit.h')}`);
  if (minutes % 60 > 0 || parts.length === 0) parts.push(`${minutes % 60} ${translate(lang, 'unit.minute')}`);
  return parts.join(' ');
}

/** `availability` as written, with the two values the contract names (`24/7`, `office-hours`) in the reader's words. */
export function availabilityText(availability: string | undefined, lang: Lang): string | undefined {
  const key = availability?.trim().toLowerCase();
  if (key === '24/7') return translate(lang, 'availability.always');
  if (key === 'office-hours' || key === 'office hours') return translate(lang, 'availability.officeHours');
  return availability;
}

const FREQUENCIES = new Set(['continuous', 'hourly', 'daily', 'weekly', 'monthly', 'yearly']);

/** A backup frequency as written in the plan (`daily`, `6 hours`, `PT6H`) in the reader's words. */
export function frequencyText(frequency: string, lang: Lang): string {
  if (FREQUENCIES.has(frequency)) return translate(lang, `freq.${frequency}` as MessageKey);
  const duration = parseDuration(frequency);
  return duration ? translate(lang, 'freq.every', { time: durationText(duration, lang) }) : frequency;
}
