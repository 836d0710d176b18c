import { formatDate, parseDuration, type DayNumber, type Duration } from '../model/dates.js';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Every fixed string of the handbook. `{name}` marks a value filled in by the `t` helper's hash arguments. */
const en = {
  'doc.handbook': 'Crisis handbook',
  'doc.page': 'Page',
  'doc.of': 'of',
  'doc.generated': 'Printed {date} from {file}',
  'doc.warnings': 'This plan has {count} warnings; they are marked next to the items they concern.',
  'doc.warnings.one': 'This plan has 1 warning; it is marked next to the item it concerns.',
  'doc.warning': 'Warning',
  'doc.line': 'line',
  'doc.unknown': 'not given',
  'cover.organization': 'Organisation',
  'cover.owner': 'Plan owner',
  'cover.reviewed': 'Last review',
  'cover.nextReview': 'Next review due',
  'cover.stale': 'Review overdue by {count} days',
  'cover.inCrisis': 'In a crisis:',
  'cover.start': 'Start with “The first hour” on the next page.',
  'cover.stale.one': 'Review overdue by 1 day',
  'section.firstHour': 'The first hour',
  'section.contents': 'Contents',
  'section.playbooks': 'Playbooks',
  'section.contacts': 'Contacts',
  'section.risks': 'Risks',
  'section.preparedness': 'Preparedness',
  'section.recovery': 'Recovery objectives',
  'section.evaluations': 'Evaluations and follow-up',
  'firstHour.intro': 'Keep calm. Call the crisis lead, open the playbook that fits, and tick off each step.',
  'firstHour.lead': 'Crisis lead',
  'firstHour.deputy': 'Deputy',
  'firstHour.callList': 'Call list',
  'firstHour.crisisSite': 'Crisis web',
  'firstHour.switch': 'To switch to it, call the owner of the crisis web:',
  'firstHour.messages': 'The pre-approved message for each crisis is in its playbook.',
  'firstHour.noSite': 'No standby crisis web is planned.',
  'firstHour.whichPlaybook': 'What has happened?',
  'firstHour.moreClocks': 'more deadlines in the playbook',
  'contact.name': 'Name',
  'contact.role': 'Role',
  'contact.phone': 'Phone',
  'contact.email': 'Email',
  'contact.availability': 'Availability',
  'contact.verified': 'Verified',
  'contact.deputy': 'Deputy',
  'contact.notVerified': 'never verified',
  'group.staff': 'Staff',
  'group.supplier': 'Suppliers',
  'group.authority': 'Authorities',
  'group.other': 'Other contacts',
  'playbook.trigger': 'When',
  'playbook.owner': 'Playbook owner',
  'playbook.within': 'within {time}',
  'playbook.message': 'Pre-approved message for the crisis web',
  'playbook.risks': 'Risks',
  'playbook.steps': 'Steps',
  'playbook.done': 'Done',
  'playbook.services': 'Restores',
  'playbook.exercised': 'Last exercised',
  'playbook.neverExercised': 'never',
  'playbook.exerciseDue': 'next exercise due {date}',
  'clock.title': 'Deadlines',
  'clock.by': 'by',
  'clock.to': 'To',
  'clock.from.detection': 'from detection',
  'clock.from.activation': 'from activation of the plan',
  'clock.writeIn': 'Deadline (date, time):',
  'step.owner': 'Owner',
  'risk.matrix': 'Risk matrix',
  'risk.register': 'Risk register',
  'risk.severity': 'Severity',
  'risk.likelihood': 'Likelihood',
  'risk.score': 'Score',
  'risk.level': 'Level',
  'risk.owner': 'Owner',
  'risk.mitigations': 'Mitigations',
  'risk.playbook': 'Playbook',
  'risk.noPlaybook': 'no playbook',
  'risk.risk': 'Risk',
  'risk.scoreIs': 'Score = severity × likelihood, highest first.',
  'risk.none': 'No risks have been assessed.',
  'risk.inherent': 'Inherent risk',
  'risk.residual': 'Residual risk (after mitigations)',
  'risk.residualShort': 'Residual',
  'risk.notRated': 'not rated',
  'risk.inherentOnly': '* no residual rating: placed by its inherent rating',
  'level.critical': 'critical',
  'level.high': 'high',
  'level.medium': 'medium',
  'level.low': 'low',
  'prep.crisisSite': 'Crisis web',
  'prep.backups': 'Backups',
  'prep.training': 'Training and exercises',
  'prep.resources': 'Resources',
  'prep.url': 'Address',
  'prep.hosting': 'Hosting',
  'prep.owner': 'Owner',
  'prep.system': 'System',
  'prep.frequency': 'Frequency',
  'prep.restoreTested': 'Restore tested',
  'prep.tested': 'Tested',
  'prep.topic': 'Topic',
  'prep.audience': 'Audience',
  'prep.held': 'Held',
  'prep.every': 'Every',
  'prep.nextDue': 'Next due',
  'prep.provider': 'Provider',
  'prep.resource': 'Resource',
  'prep.status': 'Status',
  'prep.ok': 'OK',
  'prep.stale': 'Overdue {days} d',
  'prep.never': 'never',
  'prep.neverDone': 'Never done',
  'prep.restoreTook': 'took {time}',
  'prep.exercises': 'Playbook exercises',
  'prep.exercisesIntro': 'Playbooks for high and critical risks must be exercised at regular intervals. The last exercise is taken from the playbook’s exercise dates and from the evaluations of exercises that name it.',
  'prep.playbook': 'Playbook',
  'prep.level': 'Risk level',
  'prep.exercised': 'Exercised',
  'recovery.intro': 'How long each service may be down (RTO), how much data, counted in time, may be lost (RPO), and the backups that bring it back.',
  'recovery.rto': 'RTO – max downtime',
  'recovery.rpo': 'RPO – max data loss',
  'recovery.owner': 'Owner',
  'recovery.dependsOn': 'Depends on',
  'recovery.backups': 'Backups',
  'recovery.restoreTook': 'Restore took',
  'recovery.notMeasured': 'not measured',
  'recovery.noBackup': 'No backup protects this service.',
  'recovery.tooRare': 'less frequent than the RPO',
  'recovery.tooSlow': 'longer than the RTO',
  'recovery.playbooks': 'Playbooks',
  'recovery.unknown': 'not set',
  'eval.openActions': 'Open follow-up actions',
  'eval.noOpenActions': 'No open follow-up actions.',
  'eval.action': 'Action',
  'eval.owner': 'Owner',
  'eval.due': 'Due',
  'eval.from': 'From',
  'eval.overdue': 'overdue',
  'eval.done': 'done',
  'eval.open': 'open',
  'eval.wentWell': 'Went well',
  'eval.improve': 'To improve',
  'eval.actions': 'Actions',
  'eval.incident': 'Incident',
  'eval.exercise': 'Exercise',
  'eval.none': 'No evaluations yet.',
  'eval.playbook': 'Exercised playbook',
  'eval.playbooks': 'Exercised playbooks',
  'freq.continuous': 'continuous',
  'freq.hourly': 'hourly',
  'freq.daily': 'daily',
  'freq.weekly': 'weekly',
  'freq.monthly': 'monthly',
  'freq.yearly': 'yearly',
  'freq.every': 'every {time}',
  'unit.minute': 'min',
  'unit.h': 'h',
  'unit.hour': 'hour',
  'unit.hours': 'hours',
  'unit.day': 'day',
  'unit.days': 'days',
  'unit.week': 'week',
  'unit.weeks': 'weeks',
  'unit.month': 'month',
  'unit.months': 'months',
  'unit.year': 'year',
  'unit.years': 'years',
} as const;

