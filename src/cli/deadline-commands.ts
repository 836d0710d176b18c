import { Option, type Command } from 'commander';
import { collect } from './options.js';
import { withCommon } from './run.js';

/** deadlines, obligations: the notification duties and their times. */
export function addDeadlineCommands(program: Command): void {
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
}
