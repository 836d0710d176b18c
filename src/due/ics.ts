import { createHash } from 'node:crypto';
import type { DayNumber } from '../model/dates.js';
import { formatDate, LAST_DAY } from '../model/dates.js';
import type { Lang } from '../i18n/index.js';
import type { DueItem } from './items.js';
import { dueDescription, dueSummary } from './text.js';
import { contentLines, escapeText } from '../util/content-lines.js';

export interface CalendarPlan {
  file: string;
  title?: string;
  lang: Lang;
  items: readonly DueItem[];
}

export interface CalendarOptions {
  /** DTSTAMP of every event, as a UTC date-time */
  stamp: Date;
  version: string;
}

/** An RFC 5545 calendar with one all-day event per due item. */
export function buildCalendar(plans: readonly CalendarPlan[], options: CalendarOptions): string {
  const name = plans.length === 1 && plans[0]!.title ? plans[0]!.title : 'krisplan';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//krisplan//krisplan ${escapeText(options.version)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    // subscribers refetch daily, so a plan change shows up without re-importing (RFC 7986)
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  const stamp = dateTime(options.stamp);
  for (const plan of plans) {
    for (const item of plan.items) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${eventUid(item)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${date(item.due)}`,
        // an all-day event ends the next day; on 9999-12-31, where date arithmetic stops, a DTSTART alone says one day
        ...(item.due < LAST_DAY ? [`DTEND;VALUE=DATE:${date(item.due + 1)}`] : []),
        `SUMMARY:${escapeText(dueSummary(item, plan.lang))}`,
        `DESCRIPTION:${escapeText(dueDescription(item, plan.title, plan.lang))}`,
        `CATEGORIES:krisplan,${escapeText(item.kind)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

/**
 * The same item of the same plan file gets the same UID on every run, so a re-import or a subscription updates
 * the event instead of adding a second one. The file is part of it so that two plans never share a UID.
 */
export function eventUid(item: DueItem): string {
  const file = item.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const hash = createHash('sha256').update(`${file}\n${item.kind}\n${item.key}`).digest('hex').slice(0, 20);
  const slug = item.key.replace(/[^a-z0-9_-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${item.kind.replace('_', '-')}-${slug ? `${slug}-` : ''}${hash}@krisplan`;
}

function date(day: DayNumber): string {
  return formatDate(day).replace(/-/g, '');
}

function dateTime(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
