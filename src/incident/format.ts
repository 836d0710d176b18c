import type { IncidentStatus, StatusDeadline } from './status.js';
import { span, wallClockText } from './time.js';
import { durationText, words, type Lang } from '../i18n/index.js';
import { parseDuration } from '../model/dates.js';
import { showControls } from '../util/controls.js';
import { safeHref } from '../util/html.js';
import { escapeMarkdown as md, escapeMarkdownUrl } from '../util/markdown.js';

/** The status screen: deadlines first (overdue, then by time), open steps late against their "by", reports, the log. */
export function statusText(status: IncidentStatus): string {
  const zone = status.timezone;
  const at = (iso: string | null) => (iso === null ? '—' : wallClockText(iso, zone, 'en'));
  const clean = (text: string) => showControls(text);
  const lines: string[] = [];
  lines.push(`incident ${status.incident}: ${clean(status.title ?? status.playbook)} (playbook ${status.playbook})${status.closed ? `, closed ${at(status.closed)}` : ''}`);
  lines.push(`level ${status.level ? `${status.level}${status.level_title ? ` (${clean(status.level_title)})` : ''}` : 'not set'} · T0 ${at(status.t0)} · now ${at(status.now)}`);
  lines.push('', 'deadlines');
  if (status.deadlines.length === 0) lines.push('  none in the playbook');
  for (const deadline of status.deadlines) lines.push(`  ${deadlineLine(deadline, at, clean)}`);
  const open = status.steps.filter((step) => step.done === null);
  const late = open.filter((step) => step.late);
  lines.push('', `steps: ${status.steps.length - open.length} of ${status.steps.length} done${late.length > 0 ? `, ${late.length} late` : ''}`);
  for (const step of status.steps) {
    const mark = step.done ? '[x]' : step.late ? '[!]' : '[ ]';
    const who = step.owner_label ? ` — ${clean(step.owner_label)}${step.phone ? ` ${clean(step.phone)}` : ''}` : '';
    const when = step.done ? `done ${at(step.done)}${step.late ? ' (late)' : ''}` : step.by ? `${step.late ? 'LATE, was due' : 'by'} ${at(step.by)}` : '';
    lines.push(`  ${mark} ${String(step.n).padStart(2)}. ${clean(step.action)}${who}${when ? `  ${when}` : ''}`);
  }
  lines.push('', 'situation reports');
  lines.push(`  last ${status.last_report ? at(status.last_report) : 'none yet'}${status.next_report ? ` · next due ${at(status.next_report)}${status.now > status.next_report && !status.closed ? ' (OVERDUE)' : ''} (every ${status.rhythm})` : ' · no rhythm set for this level'}`);
  lines.push('', `log (${status.log.length})`);
  for (const entry of status.log) lines.push(`  ${at(entry.at)}  ${clean(entry.by)}  ${entry.kind === 'note' ? '' : `${entry.kind.toUpperCase()}${entry.owner ? ` → ${clean(entry.owner)}` : ''}: `}${clean(entry.text)}`);
  return `${lines.join('\n')}\n`;
}

function deadlineLine(deadline: StatusDeadline, at: (iso: string | null) => string, clean: (text: string) => string): string {
  const kind = deadline.statutory ? 'law' : 'internal target';
  const to = deadline.notify ? ` → ${clean(deadline.notify.name)}${reachBy(deadline.notify) ? ` ${clean(reachBy(deadline.notify)!)}` : ''}` : '';
  const head = `${deadline.state.toUpperCase().padEnd(12)} ${deadline.due ? at(deadline.due) : deadline.waiting_for ? `after ${deadline.waiting_for}` : 'without undue delay'}  ${clean(deadline.title)} [${deadline.id}, ${kind}]${to}`;
  if (deadline.state === 'sent') return `${head}; sent ${at(deadline.sent)}${deadline.ref ? `, ref ${clean(deadline.ref)}` : ''}`;
  if (deadline.state === 'not-required') return `${head}; not required: ${clean(deadline.reason ?? '')}`;
  if (deadline.minutes_left === null) return head;
  return `${head}; ${deadline.minutes_left < 0 ? `${span(deadline.minutes_left)} OVERDUE` : `${span(deadline.minutes_left)} left`}`;
}

