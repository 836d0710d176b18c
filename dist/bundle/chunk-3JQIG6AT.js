import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{escapeHtml,mailtoHref}from"./chunk-7IIB6KH5.js";import{words}from"./chunk-ASPDJDVY.js";var GENERATOR="krisplan",GENERATION_META="krisplan-generation",CSS=`:root{color-scheme:light dark;--fg:#111;--bg:#fff;--muted:#4a4a4a;--line:#b3261e}
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
.detail{display:block}`;function sitePage(content,generation){let words2=words(content.lang).site,title=content.organization?`${content.organization} \u2013 ${words2.title}`:words2.title,contacts=content.contacts.length===0?"":`
<section aria-labelledby="contact">
<h2 id="contact">${words2.contact}</h2>
<ul>
${content.contacts.map(contact=>contactItem(contact,content.organization,words2)).join(`
`)}
</ul>
</section>`;return`<!doctype html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">${generation?`
<meta name="${GENERATION_META}" content="${escapeHtml(`${generation.id} ${generation.time}`)}">`:""}
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>
${CSS}
</style>
</head>
<body>
<header><p class="org">${escapeHtml(content.organization)}</p></header>
<main>
<h1>${words2.title}</h1>
<div class="message">
${paragraphs(content.message)}
</div>
<p class="updated">${words2.updated} <time datetime="${escapeHtml(content.updated.iso)}">${escapeHtml(content.updated.text)}</time></p>${content.nextUpdate?`
<p class="updated">${words2.nextUpdate} <time datetime="${escapeHtml(content.nextUpdate.iso)}">${escapeHtml(content.nextUpdate.text)}</time></p>`:""}${contacts}
</main>
</body>
</html>
`}function paragraphs(text){return text.trim().split(/\n\s*\n/).map(paragraph=>`<p>${paragraph.trim().split(`
`).map(escapeHtml).join(`<br>
`)}</p>`).join(`
`)}function contactItem(contact,organization,words2){let details=[`<span class="name">${escapeHtml(contact.name)}</span>`],role=[contact.role,contact.organization===organization?void 0:contact.organization].filter(part=>part!==void 0&&part!=="").join(", ");return role&&details.push(`<span class="detail">${escapeHtml(role)}</span>`),contact.phone!==void 0&&details.push(link(words2.phone,contact.phone.text,contact.phone.href)),contact.email!==void 0&&details.push(link(words2.email,contact.email,mailtoHref(contact.email))),contact.availability!==void 0&&details.push(`<span class="detail">${escapeHtml(contact.availability)}</span>`),`<li>${details.join(`
`)}</li>`}function link(label,text,href){let shown=href===void 0?escapeHtml(text):`<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;return`<span class="detail">${label}: ${shown}</span>`}export{GENERATOR,GENERATION_META,sitePage};
