import { DateTime } from 'luxon';
import { parseDuration } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { durationText, translate, words, type Lang } from '../i18n/index.js';
import { escapeHtml, mailtoHref, safeHref } from '../util/html.js';
import { phoneOutput, planCountry } from '../model/phone.js';
import { callList, whoIs } from './people.js';
import type { IncidentStatus, StatusDeadline } from './status.js';
import { plus, utcText, wallClockText } from './time.js';

export const KIT_FILE = 'kit.html';
const MEETINGS_FIRST_DAY = 12;
/** blank rows of the decision log: as many as fill one A4 page under its heading */
const DECISION_ROWS = 20;

/**
 * The printable incident kit: who to call, the deadlines as wall-clock times, the checklist with "by" times, the
 * crisis-team meetings with their agenda and rhythm, a decision-log form, a situation-report template and a
 * notification form per deadline, prefilled with what the plan knows. One self-contained HTML file, A4, printed
 * with the handbook's stylesheet (`handbookStyles`, from templates/handbook/html/styles.hbs) and the few rules of
 * its own below, so that the kit and the binder look alike.
 */
export function kitHtml(plan: Plan, status: IncidentStatus, playbookOwner: string | undefined, handbookStyles: string): string {
  const lang: Lang = plan.plan.language ?? 'en';
  const w: Readonly<Record<string, string>> = words(lang).incident.kit;
  const e = (text: string | undefined | null) => escapeHtml(text ?? '');
  const at = (iso: string | null) => (iso === null ? '' : e(wallClockText(iso, status.timezone, lang)));
  // date over time, so that narrow columns stay readable
  const at2 = (iso: string | null) => (iso === null ? '' : at(iso).replace(/ (\d\d:\d\d )/, '<br>$1'));
  const level = plan.activation?.levels.find((candidate) => candidate.id === status.level);
  // the link and the text from one reading of the number, as in the handbook
  const country = planCountry(plan);
  const phone = (value: string | undefined) => {
    if (!value) return '';
    const output = phoneOutput(value, country, words(lang).phone.extension);
    return link(output.href, output.text);
  };
  const mail = (value: string | undefined) => (value ? link(mailtoHref(value), value) : '');
  // where to send the report: the phone, else the authority's web form, else its e-mail (a form's full address is printed: paper has no links)
  const reach = (notify: NonNullable<StatusDeadline['notify']>) => {
    if (notify.phone) return `<br><span class="nowrap">${phone(notify.phone)}</span>`;
    if (notify.url) return `<br><span class="small">${link(safeHref(notify.url), notify.url)}</span>`;
    return notify.email ? `<br><span class="small">${mail(notify.email)}</span>` : '';
  };
  const blanks = (n: number, cells: number) => Array.from({ length: n }, () => `<tr>${'<td></td>'.repeat(cells)}</tr>`).join('');
  const s: string[] = [];

  s.push(`<section class="sheet first-hour"><p class="kicker">${e(w.kit)}${plan.plan.organization ? ` · ${e(plan.plan.organization)}` : ''}</p><h1>${e(status.title ?? status.playbook)}</h1>`);
  s.push(`<dl class="facts"><dt>${e(w.incident)}</dt><dd>${e(status.incident)}</dd><dt>${e(w.playbook)}</dt><dd>${e(status.playbook)}</dd>`);
  s.push(`<dt>${e(w.level)}</dt><dd>${e(level ? `${level.title ?? level.id}` : (status.level ?? '—'))}</dd><dt>${e(w.t0)}</dt><dd>${at(status.t0)}</dd><dt>${e(w.activated)}</dt><dd>${at(status.activated)}</dd></dl>`);
  s.push(`<p class="small">${e(w.printed)} ${e(status.timezone)}.</p>`);
  s.push(`<h2>${e(w.callNow)}</h2><table><thead><tr><th>${e(w.name)}</th><th>${e(w.phone)}</th><th>${e(w.email)}</th><th class="tick">✓</th></tr></thead><tbody>`);
  for (const person of callList(plan, status.level ?? undefined, playbookOwner)) s.push(`<tr><td>${e(person.label)}</td><td class="nowrap">${phone(person.phone)}</td><td>${mail(person.email)}</td><td class="tick">${BOX}</td></tr>`);
  s.push('</tbody></table>');
  s.push(`<h2>${e(w.deadlines)}</h2>`);
  if (status.deadlines.length === 0) s.push(`<p>${e(w.noDeadlines)}</p>`);
  else {
    s.push(`<table class="fixed grid"><colgroup><col style="width:30mm"><col><col style="width:46mm"><col style="width:34mm"></colgroup><thead><tr><th>${e(w.due)}</th><th>${e(w.what)}</th><th>${e(w.to)}</th><th>${e(w.sentAt)} / ${e(w.ref)}</th></tr></thead><tbody>`);
    for (const d of status.deadlines) {
      const due = d.due ? `<strong>${at2(d.due)}</strong>` : d.waiting_for ? `${e(w.waiting)} ${e(d.waiting_for)}` : e(w.undue);
      s.push(`<tr><td${d.due ? ' class="nowrap"' : ''}>${due}</td><td>${e(d.title)}<br><span class="small">${d.statutory ? e(w.law) : e(w.internal)}${d.basis ? ` · ${e(d.basis)}` : ''} · ${e(d.id)}</span></td><td>${d.notify ? `${e(d.notify.name)}${reach(d.notify)}` : ''}</td><td class="write">${d.sent ? `${at(d.sent)} ${e(d.ref)}` : ''}</td></tr>`);
    }
    s.push('</tbody></table>');
  }
  s.push('</section>');

  s.push(`<section class="sheet"><h2>${e(w.checklist)}</h2><table class="fixed grid"><colgroup><col style="width:9mm"><col><col style="width:40mm"><col style="width:27mm"><col style="width:24mm"></colgroup><thead><tr><th class="tick">✓</th><th>${e(w.step)}</th><th>${e(w.owner)}</th><th>${e(w.by)}</th><th>${e(w.doneAt)}</th></tr></thead><tbody>`);
  for (const step of status.steps) {
    s.push(`<tr><td class="tick">${step.done ? '☑' : BOX}</td><td>${step.n}. ${e(step.action)}</td><td>${e(step.owner_label)}${step.phone ? `<br><span class="nowrap">${phone(step.phone)}</span>` : ''}</td><td>${at2(step.by)}</td><td class="write">${step.done ? at(step.done) : ''}</td></tr>`);
  }
  s.push('</tbody></table></section>');

  s.push(`<section class="sheet"><h2>${e(w.meetings)}</h2>`);
  if (level?.meet) s.push(`<p><strong>${e(w.meet)}:</strong> ${e(level.meet)}</p>`);
  if (level?.rhythm) {
    const rhythm = parseDuration(level.rhythm);
    s.push(`<p><strong>${e(w.rhythm)} ${e(rhythm ? durationText(rhythm, lang) : level.rhythm)}.</strong></p>`);
    const times: string[] = [];
    let next: DateTime = DateTime.fromISO(status.activated, { zone: 'utc' });
    const end = next.plus({ hours: 24 });
    for (let i = 0; i < MEETINGS_FIRST_DAY; i++) {
      const later = plus(next, level.rhythm, status.timezone);
      if (!later || later > end) break;
      next = later;
      times.push(utcText(later));
    }
    if (times.length > 0) s.push(`<p><strong>${e(w.nextMeetings)}:</strong> ${times.map((time) => `<span class="meeting">${BOX} ${at(time).slice(11, 16)}</span>`).join(' ')}</p>`);
  } else s.push(`<p>${e(w.noRhythm)}</p>`);
  s.push(`<h3>${e(w.agenda)}</h3><ol>${[1, 2, 3, 4, 5, 6, 7].map((n) => `<li>${e(w[`agenda${n}`])}</li>`).join('')}</ol>`);
  const standDown = plan.activation?.stand_down ?? [];
  if (standDown.length > 0) s.push(`<h3>${e(w.standDown)}</h3><ul>${standDown.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`);
  s.push('</section>');
  // a page of its own: the meetings page grows with the plan's texts, and a form row cut over a page is no use
  s.push(`<section class="sheet"><h2>${e(w.decisionLog)}</h2><table class="grid form"><thead><tr><th class="time">${e(w.time)}</th><th>${e(w.decision)}</th><th>${e(w.decidedBy)}</th><th>${e(w.owner)}</th></tr></thead><tbody>${blanks(DECISION_ROWS, 4)}</tbody></table></section>`);

  s.push(`<section class="sheet"><h2>${e(w.sitrep)}</h2><dl class="fill">`);
  for (const key of ['sitrepAt', 'sitrepWhat', 'sitrepImpact', 'sitrepDone', 'sitrepNext', 'sitrepDeadlines', 'sitrepNextReport']) s.push(`<dt>${e(w[key])}</dt><dd class="${key === 'sitrepAt' || key === 'sitrepNextReport' ? 'line' : 'lines'}"></dd>`);
  s.push('</dl></section>');

  const contact = whoIs(plan, plan.activation?.levels.length ? playbookOwner : plan.plan.owner) ?? whoIs(plan, plan.plan.owner);
  for (const d of status.deadlines) s.push(form(d, plan, contact, at, e, phone, mail, w));

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="krisplan activate">
<title>${e(w.kit)}: ${e(status.incident)}</title>
<style>
${handbookStyles}
${kitStyles(lang)}</style>
</head>
<body>
<main class="kit">
${s.join('\n')}
</main>
</body>
</html>
`;
}

function form(
  d: StatusDeadline,
  plan: Plan,
  contact: ReturnType<typeof whoIs>,
  at: (iso: string | null) => string,
  e: (text: string | undefined | null) => string,
  phone: (value: string | undefined) => string,
  mail: (value: string | undefined) => string,
  w: Record<string, string>,
): string {
  const gdpr = d.obligation === 'gdpr-33' || /GDPR\W+(art\.?|artikel)\s*33\b/i.test(d.basis ?? '');
  const out: string[] = [`<section class="sheet"><h2>${e(w.form)}: ${e(d.title)}</h2><dl class="facts">`];
  out.push(`<dt>${e(w.organization)}</dt><dd>${e(plan.plan.organization)}</dd>`);
  if (contact) out.push(`<dt>${e(w.contact)}</dt><dd>${e(contact.label)} ${phone(contact.phone)} ${mail(contact.email)}</dd>`);
  out.push(`<dt>${e(w.report)}</dt><dd>${e(d.title)} — ${d.due ? `<strong>${at(d.due)}</strong>` : e(d.waiting_for ? `${w.waiting} ${d.waiting_for}` : w.undue)}${d.basis ? ` (${e(d.basis)})` : ''}</dd>`);
  if (d.notify) {
    const recipient = plan.contacts.find((candidate) => candidate.id === d.notify!.id);
    const url = d.notify.url ?? (recipient as { url?: string } | undefined)?.url;
    out.push(`<dt>${e(w.recipient)}</dt><dd>${e(d.notify.name)} ${phone(d.notify.phone)} ${mail(d.notify.email)}${url ? ` · ${e(w.web)}: ${link(safeHref(url), url)}` : ''}</dd>`);
  }
  out.push('</dl>');
  const fields = gdpr ? ['gdprA', 'gdprB', 'gdprC', 'gdprD', 'gdprLate'] : ['fieldWhat', 'fieldImpact', 'fieldMeasures'];
  if (gdpr) out.push(`<p class="small">${e(w.fieldsGdpr)}</p>`);
  out.push('<dl class="fill">');
  for (const key of fields) out.push(`<dt>${e(w[key])}</dt><dd class="lines"></dd>`);
  out.push(`<dt>${e(w.sentBy)}</dt><dd class="line"></dd></dl>`);
  if (gdpr) out.push(`<p class="small">${e(w.gdprPhases)}</p>`);
  out.push('</section>');
  return out.join('');
}

function link(href: string | undefined, text: string): string {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** An empty box to tick, drawn as the handbook draws the boxes of its checklists. */
const BOX = '<span class="box"></span>';

/**
 * What the kit adds to the handbook's stylesheet: boxed tables and write-in fields to fill in by hand, and a page
 * number on the first page too (the handbook's first page is its cover, the kit's is the one used first).
 */
function kitStyles(lang: Lang): string {
  const pageOf = `"${translate(lang, 'doc.page')} " counter(page) " ${translate(lang, 'doc.of')} " counter(pages)`;
  return `
/* the incident kit */
@page :first { @bottom-right { content: ${pageOf}; font: 8pt system-ui, sans-serif; color: #5b6570; } }
.kit .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: var(--critical); font-weight: 700; margin: 0 0 4px; font-size: 9pt; }
.kit h1 { font-size: 20pt; }
.kit h2 { font-size: 14pt; margin-top: 14px; margin-bottom: 8px; }
.kit table.fixed { table-layout: fixed; }
.kit table.grid th, .kit table.grid td { border: 1px solid var(--line); }
.kit table.grid thead th { border-bottom: 1.5px solid var(--ink); }
.kit td { overflow-wrap: anywhere; }
.kit .tick { width: 9mm; text-align: center; font-size: 12pt; }
.kit .tick .box { display: inline-block; vertical-align: middle; }
.kit .nowrap { white-space: nowrap; }
.kit .form td { height: 10mm; }
.kit .form .time { width: 22mm; }
.kit .meeting { display: inline-block; margin: 0 10px 4px 0; white-space: nowrap; }
.kit .meeting .box { display: inline-block; vertical-align: middle; }
.kit dl.fill dt { font-weight: 600; margin-top: 8px; }
.kit dl.fill dd { margin: 2px 0 0; border: 1px solid var(--muted); border-radius: 2px; }
.kit dl.fill dd.line { height: 9mm; }
.kit dl.fill dd.lines { height: 26mm; }
`;
}
