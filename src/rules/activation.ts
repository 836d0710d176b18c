import { playbookLevel } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'activation',
  severity: 'warning',
  description: 'A plan with playbooks for high or critical risks must say who receives the first alarm (activation.entry_point) and define at least one crisis level.',
  check(plan, context) {
    const urgent = plan.playbooks.find((playbook) => {
      const level = playbookLevel(plan, playbook.id, context.config);
      return level === 'high' || level === 'critical';
    });
    if (!urgent) return [];
    const why = `playbook "${urgent.id}" is for a ${playbookLevel(plan, urgent.id, context.config)} risk`;
    const activation = plan.activation;
    if (activation === undefined) {
      if (context.isPresent('/activation')) return [];
      return [{ path: '', text: { key: 'rule.activation.none', values: {} }, message: `the plan does not say how a crisis is declared, and ${why}; add activation: with entry_point: (who receives the first alarm, around the clock) and levels:` }];
    }
    const hits: RuleHit[] = [];
    if (activation.entry_point === undefined && !context.isPresent('/activation/entry_point')) {
      hits.push({ path: '/activation', text: { key: 'rule.activation.entryPoint', values: {} }, message: `activation has no entry point, and ${why}; add entry_point: with the contact or role that receives the first alarm, around the clock` });
    }
    if (activation.levels.length === 0 && !context.isPresent('/activation/levels/0')) {
      hits.push({ path: '/activation', text: { key: 'rule.activation.levels', values: {} }, message: `activation has no crisis level, and ${why}; add levels: with at least one level (id, title, declared_by, convene, meet, rhythm)` });
    }
    return hits;
  },
};

export default rule;
