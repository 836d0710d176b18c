import * as inquirer from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { defaultAnswers, type Preset } from '../../src/init/answers.js';
import { buildPlanYaml } from '../../src/init/build.js';
import { loadCatalogue } from '../../src/init/catalogue.js';
import { askAnswers, type Prompts } from '../../src/init/wizard.js';
import { loadPlan } from '../../src/engine/validate.js';

// a fresh plan's to-do list: values to fill in, and playbooks for high risks still to exercise
// a fresh plan: its values to fill in, and nothing exercised yet (its high-risk playbooks, and the people, suppliers and deadlines in them)
const TODO_RULES = new Set(['placeholder', 'unexercised', 'exercise-coverage']);

const catalogue = loadCatalogue();
type Screen = Awaited<ReturnType<typeof render>>;

/**
 * Runs the wizard on the real @inquirer/prompts, each rendered by @inquirer/testing: the test takes the questions
 * one at a time as the wizard asks them, reads the screen and presses keys.
 */
function startWizard(preset: Preset = {}, systemLang: 'sv' | 'en' = 'en') {
  const shown: Screen[] = [];
  const waiting: ((screen: Screen) => void)[] = [];
  const drive =
    (prompt: (...args: never[]) => unknown) =>
    async (config: unknown): Promise<unknown> => {
      const screen = await render(prompt as Parameters<typeof render>[0], config as never);
      const waiter = waiting.shift();
      if (waiter) waiter(screen);
      else shown.push(screen);
      return screen.answer;
    };
  const prompts = { input: drive(inquirer.input), select: drive(inquirer.select), checkbox: drive(inquirer.checkbox), confirm: drive(inquirer.confirm) } as unknown as Prompts;
  const answers = askAnswers(prompts, preset, catalogue, systemLang);
  const next = (): Promise<Screen> => {
    const screen = shown.shift();
    return screen ? Promise.resolve(screen) : new Promise((resolve) => waiting.push(resolve));
  };
  return { answers, next };
}

async function type(screen: Screen, text: string) {
  screen.events.type(text);
  screen.events.keypress('enter');
  // validation is asynchronous: let it finish before the screen is read
  await new Promise((resolve) => setImmediate(resolve));
}

