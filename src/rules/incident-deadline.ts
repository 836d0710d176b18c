import type { Rule } from './types.js';

/** Reported by `validate` for the incident records beside the plans (src/incident/validate.ts), not per plan. */
const rule: Rule = {
  id: 'incident-deadline',
  severity: 'error',
  description: 'An open incident must not be past a statutory deadline that was neither reported (krisplan notified --ref) nor closed as not required.',
};

export default rule;
