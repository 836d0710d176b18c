import { resolveClocks } from '../../model/clocks.js';
import { minutesOf } from '../../model/continuity.js';
import type { Clock, Contact, Level, Plan, Playbook, Risk } from '../../model/plan.js';
import { namedIn, playbookSuppliers, stepWith, stepsWith, WORDS } from '../../model/mentions.js';
import type { Random } from './random.js';

export type InjectKind = 'start' | 'owner-away' | 'supplier' | 'clock' | 'crisis-web' | 'journalist' | 'escalation';

/** One inject of the master scenario events list, before it is put on the exercise clock or into words. */
export interface Inject {
  kind: InjectKind;
  /** minutes after detection in the real crisis the inject stands for */
  realMinutes: number;
  /** index of the playbook step whose action is expected */
  step: number;
  /** the contact the inject concerns: the supplier, the absent owner */
  contact?: Contact;
  /** the clock a deadline inject is about */
  clock?: Clock;
  /** the one who takes over (owner-away) */
  deputy?: Contact;
  /** the crisis level an escalation raises to (activation.levels) */
  level?: Level;
  /** which wording of the inject's message (chosen by the seed) */
  variant: number;
  /** the objective it tests */
  objective?: string;
}

export interface Objective {
  id: string;
  kind: 'clock' | 'suppliers' | 'handover' | 'crisis-web' | 'steps';
  clock?: Clock;
  contacts?: Contact[];
  contact?: Contact;
  deputy?: Contact;
}

export interface Scenario {
  playbook: Playbook;
  risks: Risk[];
  injects: Inject[];
  objectives: Objective[];
  /** the suppliers the exercise reaches, and why: named in a step, or a dependency of a service it protects */
  suppliers: { contact: Contact; via: 'step' | 'service' }[];
  /** the step owner who is made unavailable, if any */
  absent?: { contact: Contact; deputy?: Contact; steps: number; isSinglePerson: boolean };
}

// only where someone is behind the crisis can they get in touch and demand payment
const ATTACKS = new Set(['data-breach', 'ransomware', 'overload']);

export const VARIANTS: Record<InjectKind, number> = { start: 1, 'owner-away': 3, supplier: 3, clock: 2, 'crisis-web': 2, journalist: 3, escalation: 3 };

/**
 * The scenario of a tabletop exercise of one playbook, drawn from the plan: a start, then a deadline inject
 * per clock, one per supplier, the owner of most steps away, the crisis web, a journalist and an escalation.
 * Every inject expects a step of the playbook. The random source chooses wordings, the journalist's and the
 * escalation's times, and the order of injects that fall on the same minute.
 */
