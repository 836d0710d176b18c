/**
 * Chromium stamps every PDF with the moment it printed (/CreationDate and /ModDate in the document information):
 * the only bytes that differ between two prints of the same page. They are overwritten with the day the output
 * is for (--today, the activation time), so the same input gives the same file. The new value has the same
 * length as the old, so the cross-reference table's byte offsets stay right.
 */
export function stampPdfDates(pdf: Uint8Array, when: string): Uint8Array {
  const digits = when.replace(/\D/g, '').slice(0, 14).padEnd(14, '0');
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const stamped = text.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (whole, _key: string, value: string) => `${whole.slice(0, whole.length - value.length - 1)}${sameLength(value, digits)})`);
  return stamped === text ? pdf : Buffer.from(stamped, 'latin1');
}

/** `D:20261202002057+01'00'` → `D:20261129000000+00'00'`: the digits written over, a time zone set to UTC. */
function sameLength(value: string, digits: string): string {
  const count = Math.min(/^D:(\d*)/.exec(value)![1]!.length, 14);
  const rest = value.slice(2 + count);
  const zone = /^\d*/.exec(rest)![0];
  const offset = rest.slice(zone.length);
  const utc = /^[+-]\d\d'?\d\d'?$/.test(offset) ? `+00'00'`.slice(0, offset.length) : offset;
  return `D:${digits.slice(0, count)}${zone}${utc}`;
}
