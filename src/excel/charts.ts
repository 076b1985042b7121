/**
 * Charts, queued in the last requests after all values, without syncs of their own. Built series
 * by series (chart.series.add, setValues, setXAxisValues, markers: ExcelApi 1.7) on a chart
 * created with series by columns (an XY scatter created with "Auto" renders wrongly in Excel on
 * the web). Below 1.7 a chart whose series are adjacent columns (with their categories or X values
 * in the column just left of them) is created over that range with series by columns; other
 * charts are left out with a warning. Marker size, line weight and dash style, axis visibility,
 * legend entries hidden (1.7); axis minimum/maximum and gridlines (1.1); labels linked to cells
 * with ChartPoint.hasDataLabel + ChartDataLabel.formula, displayBlanksAs "NotPlotted" and a square
 * inner plot area for maps (ExcelApi 1.8; below it the labels are left out with a warning, the
 * rest is skipped silently). Every range is untracked and every object charged to the budget.
 */
import { axisBounds, chartProblem, labelCells, labelPosition, legendShown, lineWeight, linesOn, mapPlotBox, markerSize, markersOn, sheetRangeFormula } from '../engine/layout/charts';
import { Cell, ChartSeries, ChartSpec, NUMBER_FORMATS, RangeRef, SheetSpec, cellAddress } from '../engine/workbook';
import { RequestBudget, rangeAt } from './budget';
import type { ExcelFeatures } from './gateway';
import { rangeAddress, specCell } from './layout';

/** Pixels → points (96 dpi). */
const PX_TO_PT = 0.75;

function refAddress(ref: RangeRef): string {
  return rangeAddress(ref.row, ref.column, ref.rows, ref.columns ?? 1);
}

/** The range that gives X values (scatter) or category labels (other types). */
function xRefOf(chart: ChartSpec, series: ChartSeries): RangeRef | undefined {
  return chart.type === 'scatter' ? series.x : series.categories;
}

type ChartTypeName = 'ColumnClustered' | 'BarClustered' | 'Line' | 'LineMarkers' | 'Pie' | 'XYScatter' | 'XYScatterLines' | 'XYScatterLinesNoMarkers';

export function excelChartType(chart: ChartSpec): ChartTypeName {
  switch (chart.type) {
    case 'column':
      return 'ColumnClustered';
    case 'bar':
      return 'BarClustered';
    case 'pie':
      return 'Pie';
    case 'line':
      return chart.series.some((s) => markersOn(chart, s)) ? 'LineMarkers' : 'Line';
    case 'scatter': {
      const lines = chart.series.some((s) => linesOn(chart, s));
      const markers = chart.series.some((s) => markersOn(chart, s));
      return lines ? (markers ? 'XYScatterLines' : 'XYScatterLinesNoMarkers') : 'XYScatter';
    }
  }
}

/**
 * Below ExcelApi 1.7 a chart can only be created from one range (charts.add, series by columns):
 * the range of adjacent value columns with the category / X column just left of them, where Excel
 * reads the same series from that range as the spec describes. Returns the range, or why not.
 */
export function contiguousSource(spec: SheetSpec, chart: ChartSpec): { address: string } | { reason: string } {
  const first = chart.series[0].values;
  const x0 = xRefOf(chart, chart.series[0]);
  const sameRows = (a: RangeRef, b: RangeRef) => a.row === b.row && a.rows === b.rows && (a.columns ?? 1) === 1 && (b.columns ?? 1) === 1;
  for (let i = 0; i < chart.series.length; i++) {
    const s = chart.series[i];
    if (!sameRows(s.values, first) || s.values.column !== first.column + i) return { reason: 'the series are not adjacent columns of the same rows' };
    const x = xRefOf(chart, s);
    if (!!x !== !!x0 || (x && x0 && (x.row !== x0.row || x.column !== x0.column || x.rows !== x0.rows))) return { reason: 'the series do not share their categories' };
  }
  const isText = (v: Cell | undefined) => typeof v === 'string' && v !== '';
  for (let i = 0; i < chart.series.length; i++) {
    for (let r = 0; r < first.rows; r++) {
      if (isText(specCell(spec, first.row + r, first.column + i))) return { reason: 'a series has text among its values' };
    }
  }
  if (x0) {
    if (!sameRows(x0, first) || x0.column !== first.column - 1) return { reason: 'the categories are not the column just left of the values' };
    if (chart.type !== 'scatter') {
      for (let r = 0; r < x0.rows; r++) {
        if (!isText(specCell(spec, x0.row + r, x0.column))) return { reason: 'the category labels are not all text' };
      }
    }
    return { address: rangeAddress(first.row, x0.column, first.rows, chart.series.length + 1) };
  }
  if (chart.type === 'scatter' && chart.series.length > 1) return { reason: 'scatter series without X values' };
  return { address: rangeAddress(first.row, first.column, first.rows, chart.series.length) };
}

