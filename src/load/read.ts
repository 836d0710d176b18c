import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a file, but never more than one byte over `maxBytes`: that one byte is enough for
 * decodePlanBytes to refuse the file, so a huge file, or an endless device such as /dev/zero, is not read
 * whole. fs errors are thrown as they are.
 */
export function readBounded(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    // a regular file says its size; a device or pipe says 0 and is read in growing chunks
    let buffer = Buffer.allocUnsafe(Math.min(size > 0 ? size : 64 * 1024, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
