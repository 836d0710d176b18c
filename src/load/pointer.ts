/** JSON Pointer (RFC 6901): the address every finding travels with, from the loader to the reporters. */

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointer);
}

export function unescapePointer(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** The child of an object or array by pointer segment; own properties only, so `__proto__` is never followed. */
export function childAt(value: unknown, segment: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
}

export function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of splitPointer(pointer)) current = childAt(current, segment);
  return current;
}
