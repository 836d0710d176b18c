import { Option, type Command } from 'commander';
import { LANGS } from '../i18n/lang.js';
import { parseCount } from './options.js';
import { withCommon } from './run.js';

/** render: the printable handbook. */
export function addRenderCommand(program: Command): void {
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
}

/** site, calendar, due, contacts: what a plan gives the people around it. */
export function addDocumentCommands(program: Command): void {
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
}
