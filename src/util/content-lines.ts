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
 * between code points only, so no UTF-8 sequence is split. One pass over the UTF-16 code units, counting the
 * UTF-8 octets each code point takes, and slices: a 5 MB title costs milliseconds, not one encode per character.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS / 3 || (line.length <= MAX_OCTETS && encoder.encode(line).length <= MAX_OCTETS)) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    // a lone surrogate is written as U+FFFD, three octets
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += size;
    i += isPair ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** The lines folded and joined with CRLF, ending with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
