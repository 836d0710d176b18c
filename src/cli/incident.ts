import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DateTime } from 'luxon';
import { appendEvaluation } from '../edit/index.js';
import { findPlanFiles } from '../engine/files.js';
import { loadPlans } from '../engine/validate.js';
import { KrisplanError } from '../errors.js';
import { incidentEvaluation } from '../incident/evaluation.js';
import { KIT_FILE, kitHtml } from '../incident/kit.js';
import { writeFileAtomic } from '../util/write.js';
import { statusMarkdown, statusText } from '../incident/format.js';
import { callList } from '../incident/people.js';
import type { Entry, LoadedIncident } from '../incident/record.js';
import { foldEntries } from '../incident/state.js';
import { planOfIncident, sha256 } from '../incident/plan-at.js';
import { incidentStatus } from '../incident/status.js';
import { addEntry, createIncident, findIncident, headCommit, incidentsRoot, isClosed, loadIncident, whoAmI } from '../incident/store.js';
import { parseInstant, plus, utcText, wallClockText, resolveNow } from '../incident/time.js';
import type { Plan } from '../model/plan.js';
import { preparePhoneNumbers } from '../model/phone.js';
import { showControls, terminal } from '../util/controls.js';
import { jsonText } from '../util/json.js';
import { openConfig, planPaths } from '../engine/open.js';
import type { CommonOptions } from './common.js';
import { FINDINGS, OK } from './exit-codes.js';
import { switchSite } from './incident-site.js';
import { oneReadyPlan } from './one-plan.js';

export interface IncidentOptions extends CommonOptions {
  plan?: string;
  by?: string;
  at?: string;
  now?: string;
}

/** The zone wall-clock times are shown in: the plan's, else its language's usual one. */
function zoneOf(plan: Plan): string {
  const own = (plan.plan as { timezone?: string }).timezone;
  if (own) return own;
  return plan.plan.language === 'sv' ? 'Europe/Stockholm' : 'UTC';
}

/** `--at`, else now. */
function when(options: IncidentOptions, zone: string): DateTime {
  return options.at !== undefined ? parseInstant(options.at, zone, '--at') : resolveNow(options.now, zone);
}

