// JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the line separators raw: escaped here too, so
// JSON printed to a terminal or log cannot drive it, and the data reads back the same
const RAW = /[\u007f-\u009f\u2028\u2029]/g;

/** `value` as indented JSON with a final line break, every control character escaped. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
