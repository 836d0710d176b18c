import { playbookLevel } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'single-person',
  severity: 'warning',
  description: 'A contact or crisis-team role that owns many steps (default more than 5) of playbooks for high or critical risks must have a deputy other than the holder.',
  check(plan, context) {
    const steps = new Map<string, number>();
    for (const playbook of plan.playbooks) {
      const level = playbookLevel(plan, playbook.id, context.config);
      if (level !== 'high' && level !== 'critical') continue;
      for (const step of playbook.steps) if (step.owner !== undefined) steps.set(step.owner, (steps.get(step.owner) ?? 0) + 1);
    }
    const hits: RuleHit[] = [];
    plan.roles.forEach((role, i) => {
      const count = role.id === undefined ? 0 : (steps.get(role.id) ?? 0);
      if (count <= context.config.singlePersonSteps || (context.isPresent(`/roles/${i}/deputies`) && role.deputies === undefined)) return;
      const others = (role.deputies ?? []).filter((deputy) => deputy !== role.holder);
      if (others.length > 0) return;
      const path = `/roles/${i}`;
      const why = (role.deputies ?? []).length === 0 ? 'has no deputy' : 'has only its holder as deputy';
      hits.push({ path, text: { key: 'rule.single-person.detail', values: { thing: { node: path }, count } }, message: `${context.describe(path)} owns ${count} steps of playbooks for high or critical risks and ${why}; add deputies: with who takes over, in order` });
    });
    plan.contacts.forEach((contact, i) => {
      const count = contact.id === undefined ? 0 : (steps.get(contact.id) ?? 0);
      if (count <= context.config.singlePersonSteps) return;
      if (contact.deputy !== undefined && contact.deputy !== contact.id) return;
      if (contact.deputy === undefined && context.isPresent(`/contacts/${i}/deputy`)) return;
      const path = `/contacts/${i}`;
      const why = contact.deputy === undefined ? 'has no deputy' : 'is their own deputy';
      hits.push({ path: contact.deputy === undefined ? path : `${path}/deputy`, text: { key: 'rule.single-person.detail', values: { thing: { node: path }, count } }, message: `${context.describe(path)} owns ${count} steps of playbooks for high or critical risks and ${why}; name a deputy: who can take over` });
    });
    return hits;
  },
};

export default rule;
