import { readFileSync, realpathSync } from 'node:fs';
import { KrisplanError } from '../errors.js';
import { writeFileAtomic } from '../util/write.js';
import { appendItems, type Insertion } from './append.js';

/**
 * Appends items to the top-level list `key` of the plan file at `path`, in place: the file is read, the text
 * inserted (see appendItems), and the result written whole or not at all. A plan reached through a symbolic
 * link is edited where it lives. If the file changed while this ran, nothing is written.
 */
export function appendToPlanFile(path: string, key: string, items: readonly Record<string, unknown>[], options: AppendOptions = {}): Insertion {
  const what = options.what ?? key;
  const target = realTarget(path);
  const before = readText(target, path);
  const result = appendItems(before, key, items, what);
  options.accept?.(result.text);
  if (readText(target, path) !== before) throw new KrisplanError(`${path} changed while ${what} was being added; nothing was written, run again`);
  writeFileAtomic(target, result.text);
  return result;
}

export interface AppendOptions {
  /** what is added, in messages: "the evaluation" */
  what?: string;
  /** sees the new text before it is written and throws to refuse it (e.g. when the plan would no longer validate) */
  accept?: (text: string) => void;
}

/** Appends one evaluation (incident or exercise) to `evaluations:`. */
export function appendEvaluation(path: string, evaluation: Record<string, unknown>, options: AppendOptions = {}): Insertion {
  return appendToPlanFile(path, 'evaluations', [evaluation], { what: 'the evaluation', ...options });
}

/** The 1-based line on which the first added item starts. */
export function insertedLine(result: Insertion): number {
  const before = result.text.slice(0, result.offset).split('\n').length;
  const blank = /^(?:[ \t]*\r?\n)*/.exec(result.inserted)![0].split('\n').length - 1;
  return before + blank;
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    throw new KrisplanError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

function readText(target: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(target);
  } catch (error) {
    throw new KrisplanError(`cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  try {
    // a leading BOM is kept as a character, so it is written back as it was
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new KrisplanError(`cannot edit ${shown}: it is not valid UTF-8`, { cause: error });
  }
}
