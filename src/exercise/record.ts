import { KrisplanError } from '../errors.js';
import { formatDate, parseDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { say } from '../i18n/index.js';
import { closest } from '../util/suggest.js';

/** A follow-up action as given on the command line: `--action TEXT --owner ID [--due D]`. */
export interface ActionInput {
  action: string;
  owner?: string;
  due?: string;
}

export interface RecordInput {
  playbooks: readonly string[];
  date: string;
  title?: string;
  wentWell?: readonly string[];
  improve?: readonly string[];
  actions?: readonly ActionInput[];
}

/**
 * The evaluation of an exercise as it is written into the plan (key order as in the format's example).
 * Every id must exist in the plan and every text be non-empty, so the plan stays valid.
 */
export function exerciseEvaluation(plan: Plan, input: RecordInput): Record<string, unknown> {
  if (input.playbooks.length === 0) throw new KrisplanError('name the exercised playbook with --playbook ID (once per playbook)');
  const playbookIds = plan.playbooks.map((playbook) => playbook.id).filter((id): id is string => id !== undefined);
  const contactIds = plan.contacts.map((contact) => contact.id).filter((id): id is string => id !== undefined);
  for (const id of input.playbooks) if (!playbookIds.includes(id)) throw unknown('playbook', id, playbookIds);
  const date = day(input.date, '--date');
  const lang = plan.plan.language ?? 'en';
  const named = [...new Set(input.playbooks)];
  const titles = named.map((id) => plan.playbooks.find((playbook) => playbook.id === id)?.title ?? id);
  const title = text(input.title, '--title') ?? `${say(lang, 'record.title')}: ${titles.join(', ')}`;
  const evaluation: Record<string, unknown> = { date, type: 'exercise', title, playbooks: named };
  const wentWell = (input.wentWell ?? []).map((value) => text(value, '--went-well')!);
  const improve = (input.improve ?? []).map((value) => text(value, '--improve')!);
  if (wentWell.length > 0) evaluation.went_well = wentWell;
  if (improve.length > 0) evaluation.improve = improve;
  const actions = (input.actions ?? []).map((action) => {
    const owner = action.owner;
    if (owner === undefined) throw new KrisplanError(`--action "${action.action}" needs an --owner ID after it: every follow-up action has an owner`);
    if (!contactIds.includes(owner)) throw unknown('contact', owner, contactIds, '--owner');
    const result: Record<string, unknown> = { action: text(action.action, '--action'), owner };
    if (action.due !== undefined) result.due = day(action.due, '--due');
    result.done = false;
    return result;
  });
  if (actions.length > 0) evaluation.actions = actions;
  return evaluation;
}

function day(value: string, flag: string): string {
  const parsed = parseDate(value);
  if (parsed === undefined) throw new KrisplanError(`${flag} must be a date YYYY-MM-DD, not "${value}"`);
  return formatDate(parsed);
}

function text(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw new KrisplanError(`${flag} must not be empty`);
  return trimmed;
}

function unknown(kind: string, id: string, ids: readonly string[], flag = `--${kind}`): KrisplanError {
  const suggestion = closest(id, ids);
  const known = ids.length > 0 ? `; the plan has ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}` : '';
  return new KrisplanError(`${flag} "${id}": the plan has no ${kind} with that id${suggestion ? ` (did you mean "${suggestion}"?)` : known}`);
}
