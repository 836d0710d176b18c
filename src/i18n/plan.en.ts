import type { PlanStrings } from './types.js';

/** The words `krisplan init` writes into a plan; every value the user must replace starts with TODO. */
export const plan: PlanStrings = {
  header: (organization, today) => [
    `Crisis plan${organization ? ` for ${organization}` : ''}, started with \`krisplan init\` on ${today}.`,
    'Every value that starts with TODO is yours to fill in: `krisplan validate` lists them',
    '(rule placeholder) until none is left. Keep the plan in git and review it at least once a year.',
  ].join('\n'),
  planTitle: (service) => (service ? `Crisis plan – ${service}` : 'TODO: Crisis plan – name of the service'),
  organization: 'TODO: name of the organisation',
  service: 'TODO: name of the service',
  lead: { name: 'TODO: name of the crisis lead', id: 'crisis-lead', role: 'Crisis lead' },
  deputy: { name: 'TODO: name of the deputy crisis lead', id: 'deputy', role: 'Deputy crisis lead, IT and operations' },
  availability: 'TODO: when they can be reached, e.g. 24/7 or office-hours',
  customerService: { id: 'customer-service', name: 'Customer service', role: 'The contact for customers on the crisis web', availability: 'TODO: opening hours' },
  crisisHosting: 'TODO: where the crisis web is hosted, separate from the service itself',
  backup: { id: 'database', system: 'TODO: what is backed up, e.g. the customer and order database' },
  training: { id: 'tabletop', topic: (playbook) => (playbook ? `Tabletop exercise: ${playbook}` : 'Tabletop exercise'), audience: 'The crisis team' },
  comments: {
    plan: 'The plan as a whole: its owner (the crisis lead) and when it was last reviewed end to end.',
    contacts: [
      'Everyone you may need to reach in a crisis: your own staff, suppliers and authorities.',
      "Confirm each contact's details and availability, then set verified: to that date.",
      'public: true marks the contacts the crisis web may show to customers.',
    ].join('\n'),
    risks: [
      'Risk assessment: what can stop or compromise the service. Severity (consequence) and likelihood',
      'run from 1 to 5; score = severity × likelihood. The ratings are a starting point: adjust them.',
    ].join('\n'),
    preparedness: [
      'Preparedness: what is in place before anything happens. krisplan init leaves the dates of tests and',
      'training unset: nothing has been tested or held until you do it. Add each date when it is done, and',
      'update it every time it is done again; krisplan validate warns when one is older than its interval.',
    ].join('\n'),
    crisisSite: [
      'The crisis web: a static page on separate hosting (ideally on a separate domain) that you switch',
      'to when the service is down, with a pre-approved public message for each playbook.',
    ].join('\n'),
    backups: 'Backups: a backup is only as good as the last restore that worked.',
    training: 'Training: walk the crisis team through a playbook at least once a year.',
    playbooks: [
      'Playbooks: what to do, in order, for each kind of crisis. Every step has an owner and a time',
      'limit (within) counted from when the crisis is discovered.',
    ].join('\n'),
    evaluations: [
      'After every incident or exercise: date, type (incident or exercise), title, went_well, improve',
      'and actions (action, owner, due, done); for an exercise, playbooks: the ids of the playbooks it exercised.',
    ].join('\n'),
    reviewed: 'reviewed: is today because writing this plan is its first full review. Update it after each review.',
    verified: 'TODO verified: YYYY-MM-DD, once you have confirmed these details and this availability with the person.',
    tested: 'TODO tested: YYYY-MM-DD, the day you have switched to the crisis web and seen it work.',
    restoreTested: 'TODO restore_tested: YYYY-MM-DD, the day a restore from this backup has been tested and worked.',
    held: 'TODO held: YYYY-MM-DD, the day the training has been held.',
  },
  /** the one activation level `krisplan init` writes */
  activation: {
    title: 'Crisis',
    criteria: 'One of the scenarios below has happened or is suspected, and a playbook needs to be started',
    standDown: 'The service works normally again and every report has been made',
    comment: 'Activation: who receives the first alarm, who may declare a crisis and who is called in.',
  },
  /** the name of an authority the catalogue does not know for the jurisdiction, by what it receives */
  authorities: {
    dpa: 'TODO: the data-protection authority of your jurisdiction',
    csirt: 'TODO: the CSIRT (NIS2) of your jurisdiction',
    'financial-supervisor': 'TODO: your financial supervisory authority (DORA)',
    'cra-coordinator': 'TODO: the CSIRT designated as coordinator under the CRA',
  },
};
