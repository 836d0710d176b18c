import type { Plan } from '../model/plan.js';
import type { Rule, RuleHit } from './types.js';

function idLists(plan: Plan): [string, string, { id?: string }[]][] {
  return [
    ['/contacts', 'contacts', plan.contacts],
    ['/roles', 'roles', plan.roles],
    ['/activation/levels', 'activation levels', plan.activation?.levels ?? []],
    ['/risks', 'risks', plan.risks],
    ['/services', 'services', plan.services],
    ['/playbooks', 'playbooks', plan.playbooks],
    ['/preparedness/backups', 'backups', plan.preparedness.backups],
    ['/preparedness/training', 'training', plan.preparedness.training],
    ['/preparedness/resources', 'resources', plan.preparedness.resources],
  ];
}

const rule: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'An id must be unique within its list (contacts, roles, levels, risks, services, playbooks, backups, training, resources), and a role id must not be a contact id.',
  check(plan) {
    const hits: RuleHit[] = [];
    for (const [pointer, name, items] of idLists(plan)) {
      const first = new Map<string, number>();
      items.forEach((item, index) => {
        if (item.id === undefined) return;
        const earlier = first.get(item.id);
        if (earlier === undefined) {
          first.set(item.id, index);
          return;
        }
        hits.push({
          path: `${pointer}/${index}/id`,
          message: `id "${item.id}" is used twice in ${name} (items ${earlier + 1} and ${index + 1}); give each its own id`,
        });
      });
    }
    // roles and contacts share one namespace: an owner naming the id must mean one of them
    const contactIds = new Set(plan.contacts.map((contact) => contact.id));
    plan.roles.forEach((role, index) => {
      if (role.id === undefined || !contactIds.has(role.id)) return;
      hits.push({ path: `/roles/${index}/id`, message: `role id "${role.id}" is also a contact id; an owner: naming it would be ambiguous, so rename the role (e.g. ${role.id}-role)` });
    });
    return hits;
  },
};

export default rule;
