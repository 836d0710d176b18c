import { smallest } from '../util/list.js';
import { durationMinutes, parseDuration } from './dates.js';

/**
 * How often a backup runs, read from the free text people write in `frequency:` (format 1 never asked for a
 * keyword). English and Swedish: keywords (`nightly`, `varje natt`), "every 15 minutes" / "var 15:e minut",
 * "twice a day" / "två gånger per dygn", durations and ISO 8601. A compound text ("transaction log every 15 minutes,
 * full copy nightly") runs as often as its most frequent part. Undefined when nothing in the text says how often.
 */
export function frequencyMinutes(frequency: string | undefined): number | undefined {
  if (frequency === undefined) return undefined;
  const text = frequency.toLowerCase().replace(/\s+/g, ' ').trim();
  return Object.prototype.hasOwnProperty.call(KEYWORDS, text) ? KEYWORDS[text] : readFrequency(frequency, text);
}

/** The full reading, without the keyword shortcut: durations, then every phrase pattern. */
export function readFrequency(frequency: string, text = frequency.toLowerCase().replace(/\s+/g, ' ').trim()): number | undefined {
  const found: number[] = [];
  // a bare duration or ISO 8601 value, alone or as one part of a list ("1 hour; P1D")
  for (const part of frequency.replace(/\s+/g, ' ').split(/[,;+/]| plus | and | och | samt /i)) {
    const duration = parseDuration(part.trim()) ?? parseDuration(swedishDuration(part.trim().toLowerCase()));
    if (duration) found.push(durationMinutes(duration));
  }
  for (const [pattern, minutes] of phrases()) {
    for (const match of text.matchAll(pattern)) found.push(minutes(match));
  }
  return smallest(found);
}

const MINUTE = 1;
const HOUR = 60;
const DAY = 24 * HOUR;
const UNITS: Record<string, number> = {
  minute: MINUTE, minutes: MINUTE, min: MINUTE, mins: MINUTE, minut: MINUTE, minuter: MINUTE, minuten: MINUTE,
  hour: HOUR, hours: HOUR, hr: HOUR, hrs: HOUR, h: HOUR, timme: HOUR, timmar: HOUR, timmen: HOUR,
  day: DAY, days: DAY, dag: DAY, dagar: DAY, dygn: DAY, dygnet: DAY, night: DAY, nights: DAY, natt: DAY, nätter: DAY,
  week: 7 * DAY, weeks: 7 * DAY, vecka: 7 * DAY, veckor: 7 * DAY, veckan: 7 * DAY,
  month: 30 * DAY, months: 30 * DAY, månad: 30 * DAY, månader: 30 * DAY, månaden: 30 * DAY,
  year: 365 * DAY, years: 365 * DAY, år: 365 * DAY, året: 365 * DAY,
};
const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, tio: 10, tolv: 12, femton: 15, tjugo: 20, trettio: 30,
  andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, tionde: 10, tolfte: 12, femtonde: 15, tjugonde: 20, trettionde: 30,
  other: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
};

const unit = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const number = `[0-9]+(?::?[ea])?|${Object.keys(NUMBERS).join('|')}`;
// word boundaries that know å, ä and ö (\b does not)
const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
const count = (value: string | undefined) => (value === undefined ? 1 : (NUMBERS[value] ?? Number.parseInt(value, 10)));
const fixed = (minutes: number) => () => minutes;

/** Phrases and what each says, in minutes between runs; every match in the text counts. */
let PHRASES: [RegExp, (match: RegExpMatchArray) => number][] | undefined;

/**
 * The phrase patterns, built on first use: their Unicode look-arounds cost V8 about 10 ms to build and more to
 * compile, and most plans write one of the KEYWORDS below, which need none of them.
 */
