import { describe } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { BASE, testRule } from '../helpers/rules.js';

const authority = `  - id: imy
    name: IMY
    type: authority
    phone: "+46 8 657 61 00"
  - id: cloudco
    name: CloudCo support
    type: supplier
    email: support@cloudco.example
    verified: 2026-11-01
`;

const playbook = (id: string, extra = '') => `  - id: ${id}
    title: ${id}
    owner: anna
${extra}    steps:
      - { action: Act, owner: anna }
`;

describe('rpo-backup', () => {
  const plan = (backup: string) => `${BASE}${authority}services:
  - id: shop
    title: Web shop
    owner: anna
    rpo: 4 hours
    rto: 8 hours
preparedness:
  backups:
${backup}`;
  testRule('rpo-backup', [
    { name: 'a backup at least as frequent as the rpo', yaml: plan('    - { id: db, system: DB, owner: anna, frequency: hourly, services: [shop] }\n'), expect: [] },
    { name: 'a duration frequency equal to the rpo', yaml: plan('    - { id: db, system: DB, owner: anna, frequency: 4 hours, services: [shop] }\n'), expect: [] },
    {
      name: 'backups less frequent than the rpo, at the rpo',
      yaml: plan('    - { id: db, system: DB, owner: anna, frequency: daily, services: [shop] }\n'),
      expect: [{ line: 29, column: 10, path: '/services/0/rpo', message: /service "shop" may lose at most 4 hours of data, but its backups are less frequent: "db" \(daily\)/ }],
    },
    {
      name: 'a service with an rpo and no backup, at the service',
      yaml: plan('    - { id: db, system: DB, owner: anna, frequency: hourly }\n'),
      expect: [{ line: 26, column: 5, path: '/services/0', message: /no backup protects it/ }],
    },
  ]);
});

describe('rto-restore', () => {
  const plan = (took: string) => `${BASE}services:
  - { id: shop, title: Web shop, owner: anna, rto: 2 hours }
preparedness:
  backups:
    - id: db
      system: DB
      owner: anna
      services: [shop]
      restore_took: ${took}
`;
  testRule('rto-restore', [
    { name: 'a restore within the rto', yaml: plan('90 minutes'), expect: [] },
    { name: 'a restore exactly at the rto', yaml: plan('PT2H'), expect: [] },
    { name: 'a restore longer than the rto', yaml: plan('3 hours'), expect: [{ line: 24, column: 21, path: '/preparedness/backups/0/restore_took', message: /took 3 hours, longer than the 2 hours service "shop" may be down/ }] },
  ]);
});

describe('dependency', () => {
  const plan = (contact: string) => `${BASE}${contact}services:
  - id: shop
    title: Web shop
    owner: anna
    depends_on: [erik, hosting]
`;
  testRule('dependency', [
    { name: 'a verified supplier', yaml: plan('  - { id: hosting, name: Host, type: supplier, phone: "1234", verified: 2026-10-01 }\n'), expect: [] },
    {
      name: 'a supplier never verified, at the reference',
      yaml: plan('  - { id: hosting, name: Host, type: supplier, phone: "1234" }\n'),
      expect: [{ line: 21, column: 24, path: '/services/0/depends_on/1', message: /depends on supplier "hosting", whose contact has never been verified/ }],
    },
  ]);
});

describe('regulatory-clock', () => {
  const plan = (clocks: string) => `${BASE}${authority}risks:
  - { id: leak, title: Leak, category: data-breach, severity: 2, likelihood: 2, owner: anna, playbook: breach }
playbooks:
${playbook('breach', clocks)}`;
  testRule('regulatory-clock', [
    {
      name: 'a 72-hour clock to an authority',
      yaml: plan('    clocks:\n      - { title: Report to IMY, within: 72 hours, from: detection, notify: imy, basis: GDPR art. 33 }\n'),
      expect: [],
    },
    {
      name: 'no clock at all (the plan uses clocks elsewhere)',
      yaml: plan('').replace('playbooks:\n', `playbooks:\n${playbook('other', '    clocks: [{ title: x, within: 1 day }]\n')}`),
      expect: [{ line: 34, column: 5, path: '/playbooks/1', message: /playbook "breach" covers a risk of category data-breach but has no clock for gdpr-33 \(GDPR art\. 33\(1\).*within 72 hours of awareness\).*a police report does not count/ }],
    },
    {
      name: 'a clock that is too slow or notifies a supplier',
      yaml: plan('    clocks:\n      - { title: Report, within: 4 days, notify: imy }\n      - { title: Tell host, within: 1 hour, notify: cloudco }\n'),
      expect: [{ line: 28, column: 5, path: '/playbooks/0' }],
    },
  ]);
});

