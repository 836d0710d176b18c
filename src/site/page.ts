import { words as wordsIn, type Dictionary } from '../i18n/index.js';
import { escapeHtml, mailtoHref } from '../util/html.js';
import type { PublicContact, SiteContent } from './content.js';

export const GENERATOR = 'krisplan';
/** the `<meta>` that carries the generation stamp: every page of one set has the same, so `site --check` sees a mixed set */
export const GENERATION_META = 'krisplan-generation';

/** One run of `krisplan site`: a random id and the time it started writing, the same in every file of its set. */
export interface Generation {
  id: string;
  time: string;
}

// Inline and small: the page must load from any static host on a weak mobile connection, with nothing else to fetch.
const CSS = `:root{color-scheme:light dark;--fg:#111;--bg:#fff;--muted:#4a4a4a;--line:#b3261e}
@media (prefers-color-scheme:dark){:root{--fg:#f3f3f3;--bg:#141414;--muted:#c4c4c4;--line:#f2b8b5}}
html{font-size:125%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}
header,main{max-width:36rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:.25rem solid var(--line)}
.org{margin:0;font-weight:700}
h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
.message p{font-size:1.1rem;margin:0 0 1rem;hyphens:auto}
.updated{color:var(--muted);margin:0}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 1.25rem}
p,li{overflow-wrap:break-word}
a{color:inherit;overflow-wrap:anywhere}
.name{font-weight:700}
.detail{display:block}`;

/** The crisis web page: valid HTML5, no scripts, no external assets, every plan text escaped. */
export function sitePage(content: SiteContent, generation?: Generation): string {
  const words = wordsIn(content.lang).site;
  const title = content.organization ? `${content.organization} – ${words.title}` : words.title;
  const contacts = content.contacts.length === 0 ? '' : `
<section aria-labelledby="contact">
<h2 id="contact">${words.contact}</h2>
<ul>
${content.contacts.map((contact) => contactItem(contact, content.organization, words)).join('\n')}
</ul>
</section>`;
  return `<!doctype html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">${generation ? `
<meta name="${GENERATION_META}" content="${escapeHtml(`${generation.id} ${generation.time}`)}">` : ''}
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>
${CSS}
</style>
</head>
<body>
<header><p class="org">${escapeHtml(content.organization)}</p></header>
<main>
<h1>${words.title}</h1>
<div class="message">
${paragraphs(content.message)}
</div>
<p class="updated">${words.updated} <time datetime="${escapeHtml(content.updated.iso)}">${escapeHtml(content.updated.text)}</time></p>${content.nextUpdate ? `
<p class="updated">${words.nextUpdate} <time datetime="${escapeHtml(content.nextUpdate.iso)}">${escapeHtml(content.nextUpdate.text)}</time></p>` : ''}${contacts}
</main>
</body>
</html>
`;
}

/** Blank lines separate paragraphs; a single line break stays a line break. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim().split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}

function contactItem(contact: PublicContact, organization: string, words: Dictionary['site']): string {
  const details = [`<span class="name">${escapeHtml(contact.name)}</span>`];
  // the contact's organisation is left out when it is the one the page is about
  const role = [contact.role, contact.organization === organization ? undefined : contact.organization].filter((part): part is string => part !== undefined && part !== '').join(', ');
  if (role) details.push(`<span class="detail">${escapeHtml(role)}</span>`);
  if (contact.phone !== undefined) details.push(link(words.phone, contact.phone.text, contact.phone.href));
  if (contact.email !== undefined) details.push(link(words.email, contact.email, mailtoHref(contact.email)));
  if (contact.availability !== undefined) details.push(`<span class="detail">${escapeHtml(contact.availability)}</span>`);
  return `<li>${details.join('\n')}</li>`;
}

function link(label: string, text: string, href: string | undefined): string {
  const shown = href === undefined ? escapeHtml(text) : `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  return `<span class="detail">${label}: ${shown}</span>`;
}