export async function runActivate(playbookId: string, options: IncidentOptions & { t0: string; level?: string; pdf?: boolean; site?: string }): Promise<number> {
  const one = (await oneReadyPlan(options.plan, options, 'activate')).ready;
  if (!one) return FINDINGS;
  const { file, plan } = one;
  const playbook = plan.playbooks.find((candidate) => candidate.id === playbookId);
  if (!playbook) throw new KrisplanError(`no playbook "${playbookId}" in ${file}; the playbooks are: ${plan.playbooks.map((candidate) => candidate.id).join(', ')}`);
  const zone = zoneOf(plan);
  const t0 = parseInstant(options.t0, zone, '--t0');
  const at = when(options, zone);
  if (t0 > at) throw new KrisplanError(`--t0 ${options.t0} is later than the activation (${utcText(at)}); T0 is when you became aware, which is before you activate`);
  const levels = plan.activation?.levels ?? [];
  if (options.level !== undefined && !levels.some((level) => level.id === options.level)) {
    throw new KrisplanError(`no level "${options.level}" in activation.levels of ${file}${levels.length > 0 ? `; the levels are: ${levels.map((level) => level.id).join(', ')}` : '; add activation: with levels:'}`);
  }
  const level = options.level ?? levels.at(-1)?.id;
  const config = openConfig(options);
  const root = incidentsRoot(config.incidents, file);
  const by = options.by ?? whoAmI(dirname(resolve(file)));
  const commit = headCommit(file);
  // which bytes the incident runs on: status tells later whether the plan changed since, and the commit holds it
  const fingerprint = sha256(readFileSync(resolve(file)));
  const steps = playbook.steps.map((step, index) => {
    const due = plus(t0, step.within, zone);
    return { n: index + 1, action: step.action ?? '', ...(step.owner ? { owner: step.owner } : {}), ...(step.within ? { within: step.within } : {}), ...(due ? { by: utcText(due) } : {}) };
  });
  const date = t0.setZone(zone).toISODate()!;
  // Chromium is looked for before anything is written: no PDF means no incident folder either
  const chrome = options.pdf ? (await import('../render/pdf.js')).findChrome() : undefined;
  const kits: { dir: string; html: string }[] = [];
  // the kit prints with the handbook's stylesheet, so that the two look alike
  const styles = (await import('../render/templates.js')).handbookStyles(plan.plan.language ?? 'en');
  const incident = createIncident(
    root,
    date,
    {
      krisplan_incident: 1,
      ...(commit ? { commit } : {}),
      playbook: playbookId,
      ...(playbook.title ? { title: playbook.title } : {}),
      ...(level ? { level } : {}),
      t0: utcText(t0),
      activated: utcText(at),
      by,
      timezone: zone,
      plan_sha256: fingerprint,
      steps,
    },
    (dir) => relative(dir, resolve(file)).split(sep).join('/'),
    (dir, record) => {
      const html = kitHtml(plan, incidentStatus(plan, { dir, record, entries: [] }, at), playbook.owner, styles);
      writeFileAtomic(join(dir, KIT_FILE), html, { overwrite: false });
      if (chrome) kits.push({ dir, html });
    },
  );
  for (const kit of kits) {
    try {
      const pdf = await (await import('../render/pdf.js')).printPdf(kit.html, chrome!, at.toUTC().toISO()!);
      writeFileAtomic(join(kit.dir, 'kit.pdf'), pdf, { overwrite: false });
    } catch (error) {
      // whole or nothing: an incident whose kit could not be printed is not left half made
      rmSync(kit.dir, { recursive: true, force: true });
      throw error;
    }
  }
  const status = incidentStatus(plan, incident, at);
  const shown = relative(process.cwd(), incident.dir) || '.';
  let siteLine: string | undefined;
  try {
    if (options.site !== undefined) siteLine = await switchSite(plan, playbookId, options.site, status.activated, status.next_report, zone);
  } catch (error) {
    // the crisis web refused (a file krisplan did not write): the incident is not left half made either
    rmSync(incident.dir, { recursive: true, force: true });
    throw error;
  }
  const out: string[] = [terminal`activated ${playbookId} as incident ${incident.record.id} in ${shown}/ (print ${join(shown, chrome ? 'kit.pdf' : KIT_FILE)})`, ''];
  out.push('call now');
  for (const person of callList(plan, level, playbook.owner)) out.push(`  ${showControls(person.label)}${person.phone ? `  ${showControls(person.phone)}` : ''}${person.email ? `  ${showControls(person.email)}` : ''}`);
  const text = statusText(status).split('\n');
  out.push('', ...text.slice(text.indexOf('deadlines'), text.indexOf('situation reports') - 1));
  if (siteLine) out.push('', siteLine);
  out.push('', `next: krisplan log ${incident.record.id} "…" · krisplan step ${incident.record.id} 1 --done · krisplan status ${incident.record.id}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return OK;
}

/** Where incidents are looked for: the config's folder, else `incidents/` beside each plan found. */
async function incidentRoots(options: IncidentOptions): Promise<string[]> {
  const config = openConfig(options);
  if (config.incidents) return [config.incidents];
  const paths = options.plan !== undefined ? [options.plan] : planPaths([], config);
  const files = await findPlanFiles(paths, process.cwd(), config.limits.files);
  return [...new Set(files.map((file) => incidentsRoot(undefined, file)))];
}

interface OpenedIncident {
  incident: LoadedIncident;
  /** the plan as it was at activation, when that is known; else as it is now */
  plan: Plan;
  /** the plan file as it is now */
  planFile: string;
  /** one line when the plan read is not simply the current one */
  note?: string;
}

async function openIncident(argument: string | undefined, options: IncidentOptions, mayBeClosed = false): Promise<OpenedIncident> {
  const looksLikePath = argument !== undefined && (argument.includes('/') || argument.includes(sep));
  const incident = findIncident(argument, looksLikePath ? [] : await incidentRoots(options));
  if (!mayBeClosed && isClosed(incident)) throw new KrisplanError(`incident ${incident.record.id} is closed; nothing was written`);
  const config = openConfig(options);
  await preparePhoneNumbers();
  const found = planOfIncident(incident, config);
  if (!found) throw new KrisplanError(`cannot read the plan of incident ${incident.record.id} (${incident.record.plan})`);
  return { incident, plan: found.plan, planFile: found.file, ...(found.note ? { note: found.note } : {}) };
}

/** The note on the plan read, for the commands that write an entry: on stderr, so their output stays one line. */
function tell(note: string | undefined): void {
  if (note) process.stderr.write(`krisplan: ${note}\n`);
}

function write(incident: LoadedIncident, plan: Plan, options: IncidentOptions, entry: Omit<Entry, 'krisplan_incident_entry' | 'at' | 'by'>): string {
  const zone = incident.record.timezone;
  const at = when(options, zone);
  if (utcText(at) < incident.record.t0) throw new KrisplanError(`--at ${options.at} is before T0 of incident ${incident.record.id} (${incident.record.t0})`);
  const by = options.by ?? whoAmI(incident.dir);
  addEntry(incident.dir, { at: utcText(at), by, ...entry });
  void plan;
  return wallClockText(utcText(at), zone, 'en');
}

/** `log [INCIDENT] TEXT`: with one argument it is the text. */
export async function runLog(args: string[], options: IncidentOptions & { decision?: boolean; action?: string; sitrep?: boolean }): Promise<number> {
  const [argument, text] = args.length >= 2 ? [args[0], args.slice(1).join(' ')] : [undefined, args[0]];
  if (text === undefined || text.trim() === '') throw new KrisplanError('log needs a text: krisplan log [INCIDENT] "what happened"');
  const { incident, plan, note } = await openIncident(argument, options);
  tell(note);
  if (options.action !== undefined && !plan.contacts.some((c) => c.id === options.action) && !plan.roles.some((r) => r.id === options.action)) {
    throw new KrisplanError(`--action ${options.action} is no contact or role id in the plan; name who owns the action`);
  }
  const kind = options.action !== undefined ? 'action' : options.decision ? 'decision' : options.sitrep ? 'sitrep' : 'note';
  const at = write(incident, plan, options, { kind, text, ...(options.action !== undefined ? { owner: options.action } : {}) });
  process.stdout.write(`logged ${kind} in ${incident.record.id} at ${at}\n`);
  return OK;
}

export async function runStep(args: string[], options: IncidentOptions & { done?: boolean }): Promise<number> {
  const [argument, number] = args.length >= 2 ? [args[0], args[1]] : [undefined, args[0]];
  if (!options.done) throw new KrisplanError('step needs --done: krisplan step [INCIDENT] N --done');
  const { incident, plan, note } = await openIncident(argument, options);
  tell(note);
  const n = Number(number);
  const step = incident.record.steps.find((candidate) => candidate.n === n);
  if (!step || !/^\d+$/.test(number ?? '')) throw new KrisplanError(`incident ${incident.record.id} has no step ${number}; its steps are 1 to ${incident.record.steps.length}`);
  if (foldEntries(incident).done.has(n)) throw new KrisplanError(`step ${n} of incident ${incident.record.id} is already done; nothing was written`);
  const at = write(incident, plan, options, { kind: 'step', step: n });
  process.stdout.write(`step ${n} done at ${at}: ${showControls(step.action)}\n`);
  return OK;
}

export async function runNotified(args: string[], options: IncidentOptions & { ref?: string; notRequired?: string }): Promise<number> {
  const [argument, clock] = args.length >= 2 ? [args[0], args[1]] : [undefined, args[0]];
  if ((options.ref === undefined) === (options.notRequired === undefined)) throw new KrisplanError('notified needs either --ref REF (the report was sent) or --not-required REASON');
  const { incident, plan, note } = await openIncident(argument, options);
  tell(note);
  const status = incidentStatus(plan, incident, resolveNow(options.now, incident.record.timezone));
  const deadline = status.deadlines.find((candidate) => candidate.id === clock);
  if (!deadline) throw new KrisplanError(`incident ${incident.record.id} has no deadline "${clock}"; its deadlines are: ${status.deadlines.map((d) => d.id).join(', ') || 'none'}`);
  if (deadline.state === 'sent' || deadline.state === 'not-required') throw new KrisplanError(`deadline ${clock} of incident ${incident.record.id} is already ${deadline.state}; nothing was written`);
  const at = options.ref !== undefined
    ? write(incident, plan, options, { kind: 'notified', clock: clock!, ref: options.ref })
    : write(incident, plan, options, { kind: 'not-required', clock: clock!, reason: options.notRequired! });
  process.stdout.write(options.ref !== undefined ? `recorded ${clock} as sent at ${at}, ref ${showControls(options.ref)}\n` : `recorded ${clock} as not required at ${at}\n`);
  return OK;
}

export async function runEvent(args: string[], options: IncidentOptions): Promise<number> {
  const [argument, event] = args.length >= 2 ? [args[0], args[1]] : [undefined, args[0]];
  if (event !== 'classification' && event !== 'fix-available') throw new KrisplanError(`event must be classification or fix-available, not "${event ?? ''}"`);
  const { incident, plan, note } = await openIncident(argument, options);
  tell(note);
  const now = resolveNow(options.now, incident.record.timezone);
  const before = new Map(incidentStatus(plan, incident, now).deadlines.map((deadline) => [deadline.id, deadline.due]));
  const at = write(incident, plan, options, { kind: 'event', event });
  // what the event starts: the deadlines that now have a time, or none (a plan without DORA or CRA clocks)
  const started = incidentStatus(plan, loadIncident(incident.dir), now).deadlines.filter((deadline) => deadline.due !== null && deadline.due !== before.get(deadline.id));
  const out = [`recorded ${event} at ${at}`];
  if (started.length === 0) out.push(`no deadline of incident ${incident.record.id} starts from ${event}`);
  for (const deadline of started) out.push(`  ${wallClockText(deadline.due!, incident.record.timezone, 'en')}  ${showControls(deadline.title)} [${deadline.id}]`);
  process.stdout.write(`${out.join('\n')}\n`);
  return OK;
}

export async function runLevel(args: string[], options: IncidentOptions): Promise<number> {
  const [argument, level] = args.length >= 2 ? [args[0], args[1]] : [undefined, args[0]];
  const { incident, plan, note } = await openIncident(argument, options);
  tell(note);
  const levels = plan.activation?.levels ?? [];
  if (!levels.some((candidate) => candidate.id === level)) throw new KrisplanError(`no level "${level ?? ''}" in activation.levels; the levels are: ${levels.map((candidate) => candidate.id).join(', ') || 'none'}`);
  const before = foldEntries(incident).level;
  const at = write(incident, plan, options, { kind: 'level', level: level! });
  const out = [`level of ${incident.record.id} set to ${level} at ${at}`];
  // a higher level convenes more people: who is to be called in now, with their numbers
  const owner = plan.playbooks.find((candidate) => candidate.id === incident.record.playbook)?.owner;
  const already = new Set(callList(plan, before, owner).map((person) => person.id));
  const more = callList(plan, level, owner).filter((person) => !already.has(person.id));
  if (more.length > 0) out.push('call in now', ...more.map((person) => `  ${showControls(person.label)}${person.phone ? `  ${showControls(person.phone)}` : ''}${person.email ? `  ${showControls(person.email)}` : ''}`));
  process.stdout.write(`${out.join('\n')}\n`);
  return OK;
}

export async function runStatus(args: string[], options: IncidentOptions & { format: 'text' | 'json' | 'md' }): Promise<number> {
  const { incident, plan, note } = await openIncident(args[0], options, true);
  const status = { ...incidentStatus(plan, incident, resolveNow(options.now, incident.record.timezone)), plan_note: note ?? null };
  if (options.format === 'json') {
    process.stdout.write(jsonText(status));
  } else if (options.format === 'md') {
    // the situation report is pasted as it is: the note on the plan read is for whoever runs the command
    tell(note);
    process.stdout.write(statusMarkdown(status, plan.plan.language ?? 'en', plan.plan.organization));
  } else process.stdout.write(`${note ? `note: ${note}\n` : ''}${statusText(status)}`);
  return OK;
}

export async function runClose(args: string[], options: IncidentOptions): Promise<number> {
  const { incident, plan, planFile, note } = await openIncident(args[0], options);
  tell(note);
  const zone = incident.record.timezone;
  const at = when(options, zone);
  const closedAt = utcText(at);
  if (closedAt < incident.record.t0) throw new KrisplanError(`--at ${options.at} is before T0 of incident ${incident.record.id} (${incident.record.t0})`);
  const status = incidentStatus(plan, incident, at);
  const owner = plan.playbooks.find((playbook) => playbook.id === incident.record.playbook)?.owner;
  const evaluation = incidentEvaluation(incident, status, closedAt, plan.plan.language ?? 'en', owner);
  // the plan first: if it cannot be edited the incident stays open and nothing is written
  appendEvaluation(planFile, evaluation);
  addEntry(incident.dir, { at: closedAt, by: options.by ?? whoAmI(incident.dir), kind: 'close' });
  const actions = (evaluation.actions as unknown[] | undefined)?.length ?? 0;
  process.stdout.write(terminal`closed ${incident.record.id} at ${wallClockText(closedAt, zone, 'en')}; wrote its evaluation into ${relative(process.cwd(), planFile) || planFile}${actions > 0 ? ` with ${actions} follow-up ${actions === 1 ? 'action' : 'actions'} (set due: dates)` : ''}\n`);
  return OK;
}
