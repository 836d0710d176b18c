/**
 * Markdown has no escaping of its own in Handlebars, so the Markdown handbook gets a copy of the view model
 * with every text made inert first: templates then print it as it is (noEscape).
 */

import { escapeMarkdown, escapeMarkdownUrl } from '../util/markdown.js';

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
