import { showControls } from './controls.js';
/**
 * Markdown has no escaping of its own in Handlebars, so a Markdown document (the handbook, an exercise pack) gets a copy of the view model
 * with every text made inert first: templates then print it as it is (noEscape).
 */

/**
 * Plan text as one line of GitHub-flavoured Markdown that shows as the same text: no emphasis, links,
 * autolinks, HTML, table cells, headings, lists or math can start inside it.
 */
export function escapeMarkdown(text: string): string {
  // escape sequences and zero-width characters shown as \u001b, so a comment or log shows what is there
  const line = showControls(text.replace(/\s+/g, ' ').trim());
  const escaped = line
    .replace(/[\\`*_[\]<>#+!|~$&@]/g, '\\$&')
    // autolinks: scheme:// and www. start a link in GFM even without brackets
    .replace(/([a-z0-9]):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // "1. ", "1) " or "- " at the start would open a list
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^-/, '\\-');
}

/** A safe link target (already checked by safeHref/phoneOutput/mailtoHref) written so Markdown cannot end it early. */
export function escapeMarkdownUrl(href: string): string {
  return href.replace(/[\s<>()[\]\\|"'`*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Keys whose values are generated, never plan text: enumerations, ISO dates and anchors. */
const VERBATIM = new Set(['anchor', 'fromAnchor', 'iso', 'lang', 'level', 'type']);

/** A deep copy of a view model with every plan text escaped for Markdown (links percent-encoded). */
export function markdownView<T>(view: T): T {
  return convert(view, undefined) as T;
}

function convert(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && VERBATIM.has(key)) return value;
    if (key !== undefined && /href$/i.test(key)) return escapeMarkdownUrl(value);
    return escapeMarkdown(value);
  }
  if (Array.isArray(value)) return value.map((item) => convert(item, undefined));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) result[k] = convert(v, k);
    return result;
  }
  return value;
}
