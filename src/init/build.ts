import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { defaultConfig } from '../config/types.js';
import { isPlaceholder, PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE } from '../rules/placeholder.js';
import type { InitAnswers, Person } from './answers.js';
import { localize, type Lang, type Scenario, type ScenarioContact } from './catalogue.js';
import { words } from '../i18n/index.js';
import { authorityContact, buildClocks, policeOf } from './clocks.js';
import { regimeApplies } from '../model/obligations.js';

export interface PlanInput {
  answers: InitAnswers;
  catalogue: readonly Scenario[];
  /** YYYY-MM-DD: the plan's review date and the start of every routine */
  today: string;
  /** where the `yaml-language-server` modeline points: a relative path or a URL */
  schema: string;
}

const LINE_WIDTH = 100;
/** Values longer than this are written as folded blocks (`>-`): prose reads better there than in quotes. */
const FOLD_AT = 72;
const CONTACT_ORDER = ['staff', 'supplier', 'authority', 'other'];

/** The text of a new plan, krisplan.yaml, from the answers: pure, so every scenario × language can be tested. */
export function buildPlanYaml({ answers, catalogue, today, schema }: PlanInput): string {
  const lang = answers.language;
  const strings = words(lang).plan;
  const chosen = catalogue.filter((scenario) => answers.scenarios.includes(scenario.id));
  const lead = answers.owner.id;
  const deputy = answers.deputy.id;
  const organization = isPlaceholder(answers.organization) ? undefined : answers.organization;
  const service = isPlaceholder(answers.service) ? undefined : answers.service;
  const built = buildClocks(chosen, answers);
  // controllers only for a processor; the police of the jurisdiction when the catalogue knows them
  const police = policeOf(answers.jurisdiction);
  const scenarioContacts = mergeContacts(chosen).filter((contact) => contact.id !== 'controllers' || built.used.has(contact.id));
  // a regime that does not apply where the organisation is established is left out (NIS2 in the UK)
  const applying = answers.regimes.filter((id) => regimeApplies(id, answers.jurisdiction).applies);
  const regimes = applying.map((id) => (id === 'gdpr' ? { id, role: answers.gdprRoles.length === 1 ? answers.gdprRoles[0] : answers.gdprRoles } : id));

  const staff = (person: Person, deputyId: string) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    type: 'staff',
    ...(organization ? { organization } : {}),
    phone: person.phone,
    email: person.email,
    availability: strings.availability,
    deputy: deputyId,
    // no verified: typing details into the wizard is not confirming them with the person (a TODO comment says so)
  });

  const plan = {
    krisplan: 1,
    plan: {
      title: strings.planTitle(service),
      organization: answers.organization,
      owner: lead,
      language: lang,
      jurisdiction: answers.jurisdiction,
      regimes,
      reviewed: today,
      review_every: '1 year',
    },
    contacts: [
      staff(answers.owner, deputy),
      staff(answers.deputy, lead),
      // the crisis web needs someone customers may call or write to
      {
        id: strings.customerService.id,
        name: strings.customerService.name,
        role: strings.customerService.role,
        type: 'staff',
        ...(organization ? { organization } : {}),
        phone: PLACEHOLDER_PHONE,
        email: PLACEHOLDER_EMAIL,
        availability: strings.customerService.availability,
        public: true,
      },
      ...[...scenarioContacts.map((contact) => (contact.id === 'police' && police ? { ...authorityContact(police, lang), id: 'police' } : scenarioContact(contact, lang))), ...built.authorities].sort(
        (a, b) => CONTACT_ORDER.indexOf(a.type) - CONTACT_ORDER.indexOf(b.type),
      ),
    ],
    // who receives the first alarm and who may declare a crisis: the crisis lead, with the deputy called in
    activation: {
      entry_point: lead,
      levels: [{ id: 'crisis', title: strings.activation.title, criteria: [strings.activation.criteria], declared_by: [lead, deputy], convene: [lead, deputy], rhythm: '2 hours' }],
      stand_down: [strings.activation.standDown],
    },
    risks: chosen.map((scenario) => ({
      id: scenario.id,
      title: scenario.risk.title[lang],
      category: scenario.risk.category,
      description: scenario.risk.description[lang],
      severity: scenario.risk.severity,
      likelihood: scenario.risk.likelihood,
      owner: lead,
      mitigations: scenario.risk.mitigations[lang],
      playbook: scenario.id,
    })),
    preparedness: {
      crisis_site: {
        url: answers.crisisSite.url,
        hosting: answers.crisisSite.hosting,
        owner: deputy,
        test_every: '6 months',
        messages: Object.fromEntries(chosen.map((scenario) => [scenario.id, scenario.message[lang]])),
      },
      backups: [{ id: strings.backup.id, system: strings.backup.system, frequency: 'daily', owner: deputy, test_every: '3 months' }],
      training: [
        {
          id: strings.training.id,
          topic: strings.training.topic(chosen[0]?.playbook.title[lang]),
          audience: strings.training.audience,
          owner: lead,
          every: '1 year',
        },
      ],
    },
    playbooks: chosen.map((scenario) => ({
      id: scenario.id,
      title: scenario.playbook.title[lang],
      trigger: scenario.playbook.trigger[lang],
      owner: lead,
      ...((built.clocks.get(scenario.id) ?? []).length > 0 ? { clocks: built.clocks.get(scenario.id) } : {}),
      steps: scenario.playbook.steps.filter((step) => step.regime === undefined || applying.includes(step.regime)).map((step) => ({
        action: step.action[lang],
        owner: step.owner === 'lead' ? lead : deputy,
        within: step.within,
        ...(step.notes ? { notes: step.notes[lang] } : {}),
      })),
    })),
    evaluations: [],
  };

  const document = new Document(plan);
  document.commentBefore = comment(`yaml-language-server: $schema=${schema}\n\n${strings.header(organization, today)}`);
  const root = document.contents as YAMLMap;
  const { comments } = strings;
  annotate(root, { plan: comments.plan, contacts: comments.contacts, activation: strings.activation.comment, risks: comments.risks, preparedness: comments.preparedness, playbooks: comments.playbooks, evaluations: comments.evaluations });
  annotate(root.get('preparedness') as YAMLMap, { crisis_site: comments.crisisSite, backups: comments.backups, training: comments.training });
  for (const list of ['contacts', 'risks', 'playbooks']) separateItems(root.get(list));
  // init certifies nothing nobody did: the dates of tests, training and verification stay unset, with a TODO where each goes
  annotate(root.get('plan') as YAMLMap, { reviewed: comments.reviewed }, true);
  const contacts = root.get('contacts') as YAMLSeq<YAMLMap>;
  for (const contact of contacts.items.slice(0, 2)) annotate(contact, { deputy: comments.verified }, true);
  const preparedness = root.get('preparedness') as YAMLMap;
  annotate(preparedness.get('crisis_site') as YAMLMap, { test_every: comments.tested }, true);
  annotate((preparedness.get('backups') as YAMLSeq<YAMLMap>).items[0]!, { test_every: comments.restoreTested }, true);
  annotate((preparedness.get('training') as YAMLSeq<YAMLMap>).items[0]!, { every: comments.held }, true);
  foldProse(document);
  return document.toString({ lineWidth: LINE_WIDTH });
}

