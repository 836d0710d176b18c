// Command-line arguments of the dev scripts: a script that takes a folder never takes `--help` or another option
// for one (it would create a folder named `--help`), and says its usage instead.

/**
 * The positional arguments of `argv` (process.argv.slice(2)), or an exit: `-h`/`--help` prints `usage` and exits 0;
 * any other option, or fewer than `required` arguments, prints the problem and `usage` on stderr and exits 2.
 */
export function positionals(argv, usage, required = 1) {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  const option = argv.find((arg) => arg.startsWith('-') && arg !== '-');
  if (option !== undefined) fail(`unknown option ${option} (a folder name cannot start with -; write ./${option} for one)`, usage);
  if (argv.length < required) fail('missing arguments', usage);
  return argv;
}

/** A whole number argument, or an exit with the usage. */
export function wholeNumber(value, name, usage) {
  if (!/^\d+$/.test(value)) fail(`${name} must be a whole number, not "${value}"`, usage);
  return Number(value);
}

function fail(problem, usage) {
  process.stderr.write(`error: ${problem}\nusage: ${usage}\n`);
  process.exit(2);
}
