import { scoreRisk } from '../model/scoring.js';
import type { Rule, RuleHit } from './types.js';

const SITE = '/preparedness/crisis_site';

const rule: Rule = {
  id: 'crisis-site',
  severity: 'warning',
  description: 'A plan with a crisis web must have a public message ready for the playbook of every high or critical risk, and at least one public contact.',
  check(plan, context) {
    const site = plan.preparedness.crisis_site;
    // a plan without a crisis web is not nagged about what it would show
    if (!site) return [];
    const hits: RuleHit[] = [];
    // a messages value the schema rejected has had its finding; judging it as empty would say the same twice
    const messages = site.messages ?? (context.isPresent(`${SITE}/messages`) ? undefined : {});
    const playbooks = new Set(plan.playbooks.map((playbook) => playbook.id));
    plan.risks.forEach((risk, i) => {
      const scored = scoreRisk(risk, context.config);
      if (!messages || !scored || (scored.level !== 'high' && scored.level !== 'critical')) return;
      // no playbook is uncovered-risk's finding, an unknown one unknown-reference's
      if (risk.playbook === undefined || !playbooks.has(risk.playbook) || Object.hasOwn(messages, risk.playbook)) return;
      const path = `/risks/${i}`;
      hits.push({
        path,
        message: `${context.describe(path)} is ${scored.level} (score ${scored.score}) but the crisis web has no public message for its playbook "${risk.playbook}"; add preparedness.crisis_site.messages.${risk.playbook} with the text to publish when it happens`,
      });
    });
    if (!plan.contacts.some((contact) => contact.public === true)) {
      const hasContacts = context.isPresent('/contacts');
      hits.push({
        path: hasContacts ? '/contacts' : SITE,
        message: hasContacts
          ? 'no contact is marked public, so the crisis web has no one for customers to call or write to; set public: true on the contacts the public may reach, such as customer service'
          : 'the plan has no contacts, so the crisis web has no one for customers to call or write to; add contacts: with public: true on those the public may reach, such as customer service',
      });
    }
    return hits;
  },
};

export default rule;
