import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookView } from '../../src/render/index.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { describeWith } from '../helpers/external.js';
import { loadFile } from './helpers.js';

const TODAY = '2026-12-01';

/** A fresh `init --yes` plan with every scenario of the catalogue (the default), in the given language. */
function freshPlan(lang: 'en' | 'sv', ...flags: string[]): string {
  const dir = tempDir('krisplan-first-hour-');
  expect(runCli(['init', dir, '--yes', '--lang', lang, ...flags], { env: { KRISPLAN_TODAY: TODAY } })).toMatchObject({ status: 0 });
  return join(dir, 'krisplan.yaml');
}

describe('the first-hour sheet of a fresh plan with every scenario', () => {
  it('lists the people and suppliers the playbooks name first, a few rows, then points to the contacts section', () => {
    const file = freshPlan('sv');
    const view = handbookView(loadFile(relative(ROOT, file), TODAY), { today: TODAY });
    expect(view.callList.length).toBeLessThanOrEqual(6);
    expect(view.callListMore).toBeGreaterThan(0);
    expect(view.contactsSection).toEqual({ number: view.sections.findIndex((s) => s.anchor === 'contacts') + 1, anchor: 'contacts', title: 'Kontakter' });
  });

  it('shows every statutory deadline of the playbooks first, once each with the playbooks it belongs to, then the internal targets', () => {
    const view = handbookView(loadFile(relative(ROOT, freshPlan('sv', '--regimes', 'gdpr,nis2')), TODAY), { today: TODAY });
    const row = (d: (typeof view.deadlines.statutory)[number]) => `${d.withinShort ?? d.within} ${d.fromText}: ${d.title} [${d.playbookNumbers}]`;
    expect(view.deadlines.statutory.map(row)).toEqual([
      '24 h från vetskap: Skicka en tidig varning om den betydande incidenten till CSIRT-enheten [1–7]',
      '72 h från vetskap: Anmäl personuppgiftsincidenten till tillsynsmyndigheten [1, 6]',
      '72 h från vetskap: Lämna incidentanmälan till CSIRT-enheten [1–7]',
      '1 månad efter att ”Lämna incidentanmälan till CSIRT-enheten” skickats: Lämna slutrapporten till CSIRT-enheten [1–7]',
      'utan onödigt dröjsmål från vetskap: Informera de registrerade om personuppgiftsincidenten [1, 6]',
      'utan onödigt dröjsmål från vetskap: Underrätta mottagarna av tjänsten [1–7]',
    ]);
    expect(view.deadlines.statutory.every((d) => d.statutory)).toBe(true);
    expect(view.deadlines.internal.map((d) => `${d.kindText}: ${d.title} [${d.playbookNumbers}]`)).toEqual(['Internt mål, inte lag: Polisanmäl dataintrånget [1]', 'Internt mål, inte lag: Polisanmäl utpressningen [6]']);
    // eight deadline rows: the call list gives up its place to them, down to two rows
    expect(view.callList.length).toBe(2);
  });
});

// Later additions to the sheet (deadlines, the activation entry point) must keep this passing.
describeWith(['chromium', 'pdfinfo'], 'the first-hour sheet printed', ({ chromium: [chrome], pdfinfo: [pdfinfo] }) => {
  for (const lang of ['sv', 'en'] as const) {
    it(`fits one A4 page for a fresh init --yes plan with every scenario (${lang})`, () => {
      const out = tempDir();
      const result = runCli(['render', freshPlan(lang), '--out', out, '--format', 'pdf', '--today', TODAY], { env: { KRISPLAN_CHROME: chrome } });
      expect(result).toMatchObject({ status: 0, stderr: '' });
      const pdf = join(out, readdirSync(out)[0]!);
      expect(execFileSync(pdfinfo, [pdf], { encoding: 'utf8' })).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.trim());
      // page 1 is the cover, page 2 the whole first hour (its last part, the playbook list, included), page 3 the contents
      expect(pages[1]).toMatch(lang === 'sv' ? /^Första timmen[\s\S]*Ringlista[\s\S]*se Kontakter, sidan \d+\.[\s\S]*Kriswebb[\s\S]*Vad har hänt\?[\s\S]*7\. Inloggning/ : /^The first hour[\s\S]*Call list[\s\S]*see Contacts, page \d+\.[\s\S]*Crisis web[\s\S]*What has happened\?[\s\S]*7\. Login/);
      // the activation page follows the sheet (init writes activation:), then the contents
      expect(pages[2]).toMatch(lang === 'sv' ? /^Aktivering/ : /^Activation/);
      // init, then Chromium: slow on a loaded machine, never a timing assert
    }, 180_000);
  }

  it('fits one A4 page with every deadline of a NIS2 plan with every scenario (sv)', () => {
    const out = tempDir();
    const result = runCli(['render', freshPlan('sv', '--regimes', 'gdpr,nis2'), '--out', out, '--format', 'pdf', '--today', TODAY], { env: { KRISPLAN_CHROME: chrome } });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const pdf = join(out, readdirSync(out)[0]!);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.trim());
    expect(pages[1]).toMatch(/^Första timmen[\s\S]*Ringlista[\s\S]*Vad har hänt\?[\s\S]*Tidsfrister[\s\S]*Lagkrav[\s\S]*tidig varning[\s\S]*slutrapporten[\s\S]*Internt[\s\S]*Polisanmäl utpressningen/);
    expect(pages[2]).toMatch(/^Aktivering/);
  }, 180_000);
});
