/** Koppelen. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface PairingStrings {
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
    safetyFirst: string;
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
}

export const pairingNl: PairingStrings = {
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
    safetyFirst: 'Let op, veiligheid',
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
};

export const pairingEn: PairingStrings = {
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
    safetyFirst: 'Mind safety',
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
};
