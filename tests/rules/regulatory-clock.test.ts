import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, lint, testRule } from '../helpers/rules.js';

const authorities = `  - { id: imy, name: IMY, type: authority, phone: "+46 8 657 61 00", verified: 2026-11-01 }
  - { id: polisen, name: Polisen, type: authority, phone: "114 14", verified: 2026-11-01 }
  - { id: cert-se, name: CERT-SE, type: authority, phone: "+46 10 240 40 40", verified: 2026-11-01 }
`;
const plan = (header: string, category: string, clocks: string) => `${BASE.replace('  reviewed: 2026-11-01\n', `  reviewed: 2026-11-01\n${header}`)}${authorities}risks:
  - { id: r, title: R, category: ${category}, severity: 2, likelihood: 2, owner: anna, playbook: p }
playbooks:
  - id: p
    title: P
    owner: anna
    clocks:
${clocks}    steps:
      - { action: Act, owner: anna }
`;
const nis2 = `      - { obligation: nis2-early-warning, notify: cert-se }
      - { obligation: nis2-notification, notify: cert-se }
      - { obligation: nis2-final-report, notify: cert-se }
`;

describe('regulatory-clock', () => {
  testRule('regulatory-clock', [
    { name: 'a GDPR controller with gdpr-33', yaml: plan('', 'data-breach', '      - { obligation: gdpr-33, notify: imy }\n'), expect: [] },
    {
      name: 'a police report never counts for GDPR',
      yaml: plan('', 'data-breach', '      - { title: Polisanmäl, within: 24 hours, notify: polisen, basis: Brottsbalken 4 kap. 9 c § }\n'),
      expect: [{ line: 22, column: 5, path: '/playbooks/0', message: /no clock for gdpr-33 .*a police report does not count/ }],
    },
    {
      name: 'a processor owes gdpr-33-2, not gdpr-33',
      yaml: plan('  regimes: [{ id: gdpr, role: processor }]\n', 'data-breach', '      - { obligation: gdpr-33, notify: imy }\n'),
      expect: [{ line: 23, column: 5, path: '/playbooks/0', message: /no clock for gdpr-33-2 \(GDPR art\. 33\(2\): notify the controller .*without undue delay\)/ }],
    },
    { name: 'a Swedish NIS2 plan with its three reports', yaml: plan('  jurisdiction: se\n  regimes: [nis2]\n', 'ransomware', nis2), expect: [] },
    {
      name: 'a NIS2 plan without the final report gets exactly one finding, naming it',
      yaml: plan('  jurisdiction: se\n  regimes: [nis2]\n', 'outage', nis2.split('\n').slice(0, 2).join('\n') + '\n'),
      expect: [{ line: 24, column: 5, path: '/playbooks/0', message: /no clock for nis2-final-report \(NIS2 art\. 23\(4\)\(d\).*within 1 month after nis2-notification is sent\)/ }],
    },
    {
      name: 'free-text categories match by their words',
      yaml: plan('  regimes: [nis2]\n', 'Överbelastning (DDoS)', '      - { obligation: gdpr-33, notify: imy }\n'),
      expect: [
        { line: 23, column: 5, path: '/playbooks/0', message: /covers a risk of category overload but has no clock for nis2-early-warning/ },
        { line: 23, column: 5, path: '/playbooks/0', message: /nis2-final-report/ },
        { line: 23, column: 5, path: '/playbooks/0', message: /nis2-notification/ },
      ],
    },
    {
      name: 'a regime that does not apply in the jurisdiction',
      yaml: plan('  jurisdiction: gb\n  regimes: [gdpr, nis2]\n', 'data-breach', '      - { obligation: gdpr-33, notify: imy }\n'),
      expect: [{ line: 8, column: 19, path: '/plan/regimes/1', message: /nis2 is declared but does not apply in jurisdiction gb/ }],
    },
    {
      name: 'a data-breach risk with no playbook: the 72-hour duty applies anyway',
      yaml: `${BASE}risks:\n  - { id: leak, title: Leak, category: data-breach, severity: 1, likelihood: 1, owner: anna }\n`,
      expect: [{ line: 17, column: 5, path: '/risks/0', message: /risk "leak" is a risk of category data-breach with no playbook, yet the notification duties apply anyway: gdpr-33 \(72 hours\)/ }],
    },
    {
      name: 'an after: naming no clock of the playbook',
      yaml: plan('', 'data-breach', '      - { obligation: gdpr-33, notify: imy }\n      - { title: Follow up, within: 1 week, after: nope }\n'),
      expect: [{ line: 27, column: 52, path: '/playbooks/0/clocks/1/after', message: /runs after "nope", which is no clock of this playbook/ }],
    },
  ]);

  it('warns when the web-shop example loses its data-protection authority clock but keeps the police clock', () => {
    const text = readFileSync('examples/webshop.yaml', 'utf8');
    expect(lint(text)).toEqual([]);
    const without = text.replace(/      - obligation: gdpr-33\n        title: [^\n]+\n        notify: imy\n/, '');
    expect(without).not.toBe(text);
    expect(without).toMatch(/notify: polisen/);
    const findings = lint(without);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['regulatory-clock', 'warning']]);
    expect(findings[0]!.message).toMatch(/no clock for gdpr-33/);
  });
});
