/** `krisplan obligations`: the catalogue as a table, JSON, or the Markdown of docs/obligations.md. */
import { authorityFor, regimeApplies, WITHOUT_UNDUE_DELAY, type Catalogue, type Lang, type Obligation } from '../model/obligations.js';
import { jsonText } from '../util/json.js';

export type ObligationFormat = 'table' | 'json' | 'md';

interface Options {
  jurisdiction?: string;
  format: ObligationFormat;
  lang: Lang;
}

function limit(o: Obligation): string {
  const within = o.within === WITHOUT_UNDUE_DELAY ? 'without undue delay' : o.within;
  const from = o.from === 'after' ? `after ${o.after} is sent` : o.from === 'awareness' ? 'from awareness' : `after ${o.from}`;
  const second = o.not_later_than ? `; no later than ${o.not_later_than} from awareness` : '';
  return o.within === WITHOUT_UNDUE_DELAY ? `${within} (${from.replace('from ', 'after ')})` : `${within} ${from}${second}`;
}

function entries(catalogue: Catalogue, options: Options) {
  const { jurisdiction, lang } = options;
  return catalogue.obligations.map((o) => {
    const applies = regimeApplies(o.regime, jurisdiction, catalogue);
    const authority = authorityFor(o, jurisdiction, catalogue);
    const regime = jurisdiction === undefined ? undefined : catalogue.jurisdictions[jurisdiction]?.regimes?.[o.regime];
    const national = regime?.basis?.[o.id];
    return {
      id: o.id,
      regime: o.regime,
      role: o.role ?? null,
      title: o.title[lang],
      within: o.within,
      from: o.from,
      after: o.after ?? null,
      not_later_than: o.not_later_than ?? null,
      recipient: o.recipient,
      conditional: o.conditional === true,
      condition: o.condition?.[lang] ?? null,
      basis: national ?? o.basis[lang],
      source: national && regime?.source ? regime.source : o.source,
      read_in: national ? null : o.read_in ?? null,
      verified: national && regime?.verified ? regime.verified : o.verified,
      applies_from: o.applies_from ?? null,
      note: o.note?.[lang] ?? null,
      unconfirmed: o.unconfirmed?.[lang] ?? null,
      ...(jurisdiction === undefined
        ? {}
        : {
            applies: applies.applies,
            not_applicable_reason: applies.applies ? null : applies.reason?.[lang] ?? null,
            authority: authority
              ? { id: authority.id, name: authority.name[lang], phone: authority.phone ?? null, email: authority.email ?? null, url: authority.url ?? null, source: authority.source, verified: authority.verified, unconfirmed: authority.unconfirmed?.[lang] ?? null }
              : null,
          }),
    };
  });
}

function table(catalogue: Catalogue, options: Options): string {
  const rows = entries(catalogue, options);
  const lines: string[] = [];
  if (options.jurisdiction !== undefined) {
    const known = catalogue.jurisdictions[options.jurisdiction];
    lines.push(`Jurisdiction ${options.jurisdiction}${known ? ` (${known.name[options.lang]})` : catalogue.eu.includes(options.jurisdiction) ? ' (EU member state; no authorities in the catalogue yet)' : ' (not in the catalogue: EU regimes shown as declared)'}`, '');
  }
  for (const row of rows) {
    const head = `${row.id.padEnd(24)} ${limit(catalogue.obligations.find((o) => o.id === row.id)!)}`;
    lines.push(head);
    lines.push(`${''.padEnd(24)} ${row.title}${row.role ? ` (${row.role})` : ''}${row.conditional ? ' — when the condition holds' : ''}`);
    lines.push(`${''.padEnd(24)} ${row.basis} — ${row.source} (verified ${row.verified})`);
    if ('applies' in row) {
      if (!row.applies) lines.push(`${''.padEnd(24)} not applicable: ${row.not_applicable_reason ?? ''}`);
      else if (row.authority) lines.push(`${''.padEnd(24)} to: ${[row.authority.name, row.authority.phone, row.authority.email, row.authority.url].filter(Boolean).join(', ')}`);
      else lines.push(`${''.padEnd(24)} to: ${row.recipient}`);
    }
    if (row.unconfirmed) lines.push(`${''.padEnd(24)} unconfirmed: ${row.unconfirmed}`);
  }
  return `${lines.join('\n')}\n`;
}

