import { DateTime } from 'luxon';
import { dateWords } from '../i18n/index.js';
import { wallClockText } from '../incident/time.js';
import type { Plan } from '../model/plan.js';

/** `activate --site DIR`: the crisis web switched to the playbook's message, updated now, next update by the rhythm. */
export async function switchSite(plan: Plan, playbookId: string, out: string, updatedAt: string, nextAt: string | null, zone: string): Promise<string> {
  const { scenarioIds } = await import('../site/content.js');
  const { newGeneration, siteFiles } = await import('../site/build.js');
  const { publishSite } = await import('../site/publish.js');
  if (!scenarioIds(plan).includes(playbookId)) {
    return `crisis web in ${out} not switched: playbook "${playbookId}" has no pre-approved message in preparedness.crisis_site.messages`;
  }
  const stamp = (iso: string) => {
    const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
    return { text: `${dateWords(local.toISODate()!, plan.plan.language ?? 'en')} ${local.toFormat('HH:mm (ZZZZ)').replace(/\(GMT/, '(UTC')}`, iso: local.toISO({ suppressMilliseconds: true })! };
  };
  const generation = newGeneration();
  // the scenario pages of an earlier krisplan site are written again with the switch, in its generation
  await publishSite(out, {
    force: false,
    waitMs: 60_000,
    generation,
    build: (withScenarioPages) => siteFiles(plan, withScenarioPages ? scenarioIds(plan) : [], playbookId, stamp(updatedAt), nextAt ? stamp(nextAt) : undefined, generation),
  });
  return `crisis web in ${out} switched to the ${playbookId} message${nextAt ? `, next update by ${wallClockText(nextAt, zone, 'en')}` : ''}; upload it to its hosting`;
}
