import { createHash } from 'node:crypto';
import type { Reporter } from './types.js';
import { REPOSITORY_URL as INFORMATION_URI, rulePageUrl } from '../rules/pages.js';
import { jsonText } from '../util/json.js';

/** SARIF 2.1.0, as GitHub code scanning reads it. */
const sarif: Reporter = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const results = result.files.flatMap((file) => {
    const uri = context.repositoryPath(file.file);
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
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: rulePageUrl(rule.id),
              help: { text: rule.description },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonText(log);
};

export default sarif;
