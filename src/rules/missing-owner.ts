import { ownedItems } from '../model/walk.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'missing-owner',
  severity: 'error',
  description: 'The plan and every risk, service, playbook, playbook step, backup, crisis site, training and follow-up action must have an owner, and every crisis-team role a holder.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    for (const item of ownedItems(plan)) {
      if (item.owner !== undefined || context.isPresent(`${item.path}/owner`)) continue;
      hits.push({ path: item.path, text: { key: 'rule.missing-owner.detail', values: { thing: { node: item.path } } }, message: `${context.describe(item.path)} has no owner; add owner: with a contact id${plan.roles.length > 0 ? " or a role id" : ""}` });
    }
    plan.roles.forEach((role, index) => {
      const path = `/roles/${index}`;
      if (role.holder !== undefined || context.isPresent(`${path}/holder`)) return;
      hits.push({ path, text: { key: 'rule.missing-owner.holder', values: { thing: { node: path } } }, message: `${context.describe(path)} has no holder; add holder: with the contact id of who holds it` });
    });
    return hits;
  },
};

export default rule;
