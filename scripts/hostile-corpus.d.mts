export interface ExpectedFinding {
  rule: string;
  line?: number;
  column?: number;
  message?: RegExp;
}

export interface CorpusCase {
  /** also the file name, `<name>.yaml` */
  name: string;
  what: string;
  /** krisplan.config.yaml text the case is checked with, if any */
  config?: string;
  content: () => string | Uint8Array;
  /** what `krisplan validate` must give: its exit code and findings that must be among those reported */
  expect: { exit: number; findings?: ExpectedFinding[] };
}

export interface WrittenCase extends CorpusCase {
  file: string;
  /** path of the written config, if the case has one */
  config?: string;
}

export const VALID: string;
export const CRASH: RegExp;
export const CASES: CorpusCase[];
export function writeCorpus(dir: string): WrittenCase[];
