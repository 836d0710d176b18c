import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookView, renderHandbook } from '../../src/render/index.js';
import { ROOT } from '../helpers/cli.js';
import { htmlDocument, loadText, text } from './helpers.js';

const TODAY = '2026-12-02';
// the Swedish example with a programme: one exercise held (data-breach was exercised 2026-09-15), one overdue, one ahead
const PLAN = `${readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8').trimEnd()}

exercises:
  - { playbooks: [ransomware, dns-loss], planned: 2027-03-09, owner: anna, title: "Vårens <b>skrivbordsövning</b> | *1*" }
  - { playbooks: [data-breach], planned: 2026-10-13, owner: johan }
  - { playbooks: [payment-outage], planned: 2026-11-10, owner: erik, title: Betalningsstopp }
`;

describe('the handbook lists the planned exercises', () => {
  const loaded = loadText(PLAN, TODAY);

  it('in the view: by planned date, each held, overdue or ahead as due counts it, with its playbooks and owner', () => {
    const planned = handbookView(loaded, { today: TODAY }).preparedness.planned;
    expect(planned.map((row) => [row.planned?.iso, row.title, row.playbooks.map((ref) => ref.anchor), row.owner?.name, row.isHeld, row.isOverdue, row.statusText])).toEqual([
      ['2026-10-13', undefined, ['playbook-1'], 'Johan Berg', true, false, 'Genomförd'],
      ['2026-11-10', 'Betalningsstopp', ['playbook-4'], 'Erik Holm', false, true, 'Inte genomförd än'],
      ['2027-03-09', 'Vårens <b>skrivbordsövning</b> | *1*', ['playbook-5', 'playbook-6'], 'Anna Lindqvist', false, false, 'Planerad'],
    ]);
    expect(handbookView(loadText(readFileSync(join(ROOT, 'examples', 'webshop.yaml'), 'utf8'), TODAY), { today: TODAY }).preparedness.planned).toEqual([]);
  });

  it('on the exercises page of the HTML handbook, in Swedish and in English, linked from the contents', () => {
    for (const [lang, heading, status] of [['sv', 'Planerade övningar', 'Inte genomförd än'], ['en', 'Planned exercises', 'Not held yet']] as const) {
      const { document } = htmlDocument(loaded, { today: TODAY, lang });
      const section = document.querySelector('#planned-exercises')!;
      expect(text(section)).toBe(heading);
      const rows = [...document.querySelectorAll('table.planned-exercises tbody tr')];
      expect(rows).toHaveLength(3);
      expect(text(rows[1]!.querySelector('.stale'))).toBe(status);
      expect(rows[2]!.querySelectorAll('a[href^="#playbook-"]')).toHaveLength(2);
      expect(rows[2]!.querySelector('b')).toBeNull();
      expect(document.querySelector('a[href="#planned-exercises"]')).not.toBeNull();
    }
  });

  it('in Markdown, plan text inert', () => {
    const md = renderHandbook(loaded, { today: TODAY, format: 'md', lang: 'en' });
    expect(md).toContain('### Planned exercises');
    expect(md).toMatch(/^\| 10 November 2026 \| Betalningsstopp \| \[Betalleverantören ligger nere\]\(#playbook-4\) \| Erik Holm, .* \| \*\*⚠ Not held yet\*\* \|$/m);
    const row = md.split('\n').find((line) => line.startsWith('| 9 March 2027'))!;
    expect(row).not.toContain('<b>');
    expect(row).toContain('\\|');
  });
});