describe('unexercised', () => {
  const plan = (extra: string, evaluations = '') => `${BASE}risks:
  - { id: big, title: Big, severity: 5, likelihood: 2, owner: anna, playbook: big }
  - { id: small, title: Small, severity: 1, likelihood: 2, owner: anna, playbook: small }
playbooks:
${playbook('big', extra)}${playbook('small', '    exercised: [2020-01-01]\n')}${evaluations}`;
  testRule('unexercised', [
    { name: 'exercised within a year (a low risk playbook is never judged)', yaml: plan('    exercised: [2025-03-01, 2026-02-01]\n'), expect: [] },
    {
      name: 'an exercise evaluation naming the playbook counts',
      yaml: plan('', 'evaluations:\n  - { date: 2026-06-01, type: exercise, title: Drill, playbook: big }\n'),
      expect: [],
    },
    {
      name: 'never exercised',
      yaml: plan(''),
      // anna, whose only other playbook was last exercised in 2020, is also an exercise-coverage finding: not this rule's
      config: (config) => {
        config.rules['exercise-coverage'] = 'off';
      },
      expect: [{ line: 20, column: 5, path: '/playbooks/0', message: /playbook "big" is for a high risk and has never been exercised/ }],
    },
    {
      name: 'last exercised more than a year ago',
      yaml: plan('    exercised: [2025-11-01]\n'),
      expect: [{ line: 23, column: 16, path: '/playbooks/0/exercised', message: /last exercised 2025-11-01, due again 2026-11-01 \(every 1 year\), 28 days overdue/ }],
    },
    {
      name: 'the interval comes from the config',
      yaml: plan('    exercised: [2026-01-15]\n'),
      config: (config) => {
        config.intervals.exercise = '6 months';
      },
      expect: [{ line: 23, column: 16, path: '/playbooks/0/exercised', message: /due again 2026-07-15 \(every 6 months\)/ }],
    },
  ]);
});

describe('single-person', () => {
  const steps = (owner: string, n: number) => Array.from({ length: n }, (_, i) => `      - { action: Step ${i + 1}, owner: ${owner} }\n`).join('');
  const plan = (n: number, deputy: string) => `${BASE.replace('    deputy: anna\n', deputy)}risks:
  - { id: big, title: Big, severity: 4, likelihood: 3, owner: anna, playbook: big }
playbooks:
  - id: big
    title: Big
    owner: anna
    exercised: [2026-10-01]
    steps:
${steps('erik', n)}`;
  testRule('single-person', [
    { name: 'five steps without a deputy is fine', yaml: plan(5, ''), expect: [] },
    { name: 'six steps with a deputy is fine', yaml: plan(6, '    deputy: anna\n'), expect: [] },
    { name: 'six steps and no deputy', yaml: plan(6, ''), expect: [{ line: 12, column: 5, path: '/contacts/1', message: /contact "erik" owns 6 steps of playbooks for high or critical risks and has no deputy/ }] },
    { name: 'six steps and their own deputy', yaml: plan(6, '    deputy: erik\n'), expect: [{ line: 15, column: 13, path: '/contacts/1/deputy', message: /is their own deputy/ }] },
    {
      name: 'the threshold comes from the config',
      yaml: plan(3, ''),
      config: (config) => {
        config.singlePersonSteps = 2;
      },
      expect: [{ line: 12, column: 5, path: '/contacts/1' }],
    },
  ]);
});

describe('residual risk', () => {
  const plan = (residual: string) => `${BASE}risks:
  - id: r
    title: R
    severity: 3
    likelihood: 3
    owner: anna
    residual: ${residual}
`;
  testRule('schema', [
    { name: 'a residual at or below the inherent rating', yaml: plan('{ severity: 3, likelihood: 1 }'), expect: [] },
    {
      name: 'a residual above the inherent rating is a schema finding at the value',
      yaml: plan('{ severity: 4, likelihood: 2 }'),
      expect: [{ line: 22, column: 27, path: '/risks/0/residual/severity', message: /residual severity of risk "r" is 4, above the inherent severity 3/ }],
    },
  ]);
});

