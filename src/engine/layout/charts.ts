/**
 * How a chart is drawn, decided once for both gateways (the Excel gateway through Office.js, the
 * xlsx gateway as DrawingML): legend, markers and lines, marker size, line width, data-label
 * position, axis bounds, the square plot area of a map, and a cell reference in a chart formula.
 *
 * A map-like scatter (fixed equal bounds on both axes, axes hidden) must draw circles as circles:
 * its inner plot area has to be square. Excel sizes the plot area itself (title above, legend
 * below), so both gateways place it explicitly: the Excel gateway with ChartPlotArea.inside*
 * (ExcelApi 1.8), the xlsx gateway with a `c:manualLayout` of the inner plot area.
 */
import { ChartSeries, ChartSpec, RangeRef, columnLetters } from '../workbook';

/** A rectangle inside the chart, in pixels from the chart's top-left corner. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Is this chart drawn as a map (equal fixed bounds on both axes, no axes)? */
export function isMapChart(chart: ChartSpec): boolean {
  return chart.type === 'scatter' && chart.axisMin !== undefined && chart.axisMax !== undefined && chart.axisMax > chart.axisMin && !!chart.hideAxes;
}

/** Whether the chart shows a legend (the same default in both gateways). */
export function legendShown(chart: ChartSpec): boolean {
  return chart.legend ?? (chart.series.length > 1 || chart.type === 'pie');
}

/** Approximate rows of a bottom legend: entries (key + name in Calibri 9) packed into the chart's width. */
function legendRows(chart: ChartSpec, width: number): number {
  const entries = chart.series.filter((s) => !s.hideInLegend).map((s) => 26 + Math.min(s.name.length, 40) * 6);
  if (entries.length === 0) return 0;
  const room = Math.max(60, width - 20);
  let rows = 1;
  let used = 0;
  for (const w of entries) {
    if (used > 0 && used + w > room) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/**
 * The square inner plot area of a map chart, centred horizontally between the title and the
 * legend; undefined for other charts (Excel's automatic layout).
 */
export function mapPlotBox(chart: ChartSpec): PlotBox | undefined {
  if (!isMapChart(chart)) return undefined;
  const width = Math.max(1, chart.width);
  const height = Math.max(1, chart.height);
  const top = chart.title ? 36 : 10;
  const rows = legendShown(chart) ? legendRows(chart, width) : 0;
  const bottom = rows > 0 ? rows * 18 + 14 : 10;
  const side = Math.floor(Math.max(20, Math.min(width - 20, height - top - bottom)));
  return { left: Math.round((width - side) / 2), top, width: side, height: side };
}

/** Scatter: markers unless `markers: false`. Line: markers only with `markers: true`. */
export function markersOn(chart: ChartSpec, s: ChartSeries): boolean {
  return chart.type === 'scatter' ? s.markers !== false : s.markers === true;
}

/** Scatter: lines only with `lines: true`; a line chart always draws its lines. */
export function linesOn(chart: ChartSpec, s: ChartSeries): boolean {
  return chart.type === 'scatter' ? s.lines === true : true;
}

/** The marker size Excel accepts (2…72 points, whole), or undefined for Excel's default. */
export function markerSize(s: ChartSeries): number | undefined {
  return s.markerSize !== undefined && Number.isFinite(s.markerSize) ? Math.min(72, Math.max(2, Math.round(s.markerSize))) : undefined;
}

/** The line weight in points Excel accepts (above 0, at most 1,584), or undefined for Excel's default. */
export function lineWeight(s: ChartSeries): number | undefined {
  return s.lineWidth !== undefined && Number.isFinite(s.lineWidth) && s.lineWidth > 0 ? Math.min(1584, s.lineWidth) : undefined;
}

/** Where a point's data label goes: beyond the end of a bar, where it fits on a pie, right of a point. */
export type LabelPosition = 'outsideEnd' | 'bestFit' | 'right';

export function labelPosition(chart: ChartSpec): LabelPosition {
  return chart.type === 'column' || chart.type === 'bar' ? 'outsideEnd' : chart.type === 'pie' ? 'bestFit' : 'right';
}

/**
 * The fixed axis bounds to set (finite ones only), or `ok: false` when the minimum is not below
 * the maximum: then neither bound is set (the Excel gateway warns).
 */
export function axisBounds(chart: ChartSpec): { ok: boolean; min?: number; max?: number } {
  const { axisMin: min, axisMax: max } = chart;
  if (min !== undefined && max !== undefined && !(min < max)) return { ok: false };
  return {
    ok: true,
    min: min !== undefined && Number.isFinite(min) ? min : undefined,
    max: max !== undefined && Number.isFinite(max) ? max : undefined,
  };
}

/** `'Sheet name'!$B$5` or `'Sheet name'!$B$2:$B$10` (always quoted, quotes doubled). */
export function sheetRangeFormula(sheet: string, row: number, column: number, rows = 1, columns = 1): string {
  const a = `$${columnLetters(column)}$${row + 1}`;
  const b = `$${columnLetters(column + columns - 1)}$${row + rows}`;
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

/**
 * The cells whose text labels a series' points (`labels`): point i takes the i-th cell of the
 * label range (row by row), as far as both the values and the labels reach. Blank cells give no
 * label; which are blank is for the gateway to read.
 */
export function labelCells(s: ChartSeries): { index: number; row: number; column: number }[] {
  if (!s.labels) return [];
  const ref = s.labels;
  const columns = ref.columns ?? 1;
  const count = Math.min(s.values.rows * (s.values.columns ?? 1), ref.rows * columns);
  return Array.from({ length: count }, (_, i) => ({ index: i, row: ref.row + Math.floor(i / columns), column: ref.column + (i % columns) }));
}

/** A series range Excel accepts: inside the grid, one row or one column. */
function rangeOk(ref: RangeRef | undefined): boolean {
  if (!ref) return true;
  const cols = ref.columns ?? 1;
  return (
    Number.isInteger(ref.row) && Number.isInteger(ref.column) && ref.row >= 0 && ref.column >= 0 &&
    ref.rows >= 1 && cols >= 1 && (ref.rows === 1 || cols === 1) && ref.row + ref.rows <= 1048576 && ref.column + cols <= 16384
  );
}

/** Why a chart cannot be drawn (both gateways leave it out; the Excel gateway warns), or undefined. */
export function chartProblem(chart: ChartSpec): string | undefined {
  if (chart.series.length === 0) return 'no series';
  if (!chart.series.every((s) => rangeOk(s.values) && rangeOk(s.categories) && rangeOk(s.x) && rangeOk(s.labels))) {
    return 'a series range is not one row or one column of the sheet';
  }
  return undefined;
}
