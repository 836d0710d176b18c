/**
 * Where a rule's page lives: `docs/rules/<id>.md`, shipped with the package (`krisplan rules <id>` prints it)
 * and linked from SARIF `helpUri`. The base is package.json `repository` (a test keeps the two equal).
 */
export const REPOSITORY_URL = 'https://github.com/krisplan/krisplan';

export function rulePagePath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function rulePageUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/${rulePagePath(id)}`;
}
