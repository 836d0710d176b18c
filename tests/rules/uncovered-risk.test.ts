import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

// the playbook is exercised, so that unexercised (which judges every plan) stays quiet
const plan = (risks: string) => `${BASE}risks:
${risks}playbooks:
  - id: outage
    title: Outage
    owner: anna
    exercised: [2026-10-01]
    steps: [{ action: Restart, owner: anna }]
`;

describe('uncovered-risk', () => {
  testRule('uncovered-risk', [
    {
      name: 'high risk with a playbook, medium risk without',
      yaml: plan(`  - { id: a, title: A, severity: 5, likelihood: 2, owner: anna, playbook: outage }
  - { id: b, title: B, severity: 3, likelihood: 3, owner: anna }
`),
      expect: [],
    },
    {
      name: 'high (10) and critical (25) risks without playbook',
      yaml: plan(`  - { id: a, title: A, severity: 5, likelihood: 2, owner: anna }
  - id: b
    title: B
    severity: 5
    likelihood: 5
    owner: anna
`),
      expect: [
        { line: 17, column: 5, path: '/risks/0', message: /risk "a" is high \(score 10\) but has no playbook/ },
        { line: 18, column: 5, path: '/risks/1', message: /risk "b" is critical \(score 25\)/ },
      ],
    },
    {
      name: 'config thresholds decide the level',
      yaml: plan(`  - { id: a, title: A, severity: 3, likelihood: 3, owner: anna }
`),
      config: (config) => {
        config.risk.levels = { critical: 16, high: 8, medium: 4 };
      },
      expect: [{ line: 17, column: 5, path: '/risks/0', message: /high \(score 9\)/ }],
    },
    {
      name: 'a severity the schema rejects gives no score and no finding',
      yaml: plan(`  - { id: a, title: A, severity: 7, likelihood: 5, owner: anna }
`),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
    {
      name: 'a larger scale accepts larger values',
      yaml: plan(`  - { id: a, title: A, severity: 7, likelihood: 5, owner: anna }
`),
      config: (config) => {
        config.risk.scale = 10;
        config.risk.levels = { critical: 60, high: 30, medium: 10 };
      },
      expect: [{ line: 17, column: 5, path: '/risks/0', message: /high \(score 35\)/ }],
    },
  ]);
});
