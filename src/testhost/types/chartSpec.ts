/**
 * What the chart types share: chart type names and styles, the series a source range gives, and
 * the member specs of chart properties, texts and sizes. Part of the simulated Excel JavaScript
 * API (see ./index).
 */
import { Rect } from '../address';
import { notSimulated } from '../errors';
import { PropSpec, objectOf } from '../runtime';
import { ChartAxisState, ChartSeriesState, ChartState, ChartTextState, DEFAULT_COLUMN_WIDTH, SheetState } from '../state';
import { cellAt, readValue } from '../cells';
import { RangeT, checkFormatWrite, invalid, isBool, prop, rangeOn } from './spec';

/** Chart types the host simulates; other (valid) types throw "not simulated". */
export const CHART_TYPES: Record<string, string> = {
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  columnStacked100: 'ColumnStacked100',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  barStacked100: 'BarStacked100',
  line: 'Line',
  lineMarkers: 'LineMarkers',
  lineStacked: 'LineStacked',
  pie: 'Pie',
  doughnut: 'Doughnut',
  area: 'Area',
  xyscatter: 'XYScatter',
  xyscatterLines: 'XYScatterLines',
  xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers',
  xyscatterSmooth: 'XYScatterSmooth',
  xyscatterSmoothNoMarkers: 'XYScatterSmoothNoMarkers',
};
export const CHART_TYPE_NAMES = new Set(Object.values(CHART_TYPES));
export const MARKER_STYLES = new Set(['Automatic', 'None', 'Square', 'Diamond', 'Triangle', 'X', 'Star', 'Dot', 'Dash', 'Circle', 'Plus']);
export const LINE_STYLES = new Set(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'RoundDot']);
export const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner']);
/** Excel's default size of a new chart, in points (480 × 288 px). */
export const DEFAULT_CHART_WIDTH = 360;
export const DEFAULT_CHART_HEIGHT = 216;

export const isScatterType = (type: string): boolean => type.startsWith('XYScatter');
export const hasAxes = (type: string): boolean => type !== 'Pie' && type !== 'Doughnut';

export function checkChartType(v: unknown, location: string): string {
  if (typeof v !== 'string' || v === '' || v === 'Invalid') throw invalid(location, `invalid chart type ${JSON.stringify(v)}`);
  if (!CHART_TYPE_NAMES.has(v)) throw notSimulated(`${location}("${v}")`);
  return v;
}

/** Charts are objects: on a protected sheet they can only change with allowEditObjects. */
export function checkEditObjects(sheet: SheetState, location: string): void {
  checkFormatWrite(sheet, location, 'allowEditObjects');
}

/** An argument that must be a Range object (resolved at sync time). */
/** A Range of this sheet or an address on it, as page-layout methods accept; else InvalidArgument. */
export function rectOnSheet(s: SheetState, arg: unknown, location: string): Rect {
  if (objectOf(arg)) {
    const rng = rangeArg(arg, location);
    if (rng.sheet !== s) throw invalid(location, 'the range is on another sheet');
    return rng.rect;
  }
  if (typeof arg === 'string') return rangeOn(s, arg, location).rect;
  throw invalid(location, 'expected a Range or an address');
}

export function rangeArg(arg: unknown, location: string): RangeT {
  const o = objectOf(arg);
  if (!o || o.spec.name !== 'Range') throw invalid(location, 'expected a Range object');
  return o.live() as RangeT;
}

/** Request payload for arguments that may be client objects (sent as references, not as data). */
export function argsPayload(args: unknown[]): unknown[] {
  return args.map((a) => {
    const o = objectOf(a);
    return o ? { ref: o.path } : a;
  });
}

/** Left edge of column `c` in points. */
export function columnLeft(sheet: SheetState, c: number): number {
  let x = 0;
  for (let j = 0; j < c; j++) x += sheet.columnWidths.get(j) ?? DEFAULT_COLUMN_WIDTH;
  return x;
}

/**
 * The series charts.add makes from a source range, approximating Excel's guess: series by
 * columns (or rows; "Auto" = by columns when the range has at least as many rows as columns);
 * the first column is X values (scatter) or category labels (when its cells are text); the first
 * row holds the series names when those cells are text over numbers.
 */
