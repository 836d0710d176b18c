import { createHash } from 'node:crypto';
import type { Reporter } from './types.js';
import { REPOSITORY_URL as INFORMATION_URI, rulePageUrl } from '../rules/pages.js';
import { jsonText } from '../util/json.js';

// a rule's name must differ from its id, and not only in case (SARIF §3.49.7; the SARIF multitool's SARIF1001)
const ONE_WORD_NAMES: Record<string, string> = {
  dependency: 'UnverifiedDependency',
  parse: 'UnparsablePlan',
  placeholder: 'UnfilledPlaceholder',
  schema: 'SchemaMismatch',
  unexercised: 'UnexercisedPlaybook',
};

/** PascalCase words for a rule id: stale-review → StaleReview. */
export function ruleName(id: string): string {
  const words = id.split(/[-_]/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1));
  if (words.length > 1) return words.join('');
  return ONE_WORD_NAMES[id] ?? `${words.join('')}Rule`;
}

/**
 * A relative path as a URI reference (RFC 3986): each segment percent-encoded as UTF-8, so a file named
 * 'hash#1.yaml', 'pct%.yaml', 'space name.yaml' or 'åäö.yaml' is not read as a fragment, an escape or an invalid URI.
 */
export function pathToUriReference(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

/** SARIF 2.1.0, as GitHub code scanning reads it. */
const sarif: Reporter = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const results = result.files.flatMap((file) => {
    const uri = pathToUriReference(context.repositoryPath(file.file));
    const seen = new Map<string, number>();
    return file.findings.map((f) => {
      // by rule and node, not line: the same finding keeps its fingerprint when lines above it move
      const key = `${uri}\0${f.rule}\0${f.path}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const fingerprint = createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
      return {
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: f.severity,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column },
            },
            ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'object' }] } : {}),
          },
        ],
        partialFingerprints: { 'krisplanFinding/v1': fingerprint },
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'krisplan',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              name: ruleName(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: rulePageUrl(rule.id),
              help: { text: rule.description },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        // uris are relative to the repository root (outside a repository, the folder krisplan ran in); where that
        // is on disk is left to the reader, as GitHub resolves them against its checkout
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The root of the repository, or the folder krisplan ran in outside a repository.' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonText(log);
};

export default sarif;
