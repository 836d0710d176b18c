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

/** The words one language names plan nodes with. */
interface NodeWords {
  items: Record<string, string>;
  item: string;
  plan: string;
  crisisSite: string;
  quote: (id: string) => string;
  /** joins `step 2` and `playbook "x"`: ` of `, ` i ` */
  of: string;
  key: (key: string) => string;
}

const WORDS: Record<'en' | 'sv', NodeWords> = {
  en: { items: ITEM_NAMES, item: 'item', plan: 'the plan', crisisSite: 'the crisis site', quote: (id) => `"${id}"`, of: ' of ', key: (key) => key },
  sv: { items: ITEM_NAMES_SV, item: 'posten', plan: 'planen', crisisSite: 'kriswebben', quote: (id) => `”${id}”`, of: ' i ', key: (key) => KEYS_SV[key] ?? key },
};

/** Human name of the node at `pointer`: `risk "ddos"`, `owner of step 2 of playbook "overload"`, `the plan`; in Swedish `ansvarig i steg 2 i handlingsplanen ”overload”`. */
export function describe(data: unknown, pointer: string, lang: 'en' | 'sv' = 'en'): string {
  const words = WORDS[lang];
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
      const name = words.items[list] ?? words.item;
      items.push(typeof id === 'string' && id !== '' ? `${name} ${words.quote(id)}` : `${name} ${Number(segment) + 1}`);
      key = undefined;
    } else if (i === 0 && segment === 'plan') {
      items.push(words.plan);
      key = undefined;
    } else if (segment === 'crisis_site') {
      items.push(words.crisisSite);
      key = undefined;
    } else if (isLast || !(segment in words.items)) {
      key = segment;
    }
    current = value;
  });
  const context = items.reverse().join(words.of);
  if (key === undefined) return context || words.plan;
  const word = words.key(key);
  return context ? `${word}${words.of}${context}` : word;
}
