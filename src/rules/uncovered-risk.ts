import { scoreRisk } from '../model/scoring.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'uncovered-risk',
  severity: 'warning',
  description: 'A risk at level high or critical must name a playbook to follow when it happens.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.risks.forEach((risk, i) => {
      const path = `/risks/${i}`;
      const scored = scoreRisk(risk, context.config);
      if (!scored || (scored.level !== 'high' && scored.level !== 'critical')) return;
      if (risk.playbook !== undefined || context.isPresent(`${path}/playbook`)) return;
      hits.push({
        path,
        text: { key: 'rule.uncovered-risk.detail', values: { thing: { node: path }, level: { level: scored.level }, score: scored.score } },
        message: `${context.describe(path)} is ${scored.level} (score ${scored.score}) but has no playbook; add playbook: with the id of the playbook to follow`,
      });
    });
    return hits;
  },
};

export default rule;
