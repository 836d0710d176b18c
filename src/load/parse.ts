import { maxYamlErrors, tooManyYamlErrors } from './budget.js';
import { composeDocuments } from './compose.js';
import { Converter } from './convert.js';
import type { Limits } from './limits.js';
import { SourceMap, type Positions } from './locate.js';
import { errorOffsets, YAML_MESSAGES, yamlMessage } from './yaml-errors.js';

export interface ParseProblem {
  message: string;
  offset: number;
}

export interface ParsedYaml {
  data: unknown;
  source: Positions;
  problems: ParseProblem[];
}

/**
 * Parses YAML text into plain data plus the position of every node.
 * Own conversion instead of `toJS()`: it counts aliases, values and depth, finds duplicate keys, keeps
 * `__proto__` an ordinary key and records the position of each node by JSON Pointer as it goes.
 */
export function parseYaml(text: string, limits: Limits): ParsedYaml {
  const source = new SourceMap(text);
  const problems: ParseProblem[] = [];
  const { documents, stoppedAt } = composeDocuments(text, limits, problems);
  const [first, ...rest] = documents;
  if (!first || problems.length > 0) return { data: null, source, problems };
  // the first errors, as many as the limit allows, then one finding for the rest
  const errors = [...first.errors, ...first.warnings];
  const allowed = maxYamlErrors(limits);
  const offsetOf = errorOffsets(first, text);
  for (const error of errors.slice(0, allowed)) problems.push({ message: yamlMessage(error.code, error.message, text, error.pos[0], limits), offset: offsetOf(error) });
  if (stoppedAt !== undefined || errors.length > allowed) problems.push({ message: tooManyYamlErrors(limits), offset: stoppedAt ?? errors[allowed]!.pos[0] });
  const next = rest[0];
  if (next) problems.push({ message: YAML_MESSAGES.MULTIPLE_DOCS!, offset: next.range[0] });
  if (problems.length > 0) return { data: null, source, problems };
  const converter = new Converter(first, source, limits, problems);
  const data = first.contents ? converter.convert(first.contents, '', 0) : null;
  return { data, source, problems };
}