export type MessageKey = keyof typeof en;

const sv: Record<MessageKey, string> = {
  'doc.handbook': 'Krishandbok',
  'doc.page': 'Sida',
  'doc.of': 'av',
  'doc.generated': 'Utskriven {date} från {file}',
  'doc.warnings': 'Planen har {count} varningar; de är markerade vid det de gäller.',
  'doc.warnings.one': 'Planen har 1 varning; den är markerad vid det den gäller.',
  'doc.warning': 'Varning',
  'doc.line': 'rad',
  'doc.unknown': 'ej angivet',
  'cover.organization': 'Organisation',
  'cover.owner': 'Planens ägare',
  'cover.reviewed': 'Senast genomgången',
  'cover.nextReview': 'Nästa genomgång senast',
  'cover.stale': 'Genomgången är {count} dagar försenad',
  'cover.inCrisis': 'Vid en kris:',
  'cover.start': 'Börja med ”Första timmen” på nästa sida.',
  'cover.stale.one': 'Genomgången är 1 dag försenad',
  'section.firstHour': 'Första timmen',
  'section.contents': 'Innehåll',
  'section.playbooks': 'Handlingsplaner',
  'section.contacts': 'Kontakter',
  'section.risks': 'Risker',
  'section.preparedness': 'Beredskap',
  'section.recovery': 'Återställningsmål',
  'section.evaluations': 'Utvärderingar och uppföljning',
  'firstHour.intro': 'Behåll lugnet. Ring krisledaren, öppna den handlingsplan som passar och bocka av varje steg.',
  'firstHour.lead': 'Krisledare',
  'firstHour.deputy': 'Ersättare',
  'firstHour.callList': 'Ringlista',
  'firstHour.crisisSite': 'Kriswebb',
  'firstHour.switch': 'För att växla till kriswebben, ring den som ansvarar för den:',
  'firstHour.messages': 'Förgodkänt meddelande för varje kris finns i dess handlingsplan.',
  'firstHour.noSite': 'Ingen kriswebb är förberedd.',
  'firstHour.whichPlaybook': 'Vad har hänt?',
  'firstHour.moreClocks': 'fler tidsfrister i handlingsplanen',
  'contact.name': 'Namn',
  'contact.role': 'Roll',
  'contact.phone': 'Telefon',
  'contact.email': 'E-post',
  'contact.availability': 'Nås',
  'contact.verified': 'Kontrollerad',
  'contact.deputy': 'Ersättare',
  'contact.notVerified': 'aldrig kontrollerad',
  'group.staff': 'Personal',
  'group.supplier': 'Leverantörer',
  'group.authority': 'Myndigheter',
  'group.other': 'Övriga kontakter',
  'playbook.trigger': 'När',
  'playbook.owner': 'Ansvarig för planen',
  'playbook.within': 'inom {time}',
  'playbook.message': 'Förgodkänt meddelande för kriswebben',
  'playbook.risks': 'Risker',
  'playbook.steps': 'Steg',
  'playbook.done': 'Klart',
  'playbook.services': 'Återställer',
  'playbook.exercised': 'Senast övad',
  'playbook.neverExercised': 'aldrig',
  'playbook.exerciseDue': 'ska övas igen senast {date}',
  'clock.title': 'Tidsfrister',
  'clock.by': 'senast',
  'clock.to': 'Till',
  'clock.from.detection': 'från upptäckt',
  'clock.from.activation': 'från att planen aktiverades',
  'clock.writeIn': 'Senast (datum, klockslag):',
  'step.owner': 'Ansvarig',
  'risk.matrix': 'Riskmatris',
  'risk.register': 'Riskregister',
  'risk.severity': 'Konsekvens',
  'risk.likelihood': 'Sannolikhet',
  'risk.score': 'Poäng',
  'risk.level': 'Nivå',
  'risk.owner': 'Ansvarig',
  'risk.mitigations': 'Åtgärder',
  'risk.playbook': 'Handlingsplan',
  'risk.noPlaybook': 'ingen handlingsplan',
  'risk.risk': 'Risk',
  'risk.scoreIs': 'Poäng = konsekvens × sannolikhet, högst först.',
  'risk.none': 'Inga risker är bedömda.',
  'risk.inherent': 'Inneboende risk',
  'risk.residual': 'Restrisk (efter åtgärder)',
  'risk.residualShort': 'Restrisk',
  'risk.notRated': 'ej bedömd',
  'risk.inherentOnly': '* ingen restriskbedömning: placerad efter sin inneboende bedömning',
  'level.critical': 'kritisk',
  'level.high': 'hög',
  'level.medium': 'medel',
  'level.low': 'låg',
  'prep.crisisSite': 'Kriswebb',
  'prep.backups': 'Säkerhetskopior',
  'prep.training': 'Utbildning och övningar',
  'prep.resources': 'Resurser',
  'prep.url': 'Adress',
  'prep.hosting': 'Hosting',
  'prep.owner': 'Ansvarig',
  'prep.system': 'System',
  'prep.frequency': 'Frekvens',
  'prep.restoreTested': 'Återläsning testad',
  'prep.tested': 'Testad',
  'prep.topic': 'Ämne',
  'prep.audience': 'Deltagare',
  'prep.held': 'Hölls',
  'prep.every': 'Intervall',
  'prep.nextDue': 'Nästa senast',
  'prep.provider': 'Leverantör',
  'prep.resource': 'Resurs',
  'prep.status': 'Status',
  'prep.ok': 'OK',
  'prep.stale': 'Försenad {days} d',
  'prep.never': 'aldrig',
  'prep.neverDone': 'Aldrig gjord',
  'prep.restoreTook': 'tog {time}',
  'prep.exercises': 'Övning av handlingsplaner',
  'prep.exercisesIntro': 'Handlingsplaner för höga och kritiska risker ska övas med jämna mellanrum. Senaste övning tas från handlingsplanens övningsdatum och från utvärderingar av övningar som anger handlingsplanen.',
  'prep.playbook': 'Handlingsplan',
  'prep.level': 'Risknivå',
  'prep.exercised': 'Övad',
  'recovery.intro': 'Hur länge varje tjänst får ligga nere (RTO), hur mycket data, räknat i tid, vi högst får förlora (RPO), och vilka säkerhetskopior som återställer den.',
  'recovery.rto': 'RTO – längsta avbrott',
  'recovery.rpo': 'RPO – största dataförlust',
  'recovery.owner': 'Ansvarig',
  'recovery.dependsOn': 'Beroende av',
  'recovery.backups': 'Säkerhetskopior',
  'recovery.restoreTook': 'Återläsning tog',
  'recovery.notMeasured': 'ej mätt',
  'recovery.noBackup': 'Ingen säkerhetskopia skyddar tjänsten.',
  'recovery.tooRare': 'glesare än RPO',
  'recovery.tooSlow': 'längre än RTO',
  'recovery.playbooks': 'Handlingsplaner',
  'recovery.unknown': 'ej angivet',
  'eval.openActions': 'Öppna uppföljande åtgärder',
  'eval.noOpenActions': 'Inga öppna åtgärder.',
  'eval.action': 'Åtgärd',
  'eval.owner': 'Ansvarig',
  'eval.due': 'Klart senast',
  'eval.from': 'Från',
  'eval.overdue': 'försenad',
  'eval.done': 'klar',
  'eval.open': 'öppen',
  'eval.wentWell': 'Gick bra',
  'eval.improve': 'Att förbättra',
  'eval.actions': 'Åtgärder',
  'eval.incident': 'Incident',
  'eval.exercise': 'Övning',
  'eval.none': 'Inga utvärderingar än.',
  'eval.playbook': 'Övad handlingsplan',
  'eval.playbooks': 'Övade handlingsplaner',
  'freq.continuous': 'löpande',
  'freq.hourly': 'varje timme',
  'freq.daily': 'dagligen',
  'freq.weekly': 'varje vecka',
  'freq.monthly': 'varje månad',
  'freq.yearly': 'varje år',
  'freq.every': 'var {time}',
  'unit.minute': 'min',
  'unit.h': 'h',
  'unit.hour': 'timme',
  'unit.hours': 'timmar',
  'unit.day': 'dag',
  'unit.days': 'dagar',
  'unit.week': 'vecka',
  'unit.weeks': 'veckor',
  'unit.month': 'månad',
  'unit.months': 'månader',
  'unit.year': 'år',
  'unit.years': 'år',
};

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, sv };
const LOCALES: Record<Lang, string> = { en: 'en-GB', sv: 'sv-SE' };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The fixed string `key` in `lang`, with `{name}` placeholders filled from `values`; `<key>.one` when `count` is 1. */
export function translate(lang: Lang, key: MessageKey, values: Record<string, unknown> = {}): string {
  const singular = `${key}.one`;
  const chosen = values.count === 1 && isMessageKey(singular) ? singular : key;
  return DICTIONARIES[lang][chosen].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

export function dictionary(lang: Lang): Readonly<Record<MessageKey, string>> {
  return DICTIONARIES[lang];
}

/** A date as the view model carries it: ISO for machines, long and short text for readers of `lang`. */
export interface DateView {
  iso: string;
  /** e.g. "16 november 2026" / "16 November 2026" */
  text: string;
  /** e.g. "16 nov. 2026" / "16 Nov 2026" */
  short: string;
}

export function dateView(day: DayNumber, lang: Lang): DateView {
  const iso = formatDate(day);
  // Intl writes year 0 as 1 (it drops the era) and early years without their leading zeros: such a date, surely a
  // mistake in the plan, is shown as written
  if (iso < '1000') return { iso, text: iso, short: iso };
  const date = new Date(day * 86_400_000);
  const format = (style: 'long' | 'medium') => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: style, timeZone: 'UTC' }).format(date);
  return { iso, text: format('long'), short: format('medium') };
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

const FREQUENCIES = new Set(['continuous', 'hourly', 'daily', 'weekly', 'monthly', 'yearly']);

/** A backup frequency as written in the plan (`daily`, `6 hours`, `PT6H`) in the reader's words. */
export function frequencyText(frequency: string, lang: Lang): string {
  if (FREQUENCIES.has(frequency)) return translate(lang, `freq.${frequency}` as MessageKey);
  const duration = parseDuration(frequency);
  return duration ? translate(lang, 'freq.every', { time: durationText(duration, lang) }) : frequency;
}
