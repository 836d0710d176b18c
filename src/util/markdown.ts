/**
 * Plan text as one line of GitHub-flavoured Markdown that shows as the same text: no emphasis, links,
 * autolinks, HTML, table cells, headings, lists or math can start inside it.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const escaped = line
    .replace(/[\\`*_[\]<>#+!|~$&@]/g, '\\$&')
    // autolinks: scheme:// and www. start a link in GFM even without brackets
    .replace(/([a-z0-9]):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // "1. ", "1) " or "- " at the start would open a list
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^-/, '\\-');
}

/** A safe link target (already checked by safeHref/telHref/mailtoHref) written so Markdown cannot end it early. */
export function escapeMarkdownUrl(href: string): string {
  return href.replace(/[\s<>()[\]\\|"'`*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
