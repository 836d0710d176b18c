import { formatObligations, type ObligationFormat } from '../deadlines/obligations.js';
import { KrisplanError } from '../errors.js';
import { loadObligations } from '../model/obligations.js';
import type { Lang } from '../i18n/lang.js';
import { OK } from './exit-codes.js';

interface ObligationsOptions {
  jurisdiction?: string;
  format: ObligationFormat;
  lang: Lang;
}

export function runObligations(options: ObligationsOptions): number {
  const catalogue = loadObligations();
  const jurisdiction = options.jurisdiction?.toLowerCase();
  if (jurisdiction !== undefined && !/^[a-z]{2}$/.test(jurisdiction)) throw new KrisplanError(`--jurisdiction "${options.jurisdiction}" is not a two-letter country code such as se or gb`);
  process.stdout.write(formatObligations(catalogue, { jurisdiction, format: options.format, lang: options.lang }));
  return OK;
}
