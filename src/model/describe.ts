import { childAt as child, splitPointer } from '../load/pointer.js';

const ITEM_NAMES: Record<string, string> = {
  contacts: 'contact',
  risks: 'risk',
  playbooks: 'playbook',
  steps: 'step',
  backups: 'backup',
  training: 'training',
  resources: 'resource',
  evaluations: 'evaluation',
  actions: 'action',
  services: 'service',
  clocks: 'clock',
};

/** Human name of the node at `pointer`: `risk "ddos"`, `owner of step 2 of playbook "overload"`, `the plan`. */
export function describe(data: unknown, pointer: string): string {
  const segments = splitPointer(pointer);
  const items: string[] = [];
  let key: string | undefined;
  let current = data;
  segments.forEach((segment, i) => {
    const value = child(current, segment);
    const list = segments[i - 1];
    const isLast = i === segments.length - 1;
    if (Array.isArray(current) && list !== undefined && /^\d+$/.test(segment)) {
      const id = child(value, 'id');
      const name = ITEM_NAMES[list] ?? 'item';
      items.push(typeof id === 'string' && id !== '' ? `${name} "${id}"` : `${name} ${Number(segment) + 1}`);
      key = undefined;
    } else if (i === 0 && segment === 'plan') {
      items.push('the plan');
      key = undefined;
    } else if (segment === 'crisis_site') {
      items.push('the crisis site');
      key = undefined;
    } else if (isLast || !(segment in ITEM_NAMES)) {
      key = segment;
    }
    current = value;
  });
  const context = items.reverse().join(' of ');
  if (key === undefined) return context || 'the plan';
  return context ? `${key} of ${context}` : key;
}
