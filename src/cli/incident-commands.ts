import { Option, type Command } from 'commander';

/** activate, log, step, notified, event, level, status, close: the commands used during a crisis. */
export function addIncidentCommands(program: Command, withCommon: (command: Command) => Command): void {
  const during = (command: Command) =>
    withCommon(command)
      .option('--plan <file>', 'the plan whose incidents to look in (default: config incidents:, else incidents/ beside the plans found)')
      .option('--by <name>', 'who (default: git user.name, else the login name)')
      .option('--at <datetime>', 'when, ISO 8601 (default: now)')
      .option('--now <datetime>', 'the time taken as now, ISO 8601 (default: KRISPLAN_NOW, else the clock)');

  during(program.command('activate').argument('<playbook>', 'the id of the playbook to start'))
    .description('start an incident: write its record in incidents/ and print who to call, the deadlines as times and the first steps')
    .requiredOption('--t0 <datetime>', 'when you became aware of it (awareness), ISO 8601 with offset, e.g. 2026-12-04T16:00:00+01:00')
    .option('--level <id>', 'the crisis level declared (default: the last level in activation.levels)')
    .option('--pdf', 'print the incident kit as kit.pdf too (needs Chromium or Chrome, as render does)')
    .option('--site <dir>', "switch the crisis web in DIR to the playbook's message, with the time of update and the next update from the rhythm")
    .addHelpText('after', `
Examples:
  $ krisplan activate data-breach --t0 2026-12-04T16:00:00+01:00
  $ krisplan activate overload --plan plans/shop.yaml --t0 2026-12-04T09:12+01:00 --level storning

Writes incidents/YYYY-MM-DD-<playbook>/record.yaml (commit it); later entries are one file each in entries/.`)
    .action(async (playbook: string, options) => {
      const { runActivate } = await import('./incident.js');
      process.exitCode = await runActivate(playbook, options);
    });

  during(program.command('log').argument('<incident-and-text...>', '[INCIDENT] TEXT (the incident may be left out when one is open)'))
    .description('add a note, decision or action to the incident log')
    .option('--decision', 'the entry is a decision')
    .option('--action <owner>', 'the entry is an action for this contact or role (a follow-up in the evaluation)')
    .option('--sitrep', 'the entry is a situation report (the next one is due one rhythm later)')
    .addHelpText('after', `
Examples:
  $ krisplan log "IMY's e-service is slow; report drafted offline"
  $ krisplan log 2026-12-04-data-breach "Shop closed until the leak is found" --decision --by anna
  $ krisplan log "Rotate every API key" --action erik`)
    .action(async (args: string[], options) => {
      const { runLog } = await import('./incident.js');
      process.exitCode = await runLog(args, options);
    });

  during(program.command('step').argument('<incident-and-n...>', '[INCIDENT] N: the step number'))
    .description('mark a step of the incident checklist done')
    .option('--done', 'the step is done')
    .action(async (args: string[], options) => {
      const { runStep } = await import('./incident.js');
      process.exitCode = await runStep(args, options);
    });

  during(program.command('notified').argument('<incident-and-clock...>', '[INCIDENT] CLOCK: the deadline id (see krisplan status)'))
    .description('record a report as sent (chained deadlines move), or the duty as not required with its reason')
    .option('--ref <ref>', "the recipient's reference, e.g. the case number")
    .option('--not-required <reason>', 'the duty does not apply, and why')
    .action(async (args: string[], options) => {
      const { runNotified } = await import('./incident.js');
      process.exitCode = await runNotified(args, options);
    });

  during(program.command('event').argument('<incident-and-event...>', '[INCIDENT] classification|fix-available'))
    .description('record a start event of DORA and CRA deadlines')
    .action(async (args: string[], options) => {
      const { runEvent } = await import('./incident.js');
      process.exitCode = await runEvent(args, options);
    });

  during(program.command('level').argument('<incident-and-level...>', '[INCIDENT] LEVEL: a level id from activation.levels'))
    .description('change the crisis level')
    .action(async (args: string[], options) => {
      const { runLevel } = await import('./incident.js');
      process.exitCode = await runLevel(args, options);
    });

  during(program.command('status').argument('[incident]', 'the incident id or folder (default: the one open incident)'))
    .description('deadlines left or overdue, late steps, the last situation report and the log; md is the situation report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addHelpText('after', `
Examples:
  $ krisplan status
  $ krisplan status 2026-12-04-data-breach --format md > sitrep.md
  $ krisplan status --format json --now 2026-12-05T09:00:00+01:00`)
    .action(async (incident: string | undefined, options) => {
      const { runStatus } = await import('./incident.js');
      process.exitCode = await runStatus(incident === undefined ? [] : [incident], options);
    });

  during(program.command('close').argument('[incident]', 'the incident id or folder (default: the one open incident)'))
    .description("end the incident and write its evaluation (timeline, deadlines met or missed, follow-up actions) into the plan, keeping the plan's comments and layout")
    .action(async (incident: string | undefined, options) => {
      const { runClose } = await import('./incident.js');
      process.exitCode = await runClose(incident === undefined ? [] : [incident], options);
    });
}
