import type { Contact } from '../model/plan.js';

const COLUMNS = ['id', 'name', 'role', 'type', 'organization', 'phone', 'email', 'availability', 'deputy', 'deputy_name', 'verified', 'public'] as const;

/**
 * RFC 4180 CSV, one row per contact. A cell that a spreadsheet would run as a formula (a leading = + - @, tab or
 * carriage return, which includes phone numbers written +46 …) is prefixed with ' so it stays text.
 */
export function buildCsv(contacts: readonly Contact[], named: ReadonlyMap<string, Contact>): string {
  const rows = contacts.map((contact) => {
    const deputy = contact.deputy === undefined ? undefined : named.get(contact.deputy);
    const values: Partial<Record<(typeof COLUMNS)[number], unknown>> = {
      ...contact,
      type: contact.type ?? 'staff',
      deputy: deputy ? contact.deputy : undefined,
      deputy_name: deputy?.name,
      public: contact.public === true,
    };
    return COLUMNS.map((column) => cell(values[column])).join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
