import { Command, Option } from 'commander';
import { KrisplanError as KrisplanUsage } from '../errors.js';
import type { ActionInput } from '../exercise/record.js';
import { FORMATS } from '../report/index.js';
import { parseCount, parseDateOption, parseShard, parseYear } from './options.js';
import { guardOutput, runProgram, withCommon } from './run.js';
import { version } from './version.js';
import { addIncidentCommands } from './incident-commands.js';
import { LANGS } from '../i18n/lang.js';

const debug = process.argv.includes('--debug');

guardOutput();

const program = new Command('krisplan')
  .description('Crisis plans as code: validate, score and render crisis plans kept as YAML in git.')
  .version(version, '-v, --version', 'print the krisplan version')
  .option('--debug', 'show stack traces for internal errors')
  .exitOverride()
  .configureOutput({ outputError: () => {} })
  .showSuggestionAfterError(true)
  .addHelpText('after', `
Examples:
  $ krisplan validate                       check the plans named in krisplan.config.yaml, or all under .
  $ krisplan validate plans/ --format sarif --output krisplan.sarif
  $ krisplan risks examples/webshop.yaml    the risk register with a heat map
  $ krisplan render plans/ --out handbook/  printable handbooks
  $ krisplan init                           write a first plan

Docs: https://github.com/krisplan/krisplan#readme`);




withCommon(program.command('validate').argument('[paths...]', 'plan files, directories or globs (default: config plans, else .)'))
  .description('check plans against the schema and the rules; exit 1 on errors')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
  .option('-o, --output <file>', 'write the report to a file instead of stdout')
  .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
  .option('-q, --quiet', 'report errors only')
  .option('--now <datetime>', 'the time open incidents are checked against, ISO 8601 (default: KRISPLAN_NOW, else the clock)')
  .option('--shard <i/n>', 'check only shard i of n (e.g. 2/4): every n-th plan sorted by path, to split a run across CI jobs', parseShard)
  .addHelpText('after', `
Examples:
  $ krisplan validate examples/
  $ krisplan validate 'plans/**/*.yaml' --max-warnings 0
  $ krisplan validate --format github        annotations in GitHub Actions
  $ krisplan validate --format json --today 2026-12-01
  $ krisplan validate plans/ --shard 1/4         the first of four parallel CI jobs

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 the check could not run.`)
  .action(async (paths: string[], options) => {
    const { runValidate } = await import('./validate.js');
    process.exitCode = await runValidate(paths, options);
  });

withCommon(program.command('risks').argument('[paths...]', 'plan files, directories or globs'))
  .description('the risk register, highest score first, with a severity × likelihood heat map')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
  .addHelpText('after', `
Examples:
  $ krisplan risks examples/webshop.yaml
  $ krisplan risks plans/ --format csv > risks.csv`)
  .action(async (paths: string[], options) => {
    const { runRisks } = await import('./risks.js');
    process.exitCode = await runRisks(paths, options);
  });

program
  .command('schema')
  .description('print the plan JSON Schema (for editors and other tools)')
  .option('--config', 'print the schema of krisplan.config.yaml instead')
  .addHelpText('after', `
Examples:
  $ krisplan schema > plan.schema.json
  $ krisplan schema --config`)
  .action(async (options: { config?: boolean }) => {
    const { printSchema } = await import('./info.js');
    process.exitCode = printSchema(options);
  });

program
  .command('rules')
  .argument('[rule]', 'a rule id: print its page (what it finds, why, examples, options)')
  .description("list the rules with their default severities, or print one rule's page")
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
  .addHelpText('after', `
Examples:
  $ krisplan rules
  $ krisplan rules --format md >> docs/rules.md
  $ krisplan rules stale-review`)
  .action(async (rule: string | undefined, options: { format: 'table' | 'json' | 'md' }) => {
    const { printRulePage, printRules } = await import('./info.js');
    process.exitCode = rule === undefined ? printRules(options) : printRulePage(rule);
  });

