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
}
