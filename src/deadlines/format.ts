/** `krisplan deadlines` output: a table for people, JSON, Markdown and iCalendar, statutory deadlines first. */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { contentLines, escapeText } from '../util/content-lines.js';
import type { Deadline, DeadlineSet } from '../model/deadlines.js';
import type { Lang } from '../model/obligations.js';
import { parseDuration } from '../model/dates.js';
import { durationText, words } from '../i18n/index.js';
import { escapeMarkdown } from '../util/markdown.js';
import { showControls } from '../util/controls.js';
import { jsonText } from '../util/json.js';

export type DeadlineFormat = 'table' | 'json' | 'md' | 'ics';

function local(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm ZZ');
}

/** "72 hours" in the plan's language. */
function limitWords(within: string, lang: Lang): string {
  const duration = parseDuration(within);
  return duration ? durationText(duration, lang) : within;
}

/** When, in words: the local time, or why there is none. */
function when(deadline: Deadline, set: DeadlineSet, lang: Lang): string {
  const w = words(lang).deadlines;
  if (deadline.due !== null) return local(deadline.due, set.zone);
  if (deadline.within === null) return w.undue;
  if (deadline.waitingFor) return `${limitWords(deadline.within, lang)} ${w.from[deadline.waitingFor] ?? deadline.waitingFor}`;
  return `${limitWords(deadline.within, lang)} ${w.from.after} ${deadline.after ?? ''}`.trim();
}

/** The limit and what it counts from: "72 hours from awareness", "1 month after nis2-notification is sent — …". */
function rule(deadline: Deadline, set: DeadlineSet, lang: Lang): string {
  const w = words(lang).deadlines;
  const parts: string[] = [];
  if (deadline.within === null) parts.push(`${w.undue} (${w.from[deadline.from] ?? deadline.from})`);
  else if (deadline.from === 'after' && deadline.after !== undefined) {
    parts.push(`${limitWords(deadline.within, lang)} ${deadline.afterBasis === 'deadline' && deadline.due ? w.chained(deadline.after, local(deadline.due, set.zone)) : w.sentAt(deadline.after)}`);
  } else parts.push(`${limitWords(deadline.within, lang)} ${w.from[deadline.from] ?? deadline.from}`);
  if (deadline.waitingFor) parts.push(w.waiting(deadline.waitingFor));
  if (deadline.notLaterThan) parts.push(`${w.latest} ${local(deadline.notLaterThan, set.zone)} (${w.from.awareness} + ${w.secondLimit})`);
  if (deadline.sent) parts.push(`${w.sent} ${local(deadline.sent, set.zone)}`);
  return parts.join('; ');
}

function notifyText(deadline: Deadline, lang: Lang): string {
  const n = deadline.notify;
  if (!n) return deadline.recipient ? words(lang).deadlines.recipients[deadline.recipient] ?? deadline.recipient : words(lang).deadlines.none;
  return [n.name, n.phone, n.email, n.url].filter((part): part is string => part !== undefined && part !== '').join(', ');
}

function groups(set: DeadlineSet): [Deadline[], Deadline[]] {
  return [set.deadlines.filter((d) => d.statutory), set.deadlines.filter((d) => !d.statutory)];
}

/** A catalogue note (DORA's weekend relief, …) in full the first time, then by the id it was shown for. */
function noteTeller(): (deadline: Deadline) => string | undefined {
  const shown = new Map<string, string>();
  return (deadline) => {
    if (!deadline.note) return undefined;
    const first = shown.get(deadline.note);
    if (first !== undefined) return first;
    shown.set(deadline.note, deadline.id);
    return undefined;
  };
}

