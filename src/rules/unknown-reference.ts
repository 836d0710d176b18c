import { escapePointer } from '../load/pointer.js';
import { references } from '../model/walk.js';
import { closest } from '../util/suggest.js';
import type { Rule, RuleHit } from './types.js';

const rule: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'Every owner, deputy, role holder, provider, playbook, service, activation and notified-contact id must exist, and crisis-site messages must be keyed by existing playbook ids.',
  check(plan, context) {
    const idsOf = (items: { id?: string }[]) => new Set(items.map((item) => item.id).filter((id): id is string => id !== undefined));
    const contact = idsOf(plan.contacts);
    const service = idsOf(plan.services);
    const role = idsOf(plan.roles);
    const ids = {
      contact,
      playbook: idsOf(plan.playbooks),
      service,
      'contact or service': new Set([...contact, ...service]),
      'contact or role': new Set([...contact, ...role]),
    };
    const hits: RuleHit[] = [];
    for (const ref of references(plan)) {
      if (ref.id === undefined || ids[ref.kind].has(ref.id)) continue;
      hits.push({ path: ref.path, text: { key: 'rule.unknown-reference.detail', values: { thing: { node: ref.path }, id: ref.id } }, message: `${context.describe(ref.path)} is "${ref.id}", which is no ${ref.kind} id; ${fix(ref.id, ids[ref.kind], ref.kind, hits.length)}` });
    }
    for (const key of Object.keys(plan.preparedness.crisis_site?.messages ?? {})) {
      if (ids.playbook.has(key)) continue;
      hits.push({
        path: `/preparedness/crisis_site/messages/${escapePointer(key)}`,
        at: 'key',
        message: `crisis-site message "${key}" is keyed by no playbook id; ${fix(key, ids.playbook, 'playbook', hits.length)}`,
      });
    }
    return hits;
  },
};

// did-you-mean compares with every id; past this many unknown references in a file it costs more than it helps
const MAX_HINTS = 100;

function fix(id: string, known: ReadonlySet<string>, kind: string, earlier: number): string {
  const meant = earlier < MAX_HINTS ? closest(id, known) : undefined;
  if (meant) return `did you mean "${meant}"?`;
  if (kind === 'contact or role') return `use the id of a contact or a role, or add a contact with id: ${id}`;
  return `use the id of one of the ${kind}s, or add a ${kind} with id: ${id}`;
}

export default rule;
