import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

describe('duplicate-id', () => {
  testRule('duplicate-id', [
    { name: 'unique ids are clean', yaml: BASE, expect: [] },
    {
      name: 'a contact id used twice is reported at the second id',
      yaml: `${BASE}  - id: anna
    name: Anna Again
    phone: "112"
`,
      expect: [{ line: 16, column: 9, path: '/contacts/2/id', message: /id "anna" is used twice in contacts \(items 1 and 3\)/ }],
    },
    {
      name: 'the same id in two different lists is fine, twice in one list is not',
      yaml: `${BASE}risks:
  - { id: x, title: X, severity: 1, likelihood: 1, owner: anna }
  - { id: x, title: Y, severity: 1, likelihood: 1, owner: anna }
playbooks:
  - id: x
    title: X
    owner: anna
    steps: [{ action: Go, owner: anna }]
`,
      expect: [{ line: 18, column: 11, path: '/risks/1/id' }],
    },
    {
      name: 'backups, training and resources are checked too',
      yaml: `${BASE}preparedness:
  backups:
    - { id: db, system: DB, owner: anna }
    - { id: db, system: Files, owner: anna }
  training:
    - { id: t, topic: T, owner: anna }
    - { id: t, topic: U, owner: anna }
  resources:
    - { id: r, title: R }
    - { id: r, title: S }
`,
      expect: [
        { line: 19, column: 13, path: '/preparedness/backups/1/id' },
        { line: 22, column: 13, path: '/preparedness/training/1/id' },
        { line: 25, column: 13, path: '/preparedness/resources/1/id' },
      ],
    },
  ]);
});

describe('duplicate-id with roles', () => {
  testRule('duplicate-id', [
    {
      name: 'a role id that is also a contact id is reported at the role id',
      yaml: `${BASE}roles:
  - { id: erik, title: Lead, holder: anna }
  - { id: lead, title: Lead, holder: anna }
  - { id: lead, title: Lead again, holder: erik }
`,
      expect: [
        { line: 17, column: 11, path: '/roles/0/id', message: /role id "erik" is also a contact id/ },
        { line: 19, column: 11, path: '/roles/2/id', message: /used twice in roles/ },
      ],
    },
  ]);
});
