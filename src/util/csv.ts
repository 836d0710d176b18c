import { replaceControls } from './controls.js';

/**
 * One RFC 4180 CSV cell. A cell that a spreadsheet would run as a formula (a leading = + - @, tab or carriage
 * return, which includes phone numbers written +46 …) is prefixed with ' so it stays text; control characters
 * other than line breaks become U+FFFD, so `cat file.csv` cannot drive the terminal. A cell holding any separator a
 * spreadsheet may split on is quoted, so no part of it starts a cell of its own.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : replaceControls(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // quoted also for the other separators spreadsheets split on (; is the default where , is the decimal mark,
  // tab and |): unquoted, "Maria;=HYPERLINK(…)" is a name and a formula in a Swedish spreadsheet
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
