import { describe } from '../model/describe.js';
import type { SchemaHit } from './to-findings.js';

/**
 * What JSON Schema cannot say: a residual rating may not be above the inherent one. Reported as schema
 * findings, checked only where the schema accepted both numbers.
 */
export function crossFieldHits(data: unknown, rejected: ReadonlySet<string>): SchemaHit[] {
  const risks = (data as { risks?: unknown }).risks;
  if (!Array.isArray(risks)) return [];
  const hits: SchemaHit[] = [];
  risks.forEach((risk: unknown, i) => {
    if (typeof risk !== 'object' || risk === null) return;
    const { residual } = risk as { residual?: Record<string, unknown> };
    if (typeof residual !== 'object' || residual === null) return;
    for (const axis of ['severity', 'likelihood'] as const) {
      const inherent = (risk as Record<string, unknown>)[axis];
      const after = residual[axis];
      const path = `/risks/${i}/residual/${axis}`;
      if (typeof inherent !== 'number' || typeof after !== 'number' || rejected.has(path) || rejected.has(`/risks/${i}/${axis}`)) continue;
      if (after > inherent) {
        hits.push({ path, at: 'value', message: `residual ${axis} of ${describe(data, `/risks/${i}`)} is ${after}, above the inherent ${axis} ${inherent}; mitigations cannot make a risk worse — lower it or correct the rating` });
      }
    }
  });
  return hits;
}
