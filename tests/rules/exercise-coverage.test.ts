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

// three roles, after the evaluations: erik's (he owns the outage step), anna's (she owns the breach step) and lisa's, who owns no step
const roles = `roles:
  - id: tech-lead
    title: Technical lead
    holder: erik
  - id: crisis-lead
    title: Crisis lead
    holder: anna
  - id: scribe
    title: Scribe
    holder: lisa
`;
// lisa is added before the services (4 lines)
const withLisa = (yaml: string) => yaml.replace('services:\n', '  - id: lisa\n    name: Lisa Larsson\n    email: lisa@example.se\n    verified: 2026-11-01\nservices:\n');

// a second playbook with the breach playbook's deadline
const leak = `  - id: leak
    title: Leak
    owner: anna
    clocks:
      - { title: Notify IMY, within: 72 hours, notify: imy, basis: GDPR art. 33 }
    steps:
      - { action: Notify IMY, owner: anna }
`;

describe('exercise-coverage', () => {
  testRule('exercise-coverage', [
    { name: 'every role, supplier and deadline was in an exercise within 3 years', yaml: plan(exercise('2024-12-01', 'outage, breach')), expect: [] },
    {
      name: 'a plan that records and plans no exercise at all: everything is left to exercise',
      yaml: plan(''),
      expect: [
        { line: 8, column: 5, path: '/contacts/0', message: /^contact "anna" owns steps of playbook "breach", and none was exercised in the last 3 years; include it in an exercise$/ },
        { line: 12, column: 5, path: '/contacts/1' },
        { line: 16, column: 5, path: '/contacts/2' },
        { line: 42, column: 9, path: '/playbooks/1/clocks/0' },
      ],
    },
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
      name: 'a plan without the continuity keys (format v1) is judged too: the step owners',
      yaml: `${BASE}playbooks:
  - id: outage
    title: Outage
    owner: anna
    steps:
      - { action: Call the host, owner: erik }
`,
      expect: [{ line: 12, column: 5, path: '/contacts/1', message: /^contact "erik" owns steps of playbook "outage", and none was exercised in the last 3 years; include it in an exercise$/ }],
    },
    {
      name: 'a role is in an exercise when its holder (or the role itself) owns a step of an exercised playbook',
      yaml: withLisa(plan(exercise('2026-01-10', 'outage, breach'), '') + roles),
      expect: [
        { line: 58, column: 5, path: '/roles/2', message: /^role "scribe" \(Scribe\) was in no exercise in the last 3 years: no playbook has it or its holder "lisa" as owner of a step; give the role the steps it takes in a crisis, then exercise one of those playbooks$/ },
      ],
    },
    {
      name: 'a role whose playbooks were not exercised; the contact holding it hears it through the role',
      yaml: withLisa(plan(exercise('2026-01-10', 'breach'), '') + roles),
      expect: [
        { line: 16, column: 5, path: '/contacts/2' },
        { line: 52, column: 5, path: '/roles/0', message: /^role "tech-lead" \(Technical lead\) was in no exercise in the last 3 years: it or its holder "erik" owns steps of playbook "outage", none of them exercised; include it in an exercise$/ },
        { line: 58, column: 5, path: '/roles/2' },
      ],
    },
    {
      name: 'the same duty in two playbooks is one deadline: met when either was exercised',
      yaml: plan(exercise('2026-01-10', 'outage, leak'), leak),
      expect: [],
    },
    {
      name: 'the same duty in two unexercised playbooks: one finding, at the first, naming the other',
      yaml: plan(exercise('2026-01-10', 'outage'), leak),
      expect: [
        { line: 8, column: 5, path: '/contacts/0' },
        { line: 42, column: 9, path: '/playbooks/1/clocks/0', message: /^deadline "Notify IMY" of playbook "breach" \(also in playbook "leak"\) was in no exercise in the last 3 years; exercise one of these playbooks so the team has met this deadline once$/ },
      ],
    },
  ]);
});
