/** Intake (forms for the conversation with a client, read back into the input sheets). Dutch and English, one shape. */

export interface IntakeStrings {
  intro: string;
  date: string;
  location: string;
  allLocations: string;
  makeButton: string;
  made: (forms: number, sheet: string) => string;
  readButton: string;
  noChanges: (forms: number) => string;
  proposed: (count: number) => string;
  applyButton: (count: number) => string;
  applied: (count: number) => string;
  freshnessHeading: string;
  /** "Zonnehof: 12 van 19 beoordeeld, 3 langer dan 12 maanden geleden". */
  freshness: (location: string, assessed: number, clients: number, old: number, months: number) => string;
  blocked: string;
  working: string;
}

export const intakeNl: IntakeStrings = {
  intro: 'Beoordeel competenties, hulpvraag en interesses in een gesprek met de cliënt. Maak per cliënt een intakeformulier van één A4 (wie nog nooit is beoordeeld eerst), vul het samen in en zet de antwoorden in het blad. Kring laat zien wat er verandert; pas na uw akkoord schrijft het de wijzigingen in Competenties en Cliënten.',
  date: 'Datum gesprek',
  location: 'Locatie',
  allLocations: 'Alle locaties',
  makeButton: 'Maak intakeformulieren',
  made: (forms, sheet) => `${forms} ${forms === 1 ? 'intakeformulier' : 'intakeformulieren'} op het blad ${sheet}.`,
  readButton: 'Lees ingevulde intakes',
  noChanges: (forms) => `Geen wijzigingen uit ${forms} ${forms === 1 ? 'formulier' : 'formulieren'}.`,
  proposed: (count) => `${count} ${count === 1 ? 'voorgestelde wijziging' : 'voorgestelde wijzigingen'} (nog niet geschreven):`,
  applyButton: (count) => `Neem ${count} ${count === 1 ? 'wijziging' : 'wijzigingen'} over`,
  applied: (count) => `${count} ${count === 1 ? 'wijziging' : 'wijzigingen'} geschreven in Competenties en Cliënten.`,
  freshnessHeading: 'Wat weten we, en hoe recent?',
  freshness: (location, assessed, clients, old, months) => `${location}: ${assessed} van ${clients} beoordeeld${old ? `, ${old} langer dan ${months} maanden geleden` : ''}`,
  blocked: 'De invoer heeft fouten; er is niets geschreven. Kijk bij Controleren.',
  working: 'Bezig…',
};

export const intakeEn: IntakeStrings = {
  intro: 'Assess competences, needs and interests in a conversation with the client. Make a one-page intake form per client (those never assessed first), fill it in together and put the answers in the sheet. Kring shows what changes; only after you agree does it write the changes into Competences and Clients.',
  date: 'Date of the conversation',
  location: 'Location',
  allLocations: 'All locations',
  makeButton: 'Make intake forms',
  made: (forms, sheet) => `${forms} intake ${forms === 1 ? 'form' : 'forms'} on the sheet ${sheet}.`,
  readButton: 'Read filled-in intakes',
  noChanges: (forms) => `No changes from ${forms} ${forms === 1 ? 'form' : 'forms'}.`,
  proposed: (count) => `${count} proposed ${count === 1 ? 'change' : 'changes'} (not written yet):`,
  applyButton: (count) => `Accept ${count} ${count === 1 ? 'change' : 'changes'}`,
  applied: (count) => `${count} ${count === 1 ? 'change' : 'changes'} written into Competences and Clients.`,
  freshnessHeading: 'What do we know, and how recent is it?',
  freshness: (location, assessed, clients, old, months) => `${location}: ${assessed} of ${clients} assessed${old ? `, ${old} more than ${months} months ago` : ''}`,
  blocked: 'The input has errors; nothing was written. See Check.',
  working: 'Working…',
};
