/** Evalueren and Intervisie. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface EvaluateStrings {
  /** Evalueren: evaluation forms for a date, and processing their decisions. */
  evaluate: {
    intro: string;
    date: string;
    location: string;
    allLocations: string;
    supervisor: string;
    allSupervisors: string;
    noSupervisor: string;
    inScope: (n: number) => string;
    noneInScope: string;
    pairing: (networker: string, client: string) => string;
    since: (date: string) => string;
    hasForm: string;
    more: (n: number) => string;
    button: string;
    hint: string;
    blocked: (errors: number) => string;
    made: (forms: number, sheet: string) => string;
    warningsHeading: (n: number) => string;
    process: string;
    processHint: string;
    ended: (n: number, register: string) => string;
    endedItem: (networker: string, client: string, date: string) => string;
    endedNone: string;
    concernsRecorded: (n: number) => string;
    concernItem: (about: string, withWhom: string | null, date: string, text: string) => string;
    alsoAdded: (n: number, register: string) => string;
  };
  /** Intervisie: the agenda per begeleider, with safety always on it. */
  intervisie: {
    intro: string;
    date: string;
    button: string;
    hint: string;
    previewHeading: (date: string) => string;
    previewNote: string;
    safety: string;
    safetyText: string;
    concern: string;
    openAction: string;
    nothing: string;
    pairing: (networker: string, client: string) => string;
    /** Knowledge-sharing items: a begeleider still to be trained, what went well in a pairing. */
    training: string;
    wentWell: string;
    count: (n: number) => string;
    noSupervisors: string;
    blocked: (errors: number) => string;
    made: (sheet: string) => string;
  };
}

export const evaluateNl: EvaluateStrings = {
  evaluate: {
    intro: 'Maak voor een datum een evaluatieformulier per actieve koppeling, om af te drukken of in te vullen. Wat al is ingevuld blijft bewaard als u de formulieren opnieuw maakt.',
    date: 'Evaluatiedatum',
    location: 'Locatie',
    allLocations: 'Alle locaties',
    supervisor: 'Begeleider',
    allSupervisors: 'Alle begeleiders',
    noSupervisor: 'geen begeleider',
    inScope: (n) => `${n} ${n === 1 ? 'koppeling krijgt' : 'koppelingen krijgen'} een formulier`,
    noneInScope: 'Er zijn geen actieve koppelingen in deze keuze.',
    pairing: (networker, client) => `${networker} met ${client}`,
    since: (date) => `sinds ${date}`,
    hasForm: 'formulier bestaat al',
    more: (n) => `En nog ${n} meer.`,
    button: 'Maak evaluatieformulieren',
    hint: 'Maakt het blad Evaluatie met de datum (opnieuw) en het Evaluatieoverzicht. Antwoorden die al in de formulieren staan blijven bewaard.',
    blocked: (errors) =>
      `Kring kan geen evaluatieformulieren maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
    made: (forms, sheet) => `${forms} ${forms === 1 ? 'formulier' : 'formulieren'} in ${sheet}; ingevulde antwoorden zijn bewaard.`,
    warningsHeading: (n) => `Waarschuwingen (${n})`,
    process: 'Verwerk evaluaties',
    processHint: 'Koppelingen met het besluit beëindigen of nieuwe koppeling worden in het register Koppelingen beëindigd, met de reden. Besluiten in Koppelvoorstellen worden meteen meeverwerkt.',
    ended: (n, register) => `${n} ${n === 1 ? 'koppeling' : 'koppelingen'} beëindigd in ${register}:`,
    endedItem: (networker, client, date) => `${networker} met ${client}, per ${date}`,
    endedNone: 'Er was geen evaluatie met het besluit beëindigen of nieuwe koppeling om te verwerken.',
    concernsRecorded: (n) => `Veiligheid: ${n} ${n === 1 ? 'zorg' : 'zorgen'} vastgelegd in Veiligheidssignalen. Een open signaal staat op elke intervisie tot het is afgehandeld, en de netwerker krijgt zolang geen nieuwe koppeling.`,
    concernItem: (about, withWhom, date, text) => `over ${about}${withWhom ? ` met ${withWhom}` : ''} (${date}): “${text}”`,
    alsoAdded: (n, register) => `Ook ${n} ${n === 1 ? 'nieuwe koppeling' : 'nieuwe koppelingen'} uit Koppelvoorstellen toegevoegd aan ${register}.`,
  },
  intervisie: {
    intro: 'De agenda voor de intervisie: per begeleider de koppelingen die aandacht vragen, met veiligheid altijd als vast punt.',
    date: 'Datum intervisie',
    button: 'Maak intervisie-agenda',
    hint: 'Maakt het blad Intervisie met de datum (opnieuw). Notities die er al in staan blijven bewaard.',
    previewHeading: (date) => `Agenda ${date}`,
    previewNote: 'Zo komt de agenda in het blad, op basis van de evaluaties die nu in de werkmap staan.',
    safety: 'Veiligheid (vast agendapunt)',
    safetyText: 'Zijn er (nieuwe) zorgen over veiligheid in een koppeling of bij een cliënt? Spreek af wat nodig is.',
    concern: 'Veiligheidssignaal (open)',
    openAction: 'Open actie van een vorige intervisie',
    nothing: 'Geen koppelingen die aandacht vragen.',
    pairing: (networker, client) => `${networker} met ${client}`,
    training: 'Training',
    wentWell: 'Wat ging goed (deel het)',
    count: (n) => `${n} ${n === 1 ? 'punt' : 'punten'}`,
    noSupervisors: 'Er zijn nog geen begeleiders of actieve koppelingen.',
    blocked: (errors) =>
      `Kring kan geen intervisie-agenda maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
    made: (sheet) => `Het blad ${sheet} is gemaakt; notities die er al stonden zijn bewaard.`,
  },
};

