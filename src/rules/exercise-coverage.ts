import { continuityEngaged, lastExercised } from '../model/continuity.js';
import { addDuration, parseDuration } from '../model/dates.js';
import { playbookSuppliers } from '../model/mentions.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'exercise-coverage',
  severity: 'warning',
  description: 'Every contact who owns playbook steps, every supplier a service depends on and every deadline clock must have been part of an exercise within the interval (default 3 years).',
  check(plan, context) {
    // it judges an exercise programme: a plan that records or plans exercises, or any plan when the config names
    // the rule (a plan that never exercised anything hears it from unexercised, playbook by playbook)
    const hasProgramme = plan.exercises.length > 0 || plan.playbooks.some((playbook) => (playbook.exercised ?? []).length > 0) || plan.evaluations.some((evaluation) => evaluation.type === 'exercise');
    if (context.config.rules[this.id] === undefined && !(hasProgramme && continuityEngaged(this.id, plan, context.config))) return [];
    const every = parseDuration(context.config.intervals.exercise_coverage);
    if (!every) return [];
    const interval = context.config.intervals.exercise_coverage;
    // a playbook counts when it was exercised on a day from which the interval has not yet run out
    const exercised = new Set(
      plan.playbooks.filter((playbook) => {
        const last = lastExercised(plan, playbook);
        return playbook.id !== undefined && last !== undefined && addDuration(last, every) >= context.today;
      }),
    );
    const hits: RuleHit[] = [];

    plan.contacts.forEach((contact, i) => {
      if (contact.id === undefined) return;
      const owned = plan.playbooks.filter((playbook) => playbook.steps.some((step) => step.owner === contact.id));
      if (owned.length === 0 || owned.some((playbook) => exercised.has(playbook))) return;
      const names = owned.map((playbook) => `"${playbook.id ?? '?'}"`).join(', ');
      hits.push({ path: `/contacts/${i}`, text: { key: 'rule.exercise-coverage.owner', values: { thing: { node: `/contacts/${i}` }, playbooks: names, every: { duration: interval } } }, message: `${context.describe(`/contacts/${i}`)} owns steps of ${owned.length === 1 ? 'playbook' : 'playbooks'} ${names}, and none was exercised in the last ${interval}; include ${owned.length === 1 ? 'it' : 'one'} in an exercise` });
    });

    const involved = new Set([...exercised].flatMap((playbook) => playbookSuppliers(plan, playbook).map((supplier) => supplier.contact)));
    const dependents = new Map<string, string[]>();
    for (const service of plan.services) for (const id of service.depends_on ?? []) dependents.set(id, [...(dependents.get(id) ?? []), service.id ?? '?']);
    plan.contacts.forEach((contact, i) => {
      const services = contact.id === undefined ? undefined : dependents.get(contact.id);
      if (contact.type !== 'supplier' || !services || involved.has(contact)) return;
      hits.push({ path: `/contacts/${i}`, text: { key: 'rule.exercise-coverage.supplier', values: { thing: { node: `/contacts/${i}` }, services: services.map((id) => `”${id}”`).join(', '), every: { duration: interval } } }, message: `supplier "${contact.id}", which ${services.length === 1 ? 'service' : 'services'} ${services.map((id) => `"${id}"`).join(', ')} ${services.length === 1 ? 'depends' : 'depend'} on, was in no exercise in the last ${interval}; exercise a playbook whose steps name it or that protects ${services.length === 1 ? 'that service' : 'those services'}` });
    });

    plan.playbooks.forEach((playbook, i) => {
      if (exercised.has(playbook)) return;
      playbook.clocks.forEach((clock, j) => {
        const path = `/playbooks/${i}/clocks/${j}`;
        hits.push({ path, text: { key: 'rule.exercise-coverage.clock', values: { thing: { node: path }, title: clock.title ?? '', every: { duration: interval } } }, message: `deadline ${clock.title !== undefined ? `"${clock.title}" ` : ''}of playbook "${playbook.id ?? '?'}" was in no exercise in the last ${interval}; exercise the playbook so the team has met this deadline once` });
      });
    });
    return hits;
  },
};

export default rule;
