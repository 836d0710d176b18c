import { durationWords } from '../i18n/index.js';
import type { HandbookContext } from './handbook-context.js';
import type { ActivationView } from './view.js';

/** The activation page: levels, roles, stand-down; undefined when the plan has neither activation nor roles. */
export function activationView(context: HandbookContext): ActivationView | undefined {
  const { plan, person, contactView, lang } = context;
  if (!plan.activation && plan.roles.length === 0) return undefined;
  return {
    entryPoint: person(plan.activation?.entry_point),
    levels: (plan.activation?.levels ?? []).map((level) => ({
      id: level.id ?? '',
      title: level.title ?? level.id ?? '',
      criteria: level.criteria ?? [],
      declaredBy: (level.declared_by ?? []).map((id) => person(id)!),
      convene: (level.convene ?? []).map((id) => person(id)!),
      meet: level.meet,
      rhythm: durationWords(level.rhythm, lang),
    })),
    roles: plan.roles.map((role) => ({
      id: role.id ?? '',
      title: role.title ?? role.id ?? '',
      duties: role.duties ?? [],
      holder: role.holder === undefined ? undefined : contactView(role.holder),
      deputies: (role.deputies ?? []).map(contactView),
    })),
    standDown: plan.activation?.stand_down ?? [],
  };
}
