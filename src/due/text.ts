import { parseDuration } from '../model/dates.js';
import { durationText, type Lang } from '../render/i18n.js';
import type { DueItem, DueKind } from './items.js';
import { shorten } from '../util/shorten.js';

/** Per kind: a short title and what to do, in each handbook language. */
const WHAT: Record<Lang, Record<DueKind, [string, string]>> = {
  en: {
    plan: ['Review the crisis plan', 'Go through the whole plan with the crisis group and update plan.reviewed.'],
    risk: ['Review risk', 'Review the rating and the mitigations and update the risk\'s reviewed date.'],
    contact: ['Verify contact', 'Confirm phone, email and availability and update verified.'],
    crisis_site: ['Test the crisis web', 'Test switching to the standby crisis web and update tested.'],
    backup: ['Test a restore', 'Restore from the backup for real and update restore_tested.'],
    training: ['Hold training', 'Hold the training or exercise and update held.'],
    action: ['Follow-up action', 'Carry out the action and set done: true.'],
    exercise: ['Exercise the playbook', 'Hold an exercise of the playbook with the people who own its steps, and add the date to its exercised list.'],
  },
  sv: {
    plan: ['Gå igenom krisplanen', 'Gå igenom hela planen med krisgruppen och uppdatera plan.reviewed.'],
    risk: ['Gå igenom risken', 'Gå igenom bedömningen och åtgärderna och uppdatera riskens reviewed.'],
    contact: ['Bekräfta kontakten', 'Bekräfta telefon, e-post och tillgänglighet och uppdatera verified.'],
    crisis_site: ['Testa kriswebben', 'Testa att byta till kriswebben och uppdatera tested.'],
    backup: ['Testa återläsning', 'Läs tillbaka säkerhetskopian på riktigt och uppdatera restore_tested.'],
    training: ['Håll utbildningen', 'Håll utbildningen eller övningen och uppdatera held.'],
    action: ['Uppföljande åtgärd', 'Genomför åtgärden och sätt done: true.'],
    exercise: ['Öva handlingsplanen', 'Håll en övning av handlingsplanen med dem som äger dess steg, och lägg till datumet i exercised.'],
  },
};

const LABELS: Record<Lang, { owner: string; noOwner: string; last: string; every: string; plan: string }> = {
  en: { owner: 'Owner', noOwner: 'no owner', last: 'Last done', every: 'every', plan: 'Plan' },
  sv: { owner: 'Ansvarig', noOwner: 'ingen ansvarig', last: 'Senast', every: 'intervall', plan: 'Plan' },
};

export function kindTitle(kind: DueKind, lang: Lang = 'en'): string {
  return WHAT[lang][kind][0];
}

/** One line: `Review risk: Överbelastning / DDoS`, with ` (Erik Holm)` when the owner is not shown elsewhere. */
export function dueSummary(item: DueItem, lang: Lang = 'en', withOwner = true): string {
  const label = item.label === '' ? '' : `: ${item.label}`;
  return `${kindTitle(item.kind, lang)}${label}${withOwner ? ` (${item.ownerName === undefined ? LABELS[lang].noOwner : shorten(item.ownerName)})` : ''}`;
}

/** What to do, who owns it, when it was last done and where in which plan, one fact a line. */
export function dueDescription(item: DueItem, planTitle: string | undefined, lang: Lang = 'en'): string {
  const words = LABELS[lang];
  // the owner and the plan are references, shown in full where they are defined: repeated per item they are shortened
  const lines = [WHAT[lang][item.kind][1], `${words.owner}: ${item.ownerName === undefined ? words.noOwner : shorten(item.ownerName)}`];
  if (item.last !== undefined && item.every !== undefined) {
    const every = parseDuration(item.every);
    lines.push(`${words.last}: ${item.last}, ${words.every} ${every ? durationText(every, lang) : item.every}`);
  }
  const where = item.key.startsWith('/') ? item.item : `${item.item} (${item.key})`;
  lines.push(`${words.plan}: ${planTitle ? `${shorten(planTitle)}, ` : ''}${item.file} ${where}`);
  return lines.join('\n');
}

/** `overdue by 3 days`, `due today`, `due in 12 days`. */
export function dueStatus(item: DueItem, today: number): string {
  const days = item.due - today;
  if (days < 0) return `overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'due today';
  return `due in ${days} ${days === 1 ? 'day' : 'days'}`;
}
