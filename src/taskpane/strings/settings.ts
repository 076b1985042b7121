/** Instellingen. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface SettingsStrings {
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
    safetyBlocks: string;
    safetyFlagOnly: string;
    on: string;
    off: string;
    smallNetwork: string;
    smallNetworkHint: string;
    overdueWeeks: string;
    overdueWeeksHint: string;
    staleMonths: string;
    staleMonthsHint: string;
    retention: string;
    retentionHint: string;
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
}

export const settingsNl: SettingsStrings = {
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
    safetyBlocks: 'Netwerker met open veiligheidssignaal niet koppelen',
    safetyFlagOnly: 'Uit: alleen waarschuwen op het voorstel',
    on: 'Ja',
    off: 'Nee',
    smallNetwork: 'Klein netwerk: hoogstens zoveel contacten',
    smallNetworkHint: 'Cliënten met zo\'n klein netwerk krijgen voorrang.',
    overdueWeeks: 'Evaluatie te laat na (weken)',
    overdueWeeksHint: 'Daarna komt een koppeling op de intervisie-agenda.',
    staleMonths: 'Beoordeling oud na (maanden)',
    staleMonthsHint: 'Competenties die langer geleden zijn beoordeeld, tellen als oud: tijd voor een nieuw intakegesprek.',
    retention: 'Bewaartermijn (jaren; 0 = geen)',
    retentionHint: "Wat ouder is (beëindigde koppelingen, afwijzingen, evaluatiebladen, oude metingen, afgehandelde veiligheidssignalen, intervisie-agenda's) noemt Controleer werkmap; Bewaartermijn toepassen verwijdert het.",
    privacy: 'Namen op afdrukken',
    privacyHint: 'Hoe cliënten op elk afgedrukt blad van Kring staan; standaard initialen. Zonder toestemming nooit met naam op het blad van een ander.',
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
};

export const settingsEn: SettingsStrings = {
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
    safetyBlocks: 'Do not pair a networker with an open safety concern',
    safetyFlagOnly: 'Off: only a warning on the suggestion',
    on: 'Yes',
    off: 'No',
    smallNetwork: 'Small network: at most this many contacts',
    smallNetworkHint: 'Clients with such a small network get priority.',
    overdueWeeks: 'Evaluation overdue after (weeks)',
    overdueWeeksHint: 'After that a pairing goes on the consultation agenda.',
    staleMonths: 'Assessment old after (months)',
    staleMonthsHint: 'Competences assessed longer ago count as old: time for a new intake conversation.',
    retention: 'Retention period (years; 0 = none)',
    retentionHint: 'What is older (ended pairings, rejections, evaluation sheets, old measurements, handled safety concerns, peer consultation agendas) is listed by Check workbook; Apply retention period removes it.',
    privacy: 'Names on printouts',
    privacyHint: "How clients appear on every sheet Kring prints; initials by default. Without consent never by name on someone else's sheet.",
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
};
