export type Severity = 'error' | 'warning';

/** One problem in one plan file, at the YAML node it concerns. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** JSON Pointer of the node in the plan */
  path: string;
}

export interface FileResult {
  /** as given by the user (relative stays relative) */
  file: string;
  findings: Finding[];
}

export interface ValidationResult {
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number };
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
}
