import { describe, expect, it } from 'vitest';
import { renderHandbook } from '../../src/render/index.js';
import { htmlDocument, loadFile, text } from './helpers.js';

const TODAY = '2026-12-01';
const KOMMUN = 'tests/fixtures/real/kommun-e-tjanster.yaml';

describe('a Swedish handbook reads right on paper', () => {
  const { html, document } = htmlDocument(loadFile(KOMMUN, TODAY), { today: TODAY });

  it('shows warnings in Swedish, at the items, and the cover only counts them and points to their sections', () => {
    const playbook = document.querySelector('#playbook-1')!;
    expect(text(playbook.querySelector('.warnings'))).toContain('Handlingsplanen gäller en personuppgiftsincident men har ingen tidsfrist för anmälan till tillsynsmyndigheten.');
    expect(text(playbook.querySelector('.warnings'))).not.toMatch(/playbook "|never been exercised/);
    const cover = document.querySelector('#cover')!;
    expect(cover.querySelector('ul.warnings')).toBeNull();
    // the never-exercised step owners and suppliers (exercise-coverage) are in the contacts
    expect(text(cover.querySelector('p.warnings'))).toBe('Planen har 12 varningar; de är markerade vid det de gäller. Här finns de: Planen (1) · 2. Handlingsplaner (4) · 4. Kontakter (7)');
    expect(cover.querySelector('p.warnings a[href="#playbooks"]')).not.toBeNull();
  });

  it('writes office-hours and 24/7 in the handbook language', () => {
    const rows = [...document.querySelectorAll('.contact-table td.availability')].map(text);
    expect(rows).toContain('kontorstid');
    expect(rows).toContain('dygnet runt');
    expect(rows).not.toContain('office-hours');
  });

  it('never breaks a name, organisation or e-mail address inside a word; an address may break after @ and before a dot', () => {
    expect(html).toContain('<a class="email" href="mailto:maria.nystrom@exempelby.example.se">maria<wbr>.nystrom@<wbr>exempelby<wbr>.example<wbr>.se</a>');
    expect(html).not.toMatch(/overflow-wrap: anywhere/);
    expect(html).toMatch(/\.contact-table td \{ overflow-wrap: normal; hyphens: manual; \}/);
  });

  it('calls the playbook owner "Ansvarig för handlingsplanen" and the messages "Förhandsgodkänt"', () => {
    expect(html).toContain('Ansvarig för handlingsplanen');
    expect(html).not.toMatch(/Förgodkänt/i);
  });

  it('keeps the detailed English message for the CLI and English handbooks', () => {
    const md = renderHandbook(loadFile('tests/fixtures/real/saas-en.yaml', TODAY), { today: TODAY, format: 'md' });
    expect(md).toContain('cannot tell how often backup "uploads" runs from "handled by the provider"');
    expect(md).toMatch(/This plan has 4 warnings; they are marked next to the items they concern\._ Where they are: \[The plan\]\(#contents\) \(1\) · \[2\. Playbooks\]\(#playbooks\) \(1\) · \[\d\. Contacts\]\(#contacts\) \(1\) · \[\d\. Preparedness\]\(#preparedness\) \(1\)/);
  });
});
