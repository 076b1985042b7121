/** Controleren, the date field and the notices about what this Excel supports. Dutch and English, one shape (a key missing in one language fails compilation). */
export interface CheckStrings {
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
  /** What this Excel cannot do (requirement sets), and what Kring leaves out because of it. */
  features: {
    intro: string;
    dataValidation: string;
    pageLayout: string;
    chartLabels: string;
    chartSeries: string;
  };
}

export const checkNl: CheckStrings = {
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
  features: {
    intro: 'Deze versie van Excel kan niet alles wat Kring gebruikt. De rest werkt gewoon; Kring laat alleen dit weg:',
    dataValidation: 'keuzelijsten in de cellen die u invult (die vragen ExcelApi 1.8). Typ de waarde zelf; Kring leest die net zo.',
    pageLayout: 'afdrukinstellingen en pagina-einden (die vragen ExcelApi 1.9). Kies zelf A4 en Aanpassen aan paginabreedte bij het afdrukken.',
    chartLabels: 'namen bij de punten van de netwerkkaart (die vragen ExcelApi 1.8). De namen staan in de tabel naast de kaart.',
    chartSeries: 'de grafiek van de netwerkkaart (die vraagt ExcelApi 1.7). De kengetallen staan wel in het blad.',
  },
};

export const checkEn: CheckStrings = {
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
  features: {
    intro: 'This version of Excel cannot do everything Kring uses. The rest works as usual; Kring only leaves out:',
    dataValidation: 'dropdown lists in the cells you fill in (they need ExcelApi 1.8). Type the value yourself; Kring reads it the same way.',
    pageLayout: 'print settings and page breaks (they need ExcelApi 1.9). Choose A4 and Fit to page width yourself when printing.',
    chartLabels: 'names at the points of the network map (they need ExcelApi 1.8). The names are in the table beside the map.',
    chartSeries: 'the network map chart (it needs ExcelApi 1.7). The figures are in the sheet.',
  },
};
