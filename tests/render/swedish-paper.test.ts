import { describe, expect, it } from 'vitest';
import { handbookView, renderHandbook } from '../../src/render/index.js';
import { htmlDocument, loadFile, text } from './helpers.js';

const TODAY = '2026-12-01';
const KOMMUN = 'tests/fixtures/real/kommun-e-tjanster.yaml';

describe('a Swedish handbook reads right on paper', () => {
  const { html, document } = htmlDocument(loadFile(KOMMUN, TODAY), { today: TODAY });

  it('shows warnings in Swedish, at the items, and the cover only counts them and points to their sections', () => {
    const playbook = document.querySelector('#playbook-1')!;
    expect(text(playbook.querySelector('.warnings'))).toContain('Handlingsplanen ”dataintrang” gäller en risk som lagen kräver anmälan för men saknar tidsfristen gdpr-33 (GDPR art. 33.1: Anmäl personuppgiftsincidenten till tillsynsmyndigheten, senast 72 timmar från vetskap).');
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

describe('Swedish warnings carry the details the English message gives', () => {
  // half a year later, the municipality's plan has overdue checks: each Swedish text names the item, its dates, interval and days
  const LATER = '2027-06-01';
  const warnings = view(loadFile(KOMMUN, LATER), LATER).warnings;
  const byRule = (rule: string) => warnings.filter((w) => w.rule === rule).map((w) => w.message);

  it('says which backup, when it was last tested, when it was due, how often and how many days late', () => {
    expect(byRule('stale-review')).toContain('Återläsningstestet av säkerhetskopian ”arende-db” är försenat: senast 8 oktober 2026, skulle ha gjorts senast 8 april 2027 (var 6 månader), 54 dagar för sent. Testa en återläsning och för in datumet.');
    expect(byRule('stale-review')).toContain('Kontrollen av kontakten ”imy” är försenad: senast 1 november 2026, skulle ha gjorts senast 1 maj 2027 (var 6 månader), 31 dagar för sent. Bekräfta kontaktuppgifterna och när kontakten nås, och för in datumet.');
  });

  it('names the playbook and its level, and the plan-wide activation warning is Swedish too', () => {
    expect(byRule('unexercised')).toContain('Handlingsplanen ”utpressning” gäller en risk på nivån hög och har aldrig övats. Håll en övning och för in den i planen.');
    expect(byRule('activation')).toEqual(['Planen säger inte hur en kris utlyses, fast den har handlingsplaner för höga eller kritiska risker. Ange vem som tar emot första larmet dygnet runt och vilka krisnivåer som finns, och vem som utlyser dem.']);
    // no English left in a Swedish handbook's warnings
    for (const message of warnings.map((w) => w.message)) expect(message).not.toMatch(/\b(the plan|playbook|is stale|overdue|add \w+:)\b/);
  });
});

function view(loaded: ReturnType<typeof loadFile>, today: string) {
  return handbookView(loaded, { today });
}
