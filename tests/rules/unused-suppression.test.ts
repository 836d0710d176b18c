import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const STALE = BASE.replace('  reviewed: 2026-11-01', '  # krisplan-disable-next-line stale-review -- reviewed in the board meeting, minutes not yet filed\n  reviewed: 2025-01-01');

describe('unused-suppression', () => {
  testRule('unused-suppression', [
    { name: 'a suppression removes exactly its finding', yaml: STALE, expect: [] },
    {
      name: 'a suppression that matches nothing is reported',
      yaml: STALE.replace('reviewed: 2025-01-01', 'reviewed: 2026-11-01'),
      expect: [{ line: 6, column: 3, path: '', message: /suppresses nothing for stale-review on line 7/ }],
    },
    {
      name: 'an unknown rule id is reported',
      yaml: STALE.replace('stale-review --', 'stale-review, stale-reviews --'),
      expect: [{ line: 6, column: 3, path: '', message: /names "stale-reviews", which is no krisplan rule/ }],
    },
    {
      name: 'blank and comment lines between the comment and its node are skipped',
      yaml: STALE.replace('minutes not yet filed\n', 'minutes not yet filed\n\n  # the board met on 2026-10-12\n'),
      expect: [],
    },
  ]);
});
