import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/engine/validate.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { strictLines } from '../calendar/strict.js';

const TODAY = '2026-11-29';
const plan = (file: string) => readFileSync(file, 'utf8');

function contacts(args: string[], cwd?: string): string {
  const result = runCli(['contacts', ...args, '--today', TODAY], { cwd });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

function cards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  // one vCard parses to a single component, several to a list of them
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return list.map((card) => new ICAL.Component(card));
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const WEBSHOP_PRIVATE = ['Anna Lindqvist', 'Johan Berg', 'Erik Holm', 'Lena Ek', 'Karin Sjöberg', '123 45 67', '+46701234567', 'anna.lindqvist@example.se', 'lena.ek@example.se', 'Polisen'];

describe('krisplan contacts --format vcf', () => {
  const text = contacts(['examples/webshop.yaml']);

  it('writes one vCard 4.0 per contact that passes the strict line check', () => {
    strictLines(text);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(13);
    const all = cards(text);
    expect(all).toHaveLength(13);
    for (const card of all) {
      expect(card.getFirstPropertyValue('version')).toBe('4.0');
      expect(String(card.getFirstPropertyValue('fn'))).not.toBe('');
      expect(String(card.getFirstPropertyValue('uid'))).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(all.map((card) => card.getFirstPropertyValue('uid'))).size).toBe(13);
  });

  it('carries name, role, organisation, phone as a tel: URI, email and a note with availability and deputy', () => {
    const anna = cards(text)[0]!;
    expect(anna.getFirstPropertyValue('fn')).toBe('Anna Lindqvist');
    expect(anna.getFirstPropertyValue('n')).toEqual(['Lindqvist', 'Anna', '', '', '']);
    expect(anna.getFirstPropertyValue('kind')).toBe('individual');
    expect(anna.getFirstPropertyValue('org')).toBe('Exempel AB');
    expect(anna.getFirstPropertyValue('title')).toBe('Krisledare (vd)');
    expect(anna.getFirstProperty('tel')!.type).toBe('uri');
    expect(anna.getFirstPropertyValue('tel')).toBe('tel:+46701234567');
    expect(anna.getFirstPropertyValue('email')).toBe('anna.lindqvist@example.se');
    expect(anna.getFirstPropertyValue('note')).toBe('Tillgänglighet: 24/7\nErsättare: Johan Berg, 070-123 45 68');
    const hosting = cards(text).find((card) => card.getFirstPropertyValue('fn') === 'Molnhost Sverige AB – driftjour')!;
    expect(hosting.getFirstPropertyValue('kind')).toBe('org');
  });

  it('gives each card the same UID on every run', () => {
    expect(contacts(['examples/webshop.yaml'])).toBe(text);
  });

  it('--public keeps only public contacts and names no private deputy', () => {
    const publicOnly = contacts(['examples/webshop.yaml', '--public']);
    const all = cards(publicOnly);
    expect(all.map((card) => card.getFirstPropertyValue('fn'))).toEqual(['Maria Nilsson']);
    // Maria's deputy, Lena, is not public
    expect(all[0]!.getFirstPropertyValue('note')).toBe('Tillgänglighet: Vardagar 8–17, lördagar 10–14');
    for (const secret of WEBSHOP_PRIVATE) expect(publicOnly).not.toContain(secret);
  });

  it('escapes structured and text values so that they round-trip', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), plan('examples/saas.yaml').replace('name: Sam Okafor', 'name: "Sam; O\\\\Kafor, Jr 🚨"').replace('role: Head of customer success and communications', 'role: "Head; of\\ncomms, and \\\\ support"').replace('organization: Acme Analytics Ltd\n    phone: "+44 7700 900789"', 'organization: "Acme; Analytics, Ltd"\n    phone: "+44 7700 900789"'));
    const sam = cards(contacts(['plan.yaml'], dir)).find((card) => String(card.getFirstPropertyValue('fn')).startsWith('Sam'))!;
    expect(sam.getFirstPropertyValue('fn')).toBe('Sam; O\\Kafor, Jr 🚨');
    expect(sam.getFirstPropertyValue('title')).toBe('Head; of\ncomms, and \\ support');
    expect(sam.getFirstPropertyValue('org')).toBe('Acme; Analytics, Ltd');
    // the emoji is left to FN, "Jr" is the suffix: a person's name is split into its parts, not at the last space
    expect(sam.getFirstPropertyValue('n')).toEqual(['O\\Kafor', 'Sam;', '', '', 'Jr']);
  });

  it('splits people into family, given and middle names, and writes roles and switchboards as KIND:org with no name parts', () => {
    const dir = tempDir();
    const names = ['Anna Maria Lindqvist', 'Ludwig van Beethoven', 'Tjänsteperson i beredskap (TiB)', 'Kommunens växel', 'Acme customer support', 'Cher'];
    let yaml = plan('examples/saas.yaml');
    for (const [i, id] of ['priya', 'tom', 'sam', 'support'].entries()) yaml = yaml.replace(new RegExp(`(- id: ${id}\\n    name: )[^\\n]*`), `$1${names[i]}`);
    yaml = yaml.replace('name: Nimbus Cloud – enterprise support', `name: ${names[4]}`).replace(/(- id: cloud\n(?: {4}.*\n)*? {4}type: )supplier/, '$1staff');
    yaml = yaml.replace("name: Information Commissioner's Office (ICO)", `name: ${names[5]}`).replace(/(- id: ico\n(?: {4}.*\n)*? {4}type: )authority/, '$1other');
    writeFileSync(join(dir, 'plan.yaml'), yaml);
    const byName = new Map(cards(contacts(['plan.yaml'], dir)).map((card) => [String(card.getFirstPropertyValue('fn')), card]));
    const parts = (name: string) => [byName.get(name)!.getFirstPropertyValue('kind'), byName.get(name)!.getFirstPropertyValue('n')];
    expect(names.map(parts)).toEqual([
      ['individual', ['Lindqvist', 'Anna', 'Maria', '', '']],
      ['individual', ['van Beethoven', 'Ludwig', '', '', '']],
      ['org', ['', '', '', '', '']],
      ['org', ['', '', '', '', '']],
      ['org', ['', '', '', '', '']],
      ['individual', ['Cher', '', '', '', '']],
    ]);
  });

  it('writes --out whole and says how many contacts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), plan('examples/saas.yaml'));
    const result = runCli(['contacts', 'plan.yaml', '--out', 'crisis.vcf', '--today', TODAY], { cwd: dir });
    const count = loadPlan(plan('examples/saas.yaml')).plan!.contacts.length;
    expect(result).toEqual({ status: 0, stderr: '', stdout: `wrote crisis.vcf (${count} contacts)\n` });
    expect(cards(readFileSync(join(dir, 'crisis.vcf'), 'utf8'))).toHaveLength(count);
  });
});

