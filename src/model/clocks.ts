import { basisOf, jurisdictionOf, loadObligations, obligationById, WITHOUT_UNDUE_DELAY, type Lang, type Localized, type Obligation, type StartEvent } from './obligations.js';
import type { Clock, Plan, Playbook } from './plan.js';

// Kept apart from deadlines.ts, which computes times with Luxon: the rules and the handbook need only what each
// clock is, and validate should not load a date-time library to know it.

/** A playbook's clock with the catalogue filled in. */
export interface ResolvedClock {
  /** position in playbook.clocks */
  index: number;
  /** the clock's id: its own, else its obligation id, else `clock-<n>` */
  id: string;
  obligation?: Obligation;
  title: string;
  /** the time allowed (`72 hours`), or undefined for a duty "without undue delay" with no number */
  within?: string;
  from: StartEvent;
  /** the clock id whose sending starts this one */
  after?: string;
  /** a second limit from awareness */
  notLaterThan?: string;
  /** contact id from the plan */
  notify?: string;
  basis?: string;
  /** true only for a clock that names a catalogue obligation: everything else is an internal target */
  statutory: boolean;
  condition?: string;
  note?: string;
}

function localized(text: Localized | undefined, lang: Lang): string | undefined {
  return text === undefined ? undefined : text[lang];
}

function startOf(clock: Clock, obligation: Obligation | undefined): StartEvent {
  if (clock.after !== undefined) return 'after';
  if (clock.from !== undefined) return clock.from === 'detection' ? 'awareness' : clock.from;
  return obligation?.from ?? 'awareness';
}

/** What each clock of a playbook is: title, limit, start, recipient and basis, from the plan or the catalogue. */
export function resolveClocks(plan: Plan, playbook: Playbook, lang: Lang = plan.plan.language ?? 'en', catalogue = loadObligations()): ResolvedClock[] {
  const jurisdiction = jurisdictionOf(plan);
  const resolved = playbook.clocks.map((clock, index): ResolvedClock => {
    const obligation = obligationById(clock.obligation, catalogue);
    const catalogueWithin = obligation && obligation.within !== WITHOUT_UNDUE_DELAY ? obligation.within : undefined;
    return {
      index,
      id: clock.id ?? clock.obligation ?? `clock-${index + 1}`,
      obligation,
      title: clock.title ?? (obligation ? obligation.title[lang] : ''),
      within: clock.within ?? catalogueWithin,
      from: startOf(clock, obligation),
      after: clock.after,
      notLaterThan: clock.not_later_than ?? obligation?.not_later_than,
      notify: clock.notify,
      basis: clock.basis ?? (obligation ? basisOf(obligation, lang, jurisdiction, catalogue) : undefined),
      statutory: obligation !== undefined,
      condition: localized(obligation?.condition, lang),
      note: localized(obligation?.note, lang),
    };
  });
  // a catalogue chain (final report after the notification) follows the plan's clock for that obligation
  for (const clock of resolved) {
    const after = clock.obligation?.after;
    if (clock.after === undefined && clock.from === 'after' && after !== undefined) {
      clock.after = resolved.find((other) => other.obligation?.id === after)?.id ?? after;
    }
  }
  return resolved;
}
