import { Option, type Command } from 'commander';
import { LANGS } from '../i18n/lang.js';
import { parseDateOption } from './options.js';

/** init: a first plan. */
export function addInitCommand(program: Command): void {
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
}
