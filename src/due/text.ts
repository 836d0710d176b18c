import { parseDuration } from '../model/dates.js';
import { dateWords, durationText, words, type Lang } from '../i18n/index.js';
import type { DueItem, DueKind } from './items.js';
import { shorten } from '../util/shorten.js';

export function kindTitle(kind: DueKind, lang: Lang = 'en'): string {
  return words(lang).due.what[kind][0];
}

/** One line: `Review risk: Överbelastning / DDoS`, with ` (Erik Holm)` when the owner is not shown elsewhere. */
export function dueSummary(item: DueItem, lang: Lang = 'en', withOwner = true): string {
  const label = item.label === '' ? '' : `: ${item.label}`;
  return `${kindTitle(item.kind, lang)}${label}${withOwner ? ` (${item.ownerName === undefined ? words(lang).due.labels.noOwner : shorten(item.ownerName)})` : ''}`;
}

/** What to do, who owns it, when it was last done and where in which plan, one fact a line. */
export function dueDescription(item: DueItem, planTitle: string | undefined, lang: Lang = 'en'): string {
  const labels = words(lang).due.labels;
  // the owner and the plan are references, shown in full where they are defined: repeated per item they are shortened
  const lines = [words(lang).due.what[item.kind][1], `${labels.owner}: ${item.ownerName === undefined ? labels.noOwner : shorten(item.ownerName)}`];
  if (item.last !== undefined && item.every !== undefined) {
    const every = parseDuration(item.every);
    lines.push(`${labels.last}: ${dateWords(item.last, lang)}, ${labels.every} ${every ? durationText(every, lang) : item.every}`);
  }
  const where = item.key.startsWith('/') ? item.item : `${item.item} (${item.key})`;
  lines.push(`${labels.plan}: ${planTitle ? `${shorten(planTitle)}, ` : ''}${item.file} ${where}`);
  return lines.join('\n');
}

/** `overdue by 3 days`, `due today`, `due in 12 days`. */
export function dueStatus(item: DueItem, today: number): string {
  const days = item.due - today;
  if (days < 0) return `overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'due today';
  return `due in ${days} ${days === 1 ? 'day' : 'days'}`;
}
