import { describe } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { BASE, testRule } from '../helpers/rules.js';

// these playbooks were never exercised: unexercised is not what these cases are about
const notExercised = (config: Config) => {
  config.rules.unexercised = 'off';
};

const HIGH = `risks:
  - { id: leak, title: Leak, severity: 5, likelihood: 3, owner: anna, playbook: leak, reviewed: 2026-11-01 }
playbooks:
  - id: leak
    title: Leak
    owner: anna
    steps: [{ action: Go, owner: anna }]
`;

const LOW = HIGH.replace('severity: 5, likelihood: 3', 'severity: 1, likelihood: 1');

describe('activation', () => {
  testRule('activation', [
    { name: 'a plan without high or critical playbooks needs no activation', config: notExercised, yaml: `${BASE}${LOW}`, expect: [] },
    {
      name: 'a plan with a playbook for a high risk and no activation is reported at the top',
      config: notExercised,
      yaml: `${BASE}${HIGH}`,
      expect: [{ line: 1, column: 1, path: '', message: /playbook "leak" is for a high risk; add activation:/ }],
    },
    {
      name: 'an activation without entry point or levels is reported twice at the mapping',
      config: notExercised,
      yaml: `${BASE}${HIGH}activation:
  stand_down: [All clear]
`,
      expect: [
        { line: 24, column: 3, path: '/activation', message: /no (entry point|crisis level)/ },
        { line: 24, column: 3, path: '/activation', message: /no (entry point|crisis level)/ },
      ],
    },
    {
      name: 'an entry point and one level are enough',
      config: notExercised,
      yaml: `${BASE}${HIGH}activation:
  entry_point: anna
  levels:
    - { id: crisis, title: Crisis, declared_by: [anna], rhythm: 2 hours }
`,
      expect: [],
    },
  ]);
});
