import { Option, type Command } from 'commander';
import { FORMATS } from '../report/index.js';
import { parseConcurrency, parseCount, parseShard } from './options.js';
import { withCommon } from './run.js';

/** validate, risks, schema, rules: checking plans and reading about the rules. */
export function addCheckCommands(program: Command): void {
  withCommon(program.command('validate').argument('[paths...]', 'plan files, directories or globs (default: config plans, else .)'))
    .description('check plans against the schema and the rules; exit 1 on errors')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--now <datetime>', 'the time open incidents are checked against, ISO 8601 (default: KRISPLAN_NOW, else the clock)')
    .option('--shard <i/n>', 'check only shard i of n (e.g. 2/4): every n-th plan sorted by path, to split a run across CI jobs', parseShard)
    .option('--concurrency <n|auto|off>', 'threads to check plans on: a number, auto (half the hardware threads) or off (one thread); a run of fewer than 40 plans uses one', parseConcurrency, 'auto')
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
}

/** explain, diff: reading how a score came about and what changed. */
export function addReviewCommands(program: Command): void {
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
}
