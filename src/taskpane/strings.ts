/**
 * Every text the task pane shows, in Dutch and English. Both objects have the shape of
 * `Strings`, so a key missing in one language fails compilation. Messages about the workbook
 * itself (problems, progress steps) come bilingual from the engine.
 */
import { Lang } from '../engine/i18n';

export interface Strings {
  appName: string;
  tagline: string;
  /** Welcome screen (a workbook without Kring's input sheets). */
  welcome: {
    heading: string;
    intro: string[];
    createSheets: string;
    createSheetsHint: string;
    openSample: string;
    openSampleHint: string;
  };
  /** The state of the workbook at a glance. */
  overview: {
    heading: string;
    clients: string;
    networkers: string;
    activePairings: string;
    problems: string;
    problemsNone: string;
    problemsCount: (errors: number, warnings: number) => string;
    notChecked: string;
    openDecisions: string;
    evaluationsDue: string;
    /** Input sheets without clients yet. */
    empty: string;
  };
  check: {
    button: string;
    hint: string;
    /** Shown after a check without errors. */
    noErrors: string;
    noProblems: string;
    /** Shown after a check with errors. */
    hasErrors: (errors: number, warnings: number) => string;
    errorsHeading: (n: number) => string;
    warningsHeading: (n: number) => string;
    error: string;
    warning: string;
    row: string;
    column: string;
    wholeSheet: string;
    goToCell: (sheet: string, address: string) => string;
    selectedCell: (sheet: string, address: string) => string;
    more: (n: number) => string;
    listLabel: string;
  };
  /** The steps of the method, as tabs. */
  nav: {
    label: string;
    check: string;
    pairing: string;
    maps: string;
    evaluate: string;
    intervisie: string;
    settings: string;
  };
  /** Choosing a date (Evalueren, Intervisie). */
  date: {
    placeholder: string;
    invalid: string;
    openCalendar: string;
    goToToday: string;
    prevMonth: string;
    nextMonth: string;
    prevYear: string;
    nextYear: string;
    close: string;
    months: string[];
    shortMonths: string[];
    days: string[];
    shortDays: string[];
  };
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
  /** Instellingen: the settings sheet, edited in the pane. */
  settings: {
    intro: string;
    weightsHeading: string;
    weightsHint: (total: number) => string;
    weights: { needs: string; interests: string; location: string; availability: string; age: string; priority: string };
    rulesHeading: string;
    locationRule: string;
    availabilityRule: string;
    rules: { required: string; preferred: string; ignored: string };
    onlyUnpaired: string;
    on: string;
    off: string;
    smallNetwork: string;
    smallNetworkHint: string;
    overdueWeeks: string;
    overdueWeeksHint: string;
    privacy: string;
    privacyHint: string;
    privacyChoices: { names: string; initials: string; ids: string };
    language: string;
    languageHint: string;
    languages: { auto: string; nl: string; en: string };
    increase: string;
    decrease: string;
    mapHeading: string;
    sectors: string;
    rings: string;
    listsNote: string;
    save: string;
    saveHint: string;
    unsaved: string;
    saved: (sheet: string) => string;
    notSaved: (n: number) => string;
  };
  /** What this Excel cannot do (requirement sets), and what Kring leaves out because of it. */
  features: {
    intro: string;
    dataValidation: string;
    pageLayout: string;
    chartLabels: string;
    chartSeries: string;
  };
  /** Koppelen: pairing suggestions, decisions, processing them. */
  pairing: {
    heading: string;
    intro: string;
    location: string;
    allLocations: string;
    button: string;
    hint: string;
    /** Errors in the input stop the round before anything is written. */
    blocked: (errors: number) => string;
    warningsHeading: (n: number) => string;
    listLabel: string;
    summary: (suggestions: number, accepted: number, rejected: number) => string;
    none: string;
    more: (n: number) => string;
    networker: string;
    client: string;
    score: string;
    scoreOf: (score: number) => string;
    locationOf: (location: string) => string;
    activity: string;
    noActivity: string;
    why: string;
    alternatives: string;
    accept: string;
    reject: string;
    acceptLabel: (networker: string, client: string) => string;
    rejectLabel: (networker: string, client: string) => string;
    decision: { open: string; accepted: string; rejected: string };
    saving: string;
    unmatchedHeading: (n: number) => string;
    process: string;
    processHint: string;
    processed: (added: number, remembered: number, register: string) => string;
    processedNothing: string;
    processedWarnings: (n: number) => string;
    again: string;
  };
  /** Netwerkkaarten: find a client, preview the map and its figures, make the sheets. */
  maps: {
    intro: string;
    search: string;
    searchPlaceholder: string;
    clients: string;
    /** More matches than listed. */
    moreMatches: (shown: number, total: number) => string;
    noMatch: (query: string) => string;
    noClients: string;
    noMap: (client: string) => string;
    /** The date of the (later) map, and the earlier one it is compared with, or none. */
    toDate: string;
    fromDate: string;
    noComparison: string;
    noDate: string;
    previewHeading: (client: string) => string;
    /** Above the preview: the date drawn and its size. */
    caption: (date: string, size: number) => string;
    /** The preview's accessible summary. */
    summary: (client: string, date: string, size: number, sectors: string, rings: string, ties: number) => string;
    sectorCount: (sector: string, n: number) => string;
    ringCount: (ring: number, label: string, n: number) => string;
    noContacts: string;
    figures: string;
    figure: string;
    unknown: string;
    change: (from: string, to: string) => string;
    button: string;
    hint: string;
    overview: string;
    overviewHint: string;
    blocked: (errors: number) => string;
    made: (sheet: string) => string;
    overviewMade: (sheet: string, maps: number) => string;
    warningsHeading: (n: number) => string;
  };
  busy: {
    loading: string;
    check: string;
    createInputSheets: string;
    openSample: string;
    selectCell: string;
    suggest: string;
    processDecisions: string;
    maps: string;
    overview: string;
    evaluate: string;
    processEvaluations: string;
    intervisie: string;
    saveSettings: string;
    step: (step: number, total: number) => string;
    cancel: string;
    cancelling: string;
    writing: string;
  };
  cancelled: string;
  created: (n: number) => string;
  nothingCreated: string;
  sampleOpened: (added: number, filled: number) => string;
  refresh: string;
  retry: string;
  dismiss: string;
  /** taskpane.html opened outside Office (office.js did not load). */
  outsideOffice: string;
  /** Plain-language messages for errors thrown by Office or the gateway. */
  errors: {
    title: string;
    cellEditMode: string;
    protected: string;
    notFound: string;
    tooLarge: string;
    unsupported: string;
    busy: string;
    generic: string;
  };
}

