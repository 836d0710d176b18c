import type { Plan } from '../model/plan.js';
import { siteContent, type SiteContent } from './content.js';
import { GENERATOR, sitePage } from './page.js';
import { replaceControls } from '../util/controls.js';
import { jsonText } from '../util/json.js';

export interface SiteFile {
  /** relative to the output folder, with / */
  path: string;
  content: string;
}

/**
 * The files of the crisis web. With a scenario: its page as `index.html` and `status.json`. Without: the neutral
 * page there, and each scenario's pair under `scenarios/<id>/`, ready to be copied over the top or published.
 */
export function siteFiles(plan: Plan, scenarios: readonly string[], scenario: string | undefined, updated: SiteContent['updated']): SiteFile[] {
  const top = pair('', siteContent(plan, scenario, updated));
  if (scenario !== undefined) return top;
  return [...top, ...scenarios.flatMap((id) => pair(`scenarios/${id}/`, siteContent(plan, id, updated)))];
}

function pair(folder: string, content: SiteContent): SiteFile[] {
  const status = {
    generator: GENERATOR,
    organization: content.organization,
    language: content.lang,
    scenario: content.scenario ?? null,
    message: content.message,
    updated: content.updated.iso,
    // the number as the page prints it; a machine reading status.json gets the same text people see
    contacts: content.contacts.map(({ name, role, organization, phone, email, availability }) => ({ name, role, organization, phone: phone?.text, email, availability })),
  };
  // no control character from plan text belongs on a public page; its JSON escapes them
  return [
    { path: `${folder}index.html`, content: replaceControls(sitePage(content)) },
    { path: `${folder}status.json`, content: jsonText(status) },
  ];
}