/** krisplan.config.yaml beside the plan: the plan to check, and the defaults spelt out so they are easy to change. */
export function buildConfigYaml(schema: string): string {
  const defaults = defaultConfig();
  const document = new Document({
    plans: ['krisplan.yaml'],
    rules: { placeholder: 'warning' },
    risk: defaults.risk,
    intervals: defaults.intervals,
  });
  document.commentBefore = comment(`yaml-language-server: $schema=${schema}\n\nkrisplan configuration: used by every krisplan command run in this folder or below it.`);
  annotate(document.contents as YAMLMap, {
    plans: 'The plans `krisplan validate` checks when given no paths (relative to this file).',
    rules: 'Rule severities: off, warning or error. Once the plan is filled in, make placeholder an error\nso that no TODO gets past CI.',
    risk: 'The risk scale (severity and likelihood 1..scale) and the lowest score of each level.',
    intervals: 'How often things are reviewed, verified, tested or held when the plan does not say.',
  });
  return document.toString({ lineWidth: LINE_WIDTH });
}

/** Contacts of the chosen scenarios, each id once (the files give a party the same id and details everywhere). */
function mergeContacts(scenarios: readonly Scenario[]): ScenarioContact[] {
  const byId = new Map<string, ScenarioContact>();
  for (const scenario of scenarios) for (const contact of scenario.contacts) if (!byId.has(contact.id)) byId.set(contact.id, contact);
  // suppliers before authorities: the order in which a crisis team usually calls them
  return [...byId.values()].sort((a, b) => CONTACT_ORDER.indexOf(a.type) - CONTACT_ORDER.indexOf(b.type));
}

function scenarioContact(contact: ScenarioContact, lang: Lang) {
  const optional = (key: 'organization' | 'phone' | 'email' | 'availability') => (contact[key] === undefined ? {} : { [key]: localize(contact[key], lang) });
  return {
    id: contact.id,
    name: localize(contact.name, lang),
    role: localize(contact.role, lang),
    type: contact.type,
    ...optional('organization'),
    ...optional('phone'),
    ...optional('email'),
    ...optional('availability'),
  };
}

/** A YAML comment: every line gets a space after its `#`. */
function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');
}

/** A comment above each named key of `map`, with a blank line before it unless it is the first key (or `tight`). */
function annotate(map: YAMLMap, comments: Record<string, string>, tight = false): void {
  (map.items as Pair[]).forEach((item, i) => {
    if (!isPair(item) || !isScalar(item.key)) return;
    const text = comments[String(item.key.value)];
    if (text === undefined) return;
    item.key.commentBefore = comment(text);
    item.key.spaceBefore = i > 0 && !tight;
  });
}

function foldProse(document: Document): void {
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.length > FOLD_AT) pair.value.type = Scalar.BLOCK_FOLDED;
    },
  });
}

/** A blank line between the items of a list of mappings, so each contact, risk and playbook stands apart. */
function separateItems(list: unknown): void {
  if (!isSeq(list)) return;
  list.items.forEach((item, i) => {
    if (i > 0 && isMap(item)) item.spaceBefore = true;
  });
}
