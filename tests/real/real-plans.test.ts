import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';

const TODAY = '2026-12-01';
const COMPAT = 'tests/fixtures/compat';
const REAL = 'tests/fixtures/real';

interface Report {
  files: { file: string; findings: { rule: string; severity: string; path: string; message: string }[] }[];
  summary: { errors: number; warnings: number };
}

function validate(file: string, today = TODAY): Report {
  const result = runCli(['validate', file, '--format', 'json', '--today', today]);
  expect(result.stderr).toBe('');
  expect(result.status, result.stdout).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/**
 * CONTRACT §10: plans written to the first format-1 reference give zero errors, today and years from now (when every
 * date in them is stale), under every later release. These files are frozen: never edit them to make a check pass.
 */
describe('the frozen compatibility corpus', () => {
  const files = readdirSync(COMPAT).filter((name) => name.endsWith('.yaml')).sort();

  it('holds the contract sample and its variations', () => {
    expect(files).toEqual(['contract-sample.yaml', 'free-text-frequencies.yaml', 'no-continuity-keys.yaml', 'no-public-contact.yaml']);
  });

  for (const name of files) {
    it(`${name} validates with zero errors, now and in 2040, and renders`, () => {
      for (const today of [TODAY, '2040-01-01']) {
        const report = validate(join(COMPAT, name), today);
        expect(report.files[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }
      const out = tempDir();
      for (const format of ['html', 'md']) expect(runCli(['render', join(COMPAT, name), '--out', out, '--format', format, '--today', TODAY])).toMatchObject({ status: 0, stderr: '' });
    }, 180_000);
  }
});

/**
 * Plans written as real organisations write them, from public incident-response material: each gives exactly the
 * warnings its crisis lead would agree with, and nothing else.
 */
const PLANS: Record<string, { title: RegExp; warnings: [rule: string, path: string, message: RegExp][] }> = {
  'kommun-e-tjanster.yaml': {
    title: /Kontinuitets- och krisplan för kommunens e-tjänster/,
    warnings: [
      // high-risk playbooks, and nothing says who receives the first alarm or who may declare a crisis
      ['activation', '', /the plan does not say how a crisis is declared, and playbook "dataintrang" is for a high risk/],
      // no exercise was ever held: everyone who owns steps, and the suppliers the e-services depend on, are still untried
      ['exercise-coverage', '/contacts/0', /^contact "maria" owns steps of playbooks "dataintrang", "utpressning", and none was exercised in the last 3 years/],
      ['exercise-coverage', '/contacts/1', /^contact "ahmed" owns steps of playbooks "dataintrang", "avbrott", "utpressning", and none was exercised/],
      ['exercise-coverage', '/contacts/2', /^contact "it-jour" owns steps of playbooks "avbrott", "utpressning", "inloggning", and none was exercised/],
      ['exercise-coverage', '/contacts/3', /^contact "lina" owns steps of playbooks "dataintrang", "avbrott", "utpressning", "inloggning", and none was exercised/],
      ['exercise-coverage', '/contacts/4', /^contact "dso" owns steps of playbook "dataintrang", and none was exercised/],
      ['exercise-coverage', '/contacts/6', /^supplier "plattform", which services "e-tjanster", "arende" depend on, was in no exercise in the last 3 years/],
      ['exercise-coverage', '/contacts/7', /^supplier "eid", which service "e-tjanster" depends on, was in no exercise/],
      // the data-breach playbook has a step that reports to IMY, but no deadline the handbook and `due` can count
      ['regulatory-clock', '/playbooks/0', /playbook "dataintrang" covers a risk of category data-breach but has no clock for gdpr-33/],
      ['unexercised', '/playbooks/0', /"dataintrang" is for a high risk and has never been exercised/],
      ['unexercised', '/playbooks/1', /"avbrott" is for a high risk and has never been exercised/],
      ['unexercised', '/playbooks/2', /"utpressning" is for a high risk and has never been exercised/],
    ],
  },
  'saas-en.yaml': {
    title: /Incident Response Plan – Ledgerly/,
    warnings: [
      ['activation', '', /the plan does not say how a crisis is declared, and playbook "breach" is for a high risk/],
      // the game day exercised the breach playbook, whose steps do not involve the cloud provider every service depends on
      ['exercise-coverage', '/contacts/5', /supplier "cloud", which services "app", "uploads" depend on, was in no exercise/],
      ['backup-frequency', '/preparedness/backups/2/frequency', /cannot tell how often backup "uploads" runs from "handled by the provider"/],
      ['unexercised', '/playbooks/1', /"region" is for a high risk and has never been exercised/],
    ],
  },
  // an Irish online retailer's plan for ransomware, with roles, levels, suppliers and the GDPR clocks (NIS2 not yet Irish
  // law: its times are internal targets); tests/e2e/incident-real.test.ts runs a crisis on it
  'retailer-ransomware-ie.yaml': {
    title: /Incident and Crisis Plan – Harbour (\\)?&(amp;)? Thread/,
    warnings: [['unexercised', '/playbooks/1', /"outage" is for a high risk and has never been exercised/]],
  },
};

describe('realistic plans', () => {
  for (const [name, expected] of Object.entries(PLANS)) {
    const file = join(REAL, name);

    it(`${name} validates with no errors and exactly the warnings a crisis lead would agree with`, () => {
      const findings = validate(file).files[0]!.findings;
      expect(findings.map((f) => [f.rule, f.path])).toEqual(expected.warnings.map(([rule, path]) => [rule, path]));
      expect(findings.every((f) => f.severity === 'warning')).toBe(true);
      expected.warnings.forEach(([, , message], i) => expect(findings[i]!.message).toMatch(message));
    });

    it(`${name} renders HTML and Markdown, a calendar and vCards, showing its backup frequencies as written`, () => {
      const out = tempDir();
      for (const format of ['html', 'md']) expect(runCli(['render', file, '--out', out, '--format', format, '--today', TODAY])).toMatchObject({ status: 0, stderr: '' });
      const rendered = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
      expect(rendered).toHaveLength(2);
      const source = readFileSync(file, 'utf8');
      for (const text of rendered) {
        expect(text).toMatch(expected.title);
        for (const [, frequency] of source.matchAll(/^ {6}frequency: (.+)$/gm)) expect(text).toContain(frequency!);
      }
      expect(runCli(['calendar', file, '--today', TODAY])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/^BEGIN:VCALENDAR\r\n/) });
      expect(runCli(['contacts', file, '--today', TODAY])).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/^BEGIN:VCARD\r\n/) });
    }, 180_000);
  }

  describeWith(['chromium', 'pdfinfo'], 'printed to PDF', ({ chromium: [chrome], pdfinfo: [pdfinfo] }) => {
    for (const name of Object.keys(PLANS)) {
      it(`${name} prints as an A4 PDF`, () => {
        const out = tempDir();
        expect(runCli(['render', join(REAL, name), '--out', out, '--format', 'pdf', '--today', TODAY], { env: { KRISPLAN_CHROME: chrome } })).toMatchObject({ status: 0, stderr: '' });
        const info = execFileSync(pdfinfo, [join(out, readdirSync(out)[0]!)], { encoding: 'utf8' });
        expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
        expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(3);
      }, 180_000);
    }
  });
});
