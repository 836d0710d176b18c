import { PLACEHOLDER_EMAIL, PLACEHOLDER_PHONE } from '../rules/placeholder.js';
import { defaultAnswers, reservedContactIds, type InitAnswers, type Person, type Preset } from './answers.js';
import type { Lang, Scenario } from './catalogue.js';
import { checkEmail, checkId, checkPhone, checkText, checkUrl, idFromName, type Check } from './checks.js';
import { LANGS, words } from '../i18n/index.js';

/** The @inquirer/prompts functions the wizard uses; tests pass the same prompts driven by @inquirer/testing. */
import type { GdprRole, RegimeId } from '../model/obligations.js';

export type Prompts = Pick<typeof import('@inquirer/prompts'), 'input' | 'select' | 'checkbox' | 'confirm'>;

export const INTRO = [
  'krisplan init writes a first crisis plan from your answers.',
  'Press Enter to take the answer in brackets; anything you skip is marked TODO in the plan',
  'for you to fill in later. Ctrl-C stops without writing anything.',
  '',
].join('\n');

/** Asks every question the preset does not answer; every question has a default, so Enter all the way gives a valid plan. */
const ROLE_CHOICES: Record<'controller' | 'processor' | 'both', GdprRole[]> = { controller: ['controller'], processor: ['processor'], both: ['controller', 'processor'] };

export async function askAnswers(prompts: Prompts, preset: Preset, catalogue: readonly Scenario[], systemLang: Lang): Promise<InitAnswers> {
  const ask = async (message: string, fallback: string, validate: Check) => (await prompts.input({ message, default: fallback, validate })).trim();

  const language =
    preset.language ??
    (await prompts.select<Lang>({
      message: 'Language of the plan and its handbook',
      choices: LANGS.map((lang) => ({ name: `${words(lang).name} (${lang})`, value: lang })),
      default: systemLang,
    }));
  const strings = words(language).plan;
  const defaults = defaultAnswers(language, preset, catalogue);
  const organization = preset.organization ?? (await ask('Organisation', defaults.organization, checkText));
  const service = await ask('Service the plan is for (e.g. Web shop, Customer app)', defaults.service, checkText);

  const person = async (role: { who: string; introduction: string; fallback: Person; fallbackId: string; taken: Set<string>; given: Partial<Person> }): Promise<Person> => {
    const { who, fallback, given } = role;
    const name = given.name ?? (await ask(`${role.introduction}: name`, fallback.name, checkText));
    return {
      id: await ask(`${who}: id, used in owner: fields`, idFromName(name, role.taken, role.fallbackId), checkId(role.taken)),
      name,
      role: await ask(`${who}: role`, fallback.role, checkText),
      phone: given.phone ?? (await ask(`${who}: phone`, PLACEHOLDER_PHONE, checkPhone)),
      email: given.email ?? (await ask(`${who}: e-mail`, PLACEHOLDER_EMAIL, checkEmail)),
    };
  };
  const taken = reservedContactIds(catalogue);
  const owner = await person({
    who: 'Crisis lead',
    introduction: 'Crisis lead, who owns the plan',
    fallback: defaults.owner,
    fallbackId: strings.lead.id,
    taken,
    given: { name: preset.ownerName, phone: preset.phone, email: preset.email },
  });
  const deputy = await person({
    who: 'Deputy',
    introduction: 'Deputy, who stands in for the crisis lead and owns the technical steps',
    fallback: defaults.deputy,
    fallbackId: strings.deputy.id,
    taken: new Set([...taken, owner.id]),
    given: {},
  });

  const scenarios =
    preset.scenarios ??
    (await prompts.checkbox<string>({
      message: 'Crisis scenarios to plan for (Space toggles, Enter confirms)',
      choices: catalogue.map((scenario) => ({ name: scenario.title[language], value: scenario.id, checked: defaults.scenarios.includes(scenario.id), description: scenario.summary[language] })),
      required: true,
      pageSize: catalogue.length,
    }));
  const url = await ask('Crisis web address (a static page on separate hosting)', defaults.crisisSite.url, checkUrl);
  const hosting = await ask('Crisis web hosting (who hosts it, apart from the service)', defaults.crisisSite.hosting, checkText);
  const writeConfig = preset.writeConfig ?? (await prompts.confirm({ message: 'Also write krisplan.config.yaml (rule severities, intervals)?', default: defaults.writeConfig }));

  // where the organisation is established decides the authorities; the language only suggests it, and says so
  const jurisdiction =
    preset.jurisdiction ??
    (await ask(
      `Country of establishment, two letters (suggested from the language: ${defaults.jurisdiction}; it decides the authorities, not the language)`,
      defaults.jurisdiction,
      (value) => (/^[A-Za-z]{2}$/.test(value.trim()) ? true : 'a two-letter country code such as se, fi, de or gb'),
    )).toLowerCase();
  const regimes =
    preset.regimes ??
    (await prompts.checkbox<RegimeId>({
      message: 'Notification regimes the organisation falls under (Space toggles, Enter confirms)',
      choices: [
        { name: 'GDPR – personal data breaches', value: 'gdpr', checked: defaults.regimes.includes('gdpr') },
        { name: 'NIS2 – significant incidents of an essential or important entity (national law)', value: 'nis2', checked: defaults.regimes.includes('nis2') },
        { name: 'DORA – major ICT-related incidents of a financial entity', value: 'dora', checked: defaults.regimes.includes('dora') },
        { name: 'CRA – exploited vulnerabilities and severe incidents of a product manufacturer', value: 'cra', checked: defaults.regimes.includes('cra') },
      ],
      required: true,
    }));
  const gdprRoles =
    preset.gdprRoles ??
    (regimes.includes('gdpr')
      ? ROLE_CHOICES[
          await prompts.select<keyof typeof ROLE_CHOICES>({
            message: 'GDPR role for the service',
            choices: [
              { name: 'Controller – we decide why and how personal data is processed', value: 'controller' },
              { name: 'Processor – we process personal data on behalf of our customers', value: 'processor' },
              { name: 'Both – controller of our own data, processor of our customers’', value: 'both' },
            ],
            default: 'controller',
          })
        ]
      : defaults.gdprRoles);

  return { language, organization, service, owner, deputy, scenarios, crisisSite: { url, hosting }, writeConfig, jurisdiction, regimes, gdprRoles };
}
