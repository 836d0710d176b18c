import type { Config } from '../config/types.js';
import { isPlannedExerciseHeld, lastExercised, playbookLevel } from '../model/continuity.js';
import { addDuration, formatDate, parseDate, parseDuration, type DayNumber } from '../model/dates.js';
import { valueAt } from '../load/pointer.js';
import { routines, withDueDates, type Routine } from '../model/due.js';
import type { Contact, Plan } from '../model/plan.js';
import { append } from '../util/list.js';

export type DueKind = Routine['kind'] | 'action' | 'exercise' | 'planned_exercise';

/** One dated thing a plan asks someone to do: a review, verification, test or training, or an open follow-up action. */
export interface DueItem {
  /** the plan file, as given */
  file: string;
  kind: DueKind;
  /** the item's id, or its pointer when it has none (the plan, the crisis site, actions) */
  key: string;
  /** pointer of the item */
  item: string;
  /** what the item is called in the plan: a title, name, system, topic or action text */
  label: string;
  due: DayNumber;
  /** the last date and the interval, for routines */
  last?: string;
  every?: string;
  owner?: string;
  /** the owner's name from the contacts, else the owner id */
  ownerName?: string;
}

/**
 * Every next due date of a plan, in plan order. Routines come from the model (the same dates `stale-review` judges);
 * open follow-up actions add their own `due`. Verifying a supplier's, authority's or other outside contact is the
 * plan owner's job, so those items are owned by the plan owner rather than by the contact itself.
 */
export function dueItems(file: string, plan: Plan, data: unknown, config: Config): DueItem[] {
  const contacts = new Map(plan.contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  const withOwner = (owner: string | undefined) => ({ owner, ownerName: owner === undefined ? undefined : contacts.get(owner)?.name ?? owner });
  const isPresent = (pointer: string) => valueAt(data, pointer) !== undefined;
  const items: DueItem[] = withDueDates(routines(plan, config, isPresent)).map((routine) => {
    const target = valueAt(plan, routine.item) as Record<string, unknown> | undefined;
    const id = typeof target?.id === 'string' ? target.id : undefined;
    const owner = routine.kind === 'contact' ? contactOwner(contacts.get(routine.owner ?? ''), plan) ?? routine.owner : routine.owner;
    return {
      file,
      kind: routine.kind,
      key: id ?? routine.item,
      item: routine.item,
      label: routineLabel(routine, plan, target),
      due: routine.due,
      last: routine.last,
      every: routine.every,
      ...withOwner(owner),
    };
  });
  append(items, exerciseItems(file, plan, config).map((item) => ({ ...item, ...withOwner(item.owner) })));
  // the programme: an exercise planned for a day is due that day (it never counts as held)
  plan.exercises.forEach((exercise, i) => {
    const due = parseDate(exercise.planned);
    if (due === undefined || isPlannedExerciseHeld(plan, exercise.playbooks ?? [], due)) return;
    const item = `/exercises/${i}`;
    const titles = (exercise.playbooks ?? []).map((id) => plan.playbooks.find((playbook) => playbook.id === id)?.title ?? id);
    items.push({ file, kind: 'planned_exercise', key: item, item, label: exercise.title ?? titles.join(', '), due, ...withOwner(exercise.owner) });
  });
  plan.evaluations.forEach((evaluation, i) => {
    evaluation.actions.forEach((action, j) => {
      const due = parseDate(action.due);
      if (action.done === true || due === undefined) return;
      const item = `/evaluations/${i}/actions/${j}`;
      items.push({ file, kind: 'action', key: item, item, label: action.action ?? '', due, ...withOwner(action.owner) });
    });
  });
  return items;
}

/**
 * The next exercise of each playbook for a high or critical risk (as the `unexercised` rule judges them). A playbook never exercised has no date to count from: validate reports it.
 */
function exerciseItems(file: string, plan: Plan, config: Config): DueItem[] {
  const every = parseDuration(config.intervals.exercise);
  if (!every) return [];
  const items: DueItem[] = [];
  plan.playbooks.forEach((playbook, i) => {
    const level = playbookLevel(plan, playbook.id, config);
    const last = lastExercised(plan, playbook);
    if ((level !== 'high' && level !== 'critical') || last === undefined) return;
    const item = `/playbooks/${i}`;
    items.push({ file, kind: 'exercise', key: playbook.id ?? item, item, label: playbook.title ?? playbook.id ?? '', due: addDuration(last, every), last: formatDate(last), every: config.intervals.exercise, owner: playbook.owner });
  });
  return items;
}

function contactOwner(contact: Contact | undefined, plan: Plan): string | undefined {
  if (contact === undefined || contact.type === undefined || contact.type === 'staff') return undefined;
  return plan.plan.owner;
}

function routineLabel(routine: Routine, plan: Plan, target: Record<string, unknown> | undefined): string {
  const text = (key: string) => (typeof target?.[key] === 'string' ? (target[key] as string) : undefined);
  switch (routine.kind) {
    case 'plan': return plan.plan.title ?? '';
    case 'risk': return text('title') ?? text('id') ?? '';
    case 'contact': return text('name') ?? text('id') ?? '';
    case 'crisis_site': return text('url') ?? '';
    case 'backup': return text('system') ?? text('id') ?? '';
    default: return text('topic') ?? text('id') ?? '';
  }
}

/** Items due on or before `until`, overdue ones included, by date then file and plan order. */
export function dueBy(items: readonly DueItem[], until: DayNumber): DueItem[] {
  return items.filter((item) => item.due <= until).sort((a, b) => a.due - b.due || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