/** How to reach the recipient of a report: the phone, else the web form (an authority that takes reports online), else the e-mail. */
function reachBy(notify: NonNullable<StatusDeadline['notify']>): string | undefined {
  return notify.phone ?? notify.url ?? notify.email;
}


/** The recipient's phone, web form or e-mail in the situation report: a web form as a link that still reads as its address when pasted as text. */
function reachByMarkdown(notify: NonNullable<StatusDeadline['notify']>): string {
  const how = reachBy(notify);
  if (how === undefined) return '';
  const link = how === notify.url && notify.phone === undefined ? safeHref(how) : undefined;
  return link && /^https?:/i.test(link) ? ` <${escapeMarkdownUrl(link)}>` : ` ${md(how)}`;
}

/** A level's rhythm (`4 hours`) in the report's language (`4 timmar`), as written when it is not a duration. */
function rhythmText(rhythm: string | null | undefined, lang: Lang): string {
  const duration = rhythm ? parseDuration(rhythm) : undefined;
  return duration ? durationText(duration, lang) : (rhythm ?? '');
}

/** The situation report, in the plan's language, to paste or print. */
export function statusMarkdown(status: IncidentStatus, lang: Lang, organization: string | undefined): string {
  const w = words(lang).incident.report;
  const zone = status.timezone;
  const at = (iso: string | null) => (iso === null ? '—' : wallClockText(iso, zone, lang));
  const out: string[] = [];
  out.push(`# ${w.sitrep}: ${md(status.title ?? status.playbook)}`, '');
  out.push(`- **${w.incident}:** ${md(status.incident)}${organization ? ` (${md(organization)})` : ''}`);
  out.push(`- **${w.level}:** ${status.level ? md(status.level_title ?? status.level) : w.none}`);
  out.push(`- **T0 (${w.awareness}):** ${at(status.t0)}`);
  out.push(`- **${w.asOf}:** ${at(status.now)}`);
  if (status.next_report) {
    const isLate = !status.closed && status.now > status.next_report;
    out.push(`- **${w.nextReport}:** ${at(status.next_report)}${isLate ? ` **${w.states.overdue}**` : ''} (${w.every} ${md(rhythmText(status.rhythm, lang))})`);
  }
  out.push('', `## ${w.deadlines}`, '');
  if (status.deadlines.length === 0) out.push(w.none);
  else {
    out.push(`| ${w.state} | ${w.due} | ${w.what} | ${w.to} | ${w.basis} |`, '| --- | --- | --- | --- | --- |');
    for (const d of status.deadlines) {
      const state = d.state === 'sent' ? `${w.states.sent} ${at(d.sent)}${d.ref ? ` (${md(d.ref)})` : ''}` : d.state === 'not-required' ? `${w.states['not-required']}: ${md(d.reason ?? '')}` : w.states[d.state];
      out.push(`| ${state} | ${d.due ? at(d.due) : '—'} | ${md(d.title)} | ${d.notify ? `${md(d.notify.name)}${reachByMarkdown(d.notify)}` : ''} | ${d.basis ? md(d.basis) : d.statutory ? '' : w.internal} |`);
    }
  }
  out.push('', `## ${w.steps}`, '');
  for (const step of status.steps) {
    const when = step.done ? `${w.done} ${at(step.done)}` : step.by ? `${step.late ? `**${w.late}**, ` : ''}${w.by} ${at(step.by)}` : '';
    out.push(`- [${step.done ? 'x' : ' '}] ${step.n}. ${md(step.action)}${step.owner_label ? ` — ${md(step.owner_label)}` : ''}${when ? ` (${when})` : ''}`);
  }
  const decisions = status.log.filter((entry) => entry.kind !== 'note');
  out.push('', `## ${w.decisions}`, '');
  if (decisions.length === 0) out.push(w.none);
  for (const entry of decisions) out.push(`- ${at(entry.at)} ${md(entry.by)}: ${entry.kind === 'decision' ? `**${w.decision}:** ` : `**${w.action}${entry.owner ? ` (${md(entry.owner)})` : ''}:** `}${md(entry.text)}`);
  const notes = status.log.filter((entry) => entry.kind === 'note');
  out.push('', `## ${w.log}`, '');
  if (notes.length === 0) out.push(w.none);
  for (const entry of notes) out.push(`- ${at(entry.at)} ${md(entry.by)}: ${md(entry.text)}`);
  return `${out.join('\n')}\n`;
}
