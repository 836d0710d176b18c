import { lastExercised } from '../model/continuity.js';
import { addDuration, parseDuration } from '../model/dates.js';
import { playbookSuppliers } from '../model/mentions.js';
import type { Clock, Plan, Playbook, Role } from '../model/plan.js';
import type { Rule, RuleHit } from './types.js';

const quoted = (ids: string[]): string => ids.map((id) => `"${id}"`).join(', ');

/** Who acts in a playbook: its owner and the owners of its steps (contact or role ids); made once per playbook model. */
function actors(playbook: Playbook): Set<string> {
  let ids = actorsOf.get(playbook);
  if (ids === undefined) {
    ids = new Set<string>();
    if (playbook.owner !== undefined) ids.add(playbook.owner);
    for (const step of playbook.steps) if (step.owner !== undefined) ids.add(step.owner);
    actorsOf.set(playbook, ids);
  }
  return ids;
}

// asked for every role and every playbook, twice
const actorsOf = new WeakMap<Playbook, Set<string>>();

/** A role acts in a playbook when the playbook or one of its steps is owned by the role or by the person holding it. */
function actsIn(role: Role, playbook: Playbook): boolean {
  const ids = actors(playbook);
  return (role.id !== undefined && ids.has(role.id)) || (role.holder !== undefined && ids.has(role.holder));
}

/** The same duty in two playbooks (the GDPR 72 hours in the breach and the ransomware playbook) is one deadline to have met. */
function clockKey(clock: Clock): string {
  return clock.obligation !== undefined ? `obligation:${clock.obligation}` : `clock:${clock.title ?? ''}|${clock.within ?? ''}|${clock.notify ?? ''}`;
}

const rule: Rule = {
  id: 'exercise-coverage',
  severity: 'warning',
  description: 'Every role, every contact who owns playbook steps, every supplier a service depends on and every deadline clock must have been part of an exercise within the interval (default 3 years).',
  check(plan, context) {
    // every plan: a plan that has never held an exercise has everything left to exercise (issue 21)
    const every = parseDuration(context.config.intervals.exercise_coverage);
    if (!every) return [];
    const interval = context.config.intervals.exercise_coverage;
    // a playbook counts when it was exercised on a day from which the interval has not yet run out
    const exercised = plan.playbooks.filter((playbook) => {
      const last = lastExercised(plan, playbook);
      return playbook.id !== undefined && last !== undefined && addDuration(last, every) >= context.today;
    });
    const hits: RuleHit[] = [];
    const names = (playbooks: Playbook[]) => `${playbooks.length === 1 ? 'playbook' : 'playbooks'} ${quoted(playbooks.map((playbook) => playbook.id ?? '?'))}`;

    plan.roles.forEach((role, i) => {
      if (role.id === undefined || exercised.some((playbook) => actsIn(role, playbook))) return;
      const title = role.title !== undefined ? ` (${role.title})` : '';
      const who = role.holder !== undefined ? `it or its holder "${role.holder}"` : 'it';
      const acts = plan.playbooks.filter((playbook) => actsIn(role, playbook));
      hits.push({
        path: `/roles/${i}`,
        message:
          acts.length > 0
            ? `role "${role.id}"${title} was in no exercise in the last ${interval}: ${who} owns steps of ${names(acts)}, none of them exercised; include ${acts.length === 1 ? 'it' : 'one'} in an exercise`
            : `role "${role.id}"${title} was in no exercise in the last ${interval}: no playbook has ${who} as owner of a step; give the role the steps it takes in a crisis, then exercise one of those playbooks`,
      });
    });

    // a contact holding a role hears it through the role
    const holders = new Set(plan.roles.map((role) => role.holder));
    const stepOwners = playbooksByStepOwner(plan);
    plan.contacts.forEach((contact, i) => {
      if (contact.id === undefined || holders.has(contact.id)) return;
      const owned = stepOwners.get(contact.id) ?? [];
      if (owned.length === 0 || owned.some((playbook) => exercised.includes(playbook))) return;
      hits.push({ path: `/contacts/${i}`, message: `${context.describe(`/contacts/${i}`)} owns steps of ${names(owned)}, and none was exercised in the last ${interval}; include ${owned.length === 1 ? 'it' : 'one'} in an exercise` });
    });

    const dependents = new Map<string, string[]>();
    for (const service of plan.services) for (const id of service.depends_on ?? []) dependents.set(id, [...(dependents.get(id) ?? []), service.id ?? '?']);
    // which suppliers the exercised playbooks involve matters only for a supplier some service depends on
    const asked = plan.contacts.some((contact) => contact.type === 'supplier' && contact.id !== undefined && dependents.has(contact.id));
    const involved = new Set(asked ? exercised.flatMap((playbook) => playbookSuppliers(plan, playbook).map((supplier) => supplier.contact)) : []);
    plan.contacts.forEach((contact, i) => {
      const services = contact.id === undefined ? undefined : dependents.get(contact.id);
      if (contact.type !== 'supplier' || !services || involved.has(contact)) return;
      hits.push({ path: `/contacts/${i}`, message: `supplier "${contact.id}", which ${services.length === 1 ? 'service' : 'services'} ${quoted(services)} ${services.length === 1 ? 'depends' : 'depend'} on, was in no exercise in the last ${interval}; exercise a playbook whose steps name it or that protects ${services.length === 1 ? 'that service' : 'those services'}` });
    });

    hits.push(...clockHits(plan, exercised, interval));
    return hits;
  },
};

/** The playbooks with a step each owner owns, in plan order: one pass instead of one per contact. */
function playbooksByStepOwner(plan: Plan): Map<string, Playbook[]> {
  const result = new Map<string, Playbook[]>();
  for (const playbook of plan.playbooks) {
    for (const step of playbook.steps) {
      if (step.owner === undefined) continue;
      const list = result.get(step.owner);
      if (list === undefined) result.set(step.owner, [playbook]);
      else if (list[list.length - 1] !== playbook) list.push(playbook);
    }
  }
  return result;
}

/** One finding per deadline never met in an exercise, at its first clock; the other playbooks that have it are named. */
function clockHits(plan: Plan, exercised: Playbook[], interval: string): RuleHit[] {
  const met = new Set(exercised.flatMap((playbook) => playbook.clocks.map(clockKey)));
  const open = new Map<string, { path: string; clock: Clock; playbooks: string[] }>();
  plan.playbooks.forEach((playbook, i) => {
    playbook.clocks.forEach((clock, j) => {
      const key = clockKey(clock);
      if (met.has(key)) return;
      const seen = open.get(key);
      if (seen) seen.playbooks.push(playbook.id ?? '?');
      else open.set(key, { path: `/playbooks/${i}/clocks/${j}`, clock, playbooks: [playbook.id ?? '?'] });
    });
  });
  return [...open.values()].map(({ path, clock, playbooks }) => {
    const name = clock.title ?? clock.obligation;
    const also = playbooks.length > 1 ? ` (also in ${playbooks.length === 2 ? 'playbook' : 'playbooks'} ${quoted(playbooks.slice(1))})` : '';
    return { path, message: `deadline ${name !== undefined ? `"${name}" ` : ''}of playbook "${playbooks[0]}"${also} was in no exercise in the last ${interval}; exercise ${playbooks.length > 1 ? 'one of these playbooks' : 'the playbook'} so the team has met this deadline once` };
  });
}

export default rule;
