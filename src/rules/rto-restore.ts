import { minutesOf } from '../model/continuity.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'rto-restore',
  severity: 'warning',
  description: "A backup's measured restore time (restore_took) must fit within the recovery time objective (rto) of every service it protects.",
  check(plan, context) {
    const hits: RuleHit[] = [];
    plan.preparedness.backups.forEach((backup, i) => {
      const took = minutesOf(backup.restore_took);
      if (took === undefined) return;
      for (const service of plan.services) {
        const rto = minutesOf(service.rto);
        if (rto === undefined || service.id === undefined || !backup.services?.includes(service.id) || took <= rto) continue;
        const path = `/preparedness/backups/${i}/restore_took`;
        hits.push({ path, message: `restore of backup "${backup.id}" took ${backup.restore_took}, longer than the ${service.rto} service "${service.id}" may be down (rto); speed up the restore or agree a longer rto` });
      }
    });
    return hits;
  },
};

export default rule;