describe('krisplan contacts --format csv', () => {
  it('writes RFC 4180 CSV with a header and a row per contact, formulas defused', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), plan('examples/saas.yaml').replace('name: Sam Okafor', 'name: \'=HYPERLINK("https://evil.example","Sam")\'').replace('availability: 24/7\n', 'availability: "24/7,\\n\\"always\\""\n'));
    const rows = parseCsv(contacts(['plan.yaml', '--format', 'csv'], dir));
    expect(rows[0]).toEqual(['id', 'name', 'role', 'type', 'organization', 'phone', 'email', 'availability', 'deputy', 'deputy_name', 'verified', 'public']);
    expect(rows).toHaveLength(1 + loadPlan(plan('examples/saas.yaml')).plan!.contacts.length);
    expect(rows[1]).toEqual(['priya', 'Priya Shah', 'CEO and incident lead', 'staff', 'Acme Analytics Ltd', "'+44 7700 900123", 'priya@example.com', '24/7,\n"always"', 'tom', 'Tom Fletcher', '2026-11-05', 'false']);
    expect(rows.find((row) => row[0] === 'sam')![1]).toBe('\'=HYPERLINK("https://evil.example","Sam")');
  });

  it('--public keeps only public contacts', () => {
    const rows = parseCsv(contacts(['examples/webshop.yaml', '--format', 'csv', '--public']));
    expect(rows.map((row) => row[0])).toEqual(['id', 'maria']);
    expect(rows[1]!.slice(8, 10)).toEqual(['', '']);
  });
});

describe('krisplan contacts: what it refuses', () => {
  it('one plan only: several found is exit 2 naming them', () => {
    const result = runCli(['contacts', 'examples/', '--today', TODAY]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'krisplan: contacts works on one plan, but 2 were found: examples/saas.yaml, examples/webshop.yaml; name the plan file\n' });
  });

  it('a plan with errors: findings on stderr, exit 1, nothing written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), plan('examples/saas.yaml').replace('    deputy: tom\n', '    deputy: thom\n'));
    const result = runCli(['contacts', 'plan.yaml', '--today', TODAY], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan\.yaml:28:13 error deputy of contact "priya" is "thom".* unknown-reference\nkrisplan: plan\.yaml has 1 error; fix it first/m);
  });
});
