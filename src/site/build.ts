import type { Plan } from '../model/plan.js';
import { siteContent, type SiteContent } from './content.js';
import { randomBytes } from 'node:crypto';
import { GENERATOR, sitePage, type Generation } from './page.js';
import { replaceControls } from '../util/controls.js';
import { jsonText } from '../util/json.js';

export interface SiteFile {
  /** relative to the output folder, with / */
  path: string;
  content: string;
}

export function newGeneration(now = new Date()): Generation {
  return { id: randomBytes(8).toString('hex'), time: now.toISOString() };
}

/**
 * The files of the crisis web: the page of `scenario` (or the neutral page) as `index.html` and `status.json`, and
 * the pair of each of `scenarios` under `scenarios/<id>/`, ready to be copied over the top or published. Every file
 * carries `generation`.
 */
export function siteFiles(plan: Plan, scenarios: readonly string[], scenario: string | undefined, updated: SiteContent['updated'], nextUpdate?: SiteContent['nextUpdate'], generation = newGeneration()): SiteFile[] {
  const top = pair('', siteContent(plan, scenario, updated, nextUpdate), generation);
  return [...top, ...scenarios.flatMap((id) => pair(`scenarios/${id}/`, siteContent(plan, id, updated), generation))];
}

function pair(folder: string, content: SiteContent, generation: Generation): SiteFile[] {
  const status = {
    generator: GENERATOR,
    generation,
    organization: content.organization,
    language: content.lang,
    scenario: content.scenario ?? null,
    message: content.message,
    updated: content.updated.iso,
    ...(content.nextUpdate ? { next_update: content.nextUpdate.iso } : {}),
    // the number as the page prints it; a machine reading status.json gets the same text people see
    contacts: content.contacts.map(({ name, role, organization, phone, email, availability }) => ({ name, role, organization, phone: phone?.text, email, availability })),
  };
  // no control character from plan text belongs on a public page; its JSON escapes them
  return [
    { path: `${folder}index.html`, content: replaceControls(sitePage(content, generation)) },
    { path: `${folder}status.json`, content: jsonText(status) },
  ];
}