describe('the init wizard', () => {
  it('takes the default of every question when Enter is pressed, and that plan validates', async () => {
    const wizard = startWizard({}, 'sv');
    const questions: string[] = [];
    // 17 questions, then country of establishment, regimes and the GDPR role (issue 16)
    for (let i = 0; i < 20; i++) {
      const screen = await wizard.next();
      questions.push(screen.getScreen().split('\n')[0]!);
      screen.events.keypress('enter');
    }
    const answers = await wizard.answers;
    expect(answers).toEqual(defaultAnswers('sv', {}, catalogue));
    expect(questions[0]).toMatch(/Language of the plan/);
    expect(questions[1]).toBe('? Organisation (TODO: organisationens namn)');
    expect(questions[16]).toMatch(/Also write krisplan.config.yaml .*\(y\/N\)/);
    expect(questions[17]).toMatch(/^\? Country of establishment/);
    expect(questions[18]).toMatch(/Notification regimes/);
    expect(questions[19]).toMatch(/GDPR role/);
    const { findings } = loadPlan(buildPlanYaml({ answers, catalogue, today: '2026-11-29', schema: 'x' }), { today: '2026-11-29' });
    expect(findings.filter((f) => !TODO_RULES.has(f.rule))).toEqual([]);
  });

  it('checks answers as they are typed and shows why next to the question', async () => {
    const wizard = startWizard({ language: 'en', organization: 'Acme Ltd' });
    await type(await wizard.next(), 'Web shop');
    await type(await wizard.next(), 'Priya Shah');
    const id = await wizard.next();
    expect(id.getScreen()).toBe('? Crisis lead: id, used in owner: fields (priya)');
    await type(id, 'Not An Id');
    expect(id.getScreen()).toMatch(/> an id is lowercase letters, digits, - and _/);
    for (let i = 0; i < 'Not An Id'.length; i++) id.events.keypress('backspace');
    await type(id, 'hosting');
    expect(id.getScreen()).toMatch(/> "hosting" is already another contact's id; choose another/);
    for (let i = 0; i < 'hosting'.length; i++) id.events.keypress('backspace');
    await type(id, '');
    await type(await wizard.next(), '');
    const phone = await wizard.next();
    await type(phone, 'ask reception');
    expect(phone.getScreen()).toMatch(/> enter a phone number such as \+46 70 123 45 67/);
    for (let i = 0; i < 'ask reception'.length; i++) phone.events.keypress('backspace');
    await type(phone, '+44 7700 900123');
    const email = await wizard.next();
    await type(email, 'priya@');
    expect(email.getScreen()).toMatch(/> enter an e-mail address such as anna@example.se/);
    await type(email, 'example.com');
    await type(await wizard.next(), 'Tom Fletcher');
    const deputyId = await wizard.next();
    await type(deputyId, 'priya');
    expect(deputyId.getScreen()).toMatch(/"priya" is already another contact's id/);
    for (let i = 0; i < 'priya'.length; i++) deputyId.events.keypress('backspace');
    await type(deputyId, '');
    for (let i = 0; i < 3; i++) await type(await wizard.next(), '');

    const scenarios = await wizard.next();
    expect(scenarios.getScreen()).toMatch(/◉ Data breach \/ personal-data breach/);
    scenarios.events.keypress('a'); // all off
    scenarios.events.keypress('enter');
    await new Promise((resolve) => setImmediate(resolve));
    expect(scenarios.getScreen()).toMatch(/At least one choice must be selected/);
    scenarios.events.keypress('space'); // data-breach
    scenarios.events.keypress('down');
    scenarios.events.keypress('down');
    scenarios.events.keypress('space'); // overload
    scenarios.events.keypress('enter');

    const url = await wizard.next();
    await type(url, 'status page');
    expect(url.getScreen()).toMatch(/> enter an http\(s\) address/);
    for (let i = 0; i < 'status page'.length; i++) url.events.keypress('backspace');
    await type(url, 'https://status.example.com');
    await type(await wizard.next(), 'Static page at another provider');
    const config = await wizard.next();
    config.events.type('y');
    config.events.keypress('enter');
    // established in Sweden although the plan is in English; GDPR and NIS2; controller and processor
    await type(await wizard.next(), 'se');
    const regimes = await wizard.next();
    regimes.events.keypress('down');
    regimes.events.keypress('space');
    regimes.events.keypress('enter');
    const role = await wizard.next();
    role.events.keypress('down');
    role.events.keypress('down');
    role.events.keypress('enter');

    expect(await wizard.answers).toEqual({
      language: 'en',
      organization: 'Acme Ltd',
      service: 'Web shop',
      owner: { id: 'priya', name: 'Priya Shah', role: 'Crisis lead', phone: '+44 7700 900123', email: 'priya@example.com' },
      deputy: { id: 'tom', name: 'Tom Fletcher', role: 'Deputy crisis lead, IT and operations', phone: 'TODO +46 00 000 00 00', email: 'todo@example.invalid' },
      scenarios: ['data-breach', 'overload'],
      crisisSite: { url: 'https://status.example.com', hosting: 'Static page at another provider' },
      writeConfig: true,
      jurisdiction: 'se',
      regimes: ['gdpr', 'nis2'],
      gdprRoles: ['controller', 'processor'],
    });
  });

  it('does not ask what the flags already answered', async () => {
    const wizard = startWizard({ language: 'en', organization: 'Acme Ltd', ownerName: 'Priya Shah', email: 'priya@example.com', phone: '+44 7700 900123', scenarios: ['dns'], writeConfig: false, jurisdiction: 'gb', regimes: ['gdpr'], gdprRoles: ['controller'] });
    const questions: string[] = [];
    for (let i = 0; i < 10; i++) {
      const screen = await wizard.next();
      // the screen wraps at 80 columns
      questions.push(screen.getScreen().replace(/\n/g, ''));
      screen.events.keypress('enter');
    }
    const expected = [
      '? Service the plan is for',
      '? Crisis lead: id, used in owner: fields',
      '? Crisis lead: role',
      '? Deputy, who stands in for the crisis lead and owns the technical steps: name',
      '? Deputy: id, used in owner: fields',
      '? Deputy: role',
      '? Deputy: phone',
      '? Deputy: e-mail',
      '? Crisis web address',
      '? Crisis web hosting',
    ];
    expect(questions.map((question, i) => (question.startsWith(expected[i]!) ? expected[i] : question))).toEqual(expected);
    const answers = await wizard.answers;
    expect(answers).toMatchObject({ organization: 'Acme Ltd', scenarios: ['dns'], writeConfig: false, owner: { id: 'priya', phone: '+44 7700 900123' } });
  });
});
