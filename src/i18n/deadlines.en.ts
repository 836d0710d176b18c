/** The words of `krisplan deadlines` (table, Markdown, iCalendar). */
export const deadlines = {
  heading: 'Deadlines for playbook',
  t0: 'T0 (awareness)',
  statutory: 'Statutory deadlines',
  internal: 'Internal targets (not law)',
  undue: 'without undue delay',
  to: 'to',
  none: 'no contact in the plan',
  from: { awareness: 'from awareness', activation: 'from activation of the plan', classification: 'after classification', 'fix-available': 'after a fix is available', after: 'after' } as Record<string, string>,
  waiting: (event: string) => `${event}: no time yet (give --event ${event}=DATETIME)`,
  chained: (after: string, at: string) => `after ${after} is sent — at the latest ${at} if sent at its own deadline`,
  sentAt: (after: string) => `after ${after} was sent`,
  latest: 'at the latest',
  sent: 'sent',
  none2: 'The playbook has no clocks.',
  note: 'note',
  sameNote: (id: string) => `as for ${id}`,
  notes: 'Notes',
  recipients: { dpa: 'the data-protection authority', csirt: 'the CSIRT', 'financial-supervisor': 'the financial supervisor', 'cra-coordinator': 'the CSIRT designated as coordinator (CRA)', controller: 'the controller', 'data-subjects': 'the data subjects (the people affected)', 'service-recipients': 'the recipients of the service', clients: 'the clients affected', users: 'the users affected' } as Record<string, string>,
  secondLimit: 'second limit',
  /** the Markdown table's header row */
  columns: '| due | what | limit | to | basis |',
};

/** The shape every language's deadline words have (English defines it). */
export type DeadlineWords = typeof deadlines;
