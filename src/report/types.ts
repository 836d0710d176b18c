import type { RuleMeta, ValidationResult } from '../types.js';

export interface ReportContext {
  /** metadata of every rule, for formats that describe rules */
  rules: readonly RuleMeta[];
  color: boolean;
  version: string;
  /** a file's path relative to the repository root, with forward slashes (SARIF wants repository paths) */
  repositoryPath(file: string): string;
  /** how many YAML files the search looked at (plans among them), when a folder or glob was searched */
  yamlFiles?: number;
}

/** Turns a validation result into the text of one output format. Pure: no I/O. */
export type Reporter = (result: ValidationResult, context: ReportContext) => string;
