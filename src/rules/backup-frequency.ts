import { frequencyMinutes, minutesOf } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'backup-frequency',
  severity: 'warning',
  description: "A backup that protects a service with an rpo must say how often it runs in words krisplan can read, so rpo-backup can compare them.",
  check(plan, context) {
    const rpoServices = new Map(plan.services.filter((s) => s.id !== undefined && minutesOf(s.rpo) !== undefined).map((s) => [s.id!, s]));
    const hits: RuleHit[] = [];
    plan.preparedness.backups.forEach((backup, i) => {
      const protects = (backup.services ?? []).filter((id) => rpoServices.has(id));
      if (protects.length === 0) return;
      const services = protects.map((id) => `"${id}" (rpo ${rpoServices.get(id)!.rpo})`).join(', ');
      const path = `/preparedness/backups/${i}`;
      if (backup.frequency === undefined) {
        // a frequency the schema rejected has its own finding
        if (context.isPresent(`${path}/frequency`)) return;
        hits.push({ path, message: `${context.describe(path)} protects ${services} but does not say how often it runs; add frequency:, e.g. \`15 minutes\` or \`nightly\`` });
        return;
      }
      if (frequencyMinutes(backup.frequency) !== undefined) return;
      hits.push({ path: `${path}/frequency`, message: `cannot tell how often ${context.describe(path)} runs from "${backup.frequency}", so it cannot be compared with the rpo of ${services}; write e.g. \`15 minutes\`, \`every 4 hours\`, \`nightly\` or \`varje natt\`` });
    });
    return hits;
  },
};

export default rule;
