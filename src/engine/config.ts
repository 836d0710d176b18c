import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { jsYamlLibrary } from '../load/js-yaml-library.js';
import { KrisplanError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { readBounded } from '../load/read.js';
import { bytePosition, decodePlanBytes } from '../load/text.js';
import { rules } from '../rules/index.js';
import { configValidator } from '../schema/validator.js';
import { parseSize } from '../util/size.js';
import { closest } from '../util/suggest.js';
import { defaultConfig, type Config, type IntervalKind, type RuleSetting } from '../config/types.js';

export const CONFIG_FILE = 'krisplan.config.yaml';

/** The nearest krisplan.config.yaml from `cwd` upwards, stopping at the repository root (a folder with .git). */
export function findConfig(cwd: string): string | undefined {
  let directory = resolve(cwd);
  for (;;) {
    const candidate = join(directory, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (existsSync(join(directory, '.git')) || parent === directory) return undefined;
    directory = parent;
  }
}

/** The config from `--config FILE`, else the nearest config file, else the defaults. Problems throw KrisplanError. */
export function resolveConfig(cwd: string, explicit?: string): Config {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new KrisplanError(`config file not found: ${explicit}`);
    return loadConfig(path, explicit);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found, found) : defaultConfig();
}

interface RawConfig {
  plans?: string[];
  incidents?: string;
  rules?: Record<string, RuleSetting>;
  risk?: { scale?: number; levels?: Partial<Config['risk']['levels']> };
  intervals?: Partial<Record<IntervalKind, string>>;
  limits?: { file_size?: string | number; aliases?: number; depth?: number; values?: number; files?: number };
  single_person?: { max_steps?: number };
}

// an alias in a config would let a small file expand without bound; a config never needs one
const ALIAS = /(?:^|[\s:,[{-])\*[^\s]/m;

function parseConfigText(text: string, shown: string): RawConfig {
  if (ALIAS.test(text)) throw new KrisplanError(`${shown}: YAML aliases (*name) are not supported in the config; write the values out`);
  try {
    const jsyaml = jsYamlLibrary();
    return (jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false }) ?? {}) as RawConfig;
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    const where = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
    throw new KrisplanError(`${shown}${where}: invalid YAML in config: ${reason ?? (error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

// a config is a few lines; reading stops here, so a config that is a huge file or /dev/zero costs nothing
const CONFIG_MAX_BYTES = 1024 * 1024;

const TYPE_WORDS: Record<string, string> = { object: 'a mapping (key: value pairs)', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };

const PATTERN_WORDS: Record<string, string> = {
  intervals: 'must be a duration such as "6 months", "1 year", "2 weeks" or P6M',
  limits: 'must be a size such as 10 MB, 512 KB or a number of bytes',
};

function readConfigText(path: string, shown: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path, CONFIG_MAX_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KrisplanError(`cannot read config ${shown}${code ? ` (${code})` : ''}`, { cause: error });
  }
  if (bytes.length > CONFIG_MAX_BYTES) throw new KrisplanError(`${shown}: config file is over 1 MB; a config is a few lines of settings`);
  const decoded = decodePlanBytes(bytes, { ...DEFAULT_LIMITS, fileSize: CONFIG_MAX_BYTES });
  if ('problem' in decoded) {
    const { line, column } = bytePosition(bytes, decoded.problem.byteOffset);
    throw new KrisplanError(`${shown}:${line}:${column}: ${decoded.problem.message.replace('a YAML plan', 'a YAML config')}`);
  }
  return decoded.text;
}

export function loadConfig(path: string, shown: string): Config {
  const raw = parseConfigText(readConfigText(path, shown), shown);
  const validate = configValidator();
  if (!validate(raw)) {
    const error = validate.errors![0]!;
    // a key that breaks a propertyNames pattern (`rules: { toString: off }`) is named, like any unknown key
    const badName = (error as { propertyName?: string }).propertyName;
    if (badName !== undefined && error.instancePath === '/rules') throw unknownRule(shown, badName);
    if (badName !== undefined) throw new KrisplanError(`${shown}: ${error.instancePath.slice(1).replace(/\//g, '.')}.${badName} is not a config key`);
    const params = error.params as { additionalProperty?: string; allowedValues?: string[]; type?: string | string[] };
    const key = [error.instancePath.slice(1).replace(/\//g, '.'), params.additionalProperty].filter(Boolean).join('.') || 'the config';
    const reason = params.additionalProperty
      ? 'is not a config key'
      : params.allowedValues
        ? `must be one of ${params.allowedValues.join(', ')}`
        : error.keyword === 'type' && params.type
          ? `must be ${[params.type].flat().map((type) => TYPE_WORDS[type] ?? type).join(' or ')}`
          : error.keyword === 'pattern'
            ? PATTERN_WORDS[key.split('.')[0]!] ?? 'is not valid'
            : (error.message ?? 'is not valid');
    throw new KrisplanError(`${shown}: ${key} ${reason}`);
  }
  return mergeConfig(raw, shown, dirname(path));
}

function unknownRule(shown: string, id: string): KrisplanError {
  const meant = closest(id, rules.map((rule) => rule.id));
  return new KrisplanError(`${shown}: rules.${id} is not a krisplan rule${meant ? `; did you mean ${meant}?` : ' (see krisplan rules)'}`);
}

function mergeConfig(raw: RawConfig, shown: string, directory: string): Config {
  const config = defaultConfig();
  config.file = shown;
  if (raw.plans) config.plans = raw.plans.map((pattern) => join(directory, pattern));
  if (raw.incidents) config.incidents = join(directory, raw.incidents);
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!rules.some((rule) => rule.id === id)) throw unknownRule(shown, id);
    config.rules[id] = setting;
  }
  if (raw.risk?.scale !== undefined) config.risk.scale = raw.risk.scale;
  Object.assign(config.risk.levels, raw.risk?.levels);
  const { critical, high, medium } = config.risk.levels;
  if (!(critical > high && high > medium)) {
    throw new KrisplanError(`${shown}: risk.levels must rise: medium (${medium}) < high (${high}) < critical (${critical})`);
  }
  if (critical > config.risk.scale ** 2) {
    throw new KrisplanError(`${shown}: risk.levels.critical (${critical}) is above the highest score ${config.risk.scale ** 2} of a ${config.risk.scale}×${config.risk.scale} scale`);
  }
  Object.assign(config.intervals, raw.intervals);
  if (raw.limits?.file_size !== undefined) {
    const size = parseSize(raw.limits.file_size);
    if (size === undefined) throw new KrisplanError(`${shown}: limits.file_size must be like 10 MB, 512 KB or a number of bytes`);
    config.limits.fileSize = size;
  }
  if (raw.single_person?.max_steps !== undefined) config.singlePersonSteps = raw.single_person.max_steps;
  if (raw.limits?.aliases !== undefined) config.limits.aliases = raw.limits.aliases;
  if (raw.limits?.depth !== undefined) config.limits.depth = raw.limits.depth;
  if (raw.limits?.values !== undefined) config.limits.values = raw.limits.values;
  if (raw.limits?.files !== undefined) config.limits.files = raw.limits.files;
  return config;
}

