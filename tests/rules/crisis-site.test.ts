import { describe } from 'vitest';
import { BASE, testRule } from '../helpers/rules.js';

// exercised, so that unexercised (which judges every plan) stays quiet
const PLAYBOOKS = `playbooks:
  - id: outage
    title: Outage
    owner: anna
    exercised: [2026-10-01]
    steps: [{ action: Restart, owner: anna }]
  - id: breach
    title: Breach
    owner: anna
    exercised: [2026-10-01]
    steps: [{ action: Contain, owner: erik }]
`;

const site = (messages: string) => `preparedness:
  crisis_site:
    url: https://status.example.se
    owner: erik
${messages}`;

/** BASE with the second contact public (or not), then risks, an optional crisis site and the playbooks. */
const plan = (options: { isPublic: boolean; risks: string; site?: string }) => `${BASE}${options.isPublic ? '    public: true\n' : ''}risks:
${options.risks}${options.site ?? ''}${PLAYBOOKS}`;

describe('crisis-site', () => {
  testRule('crisis-site', [
    {
      name: 'no crisis web: no message and no public contact is not nagged about',
      yaml: plan({ isPublic: false, risks: '  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }\n' }),
      expect: [],
    },
    {
      name: 'every high or critical risk has its message and a contact is public',
      yaml: plan({
        isPublic: true,
        risks: `  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }
  - { id: leak, title: Leak, severity: 5, likelihood: 2, owner: anna, playbook: outage }
  - { id: small, title: Small, severity: 3, likelihood: 3, owner: anna, playbook: breach }
`,
        site: site('    messages:\n      outage: We are down and working on it.\n'),
      }),
      expect: [],
    },
    {
      name: 'a high and a critical risk whose playbook has no message, reported at each risk',
      yaml: plan({
        isPublic: true,
        risks: `  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }
  - { id: low, title: Low, severity: 1, likelihood: 1, owner: anna, playbook: breach }
  - id: leak
    title: Leak
    severity: 5
    likelihood: 2
    owner: anna
    playbook: breach
`,
        site: site('    messages:\n      outage: We are down and working on it.\n'),
      }),
      expect: [
        {
          line: 20,
          column: 5,
          path: '/risks/2',
          message: /^risk "leak" is high \(score 10\) but the crisis web has no public message for its playbook "breach"; add preparedness\.crisis_site\.messages\.breach /,
        },
      ],
    },
    {
      name: 'a crisis web without messages: each high or critical risk with a playbook is reported',
      yaml: plan({
        isPublic: true,
        risks: `  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }
  - { id: leak, title: Leak, severity: 4, likelihood: 3, owner: anna, playbook: breach }
`,
        site: site(''),
      }),
      expect: [
        { line: 18, column: 5, path: '/risks/0', message: /risk "down" is critical \(score 25\).*playbook "outage"/ },
        { line: 19, column: 5, path: '/risks/1', message: /risk "leak" is high \(score 12\).*playbook "breach"/ },
      ],
    },
    {
      name: 'no contact is public: reported at the contacts list',
      yaml: plan({
        isPublic: false,
        risks: '  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }\n',
        site: site('    messages:\n      outage: We are down and working on it.\n'),
      }),
      expect: [{ line: 8, column: 3, path: '/contacts', message: /^no contact is marked public.*set public: true on the contacts the public may reach/ }],
    },
    {
      name: 'public: false is not public',
      yaml: plan({ isPublic: false, risks: '  - { id: down, title: Down, severity: 1, likelihood: 1, owner: anna }\n', site: site('') }).replace(
        '    deputy: anna\n',
        '    deputy: anna\n    public: false\n',
      ),
      expect: [{ line: 8, column: 3, path: '/contacts' }],
    },
    {
      name: 'no contacts list at all: reported at the crisis site',
      yaml: `krisplan: 1
plan:
  title: Test plan
  organization: Test AB
  owner: anna
  reviewed: 2026-11-01
preparedness:
  crisis_site:
    url: https://status.example.se
    owner: anna
`,
      config: (config) => {
        config.rules['unknown-reference'] = 'off';
      },
      expect: [{ line: 9, column: 5, path: '/preparedness/crisis_site', message: /^the plan has no contacts.*add contacts: with public: true/ }],
    },
    {
      name: 'the config thresholds decide the level',
      yaml: plan({ isPublic: true, risks: '  - { id: mid, title: Mid, severity: 3, likelihood: 3, owner: anna, playbook: breach }\n', site: site('') }),
      config: (config) => {
        config.risk.levels = { critical: 16, high: 8, medium: 4 };
      },
      expect: [{ line: 18, column: 5, path: '/risks/0', message: /high \(score 9\)/ }],
    },
    {
      name: 'a risk without a playbook is left to uncovered-risk',
      yaml: plan({ isPublic: true, risks: '  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna }\n', site: site('') }),
      config: (config) => {
        config.rules['uncovered-risk'] = 'off';
      },
      expect: [],
    },
    {
      name: 'a playbook that does not exist is left to unknown-reference',
      yaml: plan({ isPublic: true, risks: '  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: nowhere }\n', site: site('') }),
      config: (config) => {
        config.rules['unknown-reference'] = 'off';
      },
      expect: [],
    },
    {
      name: 'messages the schema rejected are not judged again',
      yaml: plan({ isPublic: true, risks: '  - { id: down, title: Down, severity: 5, likelihood: 5, owner: anna, playbook: outage }\n', site: site('    messages: We are down.\n') }),
      config: (config) => {
        config.rules.schema = 'off';
      },
      expect: [],
    },
  ]);
});