withCommon(program.command('render').argument('[paths...]', 'plan files, directories or globs (default: config plans, else .)'))
  .description('write a printable crisis handbook for each plan: HTML, Markdown or PDF')
  .requiredOption('-o, --out <dir>', 'folder for the handbooks (created if missing; files in it are replaced)')
  .addOption(new Option('-f, --format <format>', 'output format (pdf needs Chromium or Chrome)').choices(['html', 'md', 'pdf']).default('html'))
  .addOption(new Option('--lang <lang>', "handbook language (default: the plan's language, else en)").choices([...LANGS]))
  .option('--templates <dir>', 'folder of templates overriding the built-in ones by name (see docs/templates.md)')
  .addHelpText('after', `
Examples:
  $ krisplan render examples/webshop.yaml --out handbook/
  $ krisplan render plans/ --out handbook/ --format pdf     needs Chromium or Chrome (or KRISPLAN_CHROME)
  $ krisplan render plans/ --out docs/ --format md --lang en
  $ krisplan render --out handbook/ --templates my-templates/

A plan with errors is not rendered (its findings are printed, exit 1); warnings are marked in the handbook.`)
  .action(async (paths: string[], options) => {
    const { runRender } = await import('./render.js');
    process.exitCode = await runRender(paths, options);
  });

withCommon(program.command('explain').argument('<risk-id>', 'the id of a risk').argument('[paths...]', 'plan files, directories or globs'))
  .description('show how a risk\'s score and level came about: matrix cell, thresholds, residual rating')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
  .addHelpText('after', `
Examples:
  $ krisplan explain data-breach examples/webshop.yaml
  $ krisplan explain ddos plans/ --config krisplan.config.yaml --format json`)
  .action(async (riskId: string, paths: string[], options) => {
    const { runExplain } = await import('./explain.js');
    process.exitCode = await runExplain(riskId, paths, options);
  });

withCommon(program.command('diff').argument('[rev-and-paths...]', 'a git revision (default HEAD), then plan files, directories or globs'))
  .description('what changed in the plans since a git revision: risks added, removed or re-scored, owners, contacts, playbook steps')
  .addOption(new Option('-f, --format <format>', 'output format (md: a pull-request comment)').choices(['text', 'md', 'json']).default('text'))
  .addHelpText('after', `
Examples:
  $ krisplan diff                             working tree against HEAD
  $ krisplan diff origin/main plans/ --format md > plan-changes.md
  $ krisplan diff HEAD~5 examples/webshop.yaml`)
  .action(async (args: string[], options) => {
    const { runDiff } = await import('./diff.js');
    process.exitCode = await runDiff(args, options);
  });

program
  .command('init')
  .argument('[dir]', 'folder to write krisplan.yaml in (default: .; created if missing)')
  .description('write a first crisis plan: asks a few questions, or takes every default with --yes')
  .option('-y, --yes', 'take every default without asking (for scripts and CI)')
  .option('--org <name>', 'organisation name')
  .option('--owner <name>', 'name of the plan owner (the crisis lead)')
  .option('--email <address>', "the plan owner's e-mail address")
  .option('--phone <number>', "the plan owner's phone number")
  .addOption(new Option('--lang <lang>', 'plan language (default: from the system locale, sv for Swedish, else en)').choices([...LANGS]))
  .option('--scenarios <ids>', 'comma-separated scenario ids (default: all; see --list-scenarios)')
  .option('--jurisdiction <code>', 'country of establishment, e.g. se, fi, de, gb (default suggested from --lang: sv → se, en → gb); decides the authorities notified')
  .option('--regimes <ids>', 'comma-separated notification regimes: gdpr, nis2, dora, cra (default: gdpr)')
  .option('--role <roles>', 'GDPR role: controller, processor or controller,processor (default: controller)')
  .option('--config', 'also write krisplan.config.yaml')
  .option('-f, --force', 'replace an existing krisplan.yaml (and krisplan.config.yaml)')
  .option('--list-scenarios', 'list the scenario catalogue and exit')
  .option('--today <date>', 'the date written as reviewed, tested and held, YYYY-MM-DD (default: KRISPLAN_TODAY or today)', parseDateOption)
  .addHelpText('after', `
Examples:
  $ krisplan init                                 ask, and write ./krisplan.yaml
  $ krisplan init plans/ --lang en                ask, in English, and write plans/krisplan.yaml
  $ krisplan init --list-scenarios
  $ krisplan init --yes --org "Exempel AB" --owner "Anna Andersson" --email anna@example.se --scenarios data-breach,overload

Values init cannot know are written as placeholders that start with TODO; krisplan validate lists them.
Exit codes: 0 written, 2 not written (an existing file without --force, a bad flag, no terminal without --yes), 130 cancelled.`)
  .action(async (dir: string | undefined, options) => {
    const { runInit } = await import('./init.js');
    process.exitCode = await runInit(dir, options);
  });

