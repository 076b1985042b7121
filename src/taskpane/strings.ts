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
  /** The steps of the method, as tabs (more follow: Evalueren, Intervisie, Instellingen). */
  nav: {
    label: string;
    check: string;
    pairing: string;
    maps: string;
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
    date: string;
    latestTwo: string;
    /** A date option: the date, and the one before it that the sheet shows beside it. */
    dateOption: (date: string, before: string | null) => string;
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
    size: string;
    professionalShare: string;
    informalShare: string;
    density: string;
    unknown: string;
    change: (from: string, to: string) => string;
    added: string;
    lost: string;
    kept: string;
    jaccard: string;
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
    step: (step: number, total: number) => string;
  };
  created: (n: number) => string;
  nothingCreated: string;
  sampleOpened: (n: number) => string;
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
    date: 'Peildatum',
    latestTwo: 'Laatste twee peildata',
    dateOption: (date, before) => (before ? `${date} (met ${before})` : date),
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
    size: 'Grootte (contacten)',
    professionalShare: 'Aandeel professioneel',
    informalShare: 'Aandeel informeel',
    density: 'Dichtheid',
    unknown: 'onbekend',
    change: (from, to) => `Verandering van ${from} tot ${to}`,
    added: 'Erbij gekomen',
    lost: 'Weggevallen',
    kept: 'Gebleven',
    jaccard: 'Overlap (Jaccard)',
    button: 'Maak netwerkkaart',
    hint: 'Maakt het blad Netwerkkaart van deze cliënt (opnieuw), met de kaart als grafiek op beide peildata, en werkt het Netwerkoverzicht bij.',
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
    step: (step, total) => `Stap ${step} van ${total}`,
  },
  created: (n) => `${n} ${n === 1 ? 'blad' : 'bladen'} toegevoegd.`,
  nothingCreated: 'Alle invoerbladen bestonden al; er is niets veranderd.',
  sampleOpened: (n) => `Voorbeeld geopend: ${n} ${n === 1 ? 'blad' : 'bladen'} toegevoegd.`,
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
  },
  pairing: {
    heading: 'Pairing',
    intro: 'Kring suggests the best pairings of networkers and clients for the whole group at once. You decide per suggestion; the decision goes into the Pairing suggestions sheet.',
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
    date: 'Measurement date',
    latestTwo: 'Latest two dates',
    dateOption: (date, before) => (before ? `${date} (with ${before})` : date),
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
    size: 'Size (contacts)',
    professionalShare: 'Professional share',
    informalShare: 'Informal share',
    density: 'Density',
    unknown: 'unknown',
    change: (from, to) => `Change from ${from} to ${to}`,
    added: 'Added',
    lost: 'Lost',
    kept: 'Kept',
    jaccard: 'Overlap (Jaccard)',
    button: 'Make network map',
    hint: "Makes (again) this client's network map sheet, with the map as a chart at both dates, and updates the network overview.",
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
    step: (step, total) => `Step ${step} of ${total}`,
  },
  created: (n) => `${n} ${n === 1 ? 'sheet' : 'sheets'} added.`,
  nothingCreated: 'All input sheets existed already; nothing was changed.',
  sampleOpened: (n) => `Sample opened: ${n} ${n === 1 ? 'sheet' : 'sheets'} added.`,
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
