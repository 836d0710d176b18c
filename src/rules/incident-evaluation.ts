import type { Rule } from './types.js';

/** Reported by `validate` for the incident records beside the plans (src/incident/validate.ts), not per plan. */
const rule: Rule = {
  id: 'incident-evaluation',
  severity: 'warning',
  description: 'A closed incident must have its evaluation in the plan (an evaluation with incident: and the record id).',
};

export default rule;
