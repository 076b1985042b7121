/** Inzage, verwijderen en bewaartermijn in the settings step. Dutch and English, one shape. */

export interface PrivacyStrings {
  heading: string;
  intro: string;
  clientLabel: string;
  clientPlaceholder: string;
  /** A client in the picker: name first, so typing a name completes it. */
  clientOption: (id: string, name: string) => string;
  preview: string;
  previewHint: string;
  /** One sheet of the preview: what goes there. */
  line: (sheet: string, rows: number, cells: number, rebuilt: boolean) => string;
  nothing: string;
  erase: string;
  /** Names the client (ID and, when known, name): erasure cannot be undone. */
  confirmTitle: (client: string, name: string | null) => string;
  confirmText: string;
  confirm: string;
  cancel: string;
  retention: string;
  retentionHint: string;
  retentionTitle: string;
  retentionText: string;
  /** The access button, its hint, and what it says afterwards. */
  access: string;
  accessHint: string;
  accessDone: (client: string, sheets: number) => string;
  accessBlocked: string;
  accessFailed: string;
  /** The preview: cells that may still name the client by first name. */
  firstNames: (cells: number) => string;
  reviewHeading: string;
  blocked: string;
  failed: string;
  /** While an action runs, beside its spinner. */
  working: { access: string; preview: string; erase: string; retention: string };
}

export const privacyNl: PrivacyStrings = {
  heading: 'Inzage, verwijderen en bewaartermijn',
  intro: 'Geef een cliënt inzage in wat Kring over hem of haar bewaart (AVG art. 15), verwijder alles wat Kring over één cliënt bewaart (AVG art. 17), of ruim op wat ouder is dan de bewaartermijn uit Instellingen. Kring legt in het blad Kring verwijderlog vast wanneer en hoeveel rijen weg zijn — nooit wie.',
  clientLabel: 'Cliënt',
  clientPlaceholder: 'Typ een naam of ID',
  clientOption: (id, name) => (name ? `${name} — ${id}` : id),
  preview: 'Toon wat er weg gaat',
  previewHint: 'Er wordt nog niets verwijderd.',
  line: (sheet, rows, cells, rebuilt) => (rebuilt ? `${sheet}: opnieuw gemaakt zonder de cliënt` : `${sheet}: ${rows} rij(en) weg${cells ? `, ${cells} cel(len) worden "verwijderde cliënt"` : ''}`),
  nothing: 'Over deze cliënt staat niets in de bladen van Kring.',
  erase: 'Verwijder deze cliënt',
  confirmTitle: (client, name) => `Cliënt ${client}${name ? ` (${name})` : ''} verwijderen?`,
  confirmText: 'Dit verwijdert de rijen hierboven uit de werkmap. Andere cliënten houden hun geschiedenis met "verwijderde cliënt". Terugzetten kan alleen via de versiegeschiedenis van het bestand.',
  confirm: 'Definitief verwijderen',
  cancel: 'Annuleren',
  retention: 'Bewaartermijn toepassen',
  retentionHint: 'Controleer werkmap noemt wat ouder is dan de bewaartermijn.',
  retentionTitle: 'Bewaartermijn toepassen?',
  retentionText: "Beëindigde koppelingen, afwijzingen, evaluatiebladen, vervangen metingen, afgehandelde veiligheidssignalen en intervisie-agenda's ouder dan de bewaartermijn gaan weg; de laatste meting van elke cliënt en elk open veiligheidssignaal blijven, net als de uitsluitingen. Een afgehandeld signaal staat daarna niet meer als waarschuwing bij koppelvoorstellen: wat blijvend moet gelden, legt u vast als uitsluiting.",
  access: 'Maak inzage',
  accessHint: 'Inzage (AVG art. 15) zet alles wat Kring over de cliënt bewaart in een nieuwe werkmap; andere cliënten staan er alleen met initialen in. Deze werkmap verandert niet.',
  accessDone: (client, sheets) => `De inzage over ${client} is geopend als nieuwe werkmap (${sheets} ${sheets === 1 ? 'blad' : 'bladen'} en een voorblad). Sla hem op waar uw organisatie dat voorschrijft, en verwijder hem als de cliënt hem heeft.`,
  accessBlocked: 'De invoer heeft fouten. Verbeter ze eerst (Controleren); er is geen inzage gemaakt.',
  accessFailed: 'Er ging iets mis; er is geen inzage gemaakt. Probeer het opnieuw.',
  firstNames: (n) => `${n} ${n === 1 ? 'cel noemt' : 'cellen noemen'} misschien de voornaam van de cliënt. Kring laat die staan (het kan ook een gewoon woord of iemand anders zijn); na het verwijderen ziet u welke, om na te kijken.`,
  reviewHeading: 'Kijk deze cellen na',
  blocked: 'De invoer heeft fouten. Verbeter ze eerst (Controleren); er is niets verwijderd.',
  failed: 'Er ging iets mis; er is niets verwijderd. Probeer het opnieuw.',
  working: { access: 'Inzage maken…', preview: 'Nagaan wat er weg gaat…', erase: 'Cliënt verwijderen…', retention: 'Bewaartermijn toepassen…' },
};

