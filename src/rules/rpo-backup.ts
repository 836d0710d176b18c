import { frequencyMinutes, minutesOf } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';
import { smallest } from '../util/list.js';

const rule: Rule = {
  id: 'rpo-backup',
  severity: 'error',
  description: 'A service with a recovery point objective (rpo) must have a backup at least that frequent.',
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.services.forEach((service, i) => {
      const rpo = minutesOf(service.rpo);
      if (rpo === undefined || service.id === undefined) return;
      const path = `/services/${i}`;
      const backups = plan.preparedness.backups.filter((backup) => backup.services?.includes(service.id!));
      if (backups.length === 0) {
        hits.push({ path, message: `${context.describe(path)} may lose at most ${service.rpo} of data but no backup protects it; add its id to the services: of a backup` });
        return;
      }
      // only what can be compared is an error: a frequency written in words krisplan cannot read may be often enough (backup-frequency says so)
      if (backups.some((backup) => backup.frequency !== undefined && frequencyMinutes(backup.frequency) === undefined)) return;
      const frequencies = backups.map((backup) => frequencyMinutes(backup.frequency)).filter((m): m is number => m !== undefined);
      if (frequencies.length === 0) return;
      if (smallest(frequencies)! > rpo) {
        const names = backups.map((backup) => `"${backup.id}" (${backup.frequency ?? 'no frequency'})`).join(', ');
        hits.push({ path: `${path}/rpo`, message: `${context.describe(path)} may lose at most ${service.rpo} of data, but its backups are less frequent: ${names}; back up at least every ${service.rpo}, or agree a longer rpo` });
      }
    });
    return hits;
  },
};

export default rule;
