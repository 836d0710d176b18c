import type { Config } from '../config/types.js';
import type { Contact, Plan } from '../model/plan.js';
import { scoreRisk } from '../model/scoring.js';

export type Change =
  | { kind: 'risk-added'; id: string; title: string; score?: number; level?: string }
  | { kind: 'risk-removed'; id: string; title: string }
  | { kind: 'risk-rescored'; id: string; title: string; from: { score: number; level: string }; to: { score: number; level: string } }
  | { kind: 'owner-changed'; what: string; from: string | null; to: string | null }
  | { kind: 'contact-removed'; id: string; name: string }
  | { kind: 'contact-unreachable'; id: string; name: string }
  | { kind: 'step-removed'; playbook: string; action: string };

type Owned = { id?: string; owner?: string };

/** What changed between two versions of a plan that a reviewer of a crisis plan should see. */
export function comparePlans(before: Plan, after: Plan, config: Pick<Config, 'risk'>): Change[] {
  const changes: Change[] = [];
  const byId = <T extends { id?: string }>(items: T[]) => new Map(items.filter((item) => item.id !== undefined).map((item) => [item.id!, item]));

  const oldRisks = byId(before.risks);
  const newRisks = byId(after.risks);
  for (const [id, risk] of newRisks) {
    const old = oldRisks.get(id);
    const now = scoreRisk(risk, config);
    if (!old) {
      changes.push({ kind: 'risk-added', id, title: risk.title ?? '', ...(now ? { score: now.score, level: now.level } : {}) });
      continue;
    }
    const was = scoreRisk(old, config);
    if (was && now && was.score !== now.score) changes.push({ kind: 'risk-rescored', id, title: risk.title ?? '', from: was, to: now });
  }
  for (const [id, risk] of oldRisks) if (!newRisks.has(id)) changes.push({ kind: 'risk-removed', id, title: risk.title ?? '' });

  const owners = (label: string, olds: Owned[], news: Owned[]) => {
    const oldById = byId(olds);
    for (const [id, item] of byId(news)) {
      const old = oldById.get(id);
      if (old && (old.owner ?? null) !== (item.owner ?? null)) changes.push({ kind: 'owner-changed', what: `${label} "${id}"`, from: old.owner ?? null, to: item.owner ?? null });
    }
  };
  if ((before.plan.owner ?? null) !== (after.plan.owner ?? null)) changes.push({ kind: 'owner-changed', what: 'the plan', from: before.plan.owner ?? null, to: after.plan.owner ?? null });
  owners('risk', before.risks, after.risks);
  owners('service', before.services, after.services);
  owners('playbook', before.playbooks, after.playbooks);
  owners('backup', before.preparedness.backups, after.preparedness.backups);
  owners('training', before.preparedness.training, after.preparedness.training);
  owners('resource', before.preparedness.resources, after.preparedness.resources);
  if ((before.preparedness.crisis_site?.owner ?? null) !== (after.preparedness.crisis_site?.owner ?? null) && before.preparedness.crisis_site && after.preparedness.crisis_site) {
    changes.push({ kind: 'owner-changed', what: 'the crisis site', from: before.preparedness.crisis_site.owner ?? null, to: after.preparedness.crisis_site.owner ?? null });
  }

  const reachable = (contact: Contact) => contact.phone !== undefined || contact.email !== undefined;
  const newContacts = byId(after.contacts);
  for (const [id, old] of byId(before.contacts)) {
    const now = newContacts.get(id);
    if (!now) changes.push({ kind: 'contact-removed', id, name: old.name ?? '' });
    else if (reachable(old) && !reachable(now)) changes.push({ kind: 'contact-unreachable', id, name: now.name ?? '' });
  }

  const newPlaybooks = byId(after.playbooks);
  for (const [id, old] of byId(before.playbooks)) {
    const now = newPlaybooks.get(id);
    if (!now) continue;
    const kept = new Set(now.steps.map((step) => step.action));
    for (const step of old.steps) if (step.action !== undefined && !kept.has(step.action)) changes.push({ kind: 'step-removed', playbook: id, action: step.action });
  }
  return changes;
}
