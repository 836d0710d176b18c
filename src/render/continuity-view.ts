/**
 * The parts of the view model that come from the continuity keys: services with their recovery objectives,
 * a playbook's clocks and exercises, and the residual rating of a risk. They judge as the continuity rules do
 * (src/model/continuity.ts), so the handbook marks what `validate` reports.
 */
import type { Config } from '../config/types.js';
import { frequencyMinutes, lastExercised, minutesOf, playbookLevel } from '../model/continuity.js';
import { resolveClocks } from '../model/clocks.js';
import { addDuration, parseDuration, type DayNumber } from '../model/dates.js';
import type { Plan, Playbook, Risk, Service } from '../model/plan.js';
import { scoreRisk } from '../model/scoring.js';
import { dateView, durationText, durationWords, frequencyText, shortDurationText, translate, type Lang } from '../i18n/index.js';
import type { ClockView, ExerciseView, PersonView, PlaybookRefView, ResidualView, ServiceRefView, ServiceView, SheetDeadlineView, SheetPlaybookRef, StatusView, WarningView } from './view.js';
import { smallest } from '../util/list.js';

/** What the rest of the view model already knows, shared with these parts. */
export interface ViewContext {
  plan: Plan;
  config: Config;
  today: DayNumber;
  lang: Lang;
  /** a contact id as a PersonView (an unknown id as one with `isKnown: false`) */
  person: (id: string | undefined) => PersonView | undefined;
  hasContact: (id: string) => boolean;
  /** a routine item's StatusView */
  status: (item: string, last: string | undefined) => StatusView;
  /** the warnings placed at an item */
  at: (pointer: string) => WarningView[];
  playbookRef: (id: string | undefined) => PlaybookRefView | undefined;
}

