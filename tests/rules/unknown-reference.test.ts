import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

describe('unknown-reference', () => {
  testRule('unknown-reference', [
    { name: 'known references are clean', yaml: BASE, expect: [] },
    {
      name: 'a deputy that is no contact, with a did-you-mean',
      yaml: BASE.replace('deputy: anna', 'deputy: ana'),
      expect: [{ line: 15, column: 13, path: '/contacts/1/deputy', message: /deputy of contact "erik" is "ana", which is no contact id; did you mean "anna"\?/ }],
    },
    {
      name: 'the plan owner',
      yaml: BASE.replace('owner: anna', 'owner: nobody'),
      expect: [{ line: 5, column: 10, path: '/plan/owner', message: /owner of the plan is "nobody"/ }],
    },
    {
      name: 'risk owner and playbook, step owner, resource provider and a crisis-site message key',
      yaml: `${BASE}    public: true
risks:
  - id: r1
    title: R
    severity: 2
    likelihood: 2
    owner: kalle
    playbook: outage
playbooks:
  - id: overload
    title: O
    owner: anna
    steps:
      - action: Check
        owner: erikk
preparedness:
  crisis_site:
    url: https://status.example.com
    owner: anna
    messages:
      overload: Busy.
      outages: Down.
  resources:
    - id: cap
      title: Capacity
      owner: anna
      provider: cloudco
`,
      expect: [
        { line: 22, column: 12, path: '/risks/0/owner' },
        { line: 23, column: 15, path: '/risks/0/playbook', message: /playbook of risk "r1" is "outage", which is no playbook id/ },
        { line: 30, column: 16, path: '/playbooks/0/steps/0/owner', message: /owner of step 1 of playbook "overload" is "erikk".*did you mean "erik"/ },
        { line: 37, column: 7, path: '/preparedness/crisis_site/messages/outages', message: /crisis-site message "outages"/ },
        { line: 42, column: 17, path: '/preparedness/resources/0/provider' },
      ],
    },
    {
      name: 'a reference the schema rejected gets no second finding',
      yaml: BASE.replace('deputy: anna', 'deputy: Anna Andersson'),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
  ]);
});

describe('unknown-reference with roles', () => {
  testRule('unknown-reference', [
    {
      name: 'an owner may name a role; holders, deputies and activation ids are checked',
      yaml: `${BASE}roles:
  - { id: lead, title: Lead, holder: anna, deputies: [erik, nobody] }
  - { id: tech, title: Tech, holder: ghost }
activation:
  entry_point: lead
  levels:
    - { id: crisis, title: Crisis, declared_by: [lead, boss], convene: [tech, erik] }
playbooks:
  - id: p
    title: P
    owner: lead
    steps: [{ action: Go, owner: tech }, { action: Stop, owner: leed }]
`,
      expect: [
        { line: 17, column: 61, path: '/roles/0/deputies/1', message: /no contact id/ },
        { line: 18, column: 38, path: '/roles/1/holder' },
        { line: 22, column: 56, path: '/activation/levels/0/declared_by/1', message: /no contact or role id/ },
        { line: 27, column: 65, path: '/playbooks/0/steps/1/owner', message: /did you mean "lead"/ },
      ],
    },
  ]);
});
