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
  roles: 'role',
  levels: 'level',
};

const ITEM_NAMES_SV: Record<string, string> = {
  contacts: 'kontakten',
  risks: 'risken',
  playbooks: 'handlingsplanen',
  steps: 'steg',
  backups: 'säkerhetskopian',
  training: 'utbildningen',
  resources: 'resursen',
  evaluations: 'utvärderingen',
  actions: 'åtgärd',
  services: 'tjänsten',
  clocks: 'tidsfristen',
  roles: 'rollen',
  levels: 'nivån',
};

/** The plan's keys a Swedish reader meets in a warning, in words; any other key is shown as written. */
const KEYS_SV: Record<string, string> = {
  owner: 'ansvarig', name: 'namnet', phone: 'telefonnumret', email: 'e-postadressen', availability: 'tillgängligheten',
  organization: 'organisationen', role: 'rollen', title: 'rubriken', url: 'adressen', hosting: 'driften', deputy: 'ersättaren',
  holder: 'innehavaren', provider: 'leverantören', playbook: 'handlingsplanen', system: 'systemet', topic: 'ämnet', action: 'åtgärden',
  notify: 'mottagaren', entry_point: 'första larmet', frequency: 'frekvensen', trigger: 'utlösaren', audience: 'deltagarna',
};

/** Human name of the node at `pointer`: `risk "ddos"`, `owner of step 2 of playbook "overload"`, `the plan`; in Swedish `ansvarig i steg 2 i handlingsplanen ”overload”`. */
export function describe(data: unknown, pointer: string, lang: 'en' | 'sv' = 'en'): string {
  if (lang === 'sv') return describeSv(data, pointer);
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

function describeSv(data: unknown, pointer: string): string {
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
      const name = ITEM_NAMES_SV[list] ?? 'posten';
      items.push(typeof id === 'string' && id !== '' ? `${name} ”${id}”` : `${name} ${Number(segment) + 1}`);
      key = undefined;
    } else if (i === 0 && segment === 'plan') {
      items.push('planen');
      key = undefined;
    } else if (segment === 'crisis_site') {
      items.push('kriswebben');
      key = undefined;
    } else if (isLast || !(segment in ITEM_NAMES_SV)) {
      key = segment;
    }
    current = value;
  });
  const context = items.reverse().join(' i ');
  if (key === undefined) return context || 'planen';
  const word = KEYS_SV[key] ?? key;
  return context ? `${word} i ${context}` : word;
}
