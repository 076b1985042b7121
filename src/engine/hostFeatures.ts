/**
 * What the Excel a workbook lives in supports: the Excel gateway detects it (ExcelApi requirement
 * sets) and the task pane shows what is missing. Declared here, outside both, so that the task
 * pane knows the shape without importing the Excel gateway.
 */
export interface ExcelFeatures {
  /** getUsedRangeOrNullObject (ExcelApi 1.4); otherwise getUsedRange. */
  usedRangeOrNullObject: boolean;
  /** Worksheet.tabColor (ExcelApi 1.7). */
  tabColor: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  freezePanes: boolean;
  /** Setting Application.calculationMode (ExcelApi 1.8). */
  manualCalculation: boolean;
  /** Range.dataValidation dropdowns and input messages (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  suspendScreenUpdating: boolean;
  /** Charts built series by series: ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues, markers, line weight and style, axis visibility, legend entries (ExcelApi 1.7). */
  chartSeries: boolean;
  /** Range.conditionalFormats (ExcelApi 1.6). */
  conditionalFormats: boolean;
  /** Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Data labels linked to cells (ChartDataLabel.formula), Chart.displayBlanksAs and ChartPlotArea (ExcelApi 1.8). */
  chartLabels: boolean;
  /** Excel.createWorkbook with a file (ExcelApi 1.8): the access workbook opens as a new workbook. */
  newWorkbook: boolean;
}

/**
 * The access workbook could not be opened from the pane: this Excel has no Excel.createWorkbook
 * with a file (before ExcelApi 1.8), or the file is too big for one request. Nothing was opened.
 */
export class NewWorkbookUnavailable extends Error {
  constructor(readonly reason: 'version' | 'size') {
    super(`new workbook unavailable (${reason})`);
  }

  say(lang: 'nl' | 'en'): string {
    const cli = lang === 'nl' ? 'kring access werkmap.xlsx --client ID -o inzage.xlsx' : 'kring access workbook.xlsx --client ID -o access.xlsx';
    if (this.reason === 'version') {
      return lang === 'nl'
        ? `Deze versie van Excel kan vanuit Kring geen nieuwe werkmap openen (dat vraagt ExcelApi 1.8). Open de werkmap in Excel op het web of in Microsoft 365, of maak de inzage met de opdrachtregel: ${cli}`
        : `This version of Excel cannot open a new workbook from Kring (that needs ExcelApi 1.8). Open the workbook in Excel on the web or Microsoft 365, or make the access workbook on the command line: ${cli}`;
    }
    return lang === 'nl'
      ? `De inzagewerkmap is te groot om vanuit het taakvenster te openen. Maak hem met de opdrachtregel: ${cli}`
      : `The access workbook is too big to open from the task pane. Make it on the command line: ${cli}`;
  }
}