withCommon(program.command('site').argument('[plan]', 'the plan file (default: the one plan in the config plans, else under .)'))
  .description('build the standby crisis web: a static index.html and status.json with the pre-approved message and the public contacts')
  .requiredOption('-o, --out <dir>', 'folder to write the site to (created if missing; files krisplan wrote there are replaced)')
  .option('-s, --scenario <playbook-id>', 'publish the message of this playbook (default: a neutral page, plus a page per playbook with a message under scenarios/)')
  .option('-f, --force', 'replace an index.html or status.json that krisplan did not write, and write into a scenarios folder it did not make')
  .option('--check', 'write nothing: exit 0 if --out holds one complete set of one generation, 1 if it is mixed or unfinished (before an upload)')
  .option('--wait <seconds>', 'how long to wait while another krisplan site writes the same folder (default 60)', parseCount)
  .addHelpText('after', `
Examples:
  $ krisplan site examples/webshop.yaml --out crisis-web/                        neutral page and scenarios/<id>/ pages
  $ krisplan site examples/webshop.yaml --out crisis-web/ --scenario overload    the overload message as index.html
  $ krisplan site --check --out crisis-web/ && aws s3 sync crisis-web/ s3://status-bucket/

Only contacts with public: true appear on the site. Upload the folder to hosting that does not share servers,
domain or DNS with the main service. The time of update is --today when given, else the current local time.

The pages are written as one set: one run at a time per folder (a lock, .krisplan-site.lock; a run killed
holding it is taken over), every page and status.json with the same generation stamp, the pages of scenarios
whose message has left the plan removed, and the list of what was written in .krisplan-site.json. A run that
was stopped leaves .krisplan-site.in-progress, and the next run writes the whole set again. Nothing is written
through a symbolic link, or outside --out.
Exit codes: 0 written (--check: one complete set), 1 the plan has errors (--check: a mixed or unfinished set,
each file named with why), 2 not written (a file or folder that is not krisplan's, a symbolic link, a run that
kept the folder longer than --wait, a bad flag).`)
  .action(async (plan: string | undefined, options) => {
    const { runSite } = await import('./site.js');
    process.exitCode = await runSite(plan, options);
  });

withCommon(program.command('calendar').argument('[paths...]', 'plan files, directories or globs (default: config plans, else .)'))
  .description('an iCalendar (.ics) file with an all-day event for every review, verification, test, training and follow-up that falls due')
  .option('-o, --out <file>', 'write the calendar to this file (default: stdout)')
  .addHelpText('after', `
Examples:
  $ krisplan calendar examples/webshop.yaml --out krisplan.ics
  $ krisplan calendar plans/ --out public/krisplan.ics     publish it and subscribe from a shared calendar

Event UIDs come from the plan file path, the item and its kind, so importing again updates events instead of
duplicating them (run it from the same folder each time). A plan with errors stops the calendar (exit 1).`)
  .action(async (paths: string[], options) => {
    const { runCalendar } = await import('./calendar.js');
    process.exitCode = await runCalendar(paths, options);
  });

withCommon(program.command('due').argument('[paths...]', 'plan files, directories or globs (default: config plans, else .)'))
  .description('what falls due (or is overdue) in the coming days, grouped by owner: for a weekly reminder')
  .option('-w, --within <duration>', 'how far ahead to look: 30d, 2w, 3mo, 1y, "3 months" or P30D', '30d')
  .addOption(new Option('-f, --format <format>', 'output format (md: an issue or job summary)').choices(['table', 'json', 'md']).default('table'))
  .addHelpText('after', `
Examples:
  $ krisplan due examples/webshop.yaml
  $ krisplan due plans/ --within 2w --format md > due.md     the body of a weekly reminder issue
  $ krisplan due --within 3mo --format json

Exit codes: 0 even when items are due, 1 when a plan has errors (its items are left out), 2 bad usage.`)
  .action(async (paths: string[], options) => {
    const { runDue } = await import('./due.js');
    process.exitCode = await runDue(paths, options);
  });

