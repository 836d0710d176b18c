import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const FULL = `${BASE}    public: true
risks:
  - id: r1
    title: R
    severity: 1
    likelihood: 2
    owner: anna
playbooks:
  - id: p1
    title: P
    owner: anna
    steps:
      - action: Step one
        owner: anna
preparedness:
  crisis_site:
    url: https://status.example.com
    owner: anna
  backups:
    - id: db
      system: Orders
      owner: anna
  training:
    - id: t1
      topic: Tabletop
      owner: anna
evaluations:
  - date: 2026-10-01
    type: exercise
    title: Drill
    actions:
      - action: Fix phone list
        owner: anna
        due: 2027-01-01
`;

describe('missing-owner', () => {
  testRule('missing-owner', [
    { name: 'everything owned is clean', yaml: FULL, expect: [] },
    {
      name: 'the plan without owner is reported at the plan mapping',
      yaml: FULL.replace('  owner: anna\n  reviewed', '  reviewed'),
      expect: [{ line: 3, column: 3, path: '/plan', message: /the plan has no owner; add owner: with a contact id/ }],
    },
    {
      name: 'each kind of owned item, at its mapping',
      yaml: FULL.replace(/\n +owner: anna(?=\n)/g, (match, offset: number) => (offset > 200 ? '' : match)),
      expect: [
        { line: 18, column: 5, path: '/risks/0', message: /risk "r1" has no owner/ },
        { line: 23, column: 5, path: '/playbooks/0' },
        { line: 26, column: 9, path: '/playbooks/0/steps/0', message: /step 1 of playbook "p1" has no owner/ },
        { line: 29, column: 5, path: '/preparedness/crisis_site', message: /the crisis site has no owner/ },
        { line: 31, column: 7, path: '/preparedness/backups/0' },
        { line: 34, column: 7, path: '/preparedness/training/0' },
        { line: 41, column: 9, path: '/evaluations/0/actions/0', message: /action 1 of evaluation 1 has no owner/ },
      ],
    },
    {
      name: 'a misspelt owner key is left to the schema',
      yaml: FULL.replace('    owner: anna\nplaybooks', '    ownr: anna\nplaybooks'),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
    {
      name: 'an empty owner is left to the schema',
      yaml: FULL.replace('    owner: anna\nplaybooks', '    owner:\nplaybooks'),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
  ]);
});

describe('missing-owner with roles', () => {
  testRule('missing-owner', [
    {
      name: 'a role without a holder is reported at the role',
      yaml: `${BASE}roles:
  - { id: lead, title: Lead, holder: anna }
  - id: tech
    title: Tech
`,
      expect: [{ line: 18, column: 5, path: '/roles/1', message: /role "tech" has no holder/ }],
    },
  ]);
});
