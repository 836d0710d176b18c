// control characters, line separators and bidi overrides: text from a plan (or a file name) printed to a
// terminal or CI log must not move the cursor, recolour the screen, start a new log line (a line starting
// `::error` is a GitHub workflow command) or reorder what the reader sees
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with those characters shown as escapes (`\n`, `\u001b`). */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
