import { Option, type Command } from 'commander';
import { KrisplanError as KrisplanUsage } from '../errors.js';
import type { ActionInput } from '../exercise/record.js';
import { LANGS } from '../i18n/lang.js';
import { collect, parseCount, parseDateOption, parseYear } from './options.js';
import { withCommon } from './run.js';

/** exercise pack, plan-year, record: preparing, planning and recording exercises. */
export function addExerciseCommands(program: Command): void {
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
}
