import { CommanderError, type Command } from 'commander';
import { isKrisplanError } from '../errors.js';
import { showControls } from '../util/controls.js';
import { USAGE } from './exit-codes.js';
import { parseCount, parseDateOption, parseSizeOption } from './options.js';

// How the CLI runs: the options every plan command shares, output errors, and errors turned into exit codes.

/** --config, --today, --max-file-size and --max-files: what openPlans takes (CommonOptions). */
export function withCommon(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: nearest krisplan.config.yaml)')
    .option('--today <date>', 'the date to check against, YYYY-MM-DD (default: KRISPLAN_TODAY or today)', parseDateOption)
    .option('--max-file-size <size>', 'largest plan file read, e.g. 20MB (default 10 MB)', parseSizeOption)
    .option('--max-files <n>', 'most plan files one run reads (default 10000)', parseCount);
}

/**
 * `krisplan … | head` closes the pipe early: stop quietly, as other command-line tools do. Any other
 * output error (a full disk, EIO) means the output is incomplete: one line and exit 2, never a stack
 * and never exit 1, which CI would read as "errors found"
 */
export function guardOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) {
        try {
          process.stderr.write(`krisplan: cannot write to standard output${error.code ? ` (${error.code})` : ''}; the output is incomplete\n`);
        } catch {
          // stderr is gone too: the exit code is all that is left
        }
      }
      process.exit(USAGE);
    });
  }
}

/** Parses the command line and runs the command; every error becomes one line on stderr and exit 2. */
export async function runProgram(program: Command, debug: boolean): Promise<void> {
  try {
    process.cwd();
  } catch {
    process.stderr.write('krisplan: the working directory no longer exists; change to an existing folder and run again\n');
    process.exitCode = USAGE;
    return;
  }
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    process.exitCode = handleError(error, program, debug);
  }
}

function handleError(error: unknown, program: Command, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    const message = error.message.replace(/^error: /, '');
    const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
    const known = program.commands.some((c) => c.name() === command);
    process.stderr.write(`krisplan: ${message}${message.endsWith('.') || message.endsWith(')') ? '' : '.'} See 'krisplan${known ? ` ${command}` : ''} --help'.\n`);
    return USAGE;
  }
  if (isKrisplanError(error)) {
    // the message may quote a file name or a config key: it stays one line, and no escape sequence of its own
    process.stderr.write(`krisplan: ${showControls(error.message)}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) process.stderr.write(`${error.cause.stack}\n`);
    return USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`krisplan: internal error: ${showControls(message)} (rerun with --debug for details)\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return USAGE;
}

