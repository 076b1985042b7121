/** Eenzaamheid (the loneliness questionnaires and scores). Dutch and English, one shape. */

export interface LonelinessStrings {
  intro: string;
  date: string;
  location: string;
  allLocations: string;
  button: string;
  hint: string;
  blocked: (errors: number) => string;
  made: (forms: number, sheet: string) => string;
  warningsHeading: (count: number) => string;
  scoresHeading: string;
  noScores: string;
  measured: (clients: number, measurements: number) => string;
  levels: string;
  /** A client's latest score: "3 van 6, enigszins eenzaam (01-09-2026)". */
  latest: (total: number, level: string, date: string) => string;
  more: (count: number) => string;
  source: string;
}

export const lonelinessNl: LonelinessStrings = {
  intro:
    'Voelen cliënten zich minder eenzaam? Maak per cliënt een vragenlijst van één A4 met de zes uitspraken van de eenzaamheidsschaal (De Jong Gierveld), vul die samen met de cliënt in en zet de kruisjes in het blad. Kring leest ze terug.',
  date: 'Datum',
  location: 'Locatie',
  allLocations: 'Alle locaties',
  button: 'Maak vragenlijsten',
  hint: 'Eén A4 per actieve cliënt, in grote letters, zonder scores. Kruisjes die al zijn gezet, blijven staan.',
  blocked: (errors) => `Er ${errors === 1 ? 'is 1 fout' : `zijn ${errors} fouten`} in de invoer; er is niets geschreven.`,
  made: (forms, sheet) => `${forms} ${forms === 1 ? 'vragenlijst' : 'vragenlijsten'} op het blad ${sheet}.`,
  warningsHeading: (count) => `${count} ${count === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  scoresHeading: 'Scores (laatste meting per cliënt)',
  noScores: 'Nog geen metingen: vul het blad Eenzaamheid of de vragenlijsten in.',
  measured: (clients, measurements) => `${clients} ${clients === 1 ? 'cliënt' : 'cliënten'} gemeten, ${measurements} ${measurements === 1 ? 'meting' : 'metingen'}.`,
  levels: 'Niveau bij de laatste meting',
  latest: (total, level, date) => `${total} van 6, ${level} (${date})`,
  more: (count) => `en nog ${count}; alle metingen staan in het Eenzaamheidsoverzicht.`,
  source: 'Score 0–6: 0–1 niet, 2–4 enigszins, 5–6 sterk eenzaam (CBS, De Jong Gierveld & Van Tilburg 2006).',
};

export const lonelinessEn: LonelinessStrings = {
  intro:
    'Do clients feel less lonely? Make a one-page questionnaire per client with the six statements of the loneliness scale (De Jong Gierveld), fill it in with the client and put the ticks in the sheet. Kring reads them back.',
  date: 'Date',
  location: 'Location',
  allLocations: 'All locations',
  button: 'Make questionnaires',
  hint: 'One A4 page per active client, in large type, without scores. Ticks already made are kept.',
  blocked: (errors) => `The input has ${errors === 1 ? '1 error' : `${errors} errors`}; nothing was written.`,
  made: (forms, sheet) => `${forms} ${forms === 1 ? 'questionnaire' : 'questionnaires'} on the sheet ${sheet}.`,
  warningsHeading: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  scoresHeading: 'Scores (latest measurement per client)',
  noScores: 'No measurements yet: fill in the sheet Loneliness or the questionnaires.',
  measured: (clients, measurements) => `${clients} ${clients === 1 ? 'client' : 'clients'} measured, ${measurements} ${measurements === 1 ? 'measurement' : 'measurements'}.`,
  levels: 'Level at the latest measurement',
  latest: (total, level, date) => `${total} of 6, ${level} (${date})`,
  more: (count) => `and ${count} more; every measurement is in the Loneliness overview.`,
  source: 'Score 0–6: 0–1 not, 2–4 somewhat, 5–6 very lonely (CBS, De Jong Gierveld & Van Tilburg 2006).',
};
