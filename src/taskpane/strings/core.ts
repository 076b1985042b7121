/** The pane's frame: name, welcome screen, the workbook at a glance, the steps, progress, notices and errors. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface CoreStrings {
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
    openConcerns: string;
    /** Input sheets without clients yet. */
    empty: string;
  };
  /** The steps of the method, as tabs. */
  nav: {
    label: string;
    check: string;
    pairing: string;
    maps: string;
    evaluate: string;
    intervisie: string;
    loneliness: string;
    intake: string;
    results: string;
    settings: string;
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
    results: string;
    questionnaire: string;
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

export const coreNl: CoreStrings = {
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
    openConcerns: 'Open veiligheidssignalen',
    empty: 'Er staan nog geen cliënten in de werkmap. Vul het blad Cliënten in, of open eerst het voorbeeld.',
  },
  nav: {
    label: 'Stappen',
    check: 'Controleren',
    pairing: 'Koppelen',
    maps: 'Netwerkkaarten',
    evaluate: 'Evalueren',
    intervisie: 'Intervisie',
    loneliness: 'Eenzaamheid',
    intake: 'Intake',
    results: 'Resultaten',
    settings: 'Instellingen',
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
    results: 'Resultaten maken…',
    questionnaire: 'Vragenlijsten maken…',
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
  dismiss: 'Sluiten',
  outsideOffice: 'Kring werkt als invoegtoepassing in Excel. Open Kring vanuit Excel (tabblad Start, groep Kring). Zonder Excel proberen? Open playground.html.',
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

export const coreEn: CoreStrings = {
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
    openConcerns: 'Open safety concerns',
    empty: 'There are no clients in the workbook yet. Fill in the clients sheet, or open the sample first.',
  },
  nav: {
    label: 'Steps',
    check: 'Check',
    pairing: 'Pairing',
    maps: 'Network maps',
    evaluate: 'Evaluate',
    intervisie: 'Peer consultation',
    loneliness: 'Loneliness',
    intake: 'Intake',
    results: 'Results',
    settings: 'Settings',
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
    results: 'Making the results…',
    questionnaire: 'Making the questionnaires…',
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
  dismiss: 'Close',
  outsideOffice: 'Kring runs as an add-in in Excel. Open Kring from Excel (Home tab, Kring group). To try it without Excel, open playground.html.',
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
