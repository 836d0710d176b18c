import { minutesOf } from '../../model/continuity.js';
import type { Contact, Level } from '../../model/plan.js';
import type { PackKey } from '../../i18n/index.js';
import type { Inject } from './scenario.js';
import type { PackInput } from './view.js';

/** What each inject says, who it comes from and how, and the facilitator's note on it, in the pack's language. */
export const METHODS: Record<Inject['kind'], (inject: Inject) => PackKey> = {
  start: () => 'method.alarm',
  'owner-away': () => 'method.inPerson',
  supplier: () => 'method.phone',
  clock: () => 'method.inPerson',
  'crisis-web': () => 'method.phone',
  journalist: (inject) => (inject.variant === 1 ? 'method.email' : 'method.phone'),
  escalation: () => 'method.inPerson',
};

export function fromText(inject: Inject, s: (key: PackKey) => string): string {
  switch (inject.kind) {
    case 'start': return s('from.monitoring');
    case 'supplier': return inject.contact?.name ?? inject.contact?.id ?? '';
    case 'crisis-web': return s('from.customerService');
    case 'journalist': return s('from.journalist');
    default: return s('from.control');
  }
}

export function message(inject: Inject, input: PackInput, s: (key: PackKey, values?: Record<string, string | number>) => string, hours: (m: number) => string, name: (id: string | undefined) => string): string {
  const { plan, playbook } = input;
  switch (inject.kind) {
    case 'start':
      return playbook.trigger !== undefined ? s('start.message', { trigger: playbook.trigger.trim() }) : s('start.noTrigger', { playbook: playbook.title ?? playbook.id ?? '' });
    case 'owner-away':
      return s(`owner-away.${inject.variant}` as PackKey, { name: inject.contact?.name ?? inject.contact?.id ?? '' });
    case 'supplier': {
      const reach = inject.contact?.phone ?? inject.contact?.email;
      return s(`supplier.${inject.variant}` as PackKey, { name: inject.contact?.name ?? '', reach: reach !== undefined ? ` (${reach})` : '' });
    }
    case 'clock': {
      const clock = inject.clock!;
      const limit = minutesOf(clock.within) ?? 0;
      const left = hours(Math.max(0, limit - inject.realMinutes));
      return s(`clock.${inject.variant}` as PackKey, {
        elapsed: hours(inject.realMinutes),
        title: clock.title ?? '',
        basis: clock.basis !== undefined ? ` (${clock.basis})` : '',
        left,
        within: hours(limit),
        notify: clock.notify !== undefined ? name(clock.notify) : s('clock.notifyUnknown'),
      });
    }
    case 'crisis-web': {
      const url = plan.preparedness.crisis_site?.url;
      return s(`crisis-web.${inject.variant}` as PackKey, { url: url !== undefined ? ` (${url})` : '' });
    }
    case 'journalist': {
      const risk = input.scenario.risks[0]?.title ?? playbook.title ?? '';
      return s(`journalist.${inject.variant}` as PackKey, { org: plan.plan.organization ?? '', risk });
    }
    case 'escalation': {
      const situation = s(`escalation.${inject.variant}` as PackKey);
      return inject.level !== undefined ? `${situation} ${s('escalation.question', levelValues(inject.level))}` : situation;
    }
  }
}

export function note(inject: Inject, input: PackInput, s: (key: PackKey, values?: Record<string, string | number>) => string, name: (id: string | undefined) => string): string | undefined {
  if (inject.kind === 'owner-away') {
    const absent = inject.contact?.name ?? '';
    return inject.deputy ? s('owner-away.deputy', { deputy: inject.deputy.name ?? inject.deputy.id ?? '', name: absent }) : s('owner-away.alone', { name: absent });
  }
  if (inject.kind === 'supplier') {
    const contact = inject.contact as Contact;
    const other = contact.phone !== undefined && contact.email !== undefined && inject.variant !== 2 ? contact.email : undefined;
    return other !== undefined ? s('supplier.other', { other }) : s('supplier.escalate');
  }
  if (inject.kind === 'crisis-web' && input.playbook.id !== undefined && input.plan.preparedness.crisis_site?.messages?.[input.playbook.id] !== undefined) return s('expected.message');
  void name;
  return undefined;
}

export function levelValues(level: Level): { level: string; id: string } {
  const title = level.title ?? level.id ?? '';
  return { level: title, id: level.id !== undefined && level.id !== title ? ` (${level.id})` : '' };
}

/** What the team is expected to do when the escalation comes: the next level, its criteria, who declares it, who is convened, where they meet. */
