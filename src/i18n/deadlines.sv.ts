import type { DeadlineWords } from './deadlines.en.js';

export const deadlines: DeadlineWords = {
  heading: 'Tidsfrister för handlingsplanen',
  t0: 'T0 (vetskap)',
  statutory: 'Lagstadgade tidsfrister',
  internal: 'Interna mål (inte lag)',
  undue: 'utan onödigt dröjsmål',
  to: 'till',
  none: 'ingen kontakt i planen',
  from: { awareness: 'från vetskap', activation: 'från att planen aktiverades', classification: 'efter klassificering', 'fix-available': 'efter att en åtgärd finns', after: 'efter' } as Record<string, string>,
  waiting: (event: string) => `${event}: ingen tidpunkt ännu (ange --event ${event}=DATUMTID)`,
  chained: (after: string, at: string) => `efter att ${after} skickats — senast ${at} om den skickas vid sin egen frist`,
  sentAt: (after: string) => `efter att ${after} skickades`,
  latest: 'senast',
  sent: 'skickad',
  none2: 'Handlingsplanen har inga tidsfrister.',
  note: 'anm.',
  sameNote: (id: string) => `som för ${id}`,
  notes: 'Anmärkningar',
  recipients: { dpa: 'tillsynsmyndigheten för dataskydd', csirt: 'CSIRT-enheten', 'financial-supervisor': 'den finansiella tillsynsmyndigheten', 'cra-coordinator': 'den CSIRT som är samordnare (CRA)', controller: 'den personuppgiftsansvarige', 'data-subjects': 'de registrerade (de berörda personerna)', 'service-recipients': 'mottagarna av tjänsten', clients: 'de berörda kunderna', users: 'de berörda användarna' } as Record<string, string>,
  secondLimit: 'andra gränsen',
  /** the Markdown table's header row */
  columns: '| senast | vad | frist | till | grund |',
};