function table(set: DeadlineSet, title: string, lang: Lang): string {
  const w = words(lang).deadlines;
  const t = (text: string) => showControls(text);
  const lines = [`${w.heading} "${t(set.playbook)}" — ${t(title)}`, `${w.t0}: ${local(set.t0, set.zone)} (${set.t0})`, ''];
  if (set.deadlines.length === 0) return `${lines.join('\n')}${w.none2}\n`;
  const [statutory, internal] = groups(set);
  const shownFor = noteTeller();
  for (const [label, list] of [[w.statutory, statutory], [w.internal, internal]] as const) {
    if (list.length === 0) continue;
    lines.push(label);
    for (const d of list) {
      lines.push(`  ${when(d, set, lang).padEnd(24)}  ${t(d.title)}${d.obligation ? ` [${d.obligation}]` : ''}`);
      if (d.due !== null) lines.push(`  ${d.due.padEnd(24)}  ${t(rule(d, set, lang))}`);
      else lines.push(`  ${''.padEnd(24)}  ${t(rule(d, set, lang))}`);
      lines.push(`  ${''.padEnd(24)}  ${w.to}: ${t(notifyText(d, lang))}`);
      if (d.basis) lines.push(`  ${''.padEnd(24)}  ${t(d.basis)}`);
      if (d.note) {
        const first = shownFor(d);
        lines.push(`  ${''.padEnd(24)}  ${w.note}: ${t(first === undefined ? d.note : w.sameNote(first))}`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function markdown(set: DeadlineSet, title: string, lang: Lang): string {
  const w = words(lang).deadlines;
  const md = escapeMarkdown;
  const lines = [`## ${w.heading} ${md(set.playbook)} — ${md(title)}`, '', `${w.t0}: **${local(set.t0, set.zone)}** (${set.t0})`, ''];
  const [statutory, internal] = groups(set);
  for (const [label, list] of [[w.statutory, statutory], [w.internal, internal]] as const) {
    if (list.length === 0) continue;
    lines.push(`### ${label}`, '', w.columns, '| --- | --- | --- | --- | --- |');
    for (const d of list) {
      lines.push(`| ${md(when(d, set, lang))} | ${md(d.title)} | ${md(rule(d, set, lang))} | ${md(notifyText(d, lang))} | ${md(d.basis ?? '')} |`);
    }
    const notes = new Map<string, string[]>();
    for (const d of list) if (d.note) notes.set(d.note, [...(notes.get(d.note) ?? []), d.id]);
    if (notes.size > 0) lines.push('', `${w.notes}:`, '', ...[...notes].map(([note, ids]) => `- ${ids.map((id) => md(id)).join(', ')}: ${md(note)}`));
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function icsStamp(iso: string): string {
  return iso.replace(/[-:]/g, '');
}

function ics(set: DeadlineSet, title: string, lang: Lang, plan: string): string {
  const w = words(lang).deadlines;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//krisplan//krisplan deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `NAME:${escapeText(`${title} – ${set.playbook}`)}`];
  for (const d of set.deadlines) {
    if (d.due === null) continue;
    const uid = createHash('sha256').update(`${plan}\0${set.playbook}\0${set.t0}\0${d.id}`).digest('hex').slice(0, 32);
    const summary = `${d.statutory ? '' : `${w.internal}: `}${d.title}`;
    const description = [rule(d, set, lang), `${w.to}: ${notifyText(d, lang)}`, d.basis ?? '', d.condition ?? '', d.note ?? ''].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@krisplan`,
      `DTSTAMP:${icsStamp(set.t0)}`,
      `DTSTART:${icsStamp(d.due)}`,
      `DTEND:${icsStamp(d.due)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${d.statutory ? 'STATUTORY' : 'INTERNAL'}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      'TRIGGER:-PT1H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

export function formatDeadlines(set: DeadlineSet, format: DeadlineFormat, context: { title: string; lang: Lang; plan: string }): string {
  switch (format) {
    case 'json':
      return jsonText({
        t0: set.t0,
        zone: set.zone,
        playbook: set.playbook,
        deadlines: set.deadlines.map((d) => ({
          id: d.id,
          obligation: d.obligation ?? null,
          title: d.title,
          due: d.due,
          due_local: d.dueLocal,
          within: d.within,
          from: d.from,
          after: d.after ?? null,
          after_basis: d.afterBasis ?? null,
          not_later_than: d.notLaterThan ?? null,
          waiting_for: d.waitingFor ?? null,
          sent: d.sent ?? null,
          recipient: d.recipient ?? null,
          notify: d.notify ? { id: d.notify.id, name: d.notify.name, phone: d.notify.phone ?? null, email: d.notify.email ?? null, url: d.notify.url ?? null } : null,
          basis: d.basis ?? null,
          statutory: d.statutory,
          condition: d.condition ?? null,
          note: d.note ?? null,
        })),
      });
    case 'md':
      return markdown(set, context.title, context.lang);
    case 'ics':
      return ics(set, context.title, context.lang, context.plan);
    default:
      return table(set, context.title, context.lang);
  }
}
