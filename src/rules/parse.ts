import type { Rule } from './types.js';

/** Reported by the loader: unreadable files, YAML syntax, duplicate keys, files that are not plans. */
const rule: Rule = {
  id: 'parse',
  severity: 'error',
  description: 'The file must be readable UTF-8 YAML, with unique keys, whose top level is a krisplan plan.',
};

export default rule;
