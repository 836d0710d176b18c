import { terminal } from '../util/controls.js';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE } from '../engine/config.js';
import { KrisplanError } from '../errors.js';
import { defaultAnswers, parseJurisdiction, parseRegimeList, parseRoleList, parseScenarioList, systemLanguage, type InitAnswers, type Preset } from '../init/answers.js';
import { buildConfigYaml, buildPlanYaml } from '../init/build.js';
import { loadCatalogue, type Lang, type Scenario } from '../init/catalogue.js';
import { checkEmail, checkPhone, checkText, type Check } from '../init/checks.js';
import { formatCatalogue } from '../init/list.js';
import { schemaRef } from '../init/schema-ref.js';
import { formatDate } from '../model/dates.js';
import { makeFolder, writeFileAtomic } from '../util/write.js';
import { loadPlan } from '../engine/validate.js';
import { resolveToday } from '../engine/today.js';
import { OK } from './exit-codes.js';

const PLAN_FILE = 'krisplan.yaml';
/** 128 + SIGINT, as shells report a command stopped with Ctrl-C */
const INTERRUPTED = 130;

export interface InitOptions {
  yes?: boolean;
  org?: string;
  owner?: string;
  email?: string;
  phone?: string;
  lang?: Lang;
  scenarios?: string;
  jurisdiction?: string;
  regimes?: string;
  role?: string;
  config?: boolean;
  force?: boolean;
  listScenarios?: boolean;
  today?: string;
}

export async function runInit(dir: string | undefined, options: InitOptions): Promise<number> {
  const catalogue = loadCatalogue();
  const systemLang = options.lang ?? systemLanguage();
  if (options.listScenarios) {
    process.stdout.write(formatCatalogue(catalogue, systemLang));
    return OK;
  }
  const today = formatDate(resolveToday(options.today).today);
  const preset = presetFrom(options, catalogue);
  const folder = dir ?? '.';
  const planShown = join(folder, PLAN_FILE);
  const configShown = join(folder, CONFIG_FILE);
  if (!options.force) refuseExisting([planShown, ...(options.config ? [configShown] : [])]);
  if (!options.yes && !process.stdin.isTTY) {
    throw new KrisplanError('init asks questions and needs a terminal; use --yes to take the defaults without asking (and --org, --owner, --email, --phone, --lang, --scenarios, --jurisdiction, --regimes, --role to answer in advance)');
  }

  let answers: InitAnswers;
  if (options.yes) {
    answers = defaultAnswers(systemLang, preset, catalogue);
  } else {
    const [prompts, { askAnswers, INTRO }] = await Promise.all([import('@inquirer/prompts'), import('../init/wizard.js')]);
    process.stdout.write(INTRO);
    try {
      answers = await askAnswers(prompts, preset, catalogue, systemLang);
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') {
        process.stderr.write('krisplan: init cancelled; nothing was written\n');
        return INTERRUPTED;
      }
      throw error;
    }
    if (!options.force && answers.writeConfig) refuseExisting([configShown]);
  }

  const target = resolve(folder);
  makeFolder(target, folder);
  const plan = buildPlanYaml({ answers, catalogue, today, schema: schemaRef(target, 'plan') });
  const todos = checkBuilt(plan, today);
  // written by the paths as shown, so that errors name them as the user gave them
  const replacing = existsSync(planShown);
  writeFileAtomic(planShown, plan, { overwrite: options.force === true });
  if (answers.writeConfig) {
    try {
      writeFileAtomic(configShown, buildConfigYaml(schemaRef(target, 'config')), { overwrite: options.force === true });
    } catch (error) {
      // both files or neither: take back the plan this run created
      if (!replacing) rmSync(planShown, { force: true });
      throw error;
    }
  }
  process.stdout.write(nextSteps(planShown, answers.writeConfig ? configShown : undefined, answers, todos));
  return OK;
}

/** Flags that answer questions in advance, checked as the wizard checks typed answers. */
function presetFrom(options: InitOptions, catalogue: readonly Scenario[]): Preset {
  const checked = (flag: string, value: string | undefined, check: Check): string | undefined => {
    if (value === undefined) return undefined;
    const verdict = check(value);
    if (verdict !== true) throw new KrisplanError(`${flag} ${JSON.stringify(value)} is not valid: ${verdict}`);
    return value.trim();
  };
  return {
    language: options.lang,
    organization: checked('--org', options.org, checkText),
    ownerName: checked('--owner', options.owner, checkText),
    email: checked('--email', options.email, checkEmail),
    phone: checked('--phone', options.phone, checkPhone),
    scenarios: options.scenarios === undefined ? undefined : parseScenarioList(options.scenarios, catalogue),
    writeConfig: options.config ? true : undefined,
    jurisdiction: options.jurisdiction === undefined ? undefined : parseJurisdiction(options.jurisdiction),
    regimes: options.regimes === undefined ? undefined : parseRegimeList(options.regimes),
    gdprRoles: options.role === undefined ? undefined : parseRoleList(options.role),
  };
}

function refuseExisting(paths: string[]): void {
  for (const path of paths) {
    if (existsSync(path)) throw new KrisplanError(`${path} already exists; nothing was written (use --force to replace it)`);
  }
}

/** The new plan must validate with no errors; its placeholder warnings are the user's to-do list. */
function checkBuilt(plan: string, today: string): number {
  const { findings } = loadPlan(plan, { today });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new Error(`the plan init built has ${errors.length} errors, first: ${errors[0]!.rule} ${errors[0]!.message}`);
  return findings.filter((finding) => finding.rule === 'placeholder').length;
}

function nextSteps(plan: string, config: string | undefined, answers: InitAnswers, todos: number): string {
  const quoted = (path: string) => (/^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);
  const count = answers.scenarios.length;
  const lines = [
    '',
    terminal`Wrote ${plan}: ${count} ${count === 1 ? 'risk' : 'risks'} with ${count === 1 ? 'its playbook' : 'playbooks'} (${answers.scenarios.join(', ')}).`,
    ...(config ? [terminal`Wrote ${config}.`] : []),
    `${todos} ${todos === 1 ? 'value is' : 'values are'} marked TODO for you to fill in.`,
    '',
    'Next steps:',
    '  1. Fill in the TODO values; this lists the ones left:',
    terminal`       krisplan validate ${quoted(plan)}`,
    '  2. Read the plan as a printable handbook:',
    terminal`       krisplan render ${quoted(plan)} --out handbook/`,
    '  3. Commit it, and run krisplan validate in CI:',
    terminal`       git add ${[plan, ...(config ? [config] : [])].map(quoted).join(' ')} && git commit -m "Add crisis plan"`,
    '',
  ];
  return lines.join('\n');
}
