import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const plan = (actions: string) => `${BASE}evaluations:
  - date: 2026-03-02
    type: exercise
    title: Tabletop
    actions:
${actions}`;

describe('overdue-action', () => {
  testRule('overdue-action', [
    {
      name: 'done, due today, or due later is clean',
      yaml: plan(`      - { action: A, owner: anna, due: 2026-04-01, done: true }
      - { action: B, owner: anna, due: 2026-11-29 }
      - { action: C, owner: anna, due: 2027-01-01, done: false }
      - { action: D, owner: anna }
`),
      expect: [],
    },
    {
      name: 'not done after its due date, at the due value',
      yaml: plan(`      - action: Add DNS supplier to contacts
        owner: anna
        due: 2026-04-01
        done: false
      - { action: B, owner: anna, due: 2026-11-28 }
`),
      expect: [
        { line: 23, column: 14, path: '/evaluations/0/actions/0/due', message: /action 1 of evaluation 1 "Add DNS supplier to contacts" was due 2026-04-01 and is not done \(242 days overdue\)/ },
        { line: 25, column: 40, path: '/evaluations/0/actions/1/due', message: /1 day overdue/ },
      ],
    },
  ]);
});