const cell = (text: string | null | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The Markdown of docs/obligations.md (a test keeps the page equal to this). */
export function obligationsMarkdown(catalogue: Catalogue): string {
  const lines = [
    '# Obligations catalogue',
    '',
    '<!-- Generated from templates/obligations/ by `krisplan obligations --format md`; a test fails when this page drifts. -->',
    '',
    'The statutory notification duties krisplan knows, as data in `templates/obligations/`. Each entry names its article, the official text (its EUR-Lex address), the copy of that text it was read in at its last review, and the date of that review; what could not be confirmed says so. A clock names an entry with `obligation:`; a clock without one is an internal target and never shown as law. Nothing here is legal advice.',
    '',
    '## Regimes and the risks they cover',
    '',
    '| regime | covers risk categories | roles |',
    '| --- | --- | --- |',
    ...Object.entries(catalogue.regimes).map(([id, r]) => `| \`${id}\` — ${cell(r.title.en)} | ${r.covers.map((c) => `\`${c}\``).join(', ')} | ${r.roles ? r.roles.join(', ') : '—'}${r.applies_from ? ` (applies from ${r.applies_from})` : ''} |`),
    '',
    'A free-text risk category is matched by these words:',
    '',
    ...Object.entries(catalogue.categories).map(([id, words]) => `- \`${id}\`: ${words.join(', ')}`),
    '',
    '## Obligations',
    '',
    '| id | limit | to | basis | source | read in | verified |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...catalogue.obligations.map((o) => `| \`${o.id}\`${o.role ? ` (${o.role})` : ''}${o.conditional ? ' ¹' : ''} | ${cell(limit(o))} | ${o.recipient} | ${cell(o.basis.en)} | <${o.source}> | ${o.read_in ? `<${o.read_in}>` : '—'} | ${o.verified} |`),
    '',
    '¹ Owed only on an assessment during the incident (a high risk to people, "where appropriate"): recommended in every playbook, not required by `regulatory-clock`.',
    '',
    '### Conditions, notes and what could not be confirmed',
    '',
  ];
  for (const o of catalogue.obligations) {
    const parts = [o.condition?.en, o.note?.en, o.unconfirmed ? `Unconfirmed: ${o.unconfirmed.en}` : undefined, o.applies_from ? `Applies from ${o.applies_from}.` : undefined].filter(Boolean);
    if (parts.length > 0) lines.push(`- \`${o.id}\` — ${parts.map((p) => cell(p)).join(' ')}`);
  }
  lines.push('', '## Jurisdictions', '', `EU member states (GDPR, NIS2 through national law, DORA and CRA apply): ${catalogue.eu.join(', ')}. A plan without \`timezone\` uses its capital's zone.`, '');
  for (const [code, j] of Object.entries(catalogue.jurisdictions)) {
    lines.push(`### \`${code}\` — ${j.name.en}`, '');
    for (const [regime, national] of Object.entries(j.regimes ?? {})) {
      if (national?.applies === false) lines.push(`- \`${regime}\`: not applicable — ${cell(national.reason?.en)}`);
      else if (national?.name) lines.push(`- \`${regime}\`: as ${national.name.en}${national.source ? ` (<${national.source}>, verified ${national.verified})` : ''}`);
    }
    for (const [regime, law] of Object.entries(j.laws ?? {})) {
      if (!law) continue;
      lines.push(`- \`${regime}\`: ${cell(law.name.en)}${law.in_force ? `, in force from ${law.in_force}` : ''} (<${law.source}>, verified ${law.verified}). ${cell(law.note?.en)}${law.unconfirmed ? ` Unconfirmed: ${cell(law.unconfirmed.en)}` : ''}`);
    }
    lines.push('', '| authority | receives | phone | e-mail | web | source | verified |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const a of j.authorities) {
      lines.push(`| ${cell(a.name.en)} (\`${a.id}\`) | ${a.receives.join(', ')} | ${cell(a.phone) || '—'} | ${cell(a.email) || '—'} | ${a.url ? `<${a.url}>` : '—'} | <${a.source}> | ${a.verified} |`);
    }
    const open = j.authorities.filter((a) => a.unconfirmed);
    if (open.length > 0) lines.push('', ...open.map((a) => `- \`${a.id}\` unconfirmed: ${cell(a.unconfirmed!.en)}`));
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

export function formatObligations(catalogue: Catalogue, options: Options): string {
  if (options.format === 'json') return jsonText({ jurisdiction: options.jurisdiction ?? null, obligations: entries(catalogue, options) });
  if (options.format === 'md') return obligationsMarkdown(catalogue);
  return table(catalogue, options);
}