export function continuityViews(context: ViewContext) {
  const { plan, config, today, lang, person } = context;
  const words = (value: string | undefined) => durationWords(value, lang);

  const servicesById = new Map<string, { index: number; service: Service }>();
  plan.services.forEach((service, index) => {
    if (service.id !== undefined && !servicesById.has(service.id)) servicesById.set(service.id, { index, service });
  });
  const serviceRef = (id: string): ServiceRefView | undefined => {
    const found = servicesById.get(id);
    if (!found) return undefined;
    return { id, anchor: `service-${found.index + 1}`, title: found.service.title ?? id, rto: words(found.service.rto), rpo: words(found.service.rpo) };
  };
  const serviceRefs = (ids: readonly string[]) => ids.map(serviceRef).filter((ref): ref is ServiceRefView => ref !== undefined);

  /** A playbook's clocks: statutory duties first, then internal targets; each group soonest first, "without undue delay" (no number) after the timed ones. */
  const clocks = (playbook: Playbook): ClockView[] => orderedClocks(playbook).map(({ view }) => view);

  /**
   * Every deadline of the listed playbooks once, for the first-hour sheet: statutory duties first, then internal
   * targets, each soonest first, with the playbooks it belongs to (a NIS2 duty shared by five playbooks is one row).
   */
  const sheetDeadlines = (playbooks: readonly { playbook: Playbook; ref: SheetPlaybookRef }[]): { statutory: SheetDeadlineView[]; internal: SheetDeadlineView[] } => {
    const rows = new Map<string, { row: SheetDeadlineView; statutory: boolean; minutes: number }>();
    for (const { playbook, ref } of playbooks) {
      for (const { view, statutory, minutes } of orderedClocks(playbook)) {
        const key = JSON.stringify([view.statutory, view.title, view.within, view.fromText, view.notLaterThan, view.notify?.id]);
        const found = rows.get(key);
        if (found) {
          if (!found.row.playbooks.some((p) => p.anchor === ref.anchor)) found.row.playbooks.push(ref);
        } else rows.set(key, { row: { ...view, playbooks: [ref], playbookNumbers: '' }, statutory, minutes });
      }
    }
    const sorted = [...rows.values()].sort((a, b) => a.minutes - b.minutes);
    for (const { row } of sorted) row.playbookNumbers = numberRuns(row.playbooks.map((p) => p.number));
    return { statutory: sorted.filter((r) => r.statutory).map(({ row }) => row), internal: sorted.filter((r) => !r.statutory).map(({ row }) => row) };
  };

  const orderedClocks = (playbook: Playbook): { view: ClockView; statutory: boolean; minutes: number }[] => {
    const resolved = resolveClocks(plan, playbook, lang);
    const minutes = (clock: (typeof resolved)[number], depth = 0): number => {
      const own = clock.within === undefined ? 0 : minutesOf(clock.within) ?? Infinity;
      if (clock.within === undefined) return Number.MAX_SAFE_INTEGER;
      if (clock.from !== 'after' || depth > resolved.length) return own;
      const before = resolved.find((other) => other.id === clock.after);
      return (before ? Math.min(minutes(before, depth + 1), Number.MAX_SAFE_INTEGER / 2) : 0) + own;
    };
    const fromText = (clock: (typeof resolved)[number]): string => {
      if (clock.from === 'after') {
        const before = resolved.find((other) => other.id === clock.after);
        return translate(lang, 'clock.after', { title: before?.title || clock.after || '' });
      }
      if (clock.from === 'activation') return translate(lang, 'clock.from.activation');
      if (clock.from === 'classification') return translate(lang, 'clock.from.classification');
      if (clock.from === 'fix-available') return translate(lang, 'clock.from.fixAvailable');
      return translate(lang, 'clock.from.detection');
    };
    return resolved
      .map((clock) => {
        const within = parseDuration(clock.within);
        const second = parseDuration(clock.notLaterThan);
        const view: ClockView = {
          title: clock.title,
          within: within ? durationText(within, lang) : clock.within === undefined ? translate(lang, 'clock.undueDelay') : clock.within,
          withinShort: within ? shortDurationText(within, lang) : clock.within,
          from: clock.from,
          fromText: fromText(clock),
          statutory: clock.statutory,
          kindText: translate(lang, clock.statutory ? 'clock.statutory' : 'clock.internal'),
          ...(second ? { notLaterThan: translate(lang, 'clock.notLaterThan', { time: shortDurationText(second, lang) }) } : {}),
          notify: person(clock.notify),
          basis: clock.basis,
        };
        return { view, statutory: clock.statutory, minutes: minutes(clock) };
      })
      .sort((a, b) => Number(b.statutory) - Number(a.statutory) || a.minutes - b.minutes);
  };

  // as the unexercised rule judges: every plan's playbooks for high and critical risks are held to the interval
  const exerciseEvery = parseDuration(config.intervals.exercise);
  const exercise = (playbook: Playbook): ExerciseView => {
    const level = playbookLevel(plan, playbook.id, config);
    const last = lastExercised(plan, playbook);
    const view: ExerciseView = { last: last === undefined ? undefined : dateView(last, lang), isStale: false, daysOverdue: 0, isRequired: false };
    if (!exerciseEvery || (level !== 'high' && level !== 'critical')) return view;
    view.isRequired = true;
    view.every = durationText(exerciseEvery, lang);
    // never exercised: overdue, with no date to count from
    if (last === undefined) return { ...view, isStale: true };
    const due = addDuration(last, exerciseEvery);
    view.due = dateView(due, lang);
    view.daysOverdue = Math.max(0, today - due);
    view.isStale = view.daysOverdue > 0;
    return view;
  };

  const residual = (risk: Risk): ResidualView | undefined => {
    const rating = risk.residual;
    const scored = rating && scoreRisk(rating, config);
    if (!rating || !scored) return undefined;
    return { severity: rating.severity!, likelihood: rating.likelihood!, ...scored, levelText: translate(lang, `level.${scored.level}`) };
  };

  const services = (): ServiceView[] =>
    plan.services.map((service, index) => {
      const rpo = minutesOf(service.rpo);
      const rto = minutesOf(service.rto);
      const protecting = plan.preparedness.backups
        .map((backup, i) => ({ backup, i }))
        .filter(({ backup }) => service.id !== undefined && backup.services?.includes(service.id) === true);
      const frequencies = protecting.map(({ backup }) => frequencyMinutes(backup.frequency)).filter((m): m is number => m !== undefined);
      // as the rpo-backup rule judges: the service is covered when its most frequent backup is within the RPO
      // (a frequency in words krisplan cannot read may be often enough: backup-frequency warns, nothing is marked)
      const isUnreadable = protecting.some(({ backup }) => backup.frequency !== undefined && frequencyMinutes(backup.frequency) === undefined);
      const isRpoMissed = rpo !== undefined && !isUnreadable && frequencies.length > 0 && smallest(frequencies)! > rpo;
      const dependsOn = service.depends_on ?? [];
      return {
        id: service.id ?? '',
        anchor: `service-${index + 1}`,
        title: service.title ?? service.id ?? '',
        owner: person(service.owner),
        rto: words(service.rto),
        rpo: words(service.rpo),
        // an id names a contact first, as the rules read it
        dependsOnContacts: dependsOn.filter((id) => context.hasContact(id) || !servicesById.has(id)).map((id) => person(id)!),
        dependsOnServices: serviceRefs(dependsOn.filter((id) => !context.hasContact(id))),
        backups: protecting.map(({ backup, i }) => {
          const frequency = frequencyMinutes(backup.frequency);
          const took = minutesOf(backup.restore_took);
          return {
            id: backup.id ?? '',
            system: backup.system,
            frequency: backup.frequency === undefined ? undefined : frequencyText(backup.frequency, lang),
            restoreTested: context.status(`/preparedness/backups/${i}`, backup.restore_tested),
            restoreTook: words(backup.restore_took),
            isTooRare: isRpoMissed && frequency !== undefined && frequency > rpo,
            isTooSlow: rto !== undefined && took !== undefined && took > rto,
          };
        }),
        playbooks: plan.playbooks
          .filter((playbook) => service.id !== undefined && playbook.services?.includes(service.id) === true)
          .map((playbook) => context.playbookRef(playbook.id))
          .filter((ref): ref is PlaybookRefView => ref !== undefined),
        warnings: context.at(`/services/${index}`),
      };
    });

  return { serviceRefs, clocks, sheetDeadlines, exercise, residual, services };
}

/** Ascending numbers with runs of three or more shortened: [1, 2, 3, 4, 6] → "1–4, 6". */
export function numberRuns(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
