import type { Rule } from './types.js';

/** Reported by the suppression check in the engine: a disable comment that suppressed nothing. */
const rule: Rule = {
  id: 'unused-suppression',
  severity: 'warning',
  description: 'A `# krisplan-disable-next-line` comment must suppress a finding on the next line, so suppressions do not outlive their reason.',
};

export default rule;
