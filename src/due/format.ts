import { escapeMarkdown } from '../util/markdown.js';
import { Chalk } from 'chalk';
import { formatDate, type DayNumber } from '../model/dates.js';
import { dateText } from '../i18n/index.js';
import { showControls } from '../util/controls.js';
import type { DueItem } from './items.js';
import { dueStatus, dueSummary, kindTitle } from './text.js';
import { jsonText } from '../util/json.js';

export interface DueReport {
  today: DayNumber;
  until: DayNumber;
  /** the window as the user wrote it */
  within: string;
  files: readonly string[];
  /** items due by `until`, by date */
  items: readonly DueItem[];
}

interface OwnerGroup {
  owner?: string;
  name?: string;
  items: DueItem[];
}

/** Items grouped by owner name (one person may own items in several plans), groups by their earliest date. */
export function groupByOwner(items: readonly DueItem[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const item of items) {
    const key = item.ownerName ?? '';
    const group = groups.get(key) ?? { owner: item.owner, name: item.ownerName, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // items arrive by date, so each group's first item is its earliest
  return [...groups.values()].sort((a, b) => a.items[0]!.due - b.items[0]!.due || compare(a.name ?? '\u{10FFFF}', b.name ?? '\u{10FFFF}'));
}

export function formatJson(report: DueReport): string {
  const groups = groupByOwner(report.items).map((group) => ({
    owner: group.owner ?? null,
    name: group.name ?? null,
    items: group.items.map((item) => ({
      file: item.file,
      kind: item.kind,
      id: item.key.startsWith('/') ? null : item.key,
      path: item.item,
      what: kindTitle(item.kind),
      title: item.label,
      due: formatDate(item.due),
      days: item.due - report.today,
      last: item.last ?? null,
      every: item.every ?? null,
    })),
  }));
  return jsonText({ today: formatDate(report.today), until: formatDate(report.until), within: report.within, owners: groups, summary: summary(report) });
}

export function formatTable(report: DueReport, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const counts = summary(report);
  const out = [chalk.bold(headline(report, counts))];
  const showFile = report.files.length > 1;
  const statusWidth = Math.max(0, ...report.items.map((item) => dueStatus(item, report.today).length));
  // dates for people in the one English format, padded so the columns stay aligned ("1 May 2027" is shorter than "30 September 2027")
  const dateWidth = Math.max(0, ...report.items.map((item) => dateText(item.due, 'en').length));
  for (const group of groupByOwner(report.items)) {
    out.push('', chalk.bold(showControls(group.name === undefined ? 'no owner' : group.owner && group.owner !== group.name ? `${group.name} (${group.owner})` : group.name)));
    for (const item of group.items) {
      const status = dueStatus(item, report.today).padEnd(statusWidth);
      const painted = item.due < report.today ? chalk.red(status) : item.due === report.today ? chalk.yellow(status) : status;
      out.push(`  ${dateText(item.due, 'en').padEnd(dateWidth)}  ${painted}  ${showControls(dueSummary(item, 'en', false))}${showFile ? `  ${chalk.dim(showControls(item.file))}` : ''}`.trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}

/** GitHub-flavoured Markdown for an issue or a job summary: a checklist per owner. */
export function formatMarkdown(report: DueReport): string {
  const counts = summary(report);
  const out = [`## Crisis plan: due by ${dateText(report.until, 'en')}`, '', `${escapeMd(headline(report, counts))}`];
  for (const group of groupByOwner(report.items)) {
    out.push('', `### ${escapeMd(group.name ?? 'No owner')}`, '');
    for (const item of group.items) {
      const status = dueStatus(item, report.today);
      out.push(`- [ ] **${dateText(item.due, 'en')}** (${item.due < report.today ? `**${status}**` : status}) ${escapeMd(dueSummary(item, 'en', false))} — \`${code(item.file)}\` \`${code(item.item)}\``);
    }
  }
  return `${out.join('\n')}\n`;
}

function summary(report: DueReport): { items: number; overdue: number; files: number } {
  return { items: report.items.length, overdue: report.items.filter((item) => item.due < report.today).length, files: report.files.length };
}

function headline(report: DueReport, counts: { items: number; overdue: number }): string {
  const window = `within ${report.within} of ${dateText(report.today, 'en')}, by ${dateText(report.until, 'en')}`;
  if (counts.items === 0) return `Nothing due ${window}.`;
  return `${counts.items} ${counts.items === 1 ? 'item' : 'items'} due ${window}${counts.overdue > 0 ? `, ${counts.overdue} overdue` : ''}.`;
}

/** Plan text in Markdown: the one escape for GitHub Markdown (no mentions, links, autolinks, math, HTML or table breaks). */
function escapeMd(text: string): string {
  return escapeMarkdown(text);
}

function code(text: string): string {
  return showControls(text).replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
