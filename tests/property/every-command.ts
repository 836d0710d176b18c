import { expect } from 'vitest';
import { buildCalendar } from '../../src/due/ics.js';
import { defaultConfig } from '../../src/config/types.js';
import { buildCsv } from '../../src/contacts/csv.js';
import { buildVcards } from '../../src/contacts/vcard.js';
import { comparePlans } from '../../src/diff/compare.js';
import { dueItems } from '../../src/due/items.js';
import type { LintedPlan } from '../../src/engine/lint.js';
import type { Contact, Plan } from '../../src/model/plan.js';
import { createRenderer, handbookView } from '../../src/render/index.js';
import { explainRisk } from '../../src/risks/explain.js';
import { formatCsv, formatTable } from '../../src/risks/format.js';
import { registerRows } from '../../src/risks/register.js';
import { siteFiles } from '../../src/site/build.js';
import { scenarioIds } from '../../src/site/content.js';

const config = defaultConfig();
const html = createRenderer('html');
const md = createRenderer('md');

/**
 * What every command after validate does with a plan without errors, in-process: the register and explain, the
 * handbook in HTML and Markdown in both languages, due items and their calendar, contacts as CSV and vCards, the
 * crisis web, and the diff from `before`. Throws if any of them does.
 */
export function throughEveryCommand(loaded: LintedPlan & { plan: Plan }, today: string, before: Plan = loaded.plan): void {
  const { plan } = loaded;
  const rows = registerRows('plan.yaml', plan, config);
  formatTable([{ file: 'plan.yaml', rows }], config, false);
  formatCsv(rows);
  for (const risk of plan.risks ?? []) explainRisk('plan.yaml', risk, config);
  for (const lang of ['sv', 'en'] as const) {
    const view = handbookView({ file: 'plan.yaml', plan, findings: loaded.findings, source: loaded.source }, { config, today, lang });
    expect(html(view)).toContain('</html>');
    md(view);
  }
  const items = dueItems('plan.yaml', plan, loaded.data, config);
  expect(buildCalendar([{ file: 'plan.yaml', title: plan.plan.title, lang: 'en', items }], { stamp: new Date(0), version: '0' })).toMatch(/END:VCALENDAR\r\n$/);
  const contacts = plan.contacts ?? [];
  const named = new Map<string, Contact>(contacts.flatMap((c) => (c.id === undefined ? [] : [[c.id, c]])));
  buildCsv(contacts, named);
  buildVcards(contacts, { file: 'plan.yaml', lang: plan.plan.language ?? 'en', named });
  siteFiles(plan, scenarioIds(plan), undefined, { text: today, iso: today });
  comparePlans(before, plan, config);
}
