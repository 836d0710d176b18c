import { describe, expect, it } from 'vitest';
import { htmlDocument, loadFile, text, type Doc } from './helpers.js';

const ids = (document: Doc, selector: string) => [...document.querySelectorAll(selector)].map((node) => node.getAttribute('id'));

describe('HTML handbook of the Swedish example', () => {
  const { html, document } = htmlDocument(loadFile('examples/webshop.yaml'));

  it('is one self-contained page: inline CSS, no scripts, nothing fetched', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('sv');
    expect(document.querySelectorAll('script, link, img, iframe, object, embed, base').length).toBe(0);
    expect(document.querySelectorAll('style').length).toBe(1);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    expect(html).not.toMatch(/@import|url\(/);
    for (const link of document.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(#[a-z0-9-]+|tel:\+?\d+|mailto:\S+@\S+|https:\/\/)/);
  });

  it('has the sections in the order a crisis needs them', () => {
    expect(ids(document, 'main > section')).toEqual(['cover', 'first-hour', 'activation', 'contents', 'playbooks', 'recovery', 'contacts', 'risks', 'preparedness', 'evaluations']);
    expect(text(document.querySelector('#cover h1'))).toBe('Krisplan – Webbutiken');
    expect(text(document.querySelector('#cover'))).toContain('Nästa genomgång senast16 november 2027');
  });

  it('prints on A4 with page numbers and a page break before each major section', () => {
    const css = text(document.querySelector('style'));
    expect(css).toContain('size: A4');
    expect(css).toMatch(/@bottom-right \{ content: "Sida " counter\(page\) " av " counter\(pages\)/);
    expect(css).toMatch(/\.sheet \+ \.sheet \{ break-before: page; \}/);
    expect(css).toMatch(/tr, \.step, \.contact[^{]*\{ break-inside: avoid; \}/);
  });

  it('links every table-of-contents entry to a place in the handbook', () => {
    const targets = [...document.querySelectorAll('#contents a')].map((a) => a.getAttribute('href')!.slice(1));
    // sections, playbooks, services, contact groups, matrix and register, preparedness parts
    expect(targets.length).toBe(8 + 6 + 2 + 4 + 2 + 5);
    for (const target of targets) expect(document.getElementById(target), target).not.toBeNull();
    for (const link of document.querySelectorAll('a[href^="#"]')) expect(document.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).not.toBeNull();
  });

  it('puts the crisis lead, deputy, call list and crisis web on the first-hour sheet', () => {
    const sheet = document.querySelector('#first-hour')!;
    const cards = [...sheet.querySelectorAll('.person-card')].map(text);
    // the sheet starts from the 24/7 entry point (activation.entry_point), who then leaves the call list
    expect(cards[0]).toMatch(/^Första larmet, dygnet runt Erik Holm .*070-123 45 69.*Aktivering/);
    expect(cards[1]).toMatch(/^Krisledare Anna Lindqvist .*070-123 45 67/);
    expect(cards[2]).toMatch(/^Ersättare Johan Berg .*070-123 45 68/);
    expect(sheet.querySelectorAll('.call-list tbody tr').length).toBe(6);
    expect(text(sheet.querySelector('.more-contacts'))).toBe('1 fler i personal och hos leverantörer: se avsnitt 5, Kontakter.');
    expect(sheet.querySelector('.crisis-site a[href="https://status.example.com"]')).not.toBeNull();
    expect(text(sheet.querySelector('.crisis-site'))).toContain('Lena Ek, 070-123 45 70');
    expect(sheet.querySelectorAll('.which > li > a').length).toBe(6);
  });

  it('shows each playbook as a checklist with owner name and phone and "within" on every step', () => {
    const playbooks = document.querySelectorAll('#playbooks article.playbook');
    expect(playbooks.length).toBe(6);
    const first = playbooks[0]!;
    expect(text(first.querySelector('h3'))).toBe('1. Dataintrång / personuppgiftsincident');
    expect(text(first.querySelector('.trigger'))).toMatch(/^När: Misstanke om obehörig åtkomst/);
    const steps = first.querySelectorAll('li.step');
    expect(steps.length).toBe(9);
    for (const step of steps) {
      expect(step.querySelector('.box')).not.toBeNull();
      expect(step.querySelector('.who a.tel')!.getAttribute('href')).toMatch(/^tel:\+46\d+$/);
      expect(text(step.querySelector('.within'))).toMatch(/^inom \d+ (min|timme|timmar|dag|dagar|vecka|veckor)$/);
    }
    expect(text(steps[0]!.querySelector('.who'))).toBe('Ansvarig: Anna Lindqvist, 070-123 45 67 inom 30 min');
    expect(text(first.querySelector('.message'))).toMatch(/^Vi har upptäckt att obehöriga/);
  });

  it('groups contacts into staff, suppliers, authorities and other with availability and last verified', () => {
    expect([...document.querySelectorAll('#contacts h3')].map(text)).toEqual(['Personal', 'Leverantörer', 'Myndigheter', 'Övriga kontakter']);
    const police = [...document.querySelectorAll('#contacts tr.contact')].find((row) => text(row).startsWith('Polisen'))!;
    const cells = [...police.querySelectorAll('td')].map(text);
    expect(cells[1]).toBe('114 14');
    expect(cells[3]).toBe('24/7 (vid pågående brott ring 112)');
    expect(cells[4]).toBe('17 november 2026');
  });

  it('draws the risk matrix as a coloured heat map and lists the register by score', () => {
    const cells = document.querySelectorAll('.matrix.inherent .heatmap td.cell');
    expect(cells.length).toBe(25);
    expect([...cells].filter((cell) => cell.classList.contains('level-critical')).length).toBe(3);
    const highCell = [...cells].find((cell) => text(cell).startsWith('2, 3'))!;
    expect(highCell.classList.contains('level-high')).toBe(true);
    const rows = [...document.querySelectorAll('.register tbody tr')];
    expect(rows.map((row) => text(row.querySelector('.num')))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows.map((row) => text(row.querySelector('.score strong')))).toEqual(['15', '12', '12', '10', '8', '6', '5']);
    const first = [...rows[0]!.querySelectorAll('td')].map(text);
    expect(first[3]).toBe('hög');
    expect(first[4]).toBe('5 × 2 = 10hög');
    expect(first[5]).toBe('Erik Holm, 070-123 45 69');
    expect(rows[0]!.querySelectorAll('td ul li').length).toBe(4);
    expect(rows[0]!.querySelector('a[href="#playbook-1"]')).not.toBeNull();
    expect(text(rows[5])).toContain('ingen handlingsplan');
  });

  it('shows preparedness with last and next due dates', () => {
    const section = document.querySelector('#preparedness')!;
    expect([...section.querySelectorAll('h3')].map(text)).toEqual(['Kriswebb', 'Säkerhetskopior', 'Utbildning och övningar', 'Övning av handlingsplaner', 'Resurser']);
    expect(section.querySelectorAll('.stale').length).toBe(0);
    const backup = [...section.querySelectorAll('#backups + table tbody tr td')].slice(0, 6).map(text);
    expect(backup).toEqual(['Orderdatabasen (kunder, ordrar och lagersaldon)', 'dagligen', 'Erik Holm, 070-123 45 69', '5 november 2026tog 2 timmarIntervall: 6 månader', '5 maj 2027', 'OK']);
  });

  it('lists evaluations and the open follow-up actions', () => {
    const open = [...document.querySelectorAll('.open-actions tbody tr')].map((row) => text(row.querySelector('td')));
    expect(open).toEqual(['Ta fram färdiga kundtjänstmanus för alla handlingsplaner', 'Lägg CDN- och hostinginloggningar i nödåtkomsten i lösenordsvalvet']);
    expect(document.querySelectorAll('.evaluation').length).toBe(2);
    expect(document.querySelectorAll('.checklist li.is-done').length).toBe(3);
  });
});

describe('HTML handbook when time has passed', () => {
  const { document } = htmlDocument(loadFile('examples/webshop.yaml', '2027-07-01'), { today: '2027-07-01', lang: 'en' });

  it('marks stale routines and overdue actions, with the warnings beside their items', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    const stale = [...document.querySelectorAll('#preparedness .stale')].map(text);
    // crisis web, two backups, then the exercises of the overload and ransomware playbooks
    expect(stale).toEqual(['Overdue 50 d', 'Overdue 57 d', 'Overdue 57 d', 'Overdue 42 d', 'Overdue 21 d']);
    const backupRow = document.querySelector('#backups + table tbody tr')!;
    expect(backupRow.classList.contains('has-warning')).toBe(true);
    expect(backupRow.nextElementSibling!.classList.contains('warning-row')).toBe(true);
    expect(text(backupRow.nextElementSibling!.querySelector('.warnings'))).toMatch(/^Warning: .*"orders-db".* overdue.*\(stale-review, line \d+\)$/);
    expect([...document.querySelectorAll('.open-actions .overdue')].map(text)).toEqual(['overdue', 'overdue']);
    expect(text(document.querySelector('#cover .foot'))).toMatch(/This plan has \d+ warnings; they are marked next to the items they concern\./);
    expect(document.querySelectorAll('#contacts tr.has-warning').length).toBe(13);
  });
});
