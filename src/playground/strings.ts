/** The playground's own texts (the task pane has its own in src/taskpane/strings.ts). */
import { Lang } from '../engine/i18n';

export interface PlaygroundStrings {
  title: string;
  note: string;
  resetSample: string;
  emptyWorkbook: string;
  loading: string;
  sheets: string;
  noSheets: string;
  emptySheet: string;
  cell: string;
  cellInput: string;
  apply: string;
  shownRows: (shown: number, total: number) => string;
  failed: string;
  apiVersion: (version: string) => string;
}

const nl: PlaygroundStrings = {
  title: 'Kring-speeltuin',
  note: 'Het taakvenster naast een werkmap in het geheugen. Er gaat niets naar internet.',
  resetSample: 'Voorbeeld opnieuw',
  emptyWorkbook: 'Lege werkmap',
  loading: 'Werkmap maken…',
  sheets: 'Bladen',
  noSheets: 'Geen bladen.',
  emptySheet: 'Dit blad is leeg.',
  cell: 'Cel',
  cellInput: 'Waarde van de geselecteerde cel',
  apply: 'Invoeren',
  shownRows: (shown, total) => `Rij 1 tot en met ${shown} van ${total}.`,
  failed: 'De speeltuin kon de werkmap niet maken.',
  apiVersion: (version) => `Excel-versie: ExcelApi ${version}`,
};

const en: PlaygroundStrings = {
  title: 'Kring playground',
  note: 'The task pane beside an in-memory workbook. Nothing goes to the internet.',
  resetSample: 'Reset sample',
  emptyWorkbook: 'Empty workbook',
  loading: 'Creating the workbook…',
  sheets: 'Sheets',
  noSheets: 'No sheets.',
  emptySheet: 'This sheet is empty.',
  cell: 'Cell',
  cellInput: 'Value of the selected cell',
  apply: 'Enter',
  shownRows: (shown, total) => `Rows 1 to ${shown} of ${total}.`,
  failed: 'The playground could not create the workbook.',
  apiVersion: (version) => `Excel version: ExcelApi ${version}`,
};

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return lang === 'en' ? en : nl;
}
