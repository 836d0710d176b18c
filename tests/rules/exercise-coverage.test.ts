import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

// a plan that uses the continuity keys (services): the continuity rules judge it
const plan = (evaluations: string, extra = '') => `${BASE}  - id: cloudco
    name: CloudCo support
    type: supplier
    email: support@cloudco.example
    verified: 2026-11-01
  - id: imy
    name: IMY
    type: authority
    phone: "+46 8 657 61 00"
    verified: 2026-11-01
services:
  - id: shop
    title: Web shop
    owner: anna
    depends_on: [cloudco]
playbooks:
  - id: outage
    title: Outage
    owner: anna
    services: [shop]
    steps:
      - { action: Call CloudCo, owner: erik }
  - id: breach
    title: Breach
    owner: anna
    clocks:
      - { title: Notify IMY, within: 72 hours, notify: imy, basis: GDPR art. 33 }
    steps:
      - { action: Notify IMY, owner: anna }
${extra}${evaluations}`;

const exercise = (date: string, playbooks: string) => `evaluations:
  - { date: ${date}, type: exercise, title: Tabletop, playbooks: [${playbooks}] }
`;

describe('exercise-coverage', () => {
  testRule('exercise-coverage', [
    { name: 'every role, supplier and deadline was in an exercise within 3 years', yaml: plan(exercise('2024-12-01', 'outage, breach')), expect: [] },
    { name: 'a plan that records and plans no exercise at all (unexercised speaks for it)', yaml: plan(''), expect: [] },
    {
      name: 'a step owner, a supplier a service depends on and a deadline never exercised, in a plan that exercises',
      yaml: plan(`evaluations:
  - { date: 2026-01-10, type: exercise, title: Tabletop, playbook: other }
`, `  - id: other
    title: Other
    owner: anna
    steps:
      - { action: Talk, owner: anna }
`),
      expect: [
        { line: 12, column: 5, path: '/contacts/1', message: /^contact "erik" owns steps of playbook "outage", and none was exercised in the last 3 years; include it in an exercise$/ },
        { line: 16, column: 5, path: '/contacts/2', message: /^supplier "cloudco", which service "shop" depends on, was in no exercise in the last 3 years; exercise a playbook whose steps name it or that protects that service$/ },
        { line: 42, column: 9, path: '/playbooks/1/clocks/0', message: /^deadline "Notify IMY" of playbook "breach" was in no exercise in the last 3 years/ },
      ].sort((a, b) => a.line - b.line),
    },
    {
      name: 'an exercise longer ago than the interval does not count',
      yaml: plan(exercise('2023-11-28', 'outage, breach')),
      expect: [
        { line: 8, column: 5, path: '/contacts/0' },
        { line: 12, column: 5, path: '/contacts/1' },
        { line: 16, column: 5, path: '/contacts/2' },
        { line: 42, column: 9, path: '/playbooks/1/clocks/0' },
      ],
    },
    {
      name: 'the interval comes from intervals.exercise_coverage',
      yaml: plan(exercise('2023-11-28', 'outage, breach')),
      config: (config) => {
        config.intervals.exercise_coverage = '5 years';
      },
      expect: [],
    },
    {
      name: 'a supplier is covered by an exercised playbook whose steps name it',
      yaml: plan(exercise('2026-01-10', 'breach'), `  - id: vendor
    title: Vendor down
    owner: erik
    steps:
      - { action: Call CloudCo support, owner: erik }
`).replace('playbooks: [breach]', 'playbooks: [breach, vendor]'),
      expect: [],
    },
    {
      name: 'any plan when the config names the rule',
      yaml: plan(''),
      config: (config) => {
        config.rules['exercise-coverage'] = 'warning';
      },
      expect: [
        { line: 8, column: 5, path: '/contacts/0' },
        { line: 12, column: 5, path: '/contacts/1' },
        { line: 16, column: 5, path: '/contacts/2' },
        { line: 42, column: 9, path: '/playbooks/1/clocks/0' },
      ],
    },
  ]);
});