const phrases = (): [RegExp, (match: RegExpMatchArray) => number][] => (PHRASES ??= [
  [word('continuous(?:ly)?|real[- ]?time|streaming|on (?:every|each) (?:change|write|commit)|every (?:change|write|transaction)|kontinuerlig(?:t|a)?|löpande|i realtid|realtid|vid (?:varje|alla) (?:ändring|förändring)(?:ar)?|varje (?:ändring|transaktion)'), fixed(0)],
  [word('hourly|every hour|each hour|once (?:an|per) hour|timvis|varje timme|en gång (?:i|per) timmen?'), fixed(HOUR)],
  [word('every minute|varje minut'), fixed(MINUTE)],
  [word('daily|nightly|dagligen|nattligen|dagliga?|nattliga?|varje (?:dag|natt|dygn)|varje kväll|every (?:day|night|evening)|each (?:day|night)|once (?:a|per) day|en gång (?:per|om|i) (?:dag|dygn|dygnet)(?:en)?'), fixed(DAY)],
  [word('weekly|veckovis|varje vecka|every week|each week|once (?:a|per) week|en gång i veckan|en gång per vecka|veckoliga?'), fixed(7 * DAY)],
  [word('monthly|månadsvis|varje månad|every month|each month|once (?:a|per) month|en gång i månaden|en gång per månad|månatlig(?:a|en)?'), fixed(30 * DAY)],
  [word('yearly|annually|årligen|varje år|every year|once a year'), fixed(365 * DAY)],
  [word('varje kvart|var(?:je)? femtonde minut|every quarter[- ]hour'), fixed(15)],
  [word('var(?:je)? halvtimme|every half[- ]hour|half[- ]hourly'), fixed(30)],
  [word('varannan (dag|natt|vecka|timme|månad)'), (m) => 2 * UNITS[m[1]!]!],
  // every 15 minutes, every two hours, each 4 h, var 15:e minut, var fjärde timme, varje 2 timmar
  [word(`(?:every|each|var|varje) (${number}) ?(${unit})`), (m) => count(m[1]) * UNITS[m[2]!]!],
  // twice a day, 3 times per day, två gånger per dygn, 4 ggr/dag
  [word(`(twice|${number}) (?:times|gånger|ggr|ggr\\.?) ?(?:a|an|per|om|i|/) ?(${unit})`), (m) => UNITS[m[2]!]! / (m[1] === 'twice' ? 2 : count(m[1]))],
  [word(`twice (?:a|an|per) (${unit})`), (m) => UNITS[m[1]!]! / 2],
]);

/**
 * A whole frequency text that is one of these (after lower-casing and folding spaces) is read without the phrase
 * patterns; tests/model/frequency.test.ts checks that each gives exactly what the full reading gives.
 */
export const KEYWORDS: Readonly<Record<string, number>> = {
  continuous: 0, continuously: 0, 'real-time': 0, realtime: 0, 'real time': 0, 'on every change': 0, kontinuerlig: 0, kontinuerligt: 0, löpande: 0, realtid: 0, 'i realtid': 0,
  'every minute': MINUTE, 'every 15 minutes': 15, 'every 30 minutes': 30, hourly: HOUR, 'every hour': HOUR, timvis: HOUR, 'varje timme': HOUR,
  daily: DAY, nightly: DAY, 'every day': DAY, 'every night': DAY, 'once a day': DAY, dagligen: DAY, nattligen: DAY, 'varje dag': DAY, 'varje natt': DAY, 'varje dygn': DAY,
  weekly: 7 * DAY, 'every week': 7 * DAY, veckovis: 7 * DAY, 'varje vecka': 7 * DAY,
  monthly: 30 * DAY, 'every month': 30 * DAY, månadsvis: 30 * DAY, 'varje månad': 30 * DAY,
  yearly: 365 * DAY, annually: 365 * DAY, årligen: 365 * DAY, 'varje år': 365 * DAY,
};

/** `15 minuter`, `4 timmar`, `1 dag` as the English durations parseDuration reads. */
function swedishDuration(text: string): string {
  const match = /^([1-9][0-9]*) (minut|minuter|timme|timmar|dag|dagar|dygn|vecka|veckor|månad|månader|år)$/u.exec(text);
  if (!match) return text;
  const english: Record<string, string> = { minut: 'minute', minuter: 'minute', timme: 'hour', timmar: 'hour', dag: 'day', dagar: 'day', dygn: 'day', vecka: 'week', veckor: 'week', månad: 'month', månader: 'month', år: 'year' };
  return `${match[1]} ${english[match[2]!]}s`;
}
