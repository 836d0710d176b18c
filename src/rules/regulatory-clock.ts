import { continuityEngaged, minutesOf } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';

const LIMIT_MINUTES = 72 * 60;

const rule: Rule = {
  id: 'regulatory-clock',
  severity: 'warning',
  description: 'A playbook for a data-breach risk must have a clock that notifies an authority within 72 hours (GDPR art. 33).',
  check(plan, context) {
    if (!continuityEngaged(this.id, plan, context.config)) return [];
    const authorities = new Set(plan.contacts.filter((c) => c.type === 'authority' && c.id !== undefined).map((c) => c.id));
    const breachPlaybooks = new Set(plan.risks.filter((risk) => risk.category === 'data-breach').map((risk) => risk.playbook));
    const hits: RuleHit[] = [];
    plan.playbooks.forEach((playbook, i) => {
      if (playbook.id === undefined || !breachPlaybooks.has(playbook.id)) return;
      const covered = playbook.clocks.some((clock) => {
        const within = minutesOf(clock.within);
        return clock.notify !== undefined && authorities.has(clock.notify) && within !== undefined && within <= LIMIT_MINUTES;
      });
      if (covered) return;
      const path = `/playbooks/${i}`;
      hits.push({
        path,
        message: `${context.describe(path)} covers a data-breach risk but has no clock notifying an authority within 72 hours; add clocks: with notify: (an authority contact, e.g. the data-protection authority), within: 72 hours and basis: GDPR art. 33`,
      });
    });
    return hits;
  },
};

export default rule;
