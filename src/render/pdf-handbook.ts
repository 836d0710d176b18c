import type { Handbook } from './view.js';
import { headingPage } from './pdf-outline.js';
import { printPdf } from './pdf.js';

/**
 * Prints a handbook to PDF, with bookmarks. When the first-hour sheet's call list is cut, its last line says where
 * the rest are: the page the contacts section starts on, read from the bookmarks of a first print, then printed
 * again with that page. The page is checked in the final PDF; when it cannot be read, or moves, the line keeps
 * "section N" (a wrong page number would send a reader in a crisis to the wrong page).
 */
export async function printHandbookPdf(view: Handbook, render: (view: Handbook) => string, chrome: string, when?: string): Promise<Uint8Array> {
  const first = await printPdf(render(view), chrome, when, { outline: true });
  if (view.callListMore <= 0) return first;
  const title = view.contactsSection.title;
  let page = headingPage(first, title);
  for (let attempt = 0; page !== undefined && attempt < 2; attempt++) {
    const paged = { ...view, contactsSection: { ...view.contactsSection, page } };
    const pdf = await printPdf(render(paged), chrome, when, { outline: true });
    const printed = headingPage(pdf, title);
    if (printed === page) return pdf;
    page = printed;
  }
  return first;
}