describe('unexercised judges every plan, with or without continuity keys', () => {
  const v1 = `${BASE}risks:
  - { id: leak, title: Leak, category: data-breach, severity: 5, likelihood: 3, owner: anna, playbook: breach }
playbooks:
${playbook('breach')}`;
  // issue 16: the GDPR duty does not depend on whether a plan uses the continuity keys
  testRule('regulatory-clock', [
    {
      name: 'a v1 plan is judged all the same',
      yaml: v1,
      config: (config) => {
        config.rules.unexercised = 'off';
      },
      expect: [{ line: 19, column: 5, path: '/playbooks/0', message: /no clock for gdpr-33/ }],
    },
  ]);
  // regulatory-clock judges every plan too: these cases are about unexercised alone
  const alone = (config: Config) => void (config.rules['regulatory-clock'] = 'off');
  testRule('unexercised', [
    { name: 'a v1 plan is judged', yaml: v1, config: alone, expect: [{ line: 19, column: 5, path: '/playbooks/0', message: /playbook "breach" is for a high risk and has never been exercised; hold an exercise/ }] },
    {
      name: 'the config can turn it off',
      yaml: v1,
      config: (config) => {
        alone(config);
        config.rules.unexercised = 'off';
      },
      expect: [],
    },
  ]);
});

describe('unexercised: what an exercise evaluation names', () => {
  const plan = (evaluations: string) => `${BASE}risks:
  - { id: big, title: Big, severity: 5, likelihood: 2, owner: anna, playbook: big }
  - { id: other, title: Other, severity: 5, likelihood: 2, owner: anna, playbook: other }
playbooks:
${playbook('big')}${playbook('other')}evaluations:
${evaluations}`;
  testRule('unexercised', [
    {
      name: 'playbooks: names several playbooks, each exercised',
      yaml: plan('  - { date: 2026-06-01, type: exercise, title: Drill, playbooks: [big, other] }\n'),
      expect: [],
    },
    {
      name: 'playbook: and playbooks: together',
      yaml: plan('  - { date: 2026-06-01, type: exercise, title: Drill, playbook: big, playbooks: [other] }\n'),
      expect: [],
    },
    {
      name: 'an incident naming a playbook is no exercise of it',
      yaml: plan('  - { date: 2026-06-01, type: incident, title: Outage, playbooks: [big, other] }\n'),
      expect: [
        { line: 20, column: 5, path: '/playbooks/0' },
        { line: 25, column: 5, path: '/playbooks/1' },
      ],
    },
    {
      name: 'an exercise naming no playbook: said at the exercise, and hinted at each playbook',
      yaml: plan('  - { date: 2026-06-01, type: exercise, title: Tabletop }\n'),
      expect: [
        { line: 20, column: 5, path: '/playbooks/0', message: /has never been exercised; an exercise names no playbook \(exercise "Tabletop" of 2026-06-01\): if it covered this one, add its id to playbooks: there/ },
        { line: 25, column: 5, path: '/playbooks/1' },
        { line: 31, column: 5, path: '/evaluations/0', message: /exercise "Tabletop" of 2026-06-01 does not say which playbooks it exercised, so it counts for none; add playbooks:/ },
      ],
    },
    {
      name: 'an exercise naming no playbook is not judged when every playbook is exercised',
      yaml: plan('  - { date: 2026-06-01, type: exercise, title: Drill, playbooks: [big, other] }\n  - { date: 2026-07-01, type: exercise, title: Tabletop }\n'),
      expect: [],
    },
  ]);
  testRule('unknown-reference', [
    {
      name: 'an unknown id in playbooks:, at the item',
      yaml: plan('  - { date: 2026-06-01, type: exercise, title: Drill, playbooks: [big, othr] }\n'),
      config: (config) => {
        config.rules.unexercised = 'off';
      },
      expect: [{ line: 31, column: 72, path: '/evaluations/0/playbooks/1', message: /is "othr", which is no playbook id; did you mean "other"\?/ }],
    },
  ]);
});
