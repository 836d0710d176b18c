import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

const plan = (clock: string) => `${BASE}  - { id: imy, name: IMY, type: authority, phone: "+46 8 657 61 00", verified: 2026-11-01 }
risks:
  - { id: r, title: R, category: data-breach, severity: 2, likelihood: 2, owner: anna, playbook: p }
playbooks:
  - id: p
    title: P
    owner: anna
    clocks:
      - obligation: gdpr-33
        notify: imy
${clock}    steps:
      - { action: Act, owner: anna }
`;

describe('obligation-limit', () => {
  testRule('obligation-limit', [
    { name: 'the law’s limit, from the catalogue', yaml: plan(''), expect: [] },
    { name: 'a tighter own limit', yaml: plan('        within: 48 hours\n'), expect: [] },
    {
      name: 'gdpr-33 within 96 hours is an error at the value',
      yaml: plan('        within: 96 hours\n'),
      expect: [{ line: 26, column: 17, path: '/playbooks/0/clocks/0/within', message: /clock 1 of playbook "p" is gdpr-33, which the law allows 72 hours \(GDPR art\. 33\(1\)\), but within is 96 hours/ }],
    },
    {
      name: 'a clock without obligation is never judged against the law',
      yaml: plan('      - { title: Tell IMY again, within: 10 days, notify: imy }\n'),
      expect: [],
    },
  ]);
});
