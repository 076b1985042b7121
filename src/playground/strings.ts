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
  /** A workbook the pane had Excel open (the access workbook), offered for download. */
  opened: string;
  openedFile: string;
  download: string;
  close: string;
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
  opened: 'Excel opent deze nieuwe werkmap in een eigen venster; de speeltuin heeft er geen, dus hier kunt u hem downloaden.',
  openedFile: 'nieuwe-werkmap.xlsx',
  download: 'Download de werkmap',
  close: 'Sluiten',
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
  opened: 'Excel opens this new workbook in a window of its own; the playground has none, so you can download it here.',
  openedFile: 'new-workbook.xlsx',
  download: 'Download the workbook',
  close: 'Close',
  apiVersion: (version) => `Excel version: ExcelApi ${version}`,
};

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return lang === 'en' ? en : nl;
}
