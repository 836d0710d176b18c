import type { Rule } from './types.js';

/** Reported by the schema check, one finding per problem at its node. */
const rule: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The plan must match the plan JSON Schema: known keys, required keys, value types, ids, dates and durations.',
};

export default rule;