withCommon(program.command('contacts').argument('[plan]', 'the plan file (default: the one plan in the config plans, else under .)'))
  .description('export the call list as vCard 4.0 (for phones) or CSV (for spreadsheets)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['vcf', 'csv']).default('vcf'))
  .option('-o, --out <file>', 'write to this file (default: stdout)')
  .option('--public', 'only the contacts marked public: true')
  .addHelpText('after', `
Examples:
  $ krisplan contacts examples/webshop.yaml --out crisis-contacts.vcf     import into every phone of the crisis group
  $ krisplan contacts examples/webshop.yaml --format csv --out contacts.csv
  $ krisplan contacts --public --format csv`)
  .action(async (plan: string | undefined, options) => {
    const { runContacts } = await import('./contacts.js');
    process.exitCode = await runContacts(plan, options);
  });

const collect = (value: string, previous: string[] = []) => [...previous, value];

const exercise = program
  .command('exercise')
  .description('exercises from the plan: the tabletop pack, the record of what happened, the year\'s programme')
  .addHelpText('after', `
Examples:
  $ krisplan exercise record --playbook data-breach --date 2026-12-01 --plan examples/webshop.yaml`);

withCommon(exercise.command('pack').argument('<playbook>', 'the id of the playbook to exercise'))
  .description('write a tabletop exercise pack for a playbook: facilitator guide with the events list, participant handouts and inject cards, observer sheet, feedback form, after-action report')
  .option('--plan <file>', 'the plan file (default: the one plan in the config plans, else under .)')
  .option('-o, --out <dir>', 'folder for the pack: new, empty, or holding only an earlier pack (default: exercise-<playbook>)')
  .addOption(new Option('--lang <lang>', "language (default: the plan's language, else en)").choices([...LANGS]))
  .option('--duration <time>', 'how long the exercise takes, briefing and hot wash included: "2 hours", "90 minutes", 2h', '2 hours')
  .option('--seed <n>', 'chooses the wording, timing and order of the injects; the same seed gives the same pack', parseCount, 1)
  .addOption(new Option('-f, --format <format>', 'output format (pdf needs Chromium or Chrome)').choices(['html', 'md', 'pdf']).default('html'))
  .addHelpText('after', `
Examples:
  $ krisplan exercise pack data-breach --plan examples/webshop.yaml --out exercise/
  $ krisplan exercise pack overload --duration 90m --seed 7 --format pdf --lang en

The exercise clock compresses the playbook's real deadlines into the time of play (the guide says how).`)
  .action(async (playbook: string, options) => {
    const { runPack } = await import('./exercise.js');
    process.exitCode = await runPack(playbook, options);
  });

withCommon(exercise.command('plan-year'))
  .description('propose a year\'s exercise programme from the risk register and write it into the plan as planned exercises (exercises:)')
  .option('--plan <file>', 'the plan file (default: the one plan in the config plans, else under .)')
  .option('--year <year>', 'the year to plan (default: next year)', parseYear)
  .option('-n, --dry-run', 'print the programme without writing it')
  .addHelpText('after', `
Examples:
  $ krisplan exercise plan-year --plan examples/webshop.yaml --year 2027 --dry-run
  $ krisplan exercise plan-year --year 2027

High and critical risks' playbooks come first, then what was exercised longest ago. Planned exercises show in
due and the calendar; once held, record each with krisplan exercise record.`)
  .action(async (options) => {
    const { runPlanYear } = await import('./exercise.js');
    process.exitCode = await runPlanYear(options);
  });

const record = withCommon(exercise.command('record'))
  .description('write the evaluation of a held exercise into the plan (in place, comments and layout kept)')
  .option('--plan <file>', 'the plan file (default: the one plan in the config plans, else under .)')
  .option('--playbook <id>', 'a playbook the exercise exercised (repeat for several)', collect, [])
  .requiredOption('--date <date>', 'the day the exercise was held, YYYY-MM-DD', parseDateOption)
  .option('--title <text>', 'title of the evaluation (default: "Exercise: <playbook titles>")')
  .option('--went-well <text>', 'what went well (repeat for several)', collect, [])
  .option('--improve <text>', 'what to improve (repeat for several)', collect, [])
  .option('--action <text>', 'a follow-up action; the --owner and --due after it belong to it (repeat for several)')
  .option('--owner <id>', 'the contact who owns the --action before it')
  .option('--due <date>', 'when the --action before it is due, YYYY-MM-DD', parseDateOption)
  .addHelpText('after', `
Examples:
  $ krisplan exercise record --playbook data-breach --date 2026-12-01 \\
      --went-well "IMY notified within the hour" --improve "Nobody had the CDN login" \\
      --action "Put the CDN login in the vault" --owner erik --due 2027-01-15

The plan must validate without errors before and after; otherwise nothing is written.`);
// each --owner and --due belongs to the --action before it: commander keeps only the last value, the events keep the order
const recordActions: ActionInput[] = [];
let recordUsage: string | undefined;
record.on('option:action', (value: string) => recordActions.push({ action: value }));
for (const key of ['owner', 'due'] as const) {
  record.on(`option:${key}`, (value: string) => {
    const last = recordActions[recordActions.length - 1];
    if (!last) recordUsage ??= `--${key} ${value} must follow the --action it belongs to`;
    else if (last[key] !== undefined) recordUsage ??= `--action "${last.action}" has two --${key} values (${last[key]}, ${value})`;
    else last[key] = value;
  });
}
record.action(async (options) => {
  if (recordUsage !== undefined) throw new KrisplanUsage(recordUsage);
  const { runRecord } = await import('./exercise.js');
  process.exitCode = await runRecord({ ...options, actions: recordActions });
});

addIncidentCommands(program, withCommon);

withCommon(program.command('deadlines').argument('<playbook>', 'the playbook id'))
  .description('every notification deadline of a playbook as an absolute time from T0 (awareness), statutory first, with who to notify and how')
  .option('-p, --plan <file>', 'the plan file (default: the one plan in the config plans, else under .)')
  .option('--t0 <datetime>', 'when the organisation became aware, ISO 8601 with offset (default: now)')
  .option('--event <name=datetime>', 'another start event: classification=…, fix-available=… or activation=… (repeatable)', collect, [])
  .option('--sent <clock=datetime>', 'when a report was really sent; chained deadlines are recomputed from it (repeatable)', collect, [])
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md', 'ics']).default('table'))
  .addHelpText('after', `
Examples:
  $ krisplan deadlines data-breach --plan examples/webshop.yaml --t0 2026-12-04T16:00:00+01:00
  $ krisplan deadlines ransomware --t0 2026-12-04T16:00:00+01:00 --sent nis2-notification=2026-12-06T09:00:00+01:00
  $ krisplan deadlines ict-incident --t0 … --event classification=2026-12-04T18:30:00+01:00 --format json
  $ krisplan deadlines data-breach --t0 … --format ics > deadlines.ics        one event with an alarm per deadline

Times are shown in plan.timezone (default: the capital of plan.jurisdiction). A clock with obligation: is statutory;
one without is an internal target. Exit codes: 0 printed, 1 the plan has errors, 2 bad usage (unknown playbook,
bad date-time, --sent for a clock the playbook lacks, several plans without --plan).`)
  .action(async (playbook: string, options) => {
    const { runDeadlines } = await import('./deadlines.js');
    process.exitCode = await runDeadlines(playbook, options);
  });

program
  .command('obligations')
  .description('the obligations catalogue: statutory notification duties with their article, source and verified date')
  .option('-j, --jurisdiction <code>', 'show whether each applies and who receives it in this country (se, gb …)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
  .addOption(new Option('--lang <lang>', 'language of titles and conditions').choices(['en', 'sv']).default('en'))
  .addHelpText('after', `
Examples:
  $ krisplan obligations
  $ krisplan obligations --jurisdiction se
  $ krisplan obligations --jurisdiction gb --format json`)
  .action(async (options) => {
    const { runObligations } = await import('./obligations.js');
    process.exitCode = runObligations(options);
  });

await runProgram(program, debug);
