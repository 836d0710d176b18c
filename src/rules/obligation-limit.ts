import { durationMinutes, durationOf } from '../model/dates.js';
import { loadObligations, obligationById, WITHOUT_UNDUE_DELAY } from '../model/obligations.js';
import type { Rule, RuleHit } from './types.js';

/** A duration's length for comparison: calendar months and years at their longest (31 and 366 days). */
function longest(text: string | undefined): number | undefined {
  const duration = durationOf(text);
  if (!duration) return undefined;
  return duration.years * 366 * 1440 + duration.months * 31 * 1440 + durationMinutes({ ...duration, years: 0, months: 0 });
}

function shortest(text: string | undefined): number | undefined {
  const duration = durationOf(text);
  if (!duration) return undefined;
  return duration.years * 365 * 1440 + duration.months * 28 * 1440 + durationMinutes({ ...duration, years: 0, months: 0 });
}

const rule: Rule = {
  id: 'obligation-limit',
  severity: 'error',
  description: 'A clock that names a catalogue obligation may not allow more time than the law does (e.g. gdpr-33 within 96 hours); clocks without obligation are never judged against the law.',
  check(plan, context) {
    const catalogue = loadObligations();
    const hits: RuleHit[] = [];
    plan.playbooks.forEach((playbook, i) => {
      playbook.clocks.forEach((clock, j) => {
        const obligation = obligationById(clock.obligation, catalogue);
        if (!obligation) return;
        const at = `/playbooks/${i}/clocks/${j}`;
        const check = (key: 'within' | 'not_later_than', own: string | undefined, law: string | undefined) => {
          if (own === undefined || law === undefined || law === WITHOUT_UNDUE_DELAY) return;
          // an error only when the clock is longer in every month: 31 days against one month is not certain
          const mine = shortest(own);
          const allowed = longest(law);
          if (mine === undefined || allowed === undefined || mine <= allowed) return;
          hits.push({
            path: `${at}/${key}`,
            message: `${context.describe(at)} is ${obligation.id}, which the law allows ${law} (${obligation.basis.en}), but ${key} is ${own}; shorten it to ${law} or less, or remove ${key}: to use the law's limit`,
          });
        };
        check('within', clock.within, obligation.within);
        check('not_later_than', clock.not_later_than, obligation.not_later_than);
      });
    });
    return hits;
  },
};

export default rule;