/** Queue the calls that build one chart (no sync, no reads). */
export function addChart(ws: Excel.Worksheet, spec: SheetSpec, chart: ChartSpec, f: ExcelFeatures, warnings: string[], names: Set<string>, sheetName: string, budget: RequestBudget): void {
  const label = `${spec.name} / chart "${chart.title}"`;
  const problem = chartProblem(chart);
  if (problem) {
    warnings.push(`${label}: left out (${problem})`);
    return;
  }
  const type = excelChartType(chart);
  // The chart and its parts (title, legend, axes, gridlines, plot area): a conservative count.
  for (let i = 0; i < 16; i++) budget.object(chart.title.slice(0, 255));
  for (let i = 0; i < 24; i++) budget.action(chart.title.slice(0, 255));
  // Per series: add or getItemAt, format, line, fill, and up to a dozen sets.
  for (const s of chart.series) {
    for (let i = 0; i < 4; i++) budget.object(s.name.slice(0, 255));
    for (let i = 0; i < 12; i++) budget.action(s.name.slice(0, 255));
  }
  const seriesList: Excel.ChartSeries[] = [];
  let xlChart: Excel.Chart;
  if (f.chartSeries) {
    // Created over the first series' values with series by columns, then every series set explicitly.
    xlChart = ws.charts.add(type, rangeAt(ws, refAddress(chart.series[0].values), budget), 'Columns');
    chart.series.forEach((s, i) => {
      const series = i === 0 ? xlChart.series.getItemAt(0) : xlChart.series.add(s.name.slice(0, 255));
      if (i === 0) series.name = s.name.slice(0, 255);
      series.setValues(rangeAt(ws, refAddress(s.values), budget));
      const x = xRefOf(chart, s);
      if (x) series.setXAxisValues(rangeAt(ws, refAddress(x), budget));
      styleSeries(series, chart, s, type, true);
      seriesList.push(series);
    });
  } else {
    const source = contiguousSource(spec, chart);
    if ('reason' in source) {
      warnings.push(`${label}: left out (this Excel lacks ExcelApi 1.7 to build series one by one, and ${source.reason})`);
      return;
    }
    xlChart = ws.charts.add(type, rangeAt(ws, source.address, budget), 'Columns');
    chart.series.forEach((s, i) => {
      const series = xlChart.series.getItemAt(i);
      series.name = s.name.slice(0, 255);
      styleSeries(series, chart, s, type, false);
      seriesList.push(series);
    });
  }
  if (chart.title) {
    // Unique chart names on the sheet (the title, numbered when two charts share it).
    let name = chart.title.slice(0, 240);
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${chart.title.slice(0, 240)} (${n})`;
    names.add(name.toLowerCase());
    xlChart.name = name;
    xlChart.title.text = chart.title.slice(0, 255);
  } else {
    xlChart.title.visible = false;
  }
  const legend = legendShown(chart);
  xlChart.legend.visible = legend;
  if (legend) xlChart.legend.position = 'Bottom';
  if (chart.type !== 'pie') {
    const axes = xlChart.axes;
    // xAxisTitle: the category axis (X values of a scatter); yAxisTitle: the value axis.
    if (chart.xAxisTitle) axes.categoryAxis.title.text = chart.xAxisTitle.slice(0, 255);
    if (chart.yAxisTitle) axes.valueAxis.title.text = chart.yAxisTitle.slice(0, 255);
    // Fixed bounds: both axes of a scatter (a map needs equal scales), the value axis otherwise.
    const bounded = chart.type === 'scatter' ? [axes.categoryAxis, axes.valueAxis] : [axes.valueAxis];
    const bounds = axisBounds(chart);
    if (!bounds.ok) warnings.push(`${label}: axis bounds left out (minimum ${chart.axisMin} is not below maximum ${chart.axisMax})`);
    for (const axis of bounded) {
      if (bounds.min !== undefined) axis.minimum = bounds.min;
      if (bounds.max !== undefined) axis.maximum = bounds.max;
    }
    // ChartAxis.numberFormat: ExcelApi 1.8, the set chartLabels stands for; without it the axis shows plain numbers.
    if (chart.valueFormat && f.chartLabels) axes.valueAxis.numberFormat = NUMBER_FORMATS[chart.valueFormat];
    // Dates spaced by time (ExcelApi 1.7); without it Excel's automatic axis does the same for date-formatted cells.
    if (chart.dateAxis && chart.type === 'line' && f.chartSeries) {
      axes.categoryAxis.categoryType = 'DateAxis';
      axes.categoryAxis.baseTimeUnit = 'Days';
      axes.categoryAxis.majorTimeUnitScale = 'Months';
      axes.categoryAxis.majorUnit = chart.dateAxis.stepMonths;
      if (f.chartLabels) axes.categoryAxis.numberFormat = chart.dateAxis.format;
    }
    if (chart.hideAxes) {
      for (const axis of [axes.categoryAxis, axes.valueAxis]) {
        axis.majorGridlines.visible = false;
        if (f.chartSeries) axis.visible = false; // ChartAxis.visible: ExcelApi 1.7
      }
    }
  }
  if (f.chartLabels && (chart.type === 'scatter' || chart.type === 'line')) {
    // Blank cells leave gaps (tie lines drawn as segments separated by blank rows).
    xlChart.displayBlanksAs = 'NotPlotted';
  }
  // Position and size before the plot area, whose inside bounds must fit in the chart.
  xlChart.setPosition(cellAddress(chart.anchor.row, chart.anchor.column));
  xlChart.width = Math.max(1, chart.width) * PX_TO_PT;
  xlChart.height = Math.max(1, chart.height) * PX_TO_PT;
  const box = mapPlotBox(chart);
  if (box && f.chartLabels) {
    // A square inner plot area, so that equal bounds give equal scales and circles stay round.
    xlChart.plotArea.insideLeft = box.left * PX_TO_PT;
    xlChart.plotArea.insideTop = box.top * PX_TO_PT;
    xlChart.plotArea.insideWidth = box.width * PX_TO_PT;
    xlChart.plotArea.insideHeight = box.height * PX_TO_PT;
  }
  addLabels(spec, chart, seriesList, f, warnings, label, sheetName, budget);
  if (legend && f.chartSeries && chart.type !== 'pie') {
    // Hidden from the legend (ExcelApi 1.7); from the last entry down, so that indexes hold
    // whether or not Excel drops a hidden entry from the collection.
    for (let i = chart.series.length - 1; i >= 0; i--) {
      if (chart.series[i].hideInLegend) xlChart.legend.legendEntries.getItemAt(i).visible = false;
    }
  }
}

const EXCEL_LABEL_POSITION = { outsideEnd: 'OutsideEnd', bestFit: 'BestFit', right: 'Right' } as const;

/**
 * Data labels whose text comes from cells: each point with a non-blank label cell gets its own
 * label linked to that cell (ChartPoint.hasDataLabel, ChartDataLabel.formula: ExcelApi 1.8), to
 * the right of a point. All queued: the operations grow with the points, the syncs do not.
 */
function addLabels(spec: SheetSpec, chart: ChartSpec, seriesList: Excel.ChartSeries[], f: ExcelFeatures, warnings: string[], label: string, sheetName: string, budget: RequestBudget): void {
  const labelled = chart.series.map((s, i) => ({ s, series: seriesList[i] })).filter(({ s, series }) => s.labels && series);
  if (labelled.length === 0) return;
  if (!f.chartLabels) {
    warnings.push(`${label}: data labels left out (this Excel lacks ExcelApi 1.8)`);
    return;
  }
  const position = EXCEL_LABEL_POSITION[labelPosition(chart)];
  for (const { s, series } of labelled) {
    for (const { index: i, row, column } of labelCells(s)) {
      const text = specCell(spec, row, column);
      if (text === null || text === undefined || text === '') continue;
      const point = series.points.getItemAt(i);
      point.hasDataLabel = true;
      point.dataLabel.position = position;
      const formula = sheetRangeFormula(sheetName, row, column);
      point.dataLabel.formula = `=${formula}`;
      // The point (getItemAt) and its label; three sets.
      budget.object(i);
      budget.object();
      budget.action(true);
      budget.action(position);
      budget.action(formula);
    }
  }
}

/** Colour, markers and lines of one series. Pie slices keep Excel's colours (one colour would paint every slice). */
function styleSeries(series: Excel.ChartSeries, chart: ChartSpec, s: ChartSeries, type: ChartTypeName, api17: boolean): void {
  const color = s.color;
  const pointChart = chart.type === 'line' || chart.type === 'scatter';
  const lines = linesOn(chart, s);
  if (color && (chart.type === 'column' || chart.type === 'bar')) series.format.fill.setSolidColor(color);
  if (color && pointChart && lines) series.format.line.color = color;
  if (!api17 || !pointChart) return;
  const markers = markersOn(chart, s);
  if (markers && color) {
    series.markerBackgroundColor = color;
    series.markerForegroundColor = color;
  }
  if (!markers && (type === 'LineMarkers' || type === 'XYScatter' || type === 'XYScatterLines')) series.markerStyle = 'None';
  if (markers && type === 'XYScatterLinesNoMarkers') series.markerStyle = 'Circle';
  const size = markerSize(s);
  if (markers && size !== undefined) series.markerSize = size;
  if (!lines && (type === 'XYScatterLines' || type === 'XYScatterLinesNoMarkers')) series.format.line.lineStyle = 'None';
  if (lines) {
    const weight = lineWeight(s);
    if (weight !== undefined) series.format.line.weight = weight;
    if (s.dashed) series.format.line.lineStyle = 'Dash';
  }
}
