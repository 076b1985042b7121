/** Resultaten. Dutch and English, one shape (a key missing in one language fails compilation). */

export interface ResultsStrings {
  intro: string;
  scope: string;
  organisation: string;
  previewHeading: (scope: string) => string;
  previewNote: string;
  chartTitle: string;
  /** The chart for screen readers: every date with its median. */
  chartLabel: (points: string) => string;
  point: (date: string, median: string) => string;
  noMaps: string;
  figures: string;
  measured: (dates: number) => string;
  activePairings: string;
  verySmall: string;
  klik: string;
  motivation: string;
  /** Loneliness (De Jong Gierveld) at the latest measurement date. */
  veryLonely: string;
  lonelinessMedian: string;
  notYet: string;
  attentionHeading: string;
  noAttention: string;
  sheetNote: string;
  button: string;
  hint: string;
  blocked: (errors: number) => string;
  /** `names`: the sheets joined with `and`. */
  made: (names: string, count: number) => string;
  and: string;
}

export const resultsNl: ResultsStrings = {
  intro:
    'Laat zien wat de methode oplevert: de netwerken over alle peildata, de koppelingen per kwartaal, klik en motivatie uit de evaluaties, en per begeleider de caseload en training.',
  scope: 'Voor',
  organisation: 'Hele organisatie',
  previewHeading: (scope) => `Voorbeeld: ${scope}`,
  previewNote: 'Op basis van de werkmap zoals die het laatst gelezen is.',
  chartTitle: 'Mediaan netwerkgrootte per peildatum',
  chartLabel: (points) => `Mediaan netwerkgrootte per peildatum: ${points}.`,
  point: (date, median) => `${date}: ${median} contacten`,
  noMaps: 'Er zijn nog geen netwerkkaarten met een peildatum.',
  figures: 'Kengetallen',
  measured: (dates) => `${dates} ${dates === 1 ? 'peildatum' : 'peildata'}`,
  activePairings: 'Actieve koppelingen',
  verySmall: 'Heel klein netwerk (laatste peildatum)',
  klik: 'Klik (laatste evaluatie, 1–5)',
  motivation: 'Motivatie (laatste evaluatie, 1–5)',
  veryLonely: 'Sterk eenzaam (laatste meting)',
  lonelinessMedian: 'Eenzaamheid, mediaan (0–6)',
  notYet: 'nog niet bekend',
  attentionHeading: 'Begeleiders die aandacht vragen',
  noAttention: 'Geen begeleider met een signaal.',
  sheetNote: 'Het Begeleidersoverzicht noemt ook begeleiders zonder (kandidaat-)netwerkers op een locatie met hulpvragen.',
  button: 'Maak resultaten',
  hint: 'Maakt de bladen Begeleidersoverzicht en Resultaten opnieuw, met grafieken: één A4-pagina per locatie, voor een overleg met team of management.',
  blocked: (errors) =>
    `Kring kan geen resultaten maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
  made: (names, count) => `${count === 1 ? 'Het blad' : 'De bladen'} ${names} ${count === 1 ? 'is' : 'zijn'} gemaakt.`,
  and: 'en',
};

export const resultsEn: ResultsStrings = {
  intro:
    "Shows what the method achieves: the networks over every measurement date, the pairings per quarter, rapport and motivation from the evaluations, and each support worker's caseload and training.",
  scope: 'For',
  organisation: 'Whole organisation',
  previewHeading: (scope) => `Preview: ${scope}`,
  previewNote: 'Based on the workbook as last read.',
  chartTitle: 'Median network size per measurement date',
  chartLabel: (points) => `Median network size per measurement date: ${points}.`,
  point: (date, median) => `${date}: ${median} contacts`,
  noMaps: 'There are no network maps with a measurement date yet.',
  figures: 'Figures',
  measured: (dates) => `${dates} measurement ${dates === 1 ? 'date' : 'dates'}`,
  activePairings: 'Active pairings',
  verySmall: 'Very small network (latest date)',
  klik: 'Rapport (latest evaluation, 1–5)',
  motivation: 'Motivation (latest evaluation, 1–5)',
  veryLonely: 'Very lonely (latest measurement)',
  lonelinessMedian: 'Loneliness, median (0–6)',
  notYet: 'not known yet',
  attentionHeading: 'Support workers who need attention',
  noAttention: 'No support worker with a flag.',
  sheetNote: 'The support worker overview also names support workers without (candidate) netwerkers at a location with needs.',
  button: 'Make results',
  hint: 'Rebuilds the sheets Support worker overview and Results, with charts: one A4 page per location, for a team or management meeting.',
  blocked: (errors) =>
    `Kring cannot make the results: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
  made: (names, count) => `The ${count === 1 ? 'sheet' : 'sheets'} ${names} ${count === 1 ? 'was' : 'were'} made.`,
  and: 'and',
};
