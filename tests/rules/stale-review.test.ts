import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const ROUTINES = `${BASE}    public: true
risks:
  - id: r1
    title: R
    severity: 1
    likelihood: 1
    owner: anna
    reviewed: 2026-01-15
preparedness:
  crisis_site:
    url: https://status.example.com
    owner: anna
    tested: 2026-08-31
    test_every: 3 months
  backups:
    - id: db
      system: Orders
      owner: anna
      restore_tested: 2026-06-01
  training:
    - id: t1
      topic: Tabletop
      owner: anna
      held: 2026-01-10
      every: P1Y
`;

describe('stale-review', () => {
  testRule('stale-review', [
    { name: 'fresh dates are clean', yaml: ROUTINES, expect: [] },
    {
      name: 'due on the day the interval ends, stale from the day after',
      yaml: BASE.replace('reviewed: 2026-11-01', 'reviewed: 2025-11-29'),
      expect: [],
    },
    {
      name: 'one day overdue',
      yaml: BASE.replace('reviewed: 2026-11-01', 'reviewed: 2025-11-28'),
      expect: [{ line: 6, column: 13, path: '/plan/reviewed', message: /review of the plan is stale: last 2025-11-28, due 2026-11-28 \(every 1 year\), 1 day overdue/ }],
    },
    {
      name: 'the plan\'s own review_every wins over the config',
      yaml: BASE.replace('reviewed: 2026-11-01', 'reviewed: 2026-05-01\n  review_every: 6 months'),
      expect: [{ line: 6, column: 13, path: '/plan/reviewed', message: /due 2026-11-01 \(every 6 months\), 28 days overdue/ }],
    },
    {
      name: 'month arithmetic is calendar arithmetic: 2026-08-31 + 3 months = 2026-11-30',
      yaml: ROUTINES,
      today: '2026-12-01',
      expect: [{ line: 28, column: 13, path: '/preparedness/crisis_site/tested', message: /due 2026-11-30 \(every 3 months\), 1 day overdue/ }],
    },
    {
      name: 'every routine kind goes stale with its default interval',
      yaml: ROUTINES,
      today: '2027-06-01',
      expect: [
        { line: 11, column: 15, path: '/contacts/0/verified', message: /verification of contact "anna" is stale: last 2026-11-01, due 2027-05-01 \(every 6 months\), 31 days overdue/ },
        { line: 23, column: 15, path: '/risks/0/reviewed', message: /review of risk "r1" is stale: last 2026-01-15, due 2027-01-15 \(every 1 year\)/ },
        { line: 28, column: 13, path: '/preparedness/crisis_site/tested', message: /test of the crisis site/ },
        { line: 34, column: 23, path: '/preparedness/backups/0/restore_tested', message: /restore test of backup "db" is stale: last 2026-06-01, due 2026-12-01 \(every 6 months\)/ },
        { line: 39, column: 13, path: '/preparedness/training/0/held', message: /training "t1" is stale: last 2026-01-10, due 2027-01-10 \(every P1Y\), 142 days overdue/ },
      ],
    },
    {
      name: 'config intervals change the defaults',
      yaml: BASE,
      today: '2026-12-15',
      config: (config) => {
        config.intervals.contact = '1 month';
      },
      expect: [{ line: 11, column: 15, path: '/contacts/0/verified', message: /due 2026-12-01 \(every 1 month\), 14 days overdue/ }],
    },
    {
      name: 'a risk without its own reviewed date is covered by the plan review',
      yaml: `${BASE}risks:
  - { id: r1, title: R, severity: 1, likelihood: 1, owner: anna }
`,
      today: '2027-11-02',
      expect: [
        { line: 6, column: 13, path: '/plan/reviewed', message: /1 day overdue/ },
        { line: 11, column: 15, path: '/contacts/0/verified' },
      ],
    },
    {
      name: 'an invalid date or interval gets no staleness',
      yaml: BASE.replace('reviewed: 2026-11-01', 'reviewed: 2020-02-30').replace('verified: 2026-11-01', 'verified: 2020-01-01\n    x-note: old').replace('  reviewed: 2020-02-30', '  reviewed: 2020-02-30\n  review_every: 5 fortnights'),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [{ line: 12, column: 15, path: '/contacts/0/verified' }],
    },
  ]);
});

describe('stale-review: intervals of a contact or a risk of its own', () => {
  testRule('stale-review', [
    {
      name: 'a contact verify_every and a risk review_every override the config',
      yaml: `${BASE.replace('    verified: 2026-11-01\n', '    verified: 2026-09-01\n    verify_every: 2 months\n')}risks:
  - { id: r1, title: R, severity: 1, likelihood: 1, owner: anna, reviewed: 2026-05-01, review_every: 6 months }
`,
      expect: [
        { line: 11, column: 15, path: '/contacts/0/verified', message: /due 2026-11-01 \(every 2 months\), 28 days overdue/ },
        { line: 18, column: 76, path: '/risks/0/reviewed', message: /due 2026-11-01 \(every 6 months\)/ },
      ],
    },
  ]);
});
