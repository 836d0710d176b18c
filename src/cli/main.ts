import { Command } from 'commander';
import { addCheckCommands, addReviewCommands } from './check-commands.js';
import { addDeadlineCommands } from './deadline-commands.js';
import { addDocumentCommands, addRenderCommand } from './document-commands.js';
import { addExerciseCommands } from './exercise-commands.js';
import { addIncidentCommands } from './incident-commands.js';
import { addInitCommand } from './init-command.js';
import { guardOutput, runProgram, withCommon } from './run.js';
import { version } from './version.js';

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

// in the order `krisplan --help` lists them
addCheckCommands(program);
addRenderCommand(program);
addReviewCommands(program);
addInitCommand(program);
addDocumentCommands(program);
addExerciseCommands(program);
addIncidentCommands(program, withCommon);
addDeadlineCommands(program);

await runProgram(program, debug);
