import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'no-contact-method',
  severity: 'error',
  description: 'Every contact must have a phone number or an e-mail address.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.contacts.forEach((contact, i) => {
      const path = `/contacts/${i}`;
      if (contact.phone !== undefined || contact.email !== undefined) return;
      if (context.isPresent(`${path}/phone`) || context.isPresent(`${path}/email`)) return;
      hits.push({ path, text: { key: 'rule.no-contact-method.detail', values: { thing: { node: path } } }, message: `${context.describe(path)} has neither phone nor email; add phone: or email: so the contact can be reached` });
    });
    return hits;
  },
};

export default rule;
