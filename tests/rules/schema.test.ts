import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

describe('schema', () => {
  testRule('schema', [
    { name: 'a valid plan with x- extension keys is clean', yaml: `${BASE}x-team: platform\n`.replace('  owner: anna\n', '  owner: anna\n  x-cost-centre: 42\n'), expect: [] },
    {
      name: 'an unknown key is reported at the key with the closest known key',
      yaml: BASE.replace('    phone: "+46 70 123 45 67"', '    phone: "+46 70 123 45 67"\n    emial: anna@example.se'),
      expect: [{ line: 11, column: 5, path: '/contacts/0/emial', message: /unknown key "emial" in contact "anna"; did you mean "email"\?/ }],
    },
    {
      name: 'an unknown key with nothing close lists the known keys',
      yaml: `${BASE}budget: 100\n`,
      expect: [{ line: 16, column: 1, path: '/budget', message: /unknown key "budget" in the plan; known keys: krisplan, plan, contacts/ }],
    },
    {
      name: 'missing required keys are reported once, at the mapping that lacks them',
      yaml: `${BASE}risks:\n  - severity: 3\n    likelihood: 1\n    owner: anna\n`,
      expect: [{ line: 17, column: 5, path: '/risks/0', message: /risk 1 lacks the required keys "id", "title"; add id: and title:/ }],
    },
    {
      name: 'bad values are reported at the value, in plain words',
      yaml: `${BASE}risks:
  - id: Big Risk
    title: R
    severity: "4"
    likelihood: 0
    owner: anna
    reviewed: 2026-02-30
  - id: r2
    title: R2
    severity: 2
    likelihood: 2
    owner: anna
    mitigations: CDN
`,
      expect: [
        { line: 17, column: 9, path: '/risks/0/id', message: /id of risk "Big Risk" must be an id: lowercase letters/ },
        { line: 19, column: 15, path: '/risks/0/severity', message: /severity of risk "Big Risk" must be a whole number, not text "4"/ },
        { line: 20, column: 17, path: '/risks/0/likelihood', message: /likelihood of risk "Big Risk" must be from 1 to 5 \(the risk scale\), not 0/ },
        { line: 22, column: 15, path: '/risks/0/reviewed', message: /must be a real calendar date written YYYY-MM-DD, not "2026-02-30"/ },
        { line: 28, column: 18, path: '/risks/1/mitigations', message: /mitigations of risk "r2" must be a list, not text "CDN"/ },
      ],
    },
    {
      name: 'enums suggest the closest value; durations are checked',
      yaml: BASE.replace('  reviewed: 2026-11-01', '  reviewed: 2026-11-01\n  language: se\n  review_every: 5 fortnights'),
      expect: [
        { line: 7, column: 13, path: '/plan/language', message: /language of the plan must be one of sv, en, not "se"; did you mean "sv"\?/ },
        { line: 8, column: 17, path: '/plan/review_every', message: /must be a duration such as "15 minutes"/ },
      ],
    },
    {
      name: 'krisplan must be 1',
      yaml: BASE.replace('krisplan: 1', 'krisplan: "one"'),
      expect: [{ line: 1, column: 11, path: '/krisplan', message: /krisplan must be 1 \(the plan format version\), not "one"/ }],
    },
    {
      name: 'a playbook with no steps',
      yaml: `${BASE}playbooks:\n  - id: p\n    title: P\n    owner: anna\n    steps: []\n`,
      expect: [{ line: 20, column: 12, path: '/playbooks/0/steps', message: /steps of playbook "p" must not be empty/ }],
    },
    {
      name: '__proto__ and constructor keys are unknown keys, nothing more',
      yaml: `${BASE}__proto__: { polluted: true }\nconstructor: x\n`,
      expect: [
        { line: 16, column: 1, path: '/__proto__', message: /unknown key "__proto__"/ },
        { line: 17, column: 1, path: '/constructor', message: /unknown key "constructor"/ },
      ],
    },
  ]);
});
