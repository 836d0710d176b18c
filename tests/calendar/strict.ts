import { expect } from 'vitest';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The strict line check of RFC 5545 §3.1 (and RFC 6350 §3.2): CRLF after every line and nowhere else, at most
 * 75 octets a line, each line valid UTF-8 on its own (no sequence split by a fold), continuations start with
 * one space. Returns the unfolded content lines.
 */
export function strictLines(text: string): string[] {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  for (const line of physical) {
    const size = Buffer.byteLength(line, 'utf8');
    expect(size, `octets of ${JSON.stringify(line)}`).toBeLessThanOrEqual(75);
    expect(/[\r\n]/.test(line), 'bare CR or LF').toBe(false);
    // decoding each line's own bytes fails on a split multi-byte sequence
    expect(decoder.decode(bytes.subarray(offset, offset + size))).toBe(line);
    offset += size + 2;
  }
  expect(physical[0]!.startsWith(' '), 'first line is no continuation').toBe(false);
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}