export const nl: Strings = {
  appName: 'Kring',
  tagline: 'Cliëntennetwerken in Excel',
  welcome: {
    heading: 'Welkom bij Kring',
    intro: [
      'Kring maakt van uw bladen met cliënten, competenties en contacten koppelvoorstellen, netwerkkaarten en evaluatiebladen, zonder Excel te verlaten.',
      'Deze werkmap heeft nog geen invoerbladen van Kring. Maak lege invoerbladen om zelf in te vullen, of open eerst het voorbeeld.',
    ],
    createSheets: 'Maak invoerbladen',
    createSheetsHint: 'Voegt de ontbrekende invoerbladen toe. Bestaande bladen blijven zoals ze zijn.',
    openSample: 'Open voorbeeld',
    openSampleHint: 'Vult de werkmap met een voorbeeld van zestig verzonnen cliënten.',
  },
  overview: {
    heading: 'Deze werkmap',
    clients: 'Cliënten',
    networkers: 'Netwerkers (actief)',
    activePairings: 'Actieve koppelingen',
    problems: 'Problemen',
    problemsNone: 'geen',
    problemsCount: (errors, warnings) =>
      [errors ? `${errors} ${errors === 1 ? 'fout' : 'fouten'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : '']
        .filter(Boolean)
        .join(', '),
    notChecked: 'nog niet gecontroleerd',
    openDecisions: 'Open besluiten',
    evaluationsDue: 'Evaluaties nodig',
    empty: 'Er staan nog geen cliënten in de werkmap. Vul het blad Cliënten in, of open eerst het voorbeeld.',
  },
  check: {
    button: 'Controleer werkmap',
    hint: 'Leest de invoerbladen en meldt wat er ontbreekt of niet klopt. Kring verandert niets.',
    noErrors: 'Geen fouten gevonden.',
    noProblems: 'Geen fouten of waarschuwingen gevonden. De werkmap is klaar voor Kring.',
    hasErrors: (errors, warnings) =>
      `${errors} ${errors === 1 ? 'fout' : 'fouten'}${warnings ? ` en ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}` : ''} gevonden. Verbeter de fouten en controleer opnieuw.`,
    errorsHeading: (n) => `Fouten (${n})`,
    warningsHeading: (n) => `Waarschuwingen (${n})`,
    error: 'Fout',
    warning: 'Waarschuwing',
    row: 'rij',
    column: 'kolom',
    wholeSheet: 'hele blad',
    goToCell: (sheet, address) => `Ga naar cel ${address} op blad ${sheet}`,
    selectedCell: (sheet, address) => `Cel ${address} op blad ${sheet} is geselecteerd.`,
    more: (n) => `En nog ${n} meer. Verbeter eerst deze en controleer opnieuw.`,
    listLabel: 'Gevonden problemen',
  },
  nav: {
    label: 'Stappen',
    check: 'Controleren',
    pairing: 'Koppelen',
    maps: 'Netwerkkaarten',
    evaluate: 'Evalueren',
    intervisie: 'Intervisie',
    settings: 'Instellingen',
  },
  date: {
    placeholder: 'dd-mm-jjjj',
    invalid: 'Typ een datum als 31-12-2026.',
    openCalendar: 'Kalender openen',
    goToToday: 'Naar vandaag',
    prevMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    prevYear: 'Vorig jaar',
    nextYear: 'Volgend jaar',
    close: 'Kalender sluiten',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['Z', 'M', 'D', 'W', 'D', 'V', 'Z'],
  },
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
    safetyText: 'Zijn er zorgen over veiligheid in een koppeling? Spreek af wat nodig is.',
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
  settings: {
    intro: 'De instellingen staan in het blad Instellingen van deze werkmap, zodat collega\'s dezelfde zien. Pas ze hier aan en kies Opslaan.',
    weightsHeading: 'Gewichten van de score',
    weightsHint: (total) => `Hoe zwaar elk deel meetelt (0–100), ten opzichte van elkaar. Samen nu ${total}.`,
    weights: {
      needs: 'Hulpvraag gedekt',
      interests: 'Gedeelde interesses',
      location: 'Zelfde locatie',
      availability: 'Beschikbaarheid',
      age: 'Leeftijd',
      priority: 'Voorrang klein netwerk',
    },
    rulesHeading: 'Regels voor koppelen',
    locationRule: 'Locatie',
    availabilityRule: 'Beschikbaarheid',
    rules: {
      required: 'Verplicht: anders geen voorstel',
      preferred: 'Voorkeur: telt mee in de score',
      ignored: 'Negeren',
    },
    onlyUnpaired: 'Alleen cliënten zonder actieve koppeling',
    on: 'Ja',
    off: 'Nee',
    smallNetwork: 'Klein netwerk: hoogstens zoveel contacten',
    smallNetworkHint: 'Cliënten met zo\'n klein netwerk krijgen voorrang.',
    overdueWeeks: 'Evaluatie te laat na (weken)',
    overdueWeeksHint: 'Daarna komt een koppeling op de intervisie-agenda.',
    privacy: 'Namen op afdrukken',
    privacyHint: 'Wat netwerkkaarten, evaluaties en de intervisie-agenda tonen.',
    privacyChoices: { names: 'Namen', initials: 'Initialen', ids: "ID's" },
    language: 'Taal',
    languageHint: 'De taal van Kring en van nieuwe bladen. Wordt meteen opgeslagen.',
    languages: { auto: 'Automatisch (taal van Office)', nl: 'Nederlands', en: 'English' },
    increase: 'Hoger',
    decrease: 'Lager',
    mapHeading: 'Netwerkkaart',
    sectors: 'Sectoren',
    rings: 'Ringen',
    listsNote: 'Sectoren en ringen past u aan in het blad Instellingen.',
    save: 'Opslaan',
    saveHint: 'Schrijft de instellingen in het blad Instellingen (maakt het blad als het er nog niet is).',
    unsaved: 'Er zijn wijzigingen die nog niet zijn opgeslagen.',
    saved: (sheet) => `Opgeslagen in het blad ${sheet}. Collega's die deze werkmap openen zien dezelfde instellingen.`,
    notSaved: (n) => `${n} ${n === 1 ? 'instelling is' : 'instellingen zijn'} niet opgeslagen:`,
  },
  features: {
    intro: 'Deze versie van Excel kan niet alles wat Kring gebruikt. De rest werkt gewoon; Kring laat alleen dit weg:',
    dataValidation: 'keuzelijsten in de cellen die u invult (die vragen ExcelApi 1.8). Typ de waarde zelf; Kring leest die net zo.',
    pageLayout: 'afdrukinstellingen en pagina-einden (die vragen ExcelApi 1.9). Kies zelf A4 en Aanpassen aan paginabreedte bij het afdrukken.',
    chartLabels: 'namen bij de punten van de netwerkkaart (die vragen ExcelApi 1.8). De namen staan in de tabel naast de kaart.',
    chartSeries: 'de grafiek van de netwerkkaart (die vraagt ExcelApi 1.7). De kengetallen staan wel in het blad.',
  },
  pairing: {
    heading: 'Koppelen',
    intro: 'Kring stelt voor de hele groep tegelijk de best passende koppelingen van netwerkers en cliënten voor. U besluit per voorstel; het besluit komt in het blad Koppelvoorstellen.',
    location: 'Locatie',
    allLocations: 'Alle locaties',
    button: 'Maak koppelvoorstellen',
    hint: 'Maakt de bladen Koppelvoorstellen, Kandidaat-netwerkers en Locatie-overzicht opnieuw. Besluiten die al in Koppelvoorstellen staan blijven bewaard.',
    blocked: (errors) =>
      `Kring kan geen koppelvoorstellen maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
    warningsHeading: (n) => `Waarschuwingen bij de voorstellen (${n})`,
    listLabel: 'Koppelvoorstellen',
    summary: (suggestions, accepted, rejected) =>
      `${suggestions} ${suggestions === 1 ? 'voorstel' : 'voorstellen'}, ${accepted} akkoord, ${rejected} afgewezen.`,
    none: 'Er zijn geen koppelvoorstellen. Hieronder staat waarom cliënten geen voorstel kregen.',
    more: (n) => `En nog ${n} meer: zie het blad Koppelvoorstellen.`,
    networker: 'Netwerker',
    client: 'Cliënt',
    score: 'Score',
    scoreOf: (score) => `Score ${score} van 100`,
    locationOf: (location) => `Locatie ${location}`,
    activity: 'Samen',
    noActivity: 'geen activiteit gevonden in de sociale kaart',
    why: 'Waarom?',
    alternatives: 'Alternatieven',
    accept: 'Akkoord',
    reject: 'Afwijzen',
    acceptLabel: (networker, client) => `Akkoord: ${networker} met ${client}`,
    rejectLabel: (networker, client) => `Afwijzen: ${networker} met ${client}`,
    decision: { open: 'Besluit: open', accepted: 'Besluit: akkoord', rejected: 'Besluit: afgewezen' },
    saving: 'Opslaan in het blad…',
    unmatchedHeading: (n) => `Cliënten zonder voorstel (${n})`,
    process: 'Verwerk besluiten',
    processHint: 'Zet de koppelingen met akkoord in het register Koppelingen en onthoudt de afgewezen koppelingen, zodat Kring ze niet opnieuw voorstelt.',
    processed: (added, remembered, register) =>
      `${added} ${added === 1 ? 'koppeling' : 'koppelingen'} toegevoegd aan ${register}, ${remembered} afgewezen ${remembered === 1 ? 'koppeling' : 'koppelingen'} onthouden.`,
    processedNothing: 'Er was niets nieuws te verwerken: geen nieuwe besluiten akkoord of afgewezen.',
    processedWarnings: (n) => `${n} ${n === 1 ? 'besluit kon' : 'besluiten konden'} niet worden verwerkt:`,
    again: 'Maak daarna opnieuw koppelvoorstellen voor de cliënten die nog geen netwerker hebben.',
  },
  maps: {
    intro: 'Zoek een cliënt en bekijk de netwerkkaart en de kengetallen. Maak er daarna een blad van om af te drukken of te bespreken.',
    search: 'Zoek cliënt',
    searchPlaceholder: 'Naam of ID',
    clients: 'Cliënt',
    moreMatches: (shown, total) => `${shown} van ${total} getoond. Typ verder om te zoeken.`,
    noMatch: (query) => `Geen cliënt gevonden met "${query}".`,
    noClients: 'Er zijn nog geen cliënten in het blad Cliënten.',
    noMap: (client) => `${client} heeft nog geen contacten in het blad Contacten, dus nog geen netwerkkaart.`,
    toDate: 'Tot peildatum',
    fromDate: 'Van peildatum',
    noComparison: 'Geen: alleen de kaart op de tot-peildatum',
    noDate: 'zonder datum',
    previewHeading: (client) => `Netwerkkaart van ${client}`,
    caption: (date, size) => `Kaart op ${date}: ${size} ${size === 1 ? 'contact' : 'contacten'}`,
    summary: (client, date, size, sectors, rings, ties) =>
      `Netwerkkaart van ${client} op ${date}: ${size} ${size === 1 ? 'contact' : 'contacten'}. Per sector: ${sectors}. Per ring: ${rings}. ${ties} ${ties === 1 ? 'bekende band' : 'bekende banden'} tussen contacten.`,
    sectorCount: (sector, n) => `${sector} ${n}`,
    ringCount: (ring, label, n) => `ring ${ring}${label ? ` (${label})` : ''} ${n}`,
    noContacts: 'geen',
    figures: 'Kengetallen',
    figure: 'Kengetal',
    unknown: 'onbekend',
    change: (from, to) => `Verandering van ${from} tot ${to}`,
    button: 'Maak netwerkkaart',
    hint: 'Maakt het blad Netwerkkaart van deze cliënt (opnieuw), met de kaart als grafiek op de gekozen peildata, en werkt het Netwerkoverzicht bij.',
    overview: 'Netwerkoverzicht',
    overviewHint: 'Maakt het blad Netwerkoverzicht (opnieuw): per cliënt de kengetallen van de laatste peildatum en de verandering sinds de vorige.',
    blocked: (errors) =>
      `Kring kan geen netwerkkaart maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
    made: (sheet) => `Het blad ${sheet} is gemaakt, en het Netwerkoverzicht is bijgewerkt.`,
    overviewMade: (sheet, maps) => `Het blad ${sheet} is gemaakt${maps ? `, met ${maps} ${maps === 1 ? 'netwerkkaart' : 'netwerkkaarten'}` : ''}.`,
    warningsHeading: (n) => `Waarschuwingen (${n})`,
  },
  busy: {
    loading: 'Werkmap lezen…',
    check: 'Werkmap controleren…',
    createInputSheets: 'Invoerbladen maken…',
    openSample: 'Voorbeeld openen…',
    selectCell: 'Cel selecteren…',
    suggest: 'Koppelvoorstellen maken…',
    processDecisions: 'Besluiten verwerken…',
    maps: 'Netwerkkaart maken…',
    overview: 'Netwerkoverzicht maken…',
    evaluate: 'Evaluatieformulieren maken…',
    processEvaluations: 'Evaluaties verwerken…',
    intervisie: 'Intervisie-agenda maken…',
    saveSettings: 'Instellingen opslaan…',
    step: (step, total) => `Stap ${step} van ${total}`,
    cancel: 'Annuleren',
    cancelling: 'Annuleren…',
    writing: 'Kring schrijft nu in de werkmap; dit kan niet meer worden geannuleerd.',
  },
  cancelled: 'Geannuleerd; er is niets geschreven.',
  created: (n) => `${n} ${n === 1 ? 'blad' : 'bladen'} toegevoegd.`,
  nothingCreated: 'Alle invoerbladen bestonden al; er is niets veranderd.',
  sampleOpened: (n, f) => `Voorbeeld geopend: ${[n ? `${n} ${n === 1 ? 'blad' : 'bladen'} toegevoegd` : '', f ? `${f} lege ${f === 1 ? 'invoerblad' : 'invoerbladen'} gevuld` : ''].filter(Boolean).join(', ') || 'er was niets toe te voegen'}.`,
  refresh: 'Vernieuwen',
  retry: 'Opnieuw proberen',
  outsideOffice: 'Kring werkt als invoegtoepassing in Excel. Open Kring vanuit Excel (tabblad Start, groep Kring). Zonder Excel proberen? Open playground.html.',
  dismiss: 'Sluiten',
  errors: {
    title: 'Dat lukte niet.',
    cellEditMode: 'Excel is bezig met het bewerken van een cel. Druk in Excel op Enter of Esc en probeer het opnieuw.',
    protected: 'Een blad of de werkmap is beveiligd of alleen-lezen. Hef de beveiliging op en probeer het opnieuw.',
    notFound: 'Een blad of cel bestaat niet (meer). Vernieuw en probeer het opnieuw.',
    tooLarge: 'De werkmap is te groot om in één keer te verwerken. Probeer het opnieuw of maak de bladen kleiner.',
    unsupported: 'Deze versie van Excel kan dit niet. Werk Excel bij of gebruik Excel op het web.',
    busy: 'Excel is even bezig. Wacht een moment en probeer het opnieuw.',
    generic: 'Er ging iets mis bij het lezen of schrijven van de werkmap. Probeer het opnieuw; lukt het dan nog niet, sluit de werkmap en open hem opnieuw.',
  },
};

export const en: Strings = {
  appName: 'Kring',
  tagline: 'Client networks in Excel',
  welcome: {
    heading: 'Welcome to Kring',
    intro: [
      'Kring turns your sheets of clients, competences and contacts into pairing suggestions, network maps and evaluation sheets, without leaving Excel.',
      "This workbook has no Kring input sheets yet. Create empty input sheets to fill in yourself, or open the sample first.",
    ],
    createSheets: 'Create input sheets',
    createSheetsHint: 'Adds the input sheets that are missing. Existing sheets stay as they are.',
    openSample: 'Open sample',
    openSampleHint: 'Fills the workbook with a sample of sixty fictitious clients.',
  },
  overview: {
    heading: 'This workbook',
    clients: 'Clients',
    networkers: 'Networkers (active)',
    activePairings: 'Active pairings',
    problems: 'Problems',
    problemsNone: 'none',
    problemsCount: (errors, warnings) =>
      [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
        .filter(Boolean)
        .join(', '),
    notChecked: 'not checked yet',
    openDecisions: 'Open decisions',
    evaluationsDue: 'Evaluations due',
    empty: 'There are no clients in the workbook yet. Fill in the clients sheet, or open the sample first.',
  },
  check: {
    button: 'Check workbook',
    hint: 'Reads the input sheets and reports what is missing or wrong. Kring changes nothing.',
    noErrors: 'No errors found.',
    noProblems: 'No errors or warnings found. The workbook is ready for Kring.',
    hasErrors: (errors, warnings) =>
      `${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? ` and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''} found. Correct the errors and check again.`,
    errorsHeading: (n) => `Errors (${n})`,
    warningsHeading: (n) => `Warnings (${n})`,
    error: 'Error',
    warning: 'Warning',
    row: 'row',
    column: 'column',
    wholeSheet: 'whole sheet',
    goToCell: (sheet, address) => `Go to cell ${address} on sheet ${sheet}`,
    selectedCell: (sheet, address) => `Cell ${address} on sheet ${sheet} is selected.`,
    more: (n) => `And ${n} more. Correct these first and check again.`,
    listLabel: 'Problems found',
  },
  nav: {
    label: 'Steps',
    check: 'Check',
    pairing: 'Pairing',
    maps: 'Network maps',
    evaluate: 'Evaluate',
    intervisie: 'Peer consultation',
    settings: 'Settings',
  },
  date: {
    placeholder: 'd mmm yyyy',
    invalid: 'Type a date such as 31-12-2026 or 31 Dec 2026.',
    openCalendar: 'Open calendar',
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    close: 'Close calendar',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
  },
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
    safetyText: 'Are there worries about safety in any pairing? Agree on what is needed.',
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
  settings: {
    intro: "The settings live in this workbook's settings sheet, so colleagues see the same. Change them here and choose Save.",
    weightsHeading: 'Weights of the score',
    weightsHint: (total) => `How much each part counts (0–100), relative to each other. Together now ${total}.`,
    weights: {
      needs: 'Needs covered',
      interests: 'Shared interests',
      location: 'Same location',
      availability: 'Availability',
      age: 'Age',
      priority: 'Priority small network',
    },
    rulesHeading: 'Rules for pairing',
    locationRule: 'Location',
    availabilityRule: 'Availability',
    rules: {
      required: 'Required: otherwise no suggestion',
      preferred: 'Preferred: counts in the score',
      ignored: 'Ignored',
    },
    onlyUnpaired: 'Only clients without an active pairing',
    on: 'Yes',
    off: 'No',
    smallNetwork: 'Small network: at most this many contacts',
    smallNetworkHint: 'Clients with such a small network get priority.',
    overdueWeeks: 'Evaluation overdue after (weeks)',
    overdueWeeksHint: 'After that a pairing goes on the consultation agenda.',
    privacy: 'Names on printouts',
    privacyHint: 'What network maps, evaluations and the consultation agenda show.',
    privacyChoices: { names: 'Names', initials: 'Initials', ids: 'IDs' },
    language: 'Language',
    languageHint: "Kring's language and that of new sheets. Saved at once.",
    languages: { auto: 'Automatic (Office language)', nl: 'Nederlands', en: 'English' },
    increase: 'Higher',
    decrease: 'Lower',
    mapHeading: 'Network map',
    sectors: 'Sectors',
    rings: 'Rings',
    listsNote: 'Sectors and rings are edited in the settings sheet.',
    save: 'Save',
    saveHint: 'Writes the settings into the settings sheet (makes the sheet when it is missing).',
    unsaved: 'There are changes that are not saved yet.',
    saved: (sheet) => `Saved in the sheet ${sheet}. Colleagues who open this workbook see the same settings.`,
    notSaved: (n) => `${n} ${n === 1 ? 'setting was' : 'settings were'} not saved:`,
  },
  features: {
    intro: 'This version of Excel cannot do everything Kring uses. The rest works as usual; Kring only leaves out:',
    dataValidation: 'dropdown lists in the cells you fill in (they need ExcelApi 1.8). Type the value yourself; Kring reads it the same way.',
    pageLayout: 'print settings and page breaks (they need ExcelApi 1.9). Choose A4 and Fit to page width yourself when printing.',
    chartLabels: 'names at the points of the network map (they need ExcelApi 1.8). The names are in the table beside the map.',
    chartSeries: 'the network map chart (it needs ExcelApi 1.7). The figures are in the sheet.',
  },
  pairing: {
    heading: 'Pairing',
    intro: 'Kring suggests the best pairings of networkers and clients for the whole group at once. You decide per suggestion; the decision is written into the workbook, in the sheet with the suggestions (Koppelvoorstellen in a Dutch workbook).',
    location: 'Location',
    allLocations: 'All locations',
    button: 'Make pairing suggestions',
    hint: 'Rebuilds the sheets with pairing suggestions, candidate networkers and the location overview. Decisions already in the suggestions sheet are kept.',
    blocked: (errors) =>
      `Kring cannot make pairing suggestions: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
    warningsHeading: (n) => `Warnings about the suggestions (${n})`,
    listLabel: 'Pairing suggestions',
    summary: (suggestions, accepted, rejected) =>
      `${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}, ${accepted} accepted, ${rejected} rejected.`,
    none: 'There are no pairing suggestions. Below is why clients got none.',
    more: (n) => `And ${n} more: see the pairing suggestions sheet.`,
    networker: 'Networker',
    client: 'Client',
    score: 'Score',
    scoreOf: (score) => `Score ${score} out of 100`,
    locationOf: (location) => `Location ${location}`,
    activity: 'Together',
    noActivity: 'no activity found in the social map',
    why: 'Why?',
    alternatives: 'Alternatives',
    accept: 'Accept',
    reject: 'Reject',
    acceptLabel: (networker, client) => `Accept: ${networker} with ${client}`,
    rejectLabel: (networker, client) => `Reject: ${networker} with ${client}`,
    decision: { open: 'Decision: open', accepted: 'Decision: accepted', rejected: 'Decision: rejected' },
    saving: 'Saving to the sheet…',
    unmatchedHeading: (n) => `Clients without a suggestion (${n})`,
    process: 'Process decisions',
    processHint: 'Adds the accepted pairings to the Pairings register and remembers the rejected ones, so Kring does not suggest them again.',
    processed: (added, remembered, register) =>
      `${added} ${added === 1 ? 'pairing' : 'pairings'} added to ${register}, ${remembered} rejected ${remembered === 1 ? 'pairing' : 'pairings'} remembered.`,
    processedNothing: 'There was nothing new to process: no new accepted or rejected decisions.',
    processedWarnings: (n) => `${n} ${n === 1 ? 'decision' : 'decisions'} could not be processed:`,
    again: 'Then make pairing suggestions again for the clients who have no networker yet.',
  },
  maps: {
    intro: "Find a client and look at the network map and its figures. Then make a sheet of it to print or discuss.",
    search: 'Find client',
    searchPlaceholder: 'Name or ID',
    clients: 'Client',
    moreMatches: (shown, total) => `${shown} of ${total} shown. Keep typing to narrow the search.`,
    noMatch: (query) => `No client found with "${query}".`,
    noClients: 'There are no clients in the clients sheet yet.',
    noMap: (client) => `${client} has no contacts in the contacts sheet yet, so no network map.`,
    toDate: 'To measurement date',
    fromDate: 'From measurement date',
    noComparison: 'None: only the map on the "to" date',
    noDate: 'no date',
    previewHeading: (client) => `Network map of ${client}`,
    caption: (date, size) => `Map on ${date}: ${size} ${size === 1 ? 'contact' : 'contacts'}`,
    summary: (client, date, size, sectors, rings, ties) =>
      `Network map of ${client} on ${date}: ${size} ${size === 1 ? 'contact' : 'contacts'}. Per sector: ${sectors}. Per ring: ${rings}. ${ties} known ${ties === 1 ? 'tie' : 'ties'} between contacts.`,
    sectorCount: (sector, n) => `${sector} ${n}`,
    ringCount: (ring, label, n) => `ring ${ring}${label ? ` (${label})` : ''} ${n}`,
    noContacts: 'none',
    figures: 'Figures',
    figure: 'Figure',
    unknown: 'unknown',
    change: (from, to) => `Change from ${from} to ${to}`,
    button: 'Make network map',
    hint: "Makes (again) this client's network map sheet, with the map as a chart on the chosen dates, and updates the network overview.",
    overview: 'Network overview',
    overviewHint: "Makes (again) the network overview sheet: per client the figures of the latest date and the change since the previous one.",
    blocked: (errors) =>
      `Kring cannot make a network map: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
    made: (sheet) => `The sheet ${sheet} was made, and the network overview was updated.`,
    overviewMade: (sheet, maps) => `The sheet ${sheet} was made${maps ? `, with ${maps} network ${maps === 1 ? 'map' : 'maps'}` : ''}.`,
    warningsHeading: (n) => `Warnings (${n})`,
  },
  busy: {
    loading: 'Reading the workbook…',
    check: 'Checking the workbook…',
    createInputSheets: 'Creating input sheets…',
    openSample: 'Opening the sample…',
    selectCell: 'Selecting the cell…',
    suggest: 'Making pairing suggestions…',
    processDecisions: 'Processing decisions…',
    maps: 'Making the network map…',
    overview: 'Making the network overview…',
    evaluate: 'Making evaluation forms…',
    processEvaluations: 'Processing evaluations…',
    intervisie: 'Making the consultation agenda…',
    saveSettings: 'Saving settings…',
    step: (step, total) => `Step ${step} of ${total}`,
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    writing: 'Kring is writing to the workbook now; this can no longer be cancelled.',
  },
  cancelled: 'Cancelled; nothing was written.',
  created: (n) => `${n} ${n === 1 ? 'sheet' : 'sheets'} added.`,
  nothingCreated: 'All input sheets existed already; nothing was changed.',
  sampleOpened: (n, f) => `Sample opened: ${[n ? `${n} ${n === 1 ? 'sheet' : 'sheets'} added` : '', f ? `${f} empty input ${f === 1 ? 'sheet' : 'sheets'} filled` : ''].filter(Boolean).join(', ') || 'there was nothing to add'}.`,
  refresh: 'Refresh',
  retry: 'Try again',
  outsideOffice: 'Kring runs as an add-in in Excel. Open Kring from Excel (Home tab, Kring group). To try it without Excel, open playground.html.',
  dismiss: 'Close',
  errors: {
    title: 'That did not work.',
    cellEditMode: 'Excel is editing a cell. Press Enter or Esc in Excel and try again.',
    protected: 'A sheet or the workbook is protected or read-only. Remove the protection and try again.',
    notFound: 'A sheet or cell does not exist (any more). Refresh and try again.',
    tooLarge: 'The workbook is too large to process at once. Try again or make the sheets smaller.',
    unsupported: 'This version of Excel cannot do this. Update Excel or use Excel on the web.',
    busy: 'Excel is busy. Wait a moment and try again.',
    generic: 'Something went wrong while reading or writing the workbook. Try again; if it still fails, close the workbook and open it again.',
  },
};

const STRINGS: Record<Lang, Strings> = { nl, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
