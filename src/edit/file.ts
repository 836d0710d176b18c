import { readFileSync, realpathSync } from 'node:fs';
import { KrisplanError } from '../errors.js';
import { writeFileAtomic } from '../util/write.js';
import { appendItems, type Insertion } from './append.js';

/**
 * Appends items to the top-level list `key` of the plan file at `path`, in place: the file is read, the text
 * inserted (see appendItems), and the result written whole or not at all. A plan reached through a symbolic
 * link is edited where it lives. If the file changed while this ran, nothing is written.
 */
export function appendToPlanFile(path: string, key: string, items: readonly Record<string, unknown>[], what = key): Insertion {
  const target = realTarget(path);
  const before = readText(target, path);
  const result = appendItems(before, key, items, what);
  if (readText(target, path) !== before) throw new KrisplanError(`${path} changed while ${what} was being added; nothing was written, run again`);
  writeFileAtomic(target, result.text);
  return result;
}

/** Appends one evaluation (incident or exercise) to `evaluations:`. */
export function appendEvaluation(path: string, evaluation: Record<string, unknown>): Insertion {
  return appendToPlanFile(path, 'evaluations', [evaluation], 'the evaluation');
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
