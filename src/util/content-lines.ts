/**
 * Content lines shared by iCalendar (RFC 5545 §3.1, §3.3.11) and vCard 4.0 (RFC 6350 §3.2, §3.4):
 * TEXT escaping, 75-octet folding and CRLF endings.
 */

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value: backslash, comma, newline and, unless `semicolon` is false, semicolon; other control
 * characters are dropped. vCard escapes semicolons only in compound values (N, ORG), where they separate fields:
 * readers do not unescape them elsewhere (RFC 6350 §3.4).
 */
export function escapeText(text: string, options: { semicolon?: boolean } = {}): string {
  return text
    .replace(/\r\n?/g, '\n')
    // TEXT allows no control character but HTAB; newlines are escaped below
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(options.semicolon === false ? /[\\,]/g : /[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space. A fold falls
 * between code points only, so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The lines folded and joined with CRLF, ending with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
