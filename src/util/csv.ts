import { replaceControls } from './controls.js';

/**
 * One RFC 4180 CSV cell. A cell that a spreadsheet would run as a formula (a leading = + - @, tab or carriage
 * return, which includes phone numbers written +46 …) is prefixed with ' so it stays text; control characters
 * other than line breaks become U+FFFD, so `cat file.csv` cannot drive the terminal.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : replaceControls(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
