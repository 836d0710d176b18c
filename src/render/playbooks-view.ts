import { durationWords } from '../i18n/index.js';
import type { HandbookContext } from './handbook-context.js';
import { riskRef } from './risks-view.js';
import type { PlaybookView, RiskView } from './view.js';

/** The playbooks section: each playbook with its steps, message, risks, clocks, services and exercises. */
export function playbooksView(context: HandbookContext, register: readonly RiskView[]): PlaybookView[] {
  const { plan, lang, person, at, playbookAnchor, continuity } = context;
  const messages = plan.preparedness.crisis_site?.messages ?? {};
  return plan.playbooks.map((playbook, index) => ({
    number: index + 1,
    id: playbook.id ?? '',
    anchor: playbookAnchor(index),
    title: playbook.title ?? playbook.id ?? '',
    trigger: playbook.trigger,
    owner: person(playbook.owner),
    steps: playbook.steps.map((step, j) => ({
      number: j + 1,
      action: step.action ?? '',
      owner: person(step.owner),
      within: durationWords(step.within, lang),
      notes: step.notes,
      warnings: at(`/playbooks/${index}/steps/${j}`),
    })),
    message: playbook.id !== undefined && Object.prototype.hasOwnProperty.call(messages, playbook.id) ? messages[playbook.id] : undefined,
    risks: register.filter((risk) => playbook.id !== undefined && risk.playbook?.id === playbook.id).map(riskRef),
    clocks: continuity.clocks(playbook),
    services: continuity.serviceRefs(playbook.services ?? []),
    exercised: continuity.exercise(playbook),
    warnings: at(`/playbooks/${index}`),
  }));
}