export function seriesFromSource(type: string, src: RangeT, by: 'Auto' | 'Columns' | 'Rows'): ChartSeriesState[] {
  const { r0, c0, r1, c1 } = src.rect;
  const nRows = r1 - r0 + 1;
  const nCols = c1 - c0 + 1;
  const byCols = by === 'Columns' || (by === 'Auto' && nRows >= nCols);
  const lines = byCols ? nCols : nRows;
  const len = byCols ? nRows : nCols;
  const at = (i: number, k: number) => readValue(cellAt(src.sheet, byCols ? r0 + k : r0 + i, byCols ? c0 + i : c0 + k));
  const isText = (v: unknown) => typeof v === 'string' && v !== '';
  const lineRect = (i: number, from: number): Rect => (byCols ? { r0: r0 + from, r1, c0: c0 + i, c1: c0 + i } : { r0: r0 + i, r1: r0 + i, c0: c0 + from, c1 });
  let catLine = false;
  if (lines > 1) {
    if (isScatterType(type)) catLine = true;
    else {
      const cells = Array.from({ length: len > 1 ? len - 1 : 1 }, (_, k) => at(0, len > 1 ? k + 1 : 0));
      catLine = cells.some(isText) && cells.every((v) => v === '' || isText(v));
    }
  }
  const valueLines = Array.from({ length: lines }, (_, i) => i).filter((i) => !catLine || i > 0);
  const hasHeader =
    len > 1 &&
    valueLines.every((i) => isText(at(i, 0))) &&
    valueLines.some((i) => Array.from({ length: len - 1 }, (_, k) => at(i, k + 1)).some((v) => typeof v === 'number'));
  const from = hasHeader ? 1 : 0;
  return valueLines.map((i, n) => ({
    name: hasHeader ? String(at(i, 0)) : `Series${n + 1}`,
    values: { sheet: src.sheet, rect: lineRect(i, from) },
    xValues: catLine ? { sheet: src.sheet, rect: lineRect(0, from) } : undefined,
    markerStyle: 'Automatic',
  }));
}

/** A series with its chart (the target of ChartSeries and its format objects). */
export interface SeriesT {
  chart: ChartState;
  series: ChartSeriesState;
  readonly deleted: boolean;
}

export function seriesT(chart: ChartState, series: ChartSeriesState): SeriesT {
  return {
    chart,
    series,
    get deleted() {
      return !!series.deleted || !!chart.deleted;
    },
  };
}

/** A chart property: plain get, set checked and allowed only where objects may be edited. */
export function chartProp<T>(owner: string, name: string, api: string, get: (t: T) => unknown, set: (t: T, v: unknown, location: string) => void, sheetOf: (t: T) => SheetState, setApi?: string): PropSpec {
  const location = `${owner}.${name}`;
  return prop(api, (t: T) => get(t), (t: T, v) => {
    checkEditObjects(sheetOf(t), location);
    set(t, v, location);
  }, setApi);
}

export function textProp(owner: string, pick: (t: any) => ChartTextState, sheetOf: (t: any) => SheetState): Record<string, PropSpec> {
  return {
    /** [ExcelApi 1.1] */
    text: chartProp(owner, 'text', '1.1', (t) => pick(t).text, (t, v, location) => {
      if (typeof v !== 'string') throw invalid(location, 'text must be text');
      if (v.length > 255) throw invalid(location, 'at most 255 characters');
      pick(t).text = v;
      if (v !== '') pick(t).visible = true;
    }, sheetOf),
    /** [ExcelApi 1.1] */
    visible: chartProp(owner, 'visible', '1.1', (t) => pick(t).visible, (t, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      pick(t).visible = v as boolean;
    }, sheetOf),
  };
}

export function numberProp(owner: string, name: 'top' | 'left' | 'width' | 'height'): PropSpec {
  return chartProp(owner, name, '1.1', (c: ChartState) => c[name], (c: ChartState, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(location, `expected a number, got ${JSON.stringify(v)}`);
    if ((name === 'width' || name === 'height') && v <= 0) throw invalid(location, `${name} must be positive`);
    if (v < 0) throw invalid(location, `${name} must not be negative`);
    c[name] = v;
  }, (c: ChartState) => c.sheet);
}

export const chartSheet = (c: ChartState): SheetState => c.sheet;

export function newAxis(gridlines: boolean): ChartAxisState {
  return { title: { text: '', visible: false }, visible: true, majorGridlines: gridlines };
}
