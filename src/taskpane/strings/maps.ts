/** Netwerkkaarten. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface MapsStrings {
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
}

export const mapsNl: MapsStrings = {
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
    overviewHint: 'Maakt het blad Netwerkoverzicht (opnieuw): per cliënt de kengetallen op elke peildatum en de verandering sinds de vorige.',
    blocked: (errors) =>
      `Kring kan geen netwerkkaart maken: de invoer heeft ${errors} ${errors === 1 ? 'fout' : 'fouten'}. Verbeter ${errors === 1 ? 'de fout' : 'de fouten'} en probeer het opnieuw. Er is niets veranderd.`,
    made: (sheet) => `Het blad ${sheet} is gemaakt, en het Netwerkoverzicht is bijgewerkt.`,
    overviewMade: (sheet, maps) => `Het blad ${sheet} is gemaakt${maps ? `, met ${maps} ${maps === 1 ? 'netwerkkaart' : 'netwerkkaarten'}` : ''}.`,
    warningsHeading: (n) => `Waarschuwingen (${n})`,
  },
};

export const mapsEn: MapsStrings = {
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
    overviewHint: "Makes (again) the network overview sheet: per client the figures at every measurement date and the change since the previous one.",
    blocked: (errors) =>
      `Kring cannot make a network map: the input has ${errors} ${errors === 1 ? 'error' : 'errors'}. Correct ${errors === 1 ? 'it' : 'them'} and try again. Nothing was changed.`,
    made: (sheet) => `The sheet ${sheet} was made, and the network overview was updated.`,
    overviewMade: (sheet, maps) => `The sheet ${sheet} was made${maps ? `, with ${maps} network ${maps === 1 ? 'map' : 'maps'}` : ''}.`,
    warningsHeading: (n) => `Warnings (${n})`,
  },
};