export const privacyEn: PrivacyStrings = {
  heading: 'Access, erasure and retention',
  intro: "Give a client access to what Kring holds about them (GDPR art. 15), erase everything Kring holds about one client (GDPR art. 17), or clean up what is older than the retention period in Settings. Kring records in the sheet Kring erasure log when and how many rows went — never who.",
  clientLabel: 'Client',
  clientPlaceholder: 'Type a name or ID',
  clientOption: (id, name) => (name ? `${name} — ${id}` : id),
  preview: 'Show what will go',
  previewHint: 'Nothing is removed yet.',
  line: (sheet, rows, cells, rebuilt) => (rebuilt ? `${sheet}: remade without the client` : `${sheet}: ${rows} row(s) removed${cells ? `, ${cells} cell(s) become "erased client"` : ''}`),
  nothing: "Kring's sheets hold nothing about this client.",
  erase: 'Erase this client',
  confirmTitle: (client, name) => `Erase client ${client}${name ? ` (${name})` : ''}?`,
  confirmText: 'This removes the rows above from the workbook. Other clients keep their history with "erased client". Only the file\'s version history can bring it back.',
  confirm: 'Erase for good',
  cancel: 'Cancel',
  retention: 'Apply retention period',
  retentionHint: 'Check workbook lists what is older than the retention period.',
  retentionTitle: 'Apply the retention period?',
  retentionText: "Ended pairings, rejections, evaluation sheets, replaced measurements, handled safety concerns and peer consultation agendas older than the retention period go; each client's latest measurement and every open safety concern stay, as do the exclusions. A handled concern then no longer shows as a warning on pairing suggestions: record what must last as an exclusion.",
  access: 'Make access workbook',
  accessHint: 'Access (GDPR art. 15) puts everything Kring holds about the client into a new workbook; other clients appear only by their initials. This workbook does not change.',
  accessDone: (client, sheets) => `The access workbook for ${client} is open as a new workbook (${sheets} ${sheets === 1 ? 'sheet' : 'sheets'} and a cover sheet). Save it where your organisation says, and delete it once the client has it.`,
  accessBlocked: 'The input has errors. Correct them first (Check); no access workbook was made.',
  accessFailed: 'Something went wrong; no access workbook was made. Try again.',
  firstNames: (n) => `${n} ${n === 1 ? 'cell' : 'cells'} may name the client by first name. Kring leaves them (it may be an ordinary word or someone else); after the erasure you see which, to look at.`,
  reviewHeading: 'Look at these cells',
  blocked: 'The input has errors. Correct them first (Check); nothing was removed.',
  failed: 'Something went wrong; nothing was removed. Try again.',
  working: { access: 'Making the access workbook…', preview: 'Finding what would go…', erase: 'Erasing the client…', retention: 'Applying the retention period…' },
};
