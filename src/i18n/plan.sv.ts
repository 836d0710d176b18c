import type { PlanStrings } from './types.js';

/** The words `krisplan init` writes into a plan; every value the user must replace starts with TODO. */
export const plan: PlanStrings = {
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
  /** the one activation level `krisplan init` writes */
  activation: {
    title: 'Kris',
    criteria: 'Något av scenarierna nedan har inträffat eller misstänks, och en handlingsplan behöver startas',
    standDown: 'Tjänsten fungerar normalt igen och alla anmälningar är gjorda',
    comment: 'Aktivering: vem som tar emot första larmet, vem som får utlysa kris och vilka som kallas in.',
  },
  /** the name of an authority the catalogue does not know for the jurisdiction, by what it receives */
  authorities: {
    dpa: 'TODO: dataskyddsmyndigheten i er jurisdiktion',
    csirt: 'TODO: CSIRT-enheten (NIS2) i er jurisdiktion',
    'financial-supervisor': 'TODO: er finansiella tillsynsmyndighet (Dora)',
    'cra-coordinator': 'TODO: den CSIRT som är samordnare enligt CRA',
  },
};