export function buildScenario(plan: Plan, playbook: Playbook, random: Random): Scenario {
  const contacts = new Map(plan.contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  const steps = playbook.steps;
  const within = steps.map((step) => minutesOf(step.within));
  const at = (i: number) => within[i] ?? 60;
  const injects: Inject[] = [];
  const objectives: Objective[] = [];
  const variant = (kind: InjectKind) => random.between(0, VARIANTS[kind] - 1);

  injects.push({ kind: 'start', realMinutes: 0, step: 0, variant: 0 });

  // statutory and other deadlines: a reminder at two thirds of the time, to the owner of the step that meets it;
  // a clock by obligation: takes its title, limit and basis from the obligations catalogue
  const clocks = resolveClocks(plan, playbook).map((resolved) => ({ ...playbook.clocks[resolved.index]!, title: resolved.title, within: resolved.within, basis: resolved.basis }));
  clocks.forEach((clock, i) => {
    const limit = minutesOf(clock.within);
    if (limit === undefined) return;
    const notified = clock.notify !== undefined ? contacts.get(clock.notify) : undefined;
    const step = clockStep(plan, playbook, clock, notified, limit, within);
    const objective = `clock-${i}`;
    objectives.push({ id: objective, kind: 'clock', clock, contact: notified });
    injects.push({ kind: 'clock', realMinutes: Math.round((limit * 2) / 3), step, clock, contact: notified, variant: variant('clock'), objective });
  });

  const suppliers = playbookSuppliers(plan, playbook);
  if (suppliers.length > 0) objectives.push({ id: 'suppliers', kind: 'suppliers', contacts: suppliers.map((s) => s.contact) });
  const firstVariant = variant('supplier');
  for (const [n, { contact }] of suppliers.entries()) {
    const step = steps.findIndex((s) => namedIn(s, contact, plan));
    const chosen = step !== -1 ? step : (stepWith(playbook, WORDS.supplier) ?? Math.min(1, steps.length - 1));
    injects.push({ kind: 'supplier', realMinutes: Math.max(5, Math.round(at(chosen) * 0.6)), step: chosen, contact, variant: (firstVariant + n) % VARIANTS.supplier, objective: 'suppliers' });
  }

  const absent = absentOwner(plan, playbook, contacts);
  if (absent) {
    const first = steps.findIndex((s) => s.owner === absent.contact.id);
    objectives.push({ id: 'handover', kind: 'handover', contact: absent.contact, deputy: absent.deputy });
    // the owner drops out before their first step is due; if that is the first step, just after it
    const realMinutes = first === 0 ? Math.max(5, Math.round(at(0))) : Math.max(5, Math.round(at(first) / 2));
    const step = first === 0 ? (steps.findIndex((s, i) => i > 0 && s.owner === absent.contact.id) === -1 ? 0 : steps.findIndex((s, i) => i > 0 && s.owner === absent.contact.id)) : first;
    injects.push({ kind: 'owner-away', realMinutes, step, contact: absent.contact, deputy: absent.deputy, variant: variant('owner-away'), objective: 'handover' });
  }

  const web = stepWith(playbook, WORDS.crisisWeb);
  if (web !== undefined) {
    objectives.push({ id: 'crisis-web', kind: 'crisis-web' });
    injects.push({ kind: 'crisis-web', realMinutes: Math.max(5, Math.round(at(web) * 0.75)), step: web, variant: variant('crisis-web'), objective: 'crisis-web' });
  }

  const talking = stepsWith(playbook, WORDS.communication);
  const press = talking.find((i) => i !== web) ?? talking[0] ?? web;
  const horizon = Math.max(...injects.map((inject) => inject.realMinutes), 60);
  if (press !== undefined) {
    // the press calls within the first half day, whenever the playbook's communication step is due
    const latest = Math.max(60, Math.min(Math.round(horizon * 0.5), 12 * 60));
    injects.push({ kind: 'journalist', realMinutes: random.between(60, latest), step: press, variant: variant('journalist') });
  }

  const escalationAt = random.between(Math.round(horizon * 0.3), Math.round(horizon * 0.6));
  const attack = plan.risks.some((risk) => risk.playbook === playbook.id && ATTACKS.has(risk.category ?? ''));
  const escalation = random.between(0, attack ? VARIANTS.escalation - 1 : VARIANTS.escalation - 2);
  injects.push({ kind: 'escalation', realMinutes: escalationAt, step: escalationStep(playbook, within, escalationAt), variant: escalation, ...nextLevel(plan) });

  objectives.push({ id: 'steps', kind: 'steps' });
  const risks = plan.risks.filter((risk) => risk.playbook !== undefined && risk.playbook === playbook.id);
  const ordered = order(injects, random);
  // once the absent owner has dropped out, their deputy gets what would have gone to them
  const away = ordered.findIndex((inject) => inject.kind === 'owner-away');
  if (absent?.deputy) ordered.forEach((inject, i) => {
    if (i > away && away !== -1 && steps[inject.step]?.owner === absent.contact.id) inject.deputy = absent.deputy;
  });
  return { playbook, risks, injects: ordered, objectives, suppliers, absent };
}

/** By real time; injects on the same minute in an order the seed chooses, the start always first. */
function order(injects: Inject[], random: Random): Inject[] {
  const keyed = injects.map((inject) => ({ inject, tie: inject.kind === 'start' ? -1 : random.next() }));
  keyed.sort((a, b) => a.inject.realMinutes - b.inject.realMinutes || a.tie - b.tie);
  return keyed.map((entry) => entry.inject);
}

/** The step that meets a clock: one that names the notified contact, else one due by the same time, else the last before it. */
function clockStep(plan: Plan, playbook: Playbook, clock: Clock, notified: Contact | undefined, limit: number, within: (number | undefined)[]): number {
  const steps = playbook.steps;
  if (notified) {
    const named = steps.findIndex((step) => namedIn(step, notified, plan));
    if (named !== -1) return named;
  }
  const same = within.findIndex((minutes) => minutes === limit);
  if (same !== -1) return same;
  let best = 0;
  within.forEach((minutes, i) => {
    if (minutes !== undefined && minutes <= limit) best = i;
  });
  return best;
}

/**
 * The level an escalation raises to: the exercise starts at the first of activation.levels (they run from the
 * lowest up) and escalates to the second; a plan with one level escalates from normal operation to it.
 */
function nextLevel(plan: Plan): { level?: Level } {
  const levels = plan.activation?.levels ?? [];
  const level = levels[levels.length >= 2 ? 1 : 0];
  return level !== undefined ? { level } : {};
}

/**
 * The step in which the playbook's owner judges the situation again: their last step due by the time of the
 * escalation, not the playbook's closing step; else their first step; else the first step.
 */
function escalationStep(playbook: Playbook, within: (number | undefined)[], at: number): number {
  const last = playbook.steps.length - 1;
  const own = playbook.steps.map((step, i) => ({ step, i })).filter(({ step, i }) => step.owner === playbook.owner && (i < last || last === 0));
  const before = own.filter(({ i }) => (within[i] ?? 0) <= at);
  return (before[before.length - 1] ?? own[0])?.i ?? 0;
}

/**
 * The step owner the exercise makes unavailable: one without a deputy (a single point of failure) who owns the
 * most steps, else the owner of the most steps; only someone who owns at least two.
 */
function absentOwner(plan: Plan, playbook: Playbook, contacts: Map<string, Contact>): Scenario['absent'] {
  const counts = new Map<string, number>();
  for (const step of playbook.steps) if (step.owner !== undefined && contacts.has(step.owner)) counts.set(step.owner, (counts.get(step.owner) ?? 0) + 1);
  const candidates = [...counts.entries()].filter(([, n]) => n >= 2).map(([id, steps]) => {
    const contact = contacts.get(id)!;
    const deputy = contact.deputy !== undefined && contact.deputy !== id ? contacts.get(contact.deputy) : undefined;
    return { contact, deputy, steps, isSinglePerson: deputy === undefined };
  });
  const position = new Map(plan.contacts.map((contact, i) => [contact, i]));
  candidates.sort((a, b) => Number(b.isSinglePerson) - Number(a.isSinglePerson) || b.steps - a.steps || position.get(a.contact)! - position.get(b.contact)!);
  return candidates[0];
}
