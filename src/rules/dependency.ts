import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'dependency',
  severity: 'warning',
  description: 'A service that depends on a supplier needs that supplier as a contact whose reachability has been verified.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.services.forEach((service, i) => {
      (service.depends_on ?? []).forEach((id, j) => {
        const contact = plan.contacts.find((c) => c.id === id);
        if (!contact || contact.type !== 'supplier' || contact.verified !== undefined) return;
        const path = `/services/${i}/depends_on/${j}`;
        hits.push({ path, text: { key: 'rule.dependency.detail', values: { thing: { node: `/services/${i}` }, id } }, message: `${context.describe(`/services/${i}`)} depends on supplier "${id}", whose contact has never been verified; confirm how to reach them in a crisis and set verified: on the contact` });
      });
    });
    return hits;
  },
};

export default rule;
