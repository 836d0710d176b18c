import { formatBytes, type Limits } from './limits.js';

export interface TextProblem {
  message: string;
  /** byte offset of the problem in the raw file */
  byteOffset: number;
}

export type DecodeResult = { text: string } | { problem: TextProblem };

const BOM = '\uFEFF';
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Turns raw bytes into plan text, or says why they are not a readable plan. */
export function decodePlanBytes(bytes: Uint8Array, limits: Limits): DecodeResult {
  if (bytes.length > limits.fileSize) {
    return {
      problem: {
        // a file is read only up to one byte over the limit (readBounded), so then its full size is not known
        message: `file is ${bytes.length > limits.fileSize + 1 ? `${formatBytes(bytes.length)}, ` : ''}over the ${formatBytes(limits.fileSize)} limit; split the plan, or raise the limit with --max-file-size or limits.file_size in krisplan.config.yaml`,
        byteOffset: 0,
      },
    };
  }
  if (isUtf16(bytes)) {
    return { problem: { message: 'file is UTF-16, not UTF-8; save it as UTF-8', byteOffset: 0 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { problem: { message: 'file is binary (it contains NUL bytes), not a YAML plan', byteOffset: nul } };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      problem: {
        message: `file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}); save it as UTF-8`,
        byteOffset: offset,
      },
    };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // a lone CR ends a line in YAML and in editors: make it a LF, so that line numbers agree (same length, same offsets)
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { text };
}

/** A UTF-16 byte order mark, or ASCII text with every other byte NUL. */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return bytes.length >= 4 && ((a !== 0 && b === 0 && c !== 0 && d === 0) || (a === 0 && b !== 0 && c === 0 && d !== 0));
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const slice = bytes.subarray(i, i + length);
    if (slice.length < length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

/**
 * 1-based line and column of a byte offset, counting columns in UTF-16 code units of the valid prefix
 * as positions in decoded text do (TextDecoder drops a leading BOM, as decodePlanBytes does).
 */
export function bytePosition(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
  // counted, not split: a NUL at the end of ten million blank lines needs no array of ten million lines
  const lineBreak = /\r\n|\r|\n/g;
  let line = 1;
  let start = 0;
  for (let match = lineBreak.exec(prefix); match; match = lineBreak.exec(prefix)) {
    line++;
    start = match.index + match[0].length;
  }
  return { line, column: prefix.length - start + 1 };
}
