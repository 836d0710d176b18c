// Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // as character references, a tab or line break survives in an attribute (a parser turns raw ones into spaces)
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
