import type { Plan } from './plan.js';

export interface OwnedItem {
  /** pointer of the item that should have an owner */
  path: string;
  owner: string | undefined;
}

/**
 * Everything that must have an owner: the plan, risks, playbooks and their steps, backups, crisis site, training, actions.
 * A list built with plain loops: missing-owner and unknown-reference walk it on every plan.
 */
export function ownedItems(plan: Plan): OwnedItem[] {
  const items: OwnedItem[] = [{ path: '/plan', owner: plan.plan.owner }];
  const { risks, services, playbooks, evaluations } = plan;
  for (let i = 0; i < risks.length; i++) items.push({ path: `/risks/${i}`, owner: risks[i]!.owner });
  for (let i = 0; i < services.length; i++) items.push({ path: `/services/${i}`, owner: services[i]!.owner });
  for (let i = 0; i < playbooks.length; i++) {
    const playbook = playbooks[i]!;
    const path = `/playbooks/${i}`;
    items.push({ path, owner: playbook.owner });
    const steps = playbook.steps;
    for (let j = 0; j < steps.length; j++) items.push({ path: `${path}/steps/${j}`, owner: steps[j]!.owner });
  }
  const site = plan.preparedness.crisis_site;
  if (site) items.push({ path: '/preparedness/crisis_site', owner: site.owner });
  const { backups, training } = plan.preparedness;
  for (let i = 0; i < backups.length; i++) items.push({ path: `/preparedness/backups/${i}`, owner: backups[i]!.owner });
  for (let i = 0; i < training.length; i++) items.push({ path: `/preparedness/training/${i}`, owner: training[i]!.owner });
  for (let i = 0; i < evaluations.length; i++) {
    const actions = evaluations[i]!.actions;
    for (let j = 0; j < actions.length; j++) items.push({ path: `/evaluations/${i}/actions/${j}`, owner: actions[j]!.owner });
  }
  return items;
}

export interface Reference {
  path: string;
  id: string | undefined;
  kind: 'contact' | 'playbook' | 'service' | 'contact or service' | 'contact or role';
}

/** Every id that refers to a contact or a playbook. */
export function references(plan: Plan): Reference[] {
  const refs: Reference[] = [];
  const add = (path: string, id: string | undefined, kind: Reference['kind']) => {
    refs.push({ path, id, kind });
  };
  const each = (ids: readonly string[] | undefined, path: string, kind: Reference['kind']) => {
    if (ids === undefined) return;
    for (let j = 0; j < ids.length; j++) refs.push({ path: `${path}/${j}`, id: ids[j], kind });
  };
  // an owner may name a crisis-team role as well as a contact (the plan's own owner stays a contact)
  const owned = ownedItems(plan);
  for (let i = 0; i < owned.length; i++) add(`${owned[i]!.path}/owner`, owned[i]!.owner, i === 0 ? 'contact' : 'contact or role');
  const { contacts, roles, risks, services, playbooks, evaluations, exercises } = plan;
  const { resources, backups } = plan.preparedness;
  for (let i = 0; i < contacts.length; i++) add(`/contacts/${i}/deputy`, contacts[i]!.deputy, 'contact');
  for (let i = 0; i < roles.length; i++) {
    add(`/roles/${i}/holder`, roles[i]!.holder, 'contact');
    each(roles[i]!.deputies, `/roles/${i}/deputies`, 'contact');
  }
  const activation = plan.activation;
  if (activation) {
    add('/activation/entry_point', activation.entry_point, 'contact or role');
    for (let i = 0; i < activation.levels.length; i++) {
      const level = activation.levels[i]!;
      each(level.declared_by, `/activation/levels/${i}/declared_by`, 'contact or role');
      each(level.convene, `/activation/levels/${i}/convene`, 'contact or role');
    }
  }
  for (let i = 0; i < risks.length; i++) add(`/risks/${i}/playbook`, risks[i]!.playbook, 'playbook');
  for (let i = 0; i < resources.length; i++) {
    add(`/preparedness/resources/${i}/owner`, resources[i]!.owner, 'contact or role');
    add(`/preparedness/resources/${i}/provider`, resources[i]!.provider, 'contact');
  }
  for (let i = 0; i < services.length; i++) each(services[i]!.depends_on, `/services/${i}/depends_on`, 'contact or service');
  for (let i = 0; i < backups.length; i++) each(backups[i]!.services, `/preparedness/backups/${i}/services`, 'service');
  for (let i = 0; i < playbooks.length; i++) {
    const playbook = playbooks[i]!;
    each(playbook.services, `/playbooks/${i}/services`, 'service');
    for (let j = 0; j < playbook.clocks.length; j++) add(`/playbooks/${i}/clocks/${j}/notify`, playbook.clocks[j]!.notify, 'contact');
  }
  for (let i = 0; i < evaluations.length; i++) {
    add(`/evaluations/${i}/playbook`, evaluations[i]!.playbook, 'playbook');
    each(evaluations[i]!.playbooks, `/evaluations/${i}/playbooks`, 'playbook');
  }
  for (let i = 0; i < exercises.length; i++) {
    add(`/exercises/${i}/owner`, exercises[i]!.owner, 'contact');
    each(exercises[i]!.playbooks, `/exercises/${i}/playbooks`, 'playbook');
  }
  return refs;
}
