// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, the line separators, bidi overrides and
// zero-width characters raw: escaped here too, so JSON printed to a terminal or log cannot drive it or reorder
// what is shown, and the data reads back the same
const RAW = /[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `value` as indented JSON with a final line break, every control character escaped. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
