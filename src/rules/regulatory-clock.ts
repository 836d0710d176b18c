import { minutesOf } from '../model/continuity.js';
import { parseDate } from '../model/dates.js';
import { resolveClocks } from '../model/clocks.js';
import {
  declaredRegimes,
  isDataProtectionAuthority,
  jurisdictionOf,
  loadObligations,
  obligationsFor,
  playbookCategories,
  regimeApplies,
  riskCategories,
  type Obligation,
} from '../model/obligations.js';
import type { Plan, Playbook } from '../model/plan.js';
import type { Rule, RuleHit } from './types.js';

const GDPR_MINUTES = 72 * 60;

function limitText(obligation: Obligation): string {
  const start = obligation.from === 'after' ? `after ${obligation.after} is sent` : obligation.from === 'awareness' ? 'of awareness' : `after ${obligation.from}`;
  return obligation.within === 'without undue delay' ? 'without undue delay' : `within ${obligation.within} ${start}`;
}

/** Whether the playbook carries a clock for the obligation: by its id, or (GDPR art. 33) a clock to the data-protection authority within 72 hours. */
function isCovered(plan: Plan, playbook: Playbook, obligation: Obligation): boolean {
  if (playbook.clocks.some((clock) => clock.obligation === obligation.id)) return true;
  if (obligation.id !== 'gdpr-33') return false;
  const catalogue = loadObligations();
  return playbook.clocks.some((clock) => {
    if (clock.obligation !== undefined || clock.notify === undefined) return false;
    const contact = plan.contacts.find((c) => c.id === clock.notify);
    const within = minutesOf(clock.within);
    return contact !== undefined && isDataProtectionAuthority(contact, catalogue) && within !== undefined && within <= GDPR_MINUTES;
  });
}

const rule: Rule = {
  id: 'regulatory-clock',
  severity: 'warning',
  description:
    'Each playbook of a risk a declared regime covers (no regimes: GDPR as controller) must carry a clock for every notification duty of the organisation’s role to an authority or controller (gdpr-33, nis2-final-report …); a police report never counts.',
  check(plan, context) {
    const catalogue = loadObligations();
    const hits: RuleHit[] = [];
    const jurisdiction = jurisdictionOf(plan);
    const regimes = declaredRegimes(plan).filter((regime) => {
      const { applies, reason } = regimeApplies(regime.id, jurisdiction, catalogue);
      if (!applies && regime.index !== undefined) {
        const path = `/plan/regimes/${regime.index}`;
        hits.push({ path, message: `${regime.id} is declared but does not apply in jurisdiction ${jurisdiction}: ${reason?.en ?? 'not applicable'}; remove it from plan.regimes` });
      }
      return applies;
    });
    const isRequired = (obligation: Obligation) => {
      if (obligation.conditional) return false;
      const from = parseDate(obligation.applies_from ?? catalogue.regimes[obligation.regime].applies_from);
      return from === undefined || from <= context.today;
    };
    const byPlaybook = playbookCategories(plan, catalogue);
    plan.playbooks.forEach((playbook, i) => {
      if (playbook.id === undefined) return;
      const categories = [...(byPlaybook.get(playbook.id) ?? [])];
      if (categories.length === 0) return;
      const clocks = resolveClocks(plan, playbook, 'en', catalogue);
      const ids = new Set(clocks.map((clock) => clock.id));
      const path = `/playbooks/${i}`;
      for (const regime of regimes) {
        for (const obligation of obligationsFor(regime, categories, catalogue).filter(isRequired)) {
          if (isCovered(plan, playbook, obligation)) continue;
          const title = obligation.title.en.charAt(0).toLowerCase() + obligation.title.en.slice(1);
          const notify = obligation.id === 'gdpr-33' ? ' and notify: (the data-protection authority); a police report does not count' : '';
          hits.push({
            path,
            text: obligation.within !== 'without undue delay' && obligation.from === 'awareness'
              ? { key: 'rule.regulatory-clock.missing', values: { thing: { node: path }, obligation: obligation.id, basis: obligation.basis.sv, title: obligation.title.sv, within: { duration: obligation.within } } }
              : { key: 'rule.regulatory-clock.missingOther', values: { thing: { node: path }, obligation: obligation.id, basis: obligation.basis.sv, title: obligation.title.sv } },
            message: `${context.describe(`/playbooks/${i}`)} covers a risk of category ${categories.join(' and ')} but has no clock for ${obligation.id} (${obligation.basis.en}: ${title}, ${limitText(obligation)}); add to clocks: - obligation: ${obligation.id}${notify}`,
          });
        }
      }
      // an `after:` naming no clock of the playbook cannot be computed
      playbook.clocks.forEach((clock, j) => {
        if (clock.after !== undefined && !ids.has(clock.after)) {
          hits.push({ path: `/playbooks/${i}/clocks/${j}/after`, message: `${context.describe(`/playbooks/${i}/clocks/${j}`)} runs after "${clock.after}", which is no clock of this playbook; use the id (or obligation id) of one of its clocks` });
        }
      });
    });
    plan.risks.forEach((risk, i) => {
      if (risk.playbook !== undefined) return;
      const categories = riskCategories(risk.category, catalogue);
      const owed = regimes.flatMap((regime) => obligationsFor(regime, categories, catalogue).filter(isRequired));
      const timed = owed.filter((o) => o.within !== 'without undue delay' && o.from === 'awareness');
      if (timed.length === 0) return;
      const list = timed.map((o) => `${o.id} (${o.within})`).join(', ');
      hits.push({
        path: `/risks/${i}`,
        message: `${context.describe(`/risks/${i}`)} is a risk of category ${categories.join(' and ')} with no playbook, yet the notification duties apply anyway: ${list} from awareness; add playbook: with clocks for them`,
      });
    });
    return hits;
  },
};

export default rule;
