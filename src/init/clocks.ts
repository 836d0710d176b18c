/**
 * The clocks init writes: the scenario's obligations that the plan's regimes and role owe (and that apply in its
 * jurisdiction), each naming the jurisdiction's authority, and its internal targets. The authorities come from the
 * obligations catalogue, never from the language: `--lang en --jurisdiction se` notifies IMY.
 */
import { PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE } from '../rules/placeholder.js';
import { authorityFor, loadObligations, obligationById, regimeApplies, type Authority, type Obligation } from '../model/obligations.js';
import { words } from '../i18n/index.js';
import type { InitAnswers } from './answers.js';
import type { Lang, Scenario, ScenarioClock } from './catalogue.js';

export interface InitContact {
  id: string;
  name: string;
  role: string;
  type: 'authority' | 'other';
  phone?: string;
  email?: string;
  url?: string;
  availability?: string;
}

/** The police of the jurisdiction, when the catalogue knows them (no statutory deadline: an internal target). */
export function policeOf(jurisdiction: string): Authority | undefined {
  return loadObligations().jurisdictions[jurisdiction]?.authorities.find((a) => a.receives.includes('police'));
}

/**
 * The plan contact for a catalogue authority. One whose phone and e-mail the catalogue could not confirm (the CRA
 * coordinator) gets the placeholder pair, so the plan is valid and `placeholder` asks for the real ones.
 */
export function authorityContact(authority: Authority, lang: Lang): InitContact {
  const reachable = Boolean(authority.phone || authority.email);
  return {
    id: authority.id,
    name: authority.name[lang],
    role: authority.role[lang],
    type: 'authority',
    ...(authority.phone ? { phone: authority.phone } : reachable ? {} : { phone: PLACEHOLDER_PHONE }),
    ...(authority.email ? { email: authority.email } : reachable ? {} : { email: PLACEHOLDER_EMAIL }),
    ...(authority.url ? { url: authority.url } : {}),
    ...(authority.availability ? { availability: authority.availability[lang] } : {}),
  };
}

function placeholderAuthority(kind: string, lang: Lang): InitContact {
  return { id: kind, name: words(lang).plan.authorities[kind] ?? `TODO: ${kind}`, role: kind, type: 'authority', phone: PLACEHOLDER_PHONE, email: PLACEHOLDER_EMAIL };
}

/** Whether the plan owes this obligation: its regime declared, the role held, and the regime applying in the jurisdiction. */
export function isOwed(obligation: Obligation, answers: Pick<InitAnswers, 'regimes' | 'gdprRoles' | 'jurisdiction'>): boolean {
  if (!answers.regimes.includes(obligation.regime)) return false;
  if (obligation.role !== undefined && !answers.gdprRoles.includes(obligation.role)) return false;
  return regimeApplies(obligation.regime, answers.jurisdiction).applies;
}

export interface BuiltClocks {
  /** the clocks of each chosen scenario, as plan data */
  clocks: Map<string, Record<string, unknown>[]>;
  /** authority contacts the clocks notify (the jurisdiction's, or placeholders), each once */
  authorities: InitContact[];
  /** scenario contact ids the clocks use (police, controllers …) */
  used: Set<string>;
}

export function buildClocks(chosen: readonly Scenario[], answers: InitAnswers): BuiltClocks {
  const catalogue = loadObligations();
  const lang = answers.language;
  const authorities = new Map<string, InitContact>();
  const used = new Set<string>();
  const clocks = new Map<string, Record<string, unknown>[]>();
  for (const scenario of chosen) {
    const list: Record<string, unknown>[] = [];
    for (const clock of scenario.playbook.clocks ?? ([] as ScenarioClock[])) {
      if (clock.obligation === undefined) {
        const notify = clock.notify;
        if (notify !== undefined) used.add(notify);
        list.push({ title: clock.title?.[lang] ?? '', within: clock.within, ...(clock.from ? { from: clock.from } : {}), ...(notify ? { notify } : {}) });
        continue;
      }
      const obligation = obligationById(clock.obligation, catalogue);
      if (!obligation || !isOwed(obligation, answers)) continue;
      let notify = clock.notify;
      if (notify !== undefined) used.add(notify);
      else if (['dpa', 'csirt', 'financial-supervisor', 'cra-coordinator'].includes(obligation.recipient)) {
        const authority = authorityFor(obligation, answers.jurisdiction, catalogue);
        const contact = authority ? authorityContact(authority, lang) : placeholderAuthority(obligation.recipient, lang);
        authorities.set(contact.id, contact);
        notify = contact.id;
      }
      list.push({ obligation: obligation.id, ...(notify ? { notify } : {}) });
    }
    clocks.set(scenario.id, list);
  }
  return { clocks, authorities: [...authorities.values()], used };
}
