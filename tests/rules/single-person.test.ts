import { describe } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { BASE, testRule } from '../helpers/rules.js';

// these playbooks were never exercised: unexercised is not what these cases are about
const notExercised = (config: Config) => {
  config.rules.unexercised = 'off';
};

const steps = (owner: string, n: number) => Array.from({ length: n }, (_, i) => `      - { action: Step ${i + 1}, owner: ${owner} }`).join('\n');

const plan = (roles: string, owner = 'lead') => `${BASE}roles:
${roles}
risks:
  - { id: r, title: R, severity: 5, likelihood: 3, owner: anna, playbook: p, reviewed: 2026-11-01 }
playbooks:
  - id: p
    title: P
    owner: anna
    steps:
${steps(owner, 6)}
activation:
  entry_point: anna
  levels: [{ id: crisis, title: Crisis }]
`;

describe('single-person with roles', () => {
  testRule('single-person', [
    { name: 'a role with a deputy is clean', config: notExercised, yaml: plan('  - { id: lead, title: Lead, holder: anna, deputies: [erik] }'), expect: [] },
    {
      name: 'a role that owns more than 5 steps with no deputy is reported at the role',
      config: notExercised,
      yaml: plan('  - { id: lead, title: Lead, holder: anna }'),
      expect: [{ line: 17, column: 5, path: '/roles/0', message: /role "lead" owns 6 steps .* has no deputy/ }],
    },
    {
      name: 'a role whose only deputy is its holder is reported',
      config: notExercised,
      yaml: plan('  - { id: lead, title: Lead, holder: anna, deputies: [anna] }'),
      expect: [{ line: 17, column: 5, path: '/roles/0', message: /has only its holder as deputy/ }],
    },
    { name: 'five steps are within the threshold', config: notExercised, yaml: plan('  - { id: lead, title: Lead, holder: anna }').replace(/      - \{ action: Step 6, owner: lead \}\n/, ''), expect: [] },
  ]);
});
