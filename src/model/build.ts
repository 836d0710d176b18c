import type { Plan } from './plan.js';
import { escapePointer } from '../load/pointer.js';

/**
 * The typed plan from parsed data: every value at a pointer in `rejected` is dropped,
 * so no rule works on a value the schema refused. Lists that rules walk default to [].
 * With nothing rejected the data passed the schema whole (no nulls, no wrong types) and is used as it is.
 */
export function buildPlan(data: unknown, rejected: ReadonlySet<string>): Plan {
  const accepted = (rejected.size === 0 ? data : prune(data, '', rejected, ancestors(rejected))) as Record<string, unknown> | undefined;
  const root = isObject(accepted) ? accepted : {};
  const preparedness = isObject(root.preparedness) ? root.preparedness : {};
  const playbooks = list(root.playbooks).map((playbook) => ({ ...playbook, steps: list(playbook.steps), clocks: list(playbook.clocks) }));
  const activation = isObject(root.activation) ? { ...root.activation, levels: list(root.activation.levels) } : undefined;
  const evaluations = list(root.evaluations).map((evaluation) => ({ ...evaluation, actions: list(evaluation.actions) }));
  return {
    krisplan: 1,
    plan: isObject(root.plan) ? root.plan : {},
    contacts: list(root.contacts),
    roles: list(root.roles),
    ...(activation ? { activation } : {}),
    risks: list(root.risks),
    services: list(root.services),
    preparedness: {
      ...preparedness,
      backups: list(preparedness.backups),
      training: list(preparedness.training),
      resources: list(preparedness.resources),
    },
    playbooks,
    evaluations,
    exercises: list(root.exercises),
  } as unknown as Plan;
}

function prune(value: unknown, pointer: string, rejected: ReadonlySet<string>, above: ReadonlySet<string>): unknown {
  if (rejected.has(pointer)) return undefined;
  // nothing rejected below: the same copy, without a pointer per node
  if (!above.has(pointer)) return withoutNulls(value);
  if (Array.isArray(value)) return value.map((item, index) => prune(item, `${pointer}/${index}`, rejected, above));
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = prune(child, `${pointer}/${escapePointer(key)}`, rejected, above);
      if (kept !== undefined && kept !== null) Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true });
    }
    return result;
  }
  return value;
}

/**
 * prune where no pointer is rejected: mappings drop their null and undefined values. A subtree without any is used
 * as it is, as the whole data is when nothing was rejected.
 */
function withoutNulls(value: unknown): unknown {
  return hasNull(value) ? copyWithoutNulls(value) : value;
}

function hasNull(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (hasNull(item)) return true;
    return false;
  }
  if (isObject(value)) {
    // anything but a plain mapping (none come from YAML) is copied as before: into a plain object of its own keys
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return true;
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child === undefined || child === null || hasNull(child)) return true;
    }
  }
  return false;
}

function copyWithoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = withoutNulls(child);
      if (kept !== undefined && kept !== null) Object.defineProperty(result, key, { value: kept, enumerable: true, writable: true });
    }
    return result;
  }
  return value;
}

/** Every pointer that has a rejected pointer strictly below it ('' for any). */
function ancestors(rejected: ReadonlySet<string>): Set<string> {
  const result = new Set<string>();
  for (const pointer of rejected) {
    for (let at = pointer.lastIndexOf('/'); at >= 0; at = at === 0 ? -1 : pointer.lastIndexOf('/', at - 1)) {
      const parent = pointer.slice(0, at);
      if (result.has(parent)) break;
      result.add(parent);
    }
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Items of a list, with holes and non-mappings replaced by empty items so indexes match pointers. */
function list(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (isObject(item) ? item : {}));
}
