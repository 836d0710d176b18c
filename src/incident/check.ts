import type { ValidateFunction } from 'ajv';
import { KrisplanError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { parseYaml } from '../load/parse.js';
import { readSchema } from '../schema/files.js';
import { toSchemaHits } from '../schema/to-findings.js';
import { createAjv } from '../schema/validator.js';
import type { Entry, IncidentRecord } from './record.js';

export interface IncidentProblem {
  line: number;
  column: number;
  path: string;
  message: string;
}

const SCHEMA_ID = 'https://krisplan.dev/schemas/incident.schema.json';
let validators: { record: ValidateFunction; entry: ValidateFunction } | undefined;

function compiled() {
  if (!validators) {
    const ajv = createAjv();
    ajv.addSchema(readSchema('incident'));
    validators = { record: ajv.getSchema(`${SCHEMA_ID}#/definitions/record`)!, entry: ajv.getSchema(`${SCHEMA_ID}#/definitions/entry`)! };
  }
  return validators;
}

/** Problems of a record.yaml or entry file against schemas/incident.schema.json, each at its line and column. */
export function incidentProblems(text: string, kind: 'record' | 'entry'): { data: unknown; problems: IncidentProblem[]; locate: (pointer: string) => { line: number; column: number } } {
  const parsed = parseYaml(text, DEFAULT_LIMITS);
  const locate = (pointer: string) => parsed.source.locate(pointer);
  if (parsed.problems.length > 0) {
    return { locate, data: undefined, problems: parsed.problems.map((problem) => ({ ...position(parsed.source.text, problem.offset), path: '', message: problem.message })) };
  }
  const validate = compiled()[kind];
  if (validate(parsed.data)) return { locate, data: parsed.data, problems: [] };
  const hits = toSchemaHits(validate.errors ?? [], parsed.data);
  return { locate, data: parsed.data, problems: hits.map((hit) => ({ ...parsed.source.locate(hit.path, hit.at), path: hit.path, message: hit.message })) };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function checkRecord(text: string, file: string): IncidentRecord {
  return checked(text, file, 'record') as IncidentRecord;
}

export function checkEntry(text: string, file: string): Entry {
  return checked(text, file, 'entry') as Entry;
}

function checked(text: string, file: string, kind: 'record' | 'entry'): unknown {
  const { data, problems } = incidentProblems(text, kind);
  const first = problems[0];
  if (first) throw new KrisplanError(`${file}:${first.line}:${first.column}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more; krisplan validate lists them)` : ''}`);
  return data;
}
