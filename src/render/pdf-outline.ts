/**
 * Reads the bookmarks (the /Outlines tree) that Chromium writes with `--generate-pdf-document-outline`, to learn
 * which page a heading is printed on. Only what Chromium's PDF writer (Skia) produces is read: objects written out
 * as `N 0 obj << … >> endobj`, not compressed into object streams. Anything else gives "not found", never a guess.
 */

export interface OutlineEntry {
  title: string;
  /** 1-based page number, in the order of the page tree. */
  page: number;
}

/** Every bookmark with a page, in the order of the file. An empty list when the PDF has none or is not readable so. */
export function readOutline(pdf: Uint8Array): OutlineEntry[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|[\r\n\s])(\d+) 0 obj\b([\s\S]*?)\bendobj\b/g)) objects.set(Number(match[1]), match[2]!);
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const root = catalog === undefined ? undefined : ref(catalog, 'Pages');
  if (root === undefined) return [];
  const pages = new Map<number, number>();
  const walk = (id: number, depth: number): void => {
    const body = objects.get(id);
    if (body === undefined || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
      for (const kid of (kids?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body) && !pages.has(id)) {
      pages.set(id, pages.size + 1);
    }
  };
  walk(root, 0);
  const entries: OutlineEntry[] = [];
  for (const body of objects.values()) {
    const dest = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(body);
    const title = readTitle(body);
    if (dest === null || title === undefined) continue;
    const page = pages.get(Number(dest[1]));
    if (page !== undefined) entries.push({ title, page });
  }
  return entries;
}

/** The page a heading with exactly this text starts on; undefined when no bookmark has it or two on different pages do. */
export function headingPage(pdf: Uint8Array, title: string): number | undefined {
  const found = new Set(readOutline(pdf).filter((entry) => entry.title.trim() === title.trim()).map((entry) => entry.page));
  return found.size === 1 ? [...found][0] : undefined;
}

function ref(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return match ? Number(match[1]) : undefined;
}

/** The /Title of a dictionary: a literal string `( … )` or a hex string `< … >`, decoded to text. */
function readTitle(body: string): string | undefined {
  const start = /\/Title\s*([(<])/.exec(body);
  if (start === null) return undefined;
  const from = start.index + start[0].length;
  if (start[1] === '<') {
    const end = body.indexOf('>', from);
    return end < 0 ? undefined : decodeBytes(hexBytes(body.slice(from, end)));
  }
  const bytes = literalBytes(body, from);
  return bytes === undefined ? undefined : decodeBytes(bytes);
}

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '');
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  const bytes: number[] = [];
  for (let i = 0; i < padded.length; i += 2) bytes.push(parseInt(padded.slice(i, i + 2), 16));
  return bytes;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** The bytes of a PDF literal string whose text starts at `from` (just after its `(`): nested parentheses, \ escapes, \ddd octal. */
function literalBytes(body: string, from: number): number[] | undefined {
  const bytes: number[] = [];
  let depth = 1;
  for (let i = from; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      const next = body[i + 1];
      if (next === undefined) return undefined;
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && body[i + 2] === '\n' ? 2 : 1; // a line break after \ continues the string
      } else {
        bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')' && --depth === 0) return bytes;
    bytes.push(char.charCodeAt(0));
  }
  return undefined;
}

/** UTF-16BE with its byte-order mark, or UTF-8 with its mark, else PDFDocEncoding (read as Latin-1, the same for letters). */
function decodeBytes(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(Uint8Array.from(bytes.slice(2)));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(Uint8Array.from(bytes.slice(3)));
  return String.fromCharCode(...bytes);
}