export const evaluateEn: EvaluateStrings = {
  evaluate: {
    intro: 'Make an evaluation form per active pairing for a date, to print or fill in. Whatever was filled in is kept when you make the forms again.',
    date: 'Evaluation date',
    location: 'Location',
    allLocations: 'All locations',
    supervisor: 'Support worker',
    allSupervisors: 'All support workers',
    noSupervisor: 'no support worker',
    inScope: (n) => `${n} ${n === 1 ? 'pairing gets' : 'pairings get'} a form`,
    noneInScope: 'There are no active pairings in this choice.',
    pairing: (networker, client) => `${networker} with ${client}`,
    since: (date) => `since ${date}`,
    hasForm: 'form exists',
    more: (n) => `And ${n} more.`,
    button: 'Make evaluation forms',
    hint: 'Makes (again) the evaluation sheet of the date and the evaluation overview. Answers already in the forms are kept.',
    blocked: (errors) =>
      `Kring cannot make evaluation forms: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
    made: (forms, sheet) => `${forms} ${forms === 1 ? 'form' : 'forms'} in ${sheet}; answers filled in were kept.`,
    warningsHeading: (n) => `Warnings (${n})`,
    process: 'Process evaluations',
    processHint: 'Pairings with the decision end or new pairing are ended in the Pairings register, with the reason. Decisions in the pairing suggestions are processed at the same time.',
    ended: (n, register) => `${n} ${n === 1 ? 'pairing' : 'pairings'} ended in ${register}:`,
    endedItem: (networker, client, date) => `${networker} with ${client}, as of ${date}`,
    endedNone: 'There was no evaluation with the decision end or new pairing to process.',
    concernsRecorded: (n) => `Safety: ${n} ${n === 1 ? 'concern' : 'concerns'} recorded in Safety concerns. An open concern is on every peer consultation until it is handled, and the networker gets no new pairing meanwhile.`,
    concernItem: (about, withWhom, date, text) => `about ${about}${withWhom ? ` with ${withWhom}` : ''} (${date}): “${text}”`,
    alsoAdded: (n, register) => `Also ${n} new ${n === 1 ? 'pairing' : 'pairings'} from the pairing suggestions added to ${register}.`,
  },
  intervisie: {
    intro: 'The agenda for peer consultation: per support worker the pairings that need attention, with safety always a fixed item.',
    date: 'Date of the consultation',
    button: 'Make consultation agenda',
    hint: 'Makes (again) the peer consultation sheet of the date. Notes already in it are kept.',
    previewHeading: (date) => `Agenda ${date}`,
    previewNote: 'This is how the agenda goes into the sheet, based on the evaluations now in the workbook.',
    safety: 'Safety (fixed item)',
    safetyText: 'Are there (new) worries about safety in any pairing or with any client? Agree on what is needed.',
    concern: 'Safety concern (open)',
    openAction: 'Open action from an earlier peer consultation',
    nothing: 'No pairings need attention.',
    pairing: (networker, client) => `${networker} with ${client}`,
    training: 'Training',
    wentWell: 'What went well (share it)',
    count: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    noSupervisors: 'There are no support workers or active pairings yet.',
    blocked: (errors) =>
      `Kring cannot make the agenda: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
    made: (sheet) => `The sheet ${sheet} was made; notes already in it were kept.`,
  },
};
