// control characters, line separators and bidi overrides: text from a plan (or a file name) printed to a
// terminal or CI log must not move the cursor, recolour the screen, start a new log line (a line starting
// `::error` is a GitHub workflow command) or reorder what the reader sees
// zero-width characters too (U+200B–U+200F, U+2060–U+2064, U+FEFF) and the Arabic letter mark: an id with one
// inside looks like another id, and the marks reorder text as the overrides do
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with those characters shown as escapes (`\n`, `\u001b`). */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One line for a terminal or CI log: controls shown as escapes, and a line that would start with `::` (a GitHub
 * workflow command, after any leading spaces) starts with `\::` instead, so plan text or a file name printed by
 * a command never becomes `::error` or `::add-mask::` in the runner.
 */
export function showLine(text: string): string {
  return showControls(text).replace(/^(\s*)::/, '$1\\::');
}

// in a document (handbook, CSV, calendar) a tab or line break is text, but no other control character is
const DOCUMENT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text with control characters other than tab and line breaks replaced by U+FFFD, as browsers show NUL. */
export function replaceControls(text: string): string {
  return text.replace(DOCUMENT_CONTROLS, '\uFFFD');
}

/**
 * A message for a terminal or CI log, written as a tagged template: every value (a file name, an id, plan text) is
 * shown with showControls, so it stays on its line and cannot drive the terminal, while the template's own line
 * breaks stay; no line starts a GitHub workflow command. `terminal\`wrote ${file}\``.
 */
export function terminal(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings[0]!;
  values.forEach((value, i) => {
    text += showControls(String(value)) + strings[i + 1]!;
  });
  return text.replace(/^(\s*)::/gm, '$1\\::');
}
