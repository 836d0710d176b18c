/** How much of a YAML file the positional parser reads before it stops, and what it says when it stops. */
import type { Limits } from './limits.js';

/**
 * Lexical tokens (spaces and the text of a scalar not counted) allowed per value. A plain plan has about two
 * (a key line is key, colon, value and line break for two values; a list item `- x` is dash and line break
 * for one); the fast reader takes only files well within this.
 */
export const TOKENS_PER_VALUE = 5;

/** YAML errors (syntax, tags, directives) reported per file: one per this many allowed values; reading stops there. */
export const VALUES_PER_YAML_ERROR = 100;

export function maxYamlErrors(limits: Limits): number {
  return Math.floor(limits.values / VALUES_PER_YAML_ERROR);
}

export function tooManyTokens(limits: Limits): string {
  return `more than ${(limits.values * TOKENS_PER_VALUE).toLocaleString('en-US')} lines, comments, keys and values in all; a plan never needs this many (raise limits.values in krisplan.config.yaml if it must: it allows ${TOKENS_PER_VALUE} of these per value)`;
}

export function tooManyYamlErrors(limits: Limits): string {
  return `more than ${maxYamlErrors(limits).toLocaleString('en-US')} YAML errors, the rest not shown; this is not a readable plan (fix the first errors and run again; limits.values in krisplan.config.yaml allows one per ${VALUES_PER_YAML_ERROR} values)`;
}

export function tooManyValues(limits: Limits): string {
  return `more than ${limits.values.toLocaleString('en-US')} values (keys, items and scalars); a plan never needs this many (raise limits.values in krisplan.config.yaml if it must)`;
}

export function tooDeepMessage(limits: Limits): string {
  return `nesting deeper than ${limits.depth} levels; a plan never needs this (raise limits.depth in krisplan.config.yaml if it must)`;
}
