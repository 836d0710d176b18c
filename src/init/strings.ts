import type { Lang } from './catalogue.js';

/** The words `krisplan init` writes into a plan, per plan language. Every value the user must replace starts with TODO. */
export interface PlanStrings {
  header(organization: string | undefined, today: string): string;
  planTitle(service: string | undefined): string;
  organization: string;
  service: string;
  lead: { name: string; id: string; role: string };
  deputy: { name: string; id: string; role: string };
  availability: string;
  customerService: { id: string; name: string; role: string; availability: string };
  crisisHosting: string;
  backup: { id: string; system: string };
  training: { id: string; topic(playbook: string | undefined): string; audience: string };
  comments: {
    plan: string;
    contacts: string;
    risks: string;
    preparedness: string;
    crisisSite: string;
    backups: string;
    training: string;
    playbooks: string;
    evaluations: string;
    /** beside the dates init sets or leaves unset: it certifies nothing nobody did */
    reviewed: string;
    verified: string;
    tested: string;
    restoreTested: string;
    held: string;
  };
}

export const STRINGS: Record<Lang, PlanStrings> = {
  en: {
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
  },
  sv: {
    header: (organization, today) => [
      `Krisplan${organization ? ` för ${organization}` : ''}, påbörjad med \`krisplan init\` ${today}.`,
      'Alla värden som börjar med TODO ska ni fylla i: `krisplan validate` listar dem',
      '(regeln placeholder) tills inga finns kvar. Ha planen i git och se över den minst en gång om året.',
    ].join('\n'),
    planTitle: (service) => (service ? `Krisplan – ${service}` : 'TODO: Krisplan – tjänstens namn'),
    organization: 'TODO: organisationens namn',
    service: 'TODO: tjänstens namn',
    lead: { name: 'TODO: krisledarens namn', id: 'krisledare', role: 'Krisledare' },
    deputy: { name: 'TODO: namn på krisledarens ersättare', id: 'ersattare', role: 'Ersättare för krisledaren, it och drift' },
    availability: 'TODO: när personen kan nås, t.ex. 24/7 eller kontorstid',
    customerService: { id: 'kundtjanst', name: 'Kundtjänst', role: 'Kontakten för kunder på kriswebben', availability: 'TODO: öppettider' },
    crisisHosting: 'TODO: var kriswebben ligger, skild från tjänstens egen drift',
    backup: { id: 'databas', system: 'TODO: vad som säkerhetskopieras, t.ex. kund- och orderdatabasen' },
    training: { id: 'skrivbordsovning', topic: (playbook) => (playbook ? `Skrivbordsövning: ${playbook}` : 'Skrivbordsövning'), audience: 'Krisgruppen' },
    comments: {
      plan: 'Planen som helhet: ägaren (krisledaren) och när planen senast sågs över i sin helhet.',
      contacts: [
        'Alla ni kan behöva nå i en kris: egen personal, leverantörer och myndigheter.',
        'Bekräfta varje kontakts uppgifter och tillgänglighet och sätt sedan verified: till det datumet.',
        'public: true markerar de kontakter som kriswebben får visa för kunderna.',
      ].join('\n'),
      risks: [
        'Riskbedömning: det som kan stoppa eller skada tjänsten. Konsekvens (severity) och sannolikhet',
        '(likelihood) anges 1–5; poäng = konsekvens × sannolikhet. Värderingarna är en utgångspunkt: justera dem.',
      ].join('\n'),
      preparedness: [
        'Beredskap: det som finns på plats innan något händer. krisplan init lämnar datumen för prov och',
        'utbildning tomma: inget är provat eller hållet förrän ni har gjort det. Lägg till varje datum när det är',
        'gjort och uppdatera det varje gång; krisplan validate varnar när ett datum är äldre än sitt intervall.',
      ].join('\n'),
      crisisSite: [
        'Kriswebben: en statisk sida hos en separat leverantör (helst på en egen domän) som ni byter till',
        'när tjänsten ligger nere, med ett förhandsgodkänt meddelande till allmänheten för varje handlingsplan.',
      ].join('\n'),
      backups: 'Säkerhetskopior: en säkerhetskopia är bara så bra som den senaste återläsningen som fungerade.',
      training: 'Utbildning: gå igenom en handlingsplan med krisgruppen minst en gång om året.',
      playbooks: [
        'Handlingsplaner: vad som ska göras, i tur och ordning, för varje slags kris. Varje steg har en',
        'ansvarig och en tidsgräns (within) räknad från att krisen upptäcks.',
      ].join('\n'),
      evaluations: [
        'Efter varje incident eller övning: datum (date), typ (incident eller exercise), rubrik (title),',
        'vad som fungerade (went_well), vad som ska bli bättre (improve) och åtgärder (actions);',
        'för en övning även vilka handlingsplaner som övades (playbooks).',
      ].join('\n'),
      reviewed: 'reviewed: är i dag eftersom arbetet med att skriva planen är dess första genomgång. Uppdatera efter varje genomgång.',
      verified: 'TODO verified: ÅÅÅÅ-MM-DD, när ni har bekräftat uppgifterna och tillgängligheten med personen.',
      tested: 'TODO tested: ÅÅÅÅ-MM-DD, den dag ni har bytt till kriswebben och sett att den fungerar.',
      restoreTested: 'TODO restore_tested: ÅÅÅÅ-MM-DD, den dag en återläsning från säkerhetskopian har provats och fungerat.',
      held: 'TODO held: ÅÅÅÅ-MM-DD, den dag utbildningen har hållits.',
    },
  },
};
