import type { Contact } from '../model/plan.js';
import { csvCell } from '../util/csv.js';

const COLUMNS = ['id', 'name', 'role', 'type', 'organization', 'phone', 'email', 'availability', 'deputy', 'deputy_name', 'verified', 'public'] as const;

/** RFC 4180 CSV, one row per contact (cells as csvCell makes them safe). */
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
    return COLUMNS.map((column) => csvCell(values[column])).join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
