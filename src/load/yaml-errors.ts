/** What a YAML error says, and where it is shown, in the reader's terms rather than the library's. */
import type * as YamlLibrary from 'yaml';
import type { Document } from 'yaml';
import { tooDeepMessage } from './budget.js';
import type { Limits } from './limits.js';
import { yamlLibrary as yaml } from './yaml-library.js';

export const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
  MULTIPLE_DOCS: 'a plan file holds one YAML document; remove the `---` separator or split the file',
  BAD_INDENT: 'bad indentation; align this line with its siblings',
};

/**
 * Where a YAML error is shown. A string with no closing quote is shown where it opens (the library reports the end
 * of the file, which after a final line break is a line the file does not have); any other error at the very end
 * is shown at the end of the last line.
 */
export function errorOffsets(document: Document.Parsed, text: string): (error: YamlLibrary.YAMLError) => number {
  let openings: Map<number, number> | undefined;
  return (error) => {
    const offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      // one walk for all of them: the start of each quoted scalar, by where it ends
      openings ??= quotedScalars(document);
      const opening = openings.get(offset);
      if (opening !== undefined) return opening;
    }
    return offset >= text.length ? endOfLastLine(text) : offset;
  };
}

/** The end of the last line, before the line break that ends the file (LF or CRLF). */
function endOfLastLine(text: string): number {
  if (text.endsWith('\r\n')) return text.length - 2;
  return text.endsWith('\n') ? text.length - 1 : text.length;
}

function quotedScalars(document: Document.Parsed): Map<number, number> {
  const openings = new Map<number, number>();
  yaml().visit(document, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range) openings.set(node.range[1], node.range[0]);
    },
  });
  return openings;
}

export function yamlMessage(code: string, message: string, text: string, offset: number, limits: Limits): string {
  // the library catches its own stack overflow on very deep documents; composeDocuments stops those before
  if (code === 'RESOURCE_EXHAUSTION') return tooDeepMessage(limits);
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /^!\S*/.exec(text.slice(offset))?.[0] ?? message.replace(/^Unresolved tag: /, '');
    return `unsupported YAML tag ${tag}; a plan holds plain values only`;
  }
  const known = YAML_MESSAGES[code];
  if (known) return known;
  const first = message.split('\n')[0] ?? message;
  if (code === 'BAD_DIRECTIVE') return `${first.replace(/ at line \d+, column \d+:?$/, '').replace(/^./, (c) => c.toLowerCase())}; a plan is plain YAML 1.2 and needs no directive (remove the line)`;
  return `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '').replace(/^./, (c) => c.toLowerCase())}`;
}
