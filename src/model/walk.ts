import type { Plan } from './plan.js';

export interface OwnedItem {
  /** pointer of the item that should have an owner */
  path: string;
  owner: string | undefined;
}

/** Everything that must have an owner: the plan, risks, playbooks and their steps, backups, crisis site, training, actions. */
export function* ownedItems(plan: Plan): Generator<OwnedItem> {
  yield { path: '/plan', owner: plan.plan.owner };
  for (const [i, risk] of plan.risks.entries()) yield { path: `/risks/${i}`, owner: risk.owner };
  for (const [i, service] of plan.services.entries()) yield { path: `/services/${i}`, owner: service.owner };
  for (const [i, playbook] of plan.playbooks.entries()) {
    yield { path: `/playbooks/${i}`, owner: playbook.owner };
    for (const [j, step] of playbook.steps.entries()) yield { path: `/playbooks/${i}/steps/${j}`, owner: step.owner };
  }
  const site = plan.preparedness.crisis_site;
  if (site) yield { path: '/preparedness/crisis_site', owner: site.owner };
  for (const [i, backup] of plan.preparedness.backups.entries()) yield { path: `/preparedness/backups/${i}`, owner: backup.owner };
  for (const [i, training] of plan.preparedness.training.entries()) yield { path: `/preparedness/training/${i}`, owner: training.owner };
  for (const [i, evaluation] of plan.evaluations.entries()) {
    for (const [j, action] of evaluation.actions.entries()) yield { path: `/evaluations/${i}/actions/${j}`, owner: action.owner };
  }
}

export interface Reference {
  path: string;
  id: string | undefined;
  kind: 'contact' | 'playbook' | 'service' | 'contact or service';
}

/** Every id that refers to a contact or a playbook. */
export function* references(plan: Plan): Generator<Reference> {
  for (const item of ownedItems(plan)) yield { path: `${item.path}/owner`, id: item.owner, kind: 'contact' };
  for (const [i, contact] of plan.contacts.entries()) yield { path: `/contacts/${i}/deputy`, id: contact.deputy, kind: 'contact' };
  for (const [i, risk] of plan.risks.entries()) yield { path: `/risks/${i}/playbook`, id: risk.playbook, kind: 'playbook' };
  for (const [i, resource] of plan.preparedness.resources.entries()) {
    yield { path: `/preparedness/resources/${i}/owner`, id: resource.owner, kind: 'contact' };
    yield { path: `/preparedness/resources/${i}/provider`, id: resource.provider, kind: 'contact' };
  }
  for (const [i, service] of plan.services.entries()) {
    for (const [j, id] of (service.depends_on ?? []).entries()) yield { path: `/services/${i}/depends_on/${j}`, id, kind: 'contact or service' };
  }
  for (const [i, backup] of plan.preparedness.backups.entries()) {
    for (const [j, id] of (backup.services ?? []).entries()) yield { path: `/preparedness/backups/${i}/services/${j}`, id, kind: 'service' };
  }
  for (const [i, playbook] of plan.playbooks.entries()) {
    for (const [j, id] of (playbook.services ?? []).entries()) yield { path: `/playbooks/${i}/services/${j}`, id, kind: 'service' };
    for (const [j, clock] of playbook.clocks.entries()) yield { path: `/playbooks/${i}/clocks/${j}/notify`, id: clock.notify, kind: 'contact' };
  }
  for (const [i, evaluation] of plan.evaluations.entries()) {
    yield { path: `/evaluations/${i}/playbook`, id: evaluation.playbook, kind: 'playbook' };
    for (const [j, id] of (evaluation.playbooks ?? []).entries()) yield { path: `/evaluations/${i}/playbooks/${j}`, id, kind: 'playbook' };
  }
  for (const [i, exercise] of plan.exercises.entries()) {
    yield { path: `/exercises/${i}/owner`, id: exercise.owner, kind: 'contact' };
    for (const [j, id] of (exercise.playbooks ?? []).entries()) yield { path: `/exercises/${i}/playbooks/${j}`, id, kind: 'playbook' };
  }
}
