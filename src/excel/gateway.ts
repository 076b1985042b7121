/**
 * The Excel gateway: the only code in Kring that calls `Excel.run`. It implements the engine's
 * WorkbookGateway for Office.js with a bounded number of `context.sync()` calls:
 *
 * - readSheets: 3 syncs for up to `readCellsPerSync` cells (default 100,000) whatever the number of
 *   sheets (1: sheet names; 2: tables and used-range size per sheet; 3: values of the used range
 *   of every sheet, which holds its table); larger workbooks add one sync per further block of
 *   that many cells, so no response nears Excel on the web's 5 MB limit.
 * - writeSheets: 1 sync to look at the workbook, then 1 sync for structure, formats and all
 *   values of up to `maxRequestBytes` (default 2 MB); larger data adds one sync per further
 *   ~2 MB block of values (Excel on the web rejects requests over 5 MB). So: 2 syncs for
 *   anything under ~2 MB of cell data, 2 + ceil(extra / 2 MB) beyond.
 *   Extra cell blocks (SheetSpec.blocks) share these requests and the byte budget with the body;
 *   charts (SheetSpec.charts) are built in the last request, after all values, with no sync of
 *   their own: no reads are needed, so neither the number of charts nor of series adds a sync.
 * - selectCell: 1 sync.
 * - appendRows: 2 syncs (where the data ends; the rows). updateCells: 1 sync.
 *
 * No half-written state. Excel applies a request's operations in order and, when one fails, keeps
 * those before it (nothing is rolled back); a response can also be lost after everything was
 * applied. The failed run's objects cannot be trusted, so recovery uses a new Excel.run. So:
 * - writeSheets builds every output sheet under a temporary name ("Kring tmp 1", …; its table as
 *   "Kring_tmp_1", …: the real table name may still belong to the sheet being replaced), in as
 *   many requests as the data needs. Only the last request, after all cells, tables, charts and
 *   formats, swaps: deletes the sheets being replaced, gives the new sheets and tables their real
 *   names and the old sheets' positions, protects them, restores the calculation mode. Chart
 *   labels link to cells by the temporary name; Excel follows the rename. A large write therefore
 *   never shows a half sheet under a real name, and the old sheet stays as it was until then.
 * - When a write fails, a new Excel.run recovers: if the swap had not begun, it deletes the
 *   temporary sheets (the workbook is as before: input sheets and output sheets untouched); if
 *   it had (an old sheet is gone or a temporary sheet carries its real name — the swap's first
 *   operation is always one of these, so everything before it was applied), it finishes the swap
 *   (every output sheet complete). Either way the calculation mode is restored; the error is
 *   then rethrown. Recovery costs 1 sync (a failure before the last request), else 2–3, and
 *   only after a failure. Input sheets are never written by a 'replace' write, only created when missing.
 * - appendRows reads first and writes the rows in one request (number formats, then values in one
 *   assignment): a failure leaves the register's values as before, or (lost response) completely
 *   updated. updateCells writes in one request, all number formats before any value, and the
 *   cells adjacent in a row (the end date, status and reason of one register row) with one
 *   assignment, so a row is never half updated.
 * Not guaranteed: if the recovery's own Excel.run fails too (Excel gone), temporary sheets stay
 * behind (visible, named "Kring tmp N"; the next write picks other temporary names) and the
 * calculation mode may stay manual; a failure part-way through the values of an updateCells
 * request touching several rows may leave some rows updated and others not; a failure between the
 * number formats and the values of appendRows/updateCells leaves the new number formats on cells
 * whose values did not change. A command that writes several times (decide: the register, then
 * Kring afwijzingen) is not one transaction: each write is whole or absent, and running the
 * command again finishes the job (decisions already in the register are not appended twice).
 *
 * Feature detection (Office.context.requirements.isSetSupported): screen-updating suspension
 * (ExcelApi 1.9), manual calculation during writes (1.8), data validation (1.8), tab colour and
 * frozen panes (1.7), getUsedRangeOrNullObject (1.4); below these the step is skipped. Charts
 * are built series by series (chart.series.add, setValues, setXAxisValues, markers: ExcelApi 1.7)
 * on a chart created with series by columns (an XY scatter created with "Auto" renders wrongly in
 * Excel on the web). Below 1.7 a chart whose series are adjacent columns (with their categories
 * or X values in the column just left of them) is created over that range with series by columns;
 * other charts are left out with a warning.
 *
 * Forms, print settings, highlights and maps (all queued in the same requests, so neither the
 * number of forms, page breaks nor chart points adds a sync):
 * - form blocks (CellBlock.editable/inputFill/wrap/lists): unlocked, filled input cells, wrapped
 *   text with rows fitted in the last request (ExcelApi 1.2); dropdowns need 1.8 (else a warning);
 * - print (SheetSpec.print): Worksheet.pageLayout (orientation, A4, fit to width, centre header and
 *   footer, print title rows) and horizontalPageBreaks, ExcelApi 1.9 (else one warning);
 * - highlights: a "Custom" conditional format `=AND(ISNUMBER(B5),B5<=n)` on the body of the column
 *   (ExcelApi 1.6, else a warning); a cell-value rule would colour empty cells, which Excel reads as 0;
 * - charts: marker size, line weight and dash style, axis visibility, legend entries hidden (1.7);
 *   axis minimum/maximum and gridlines (1.1); labels linked to cells with ChartPoint.hasDataLabel +
 *   ChartDataLabel.formula, displayBlanksAs "NotPlotted" and a square inner plot area for maps
 *   (ExcelApi 1.8; below it the labels are left out with a warning, the rest is skipped silently).
 */
import { appendRowsExcel, updateCellsExcel } from './append';
import { legendShown, mapPlotBox } from './chartLayout';
import {
  AppendRequest,
  CellUpdate,
  Cell,
  CellBlock,
  ChartSeries,
  HighlightSpec,
  PrintSpec,
  ChartSpec,
  ColumnKind,
  ColumnSpec,
  RangeRef,
  FORBIDDEN_SHEET_NAME_CHARS,
  NUMBER_FORMATS,
  RawSheet,
  SHEET_NAME_MAX,
  SheetSpec,
  WorkbookGateway,
  WriteMode,
  WriteResult,
  cellAddress,
  columnLetters,
} from '../engine/workbook';

export interface ExcelGatewayOptions {
  /** The Excel namespace (default: the global `Excel`). */
  excel?: typeof Excel;
  /** The Office namespace (default: the global `Office`). */
  office?: typeof Office;
  /** Budget for cell values per request, in bytes of JSON (default 2,000,000; Excel's limit is 5 MB). */
  maxRequestBytes?: number;
  /** Cells read per request (default 100,000: about 2 MB of values at 20 bytes a cell). */
  readCellsPerSync?: number;
  /** Empty rows below the body of 'input' sheets that get the column formats, dropdowns and unlocking. */
  spareInputRows?: number;
}

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

export interface ExcelWriteResult extends WriteResult {
  /** Things that were left out (e.g. a dropdown list too long for Excel's 255-character list, a chart Excel's API version cannot build). */
  warnings: string[];
}

export interface ExcelGateway extends WorkbookGateway {
  writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult>;
  /** Activate `sheet` and select `address` (e.g. "B7") in it. */
  selectCell(sheet: string, address: string): Promise<void>;
  features(): ExcelFeatures;
}

/** Column width in points for a width in characters (Calibri 11: 7 px per character + 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Where a spec's parts go on the sheet (zero-based rows): preamble, one blank row, header, body. */
export interface SheetLayout {
  headerRow: number;
  bodyRow: number;
  /** Rows that get column formats, dropdowns and unlocking (body, at least one row for a table, spare rows for input sheets). */
  formattedRows: number;
  /** Table rows below the header (a table needs at least one body row). */
  tableBodyRows: number;
}

export function layoutOf(spec: SheetSpec, spareInputRows = 200): SheetLayout {
  const preamble = spec.preamble?.length ?? 0;
  const headerRow = preamble > 0 ? preamble + 1 : 0;
  const tableBodyRows = Math.max(spec.rows.length, spec.table ? 1 : 0);
  const formattedRows = tableBodyRows + (spec.role === 'input' ? spareInputRows : 0);
  return { headerRow, bodyRow: headerRow + 1, formattedRows, tableBodyRows };
}

const LIST_SOURCE_MAX = 255;

function rangeAddress(row0: number, col0: number, rows: number, cols: number): string {
  const a = `${columnLetters(col0)}${row0 + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:${columnLetters(col0 + cols - 1)}${row0 + rows}`;
}

/** A cell value as written to `range.values` so that Excel stores exactly this value. */
function toExcelValue(cell: Cell | undefined, kind: ColumnKind): string | number | boolean {
  if (cell === null || cell === undefined) return ''; // null would mean "leave the cell as it is"
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (cell === '') return '';
  // Text columns have the text format "@" (set before the values), which keeps text literally.
  // Elsewhere an apostrophe keeps text from being read as a number, date or formula.
  return kind === 'text' ? cell : `'${cell}`;
}

/** UTF-8 bytes of a JSON text. */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function defaultWidth(column: ColumnSpec, index: number, rows: Cell[][]): number {
  let longest = column.header.length;
  for (let i = 0; i < Math.min(rows.length, 200); i++) {
    const v = rows[i]?.[index];
    if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** Table names Excel refuses because they read as a cell reference ("T1", "AB12", "R1C1", "R", "C"). */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    let col = 0;
    for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

function checkSpecs(specs: SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const name = spec.name;
    if (!name || name.length > SHEET_NAME_MAX || FORBIDDEN_SHEET_NAME_CHARS.test(name)) throw new Error(`Invalid sheet name "${name}"`);
    if (seen.has(name.toLowerCase())) throw new Error(`Sheet "${name}" appears twice`);
    seen.add(name.toLowerCase());
    if (spec.table !== undefined && (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(spec.table) || isCellReference(spec.table))) {
      throw new Error(`Invalid table name "${spec.table}" (letters, digits and underscores, not a cell reference like "T1")`);
    }
    if (spec.columns.length === 0) throw new Error(`Sheet "${name}" has no columns`);
  }
}

/** One block of rows written with one `values` assignment. */
interface Block {
  sheet: number;
  /** Zero-based top-left cell of the block on its sheet. */
  row: number;
  column: number;
  values: (string | number | boolean)[][];
  /** The cell block these rows start (its title, formats and form cells go in the same request). */
  starts?: CellBlock;
}

/** Request bytes of a cell block's own operations (title, formats, unlocking, fill, dropdowns), estimated. */
function blockOverhead(block: CellBlock): number {
  const width = blockWidth(block);
  return 600 + 250 * width + (block.title?.length ?? 0) + jsonBytes(block.lists ?? null);
}

/** Columns of a cell block (its widest row). */
export function blockWidth(block: CellBlock): number {
  return block.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Where a cell block's rows start (one row below its title, if any). */
function blockTop(block: CellBlock): number {
  return block.at.row + (block.title ? 1 : 0);
}

/** Kind of a block cell: header cells and columns without a format are General (text written with an apostrophe). */
function blockKind(block: CellBlock, rowIndex: number, column: number): ColumnKind {
  if (block.header && rowIndex === 0) return 'number';
  return block.formats?.[column] ?? 'number';
}

/** Row sources of a sheet: the body, then each cell block. */
function rowSources(spec: SheetSpec): { row: number; column: number; block?: CellBlock; rows: () => Iterable<(string | number | boolean)[]> }[] {
  const layout = layoutOf(spec);
  const sources: { row: number; column: number; block?: CellBlock; rows: () => Iterable<(string | number | boolean)[]> }[] = [
    {
      row: layout.bodyRow,
      column: 0,
      rows: function* () {
        for (const row of spec.rows) yield spec.columns.map((col, j) => toExcelValue(row[j], col.kind));
      },
    },
  ];
  for (const block of spec.blocks ?? []) {
    const width = blockWidth(block);
    if (width === 0) continue;
    sources.push({
      row: blockTop(block),
      column: block.at.column,
      block,
      rows: function* () {
        for (let i = 0; i < block.rows.length; i++) {
          yield Array.from({ length: width }, (_, j) => toExcelValue(block.rows[i][j], blockKind(block, i, j)));
        }
      },
    });
  }
  return sources;
}

/**
 * Split the bodies and cell blocks of all sheets into requests of at most `budget` bytes of values
 * (the first request shares its budget with `firstUsed`).
 */
export function planBlocks(specs: SheetSpec[], budget: number, firstUsed = 0): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let used = firstUsed;
  specs.forEach((spec, s) => {
    for (const source of rowSources(spec)) {
      let block: Block | undefined;
      let i = 0;
      for (const values of source.rows()) {
        // A cell block's own operations travel with its first rows.
        const bytes = jsonBytes(values) + 1 + (i === 0 && source.block ? blockOverhead(source.block) : 0);
        if (used + bytes > budget && (current.length > 0 || block)) {
          requests.push(current);
          current = [];
          used = 0;
          block = undefined;
        }
        if (!block) {
          block = { sheet: s, row: source.row + i, column: source.column, values: [] };
          if (i === 0 && source.block) block.starts = source.block;
          current.push(block);
        }
        block.values.push(values);
        used += bytes;
        i++;
      }
    }
  });
  if (current.length) requests.push(current);
  return requests;
}

// ---------------------------------------------------------------------------------------------
// charts

/** Pixels → points (96 dpi). */
const PX_TO_PT = 0.75;

function refAddress(ref: RangeRef): string {
  return rangeAddress(ref.row, ref.column, ref.rows, ref.columns ?? 1);
}

/** A series range Excel accepts: inside the grid, one row or one column. */
function refOk(ref: RangeRef | undefined): boolean {
  if (!ref) return true;
  const cols = ref.columns ?? 1;
  return (
    Number.isInteger(ref.row) && Number.isInteger(ref.column) && ref.row >= 0 && ref.column >= 0 &&
    ref.rows >= 1 && cols >= 1 && (ref.rows === 1 || cols === 1) && ref.row + ref.rows <= 1048576 && ref.column + cols <= 16384
  );
}

/** The range that gives X values (scatter) or category labels (other types). */
function xRefOf(chart: ChartSpec, series: ChartSeries): RangeRef | undefined {
  return chart.type === 'scatter' ? series.x : series.categories;
}

type ChartTypeName = 'ColumnClustered' | 'BarClustered' | 'Line' | 'LineMarkers' | 'Pie' | 'XYScatter' | 'XYScatterLines' | 'XYScatterLinesNoMarkers';

/** Scatter: markers unless `markers: false`, lines only with `lines: true`. Line: markers only with `markers: true`. */
const markersOn = (chart: ChartSpec, s: ChartSeries): boolean => (chart.type === 'scatter' ? s.markers !== false : s.markers === true);
const linesOn = (chart: ChartSpec, s: ChartSeries): boolean => (chart.type === 'scatter' ? s.lines === true : true);

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

/** The value the gateway writes at a zero-based cell of a spec (undefined where it writes nothing). */
function specCell(spec: SheetSpec, row: number, column: number): Cell | undefined {
  const blocks = spec.blocks ?? [];
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    if (block.title && row === block.at.row && column === block.at.column) return block.title;
    const i = row - blockTop(block);
    const j = column - block.at.column;
    if (i >= 0 && i < block.rows.length && j >= 0 && j < blockWidth(block)) return block.rows[i][j] ?? null;
  }
  const layout = layoutOf(spec);
  if (column < spec.columns.length) {
    if (row === layout.headerRow) return spec.columns[column].header;
    const i = row - layout.bodyRow;
    if (i >= 0 && i < spec.rows.length) return spec.rows[i][column] ?? null;
  }
  if (column === 0 && spec.preamble && row < spec.preamble.length) return spec.preamble[row];
  return undefined;
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
function addChart(ws: Excel.Worksheet, spec: SheetSpec, chart: ChartSpec, f: ExcelFeatures, warnings: string[], names: Set<string>, sheetName = spec.name): void {
  const label = `${spec.name} / chart "${chart.title}"`;
  if (chart.series.length === 0) {
    warnings.push(`${label}: left out (no series)`);
    return;
  }
  if (!chart.series.every((s) => refOk(s.values) && refOk(s.categories) && refOk(s.x) && refOk(s.labels))) {
    warnings.push(`${label}: left out (a series range is not one row or one column of the sheet)`);
    return;
  }
  const type = excelChartType(chart);
  const seriesList: Excel.ChartSeries[] = [];
  let xlChart: Excel.Chart;
  if (f.chartSeries) {
    // Created over the first series' values with series by columns, then every series set explicitly.
    xlChart = ws.charts.add(type, ws.getRange(refAddress(chart.series[0].values)), 'Columns');
    chart.series.forEach((s, i) => {
      const series = i === 0 ? xlChart.series.getItemAt(0) : xlChart.series.add(s.name.slice(0, 255));
      if (i === 0) series.name = s.name.slice(0, 255);
      series.setValues(ws.getRange(refAddress(s.values)));
      const x = xRefOf(chart, s);
      if (x) series.setXAxisValues(ws.getRange(refAddress(x)));
      styleSeries(series, chart, s, type, true);
      seriesList.push(series);
    });
  } else {
    const source = contiguousSource(spec, chart);
    if ('reason' in source) {
      warnings.push(`${label}: left out (this Excel lacks ExcelApi 1.7 to build series one by one, and ${source.reason})`);
      return;
    }
    xlChart = ws.charts.add(type, ws.getRange(source.address), 'Columns');
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
    const min = chart.axisMin;
    const max = chart.axisMax;
    const boundsOk = min === undefined || max === undefined || min < max;
    if (!boundsOk) warnings.push(`${label}: axis bounds left out (minimum ${min} is not below maximum ${max})`);
    for (const axis of bounded) {
      if (boundsOk && min !== undefined && Number.isFinite(min)) axis.minimum = min;
      if (boundsOk && max !== undefined && Number.isFinite(max)) axis.maximum = max;
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
  addLabels(spec, chart, seriesList, f, warnings, label, sheetName);
  if (legend && f.chartSeries && chart.type !== 'pie') {
    // Hidden from the legend (ExcelApi 1.7); from the last entry down, so that indexes hold
    // whether or not Excel drops a hidden entry from the collection.
    for (let i = chart.series.length - 1; i >= 0; i--) {
      if (chart.series[i].hideInLegend) xlChart.legend.legendEntries.getItemAt(i).visible = false;
    }
  }
}

/**
 * Data labels whose text comes from cells: each point with a non-blank label cell gets its own
 * label linked to that cell (ChartPoint.hasDataLabel, ChartDataLabel.formula: ExcelApi 1.8), to
 * the right of a point. All queued: the operations grow with the points, the syncs do not.
 */
function addLabels(spec: SheetSpec, chart: ChartSpec, seriesList: Excel.ChartSeries[], f: ExcelFeatures, warnings: string[], label: string, sheetName: string): void {
  const labelled = chart.series.map((s, i) => ({ s, series: seriesList[i] })).filter(({ s, series }) => s.labels && series);
  if (labelled.length === 0) return;
  if (!f.chartLabels) {
    warnings.push(`${label}: data labels left out (this Excel lacks ExcelApi 1.8)`);
    return;
  }
  const position: 'OutsideEnd' | 'BestFit' | 'Right' = chart.type === 'column' || chart.type === 'bar' ? 'OutsideEnd' : chart.type === 'pie' ? 'BestFit' : 'Right';
  for (const { s, series } of labelled) {
    const ref = s.labels!;
    const count = Math.min(s.values.rows * (s.values.columns ?? 1), ref.rows * (ref.columns ?? 1));
    for (let i = 0; i < count; i++) {
      const row = ref.row + ((ref.columns ?? 1) === 1 ? i : 0);
      const column = ref.column + ((ref.columns ?? 1) === 1 ? 0 : i);
      const text = specCell(spec, row, column);
      if (text === null || text === undefined || text === '') continue;
      const point = series.points.getItemAt(i);
      point.hasDataLabel = true;
      point.dataLabel.position = position;
      point.dataLabel.formula = `=${sheetRef(sheetName, row, column)}`;
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
  if (markers && s.markerSize !== undefined && Number.isFinite(s.markerSize)) series.markerSize = Math.min(72, Math.max(2, Math.round(s.markerSize)));
  if (!lines && (type === 'XYScatterLines' || type === 'XYScatterLinesNoMarkers')) series.format.line.lineStyle = 'None';
  if (lines) {
    if (s.lineWidth !== undefined && Number.isFinite(s.lineWidth) && s.lineWidth > 0) series.format.line.weight = Math.min(1584, s.lineWidth);
    if (s.dashed) series.format.line.lineStyle = 'Dash';
  }
}

/** `'Sheet name'!$B$5` (always quoted, quotes doubled). */
function sheetRef(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetters(column)}$${row + 1}`;
}

/** Why a dropdown list cannot be an Excel list source (a comma-separated text of at most 255 characters), or undefined. */
function listProblem(list: string[]): string | undefined {
  if (list.join(',').length > LIST_SOURCE_MAX || list.some((item) => item.includes(','))) return `list longer than ${LIST_SOURCE_MAX} characters or items with commas`;
  return undefined;
}

/** A cell block's bold title, bold header row and number formats (before any of its values). */
function startCellBlock(ws: Excel.Worksheet, block: CellBlock): void {
  if (block.title) {
    const title = ws.getRange(cellAddress(block.at.row, block.at.column));
    title.numberFormat = [['@']];
    title.values = [[block.title]];
    title.format.font.bold = true;
  }
  const width = blockWidth(block);
  if (width === 0 || block.rows.length === 0) return;
  const top = blockTop(block);
  if (block.header) ws.getRange(rangeAddress(top, block.at.column, 1, width)).format.font.bold = true;
  const dataTop = top + (block.header ? 1 : 0);
  const dataRows = block.rows.length - (block.header ? 1 : 0);
  if (dataRows === 0) return;
  for (let j = 0; j < width; j++) {
    const kind = block.formats?.[j];
    if (!kind || NUMBER_FORMATS[kind] === 'General') continue;
    const column = ws.getRange(rangeAddress(dataTop, block.at.column + j, dataRows, 1));
    (column as unknown as { numberFormat: string }).numberFormat = NUMBER_FORMATS[kind];
  }
}

/**
 * Form blocks: unlock the editable cells (so they stay editable on a protected sheet) and fill
 * them with the input colour; dropdowns on the block's non-header cells; wrapped text. Runs of
 * adjacent editable columns share one range, so the operations grow with the blocks, never the
 * syncs.
 */
function formatBlock(ws: Excel.Worksheet, spec: SheetSpec, block: CellBlock, f: ExcelFeatures, warnings: string[], warned: Set<string>): void {
  const width = blockWidth(block);
  if (width === 0 || block.rows.length === 0) return;
  const top = blockTop(block);
  if (block.wrap) ws.getRange(rangeAddress(top, block.at.column, block.rows.length, width)).format.wrapText = true;
  const dataTop = top + (block.header ? 1 : 0);
  const dataRows = block.rows.length - (block.header ? 1 : 0);
  if (dataRows <= 0) return;
  const editable = (j: number) => j < width && !!block.editable?.[j];
  for (let j = 0; j < width; j++) {
    if (!editable(j) || editable(j - 1)) continue;
    let k = j;
    while (editable(k + 1)) k++;
    const cells = ws.getRange(rangeAddress(dataTop, block.at.column + j, dataRows, k - j + 1));
    cells.format.protection.locked = false;
    if (block.inputFill) cells.format.fill.color = block.inputFill;
  }
  block.lists?.forEach((list, j) => {
    if (!list?.length || j >= width) return;
    if (!f.dataValidation) {
      if (!warned.has('lists')) warnings.push(`${spec.name}: dropdowns of the form cells left out (this Excel lacks ExcelApi 1.8)`);
      warned.add('lists');
      return;
    }
    const problem = listProblem(list);
    if (problem) {
      warnings.push(`${spec.name} / ${cellAddress(dataTop, block.at.column + j)}: dropdown left out (${problem})`);
      return;
    }
    ws.getRange(rangeAddress(dataTop, block.at.column + j, dataRows, 1)).dataValidation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
  });
}

/** Page setup: orientation, A4, fit to width, centre header and footer, print titles, horizontal page breaks (ExcelApi 1.9). */
function applyPrint(ws: Excel.Worksheet, spec: SheetSpec, print: PrintSpec, f: ExcelFeatures, warnings: string[]): void {
  if (!f.pageLayout) {
    warnings.push(`${spec.name}: print settings and page breaks left out (this Excel lacks ExcelApi 1.9)`);
    return;
  }
  const layout = ws.pageLayout;
  if (print.orientation) layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.paper === 'A4') layout.paperSize = 'A4';
  // verticalFitToPages 0: as many pages tall as needed ("automatic" in Excel's page setup).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.header !== undefined) layout.headersFooters.defaultForAllPages.centerHeader = print.header.slice(0, 255);
  if (print.footer !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = print.footer.slice(0, 255);
  if (print.repeatRows !== undefined && print.repeatRows >= 0) layout.setPrintTitleRows(`$1:$${Math.floor(print.repeatRows) + 1}`);
  if (print.area) layout.setPrintArea(rangeAddress(print.area.row, print.area.column, print.area.rows, print.area.columns ?? 1));
  const breaks = [...new Set(print.pageBreaks ?? [])].filter((r) => Number.isInteger(r) && r > 0 && r < 1048576).sort((a, b) => a - b);
  // The address is the first cell below the break: one operation per break, no Range object.
  for (const row of breaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * Highlights: a conditional format on the column's body cells, "value ≤ atMost" → fill and font
 * colour (ExcelApi 1.6). A formula rule rather than a cell-value rule, because Excel compares an
 * empty cell as 0 and would colour every blank (and spare) row.
 */
function applyHighlights(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout, highlights: HighlightSpec[], f: ExcelFeatures, warnings: string[]): void {
  if (!f.conditionalFormats) {
    warnings.push(`${spec.name}: highlights left out (this Excel lacks ExcelApi 1.6)`);
    return;
  }
  if (layout.formattedRows === 0) return;
  for (const h of highlights) {
    if (!Number.isInteger(h.column) || h.column < 0 || h.column >= spec.columns.length || !Number.isFinite(h.atMost)) {
      warnings.push(`${spec.name}: a highlight on column ${h.column} left out (no such column or no threshold)`);
      continue;
    }
    const range = ws.getRange(rangeAddress(layout.bodyRow, h.column, layout.formattedRows, 1));
    const cf = range.conditionalFormats.add('Custom');
    const first = cellAddress(layout.bodyRow, h.column);
    cf.custom.rule.formula = `=AND(ISNUMBER(${first}),${first}<=${h.atMost})`;
    cf.custom.format.fill.color = h.fill;
    if (h.fontColor) cf.custom.format.font.color = h.fontColor;
  }
}

// ---------------------------------------------------------------------------------------------
// building under temporary names, and the swap

/** Output sheets are built under these names ("Kring tmp 1", …) and take their real names in the last request. */
export const TEMP_SHEET_PREFIX = 'Kring tmp ';
/** Their tables are made under these names ("Kring_tmp_1", …): the real name may still belong to the sheet being replaced. */
export const TEMP_TABLE_PREFIX = 'Kring_tmp_';

/** Whether a sheet name is one the gateway uses for a sheet under construction. */
export function isTemporarySheetName(name: string): boolean {
  return name.toLowerCase().startsWith(TEMP_SHEET_PREFIX.toLowerCase()) && /^\d+$/.test(name.slice(TEMP_SHEET_PREFIX.length));
}

/** Whether a table name is one the gateway uses for a table under construction. */
export function isTemporaryTableName(name: string): boolean {
  return name.toLowerCase().startsWith(TEMP_TABLE_PREFIX.toLowerCase()) && /^\d+$/.test(name.slice(TEMP_TABLE_PREFIX.length));
}

const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true };

/** One output sheet of a write: its real and temporary names, and the sheet it replaces. */
interface SwapTarget {
  name: string;
  temp: string;
  table?: { temp: string; name: string };
  old?: { id: string; name: string; position: number };
  protect: boolean;
}

interface SwapPlan {
  /** Ids of the sheets before the write: a sheet with a target's real name and another id is a renamed temporary sheet. */
  originalIds: Set<string>;
  targets: SwapTarget[];
}

interface SwapItem {
  plan: SwapTarget;
  /** The new sheet (under its temporary name unless `rename` is false). */
  sheet: Excel.Worksheet | undefined;
  rename?: boolean;
  /** The new sheet's table, still under its temporary name. */
  table?: Excel.Table;
  /** The sheet being replaced, still there. */
  old?: Excel.Worksheet;
  /** Protect the new sheet (default: as the spec says). */
  protect?: boolean;
}

/**
 * Queue the swap: delete the replaced sheets, give the new sheets and tables their real names, put
 * them where the old ones were, protect them, restore the calculation mode. The first operation
 * is always a delete or a rename, both of which a recovery can see afterwards; everything the
 * write queued before it (all cells, tables, charts) has then been applied.
 */
function queueSwap(items: SwapItem[], restoreCalculation: (() => void) | undefined): void {
  for (const it of items) it.old?.delete(); // removes its tables, charts, protection and everything else on it
  for (const it of items) if (it.sheet && it.rename !== false) it.sheet.name = it.plan.name;
  for (const it of items) if (it.table && it.plan.table) it.table.name = it.plan.table.name;
  // In order of position, so that each lands where its old sheet was.
  const placed = items.filter((it) => it.sheet && it.plan.old).sort((a, b) => a.plan.old!.position - b.plan.old!.position);
  for (const it of placed) it.sheet!.position = it.plan.old!.position;
  for (const it of items) if (it.sheet && (it.protect ?? it.plan.protect)) it.sheet.protection.protect(PROTECTION_OPTIONS);
  restoreCalculation?.();
}

export function createExcelGateway(options: ExcelGatewayOptions = {}): ExcelGateway {
  const excel = (): typeof Excel => options.excel ?? (globalThis as unknown as { Excel: typeof Excel }).Excel;
  const office = (): typeof Office => options.office ?? (globalThis as unknown as { Office: typeof Office }).Office;
  const budget = options.maxRequestBytes ?? 2_000_000;
  const readCellsPerSync = options.readCellsPerSync ?? 100_000;
  const spare = options.spareInputRows ?? 200;
  const runOptions = { delayForCellEdit: true };

  const supported = (version: string): boolean => {
    const o = office();
    return !!o?.context?.requirements?.isSetSupported('ExcelApi', version);
  };

  const features = (): ExcelFeatures => ({
    usedRangeOrNullObject: supported('1.4'),
    tabColor: supported('1.7'),
    freezePanes: supported('1.7'),
    manualCalculation: supported('1.8'),
    dataValidation: supported('1.8'),
    suspendScreenUpdating: supported('1.9'),
    chartSeries: supported('1.7'),
    conditionalFormats: supported('1.6'),
    pageLayout: supported('1.9'),
    chartLabels: supported('1.8'),
  });

  async function readSheets(names?: string[]): Promise<RawSheet[]> {
    const f = features();
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    return excel().run(runOptions, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync(); // 1: names

      const perSheet = sheets.items.filter((sheet) => !wanted || wanted.has(sheet.name.toLowerCase())).map((sheet) => {
        const tables = sheet.tables.load('items/name');
        const used = f.usedRangeOrNullObject ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        return { sheet, tables, used };
      });
      await ctx.sync(); // 2: tables and the size of each used range

      // The used range, not only the table: rows typed below a table that did not grow with them
      // still count, and both gateways then see the same cells. Values come in row blocks, and the
      // blocks in requests of at most readCellsPerSync cells, so no response nears Excel's 5 MB.
      interface Block { sheet: number; row: number; rows: number; range: Excel.Range }
      const blocks: Block[] = [];
      perSheet.forEach(({ sheet, used }, s) => {
        if (used.isNullObject) return;
        const cols = Math.max(1, used.columnCount);
        const rowsPerBlock = Math.max(1, Math.floor(readCellsPerSync / cols));
        for (let r = 0; r < used.rowCount; r += rowsPerBlock) {
          const n = Math.min(rowsPerBlock, used.rowCount - r);
          const range = sheet.getRange(rangeAddress(used.rowIndex + r, used.columnIndex, n, cols));
          blocks.push({ sheet: s, row: r, rows: n, range });
        }
      });
      const values: Cell[][][] = perSheet.map(() => []);
      let start = 0;
      while (start < blocks.length) {
        let cells = 0;
        let end = start;
        while (end < blocks.length && (end === start || cells + blocks[end].rows * perSheet[blocks[end].sheet].used.columnCount <= readCellsPerSync)) {
          blocks[end].range.load('values');
          cells += blocks[end].rows * perSheet[blocks[end].sheet].used.columnCount;
          end++;
        }
        await ctx.sync(); // 3…: values, one request per readCellsPerSync cells
        for (let b = start; b < end; b++) {
          const rows = values[blocks[b].sheet];
          for (const row of blocks[b].range.values) rows.push(row.map((v: unknown): Cell => (v === '' || v === null || v === undefined ? null : (v as Cell))));
        }
        start = end;
      }

      return perSheet.map(({ sheet, tables, used }, s): RawSheet => {
        const table = tables.items[0]?.name;
        if (used.isNullObject) return { name: sheet.name, rows: [], firstRow: 1, firstColumn: 0 };
        const rows = values[s];
        const empty = rows.every((row) => row.every((v) => v === null));
        const out: RawSheet = { name: sheet.name, rows: empty && !table ? [] : rows, firstRow: used.rowIndex + 1, firstColumn: used.columnIndex };
        if (table) out.table = table;
        return out;
      });
    });
  }

  async function writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult> {
    checkSpecs(specs);
    const f = features();
    const warnings: string[] = [];
    const written: string[] = [];
    const skipped: string[] = [];
    /** What a recovery needs to know: set once the write requests are planned. */
    let plan: SwapPlan | undefined;
    let originalMode: Excel.CalculationMode | undefined;
    let calcChanged = false;
    /** Write requests (after the look at the workbook): how many there are, were sent, succeeded. */
    const progress = { total: 0, sent: 0, done: 0 };

    try {
      await excel().run(runOptions, async (context) => {
        const app = context.workbook.application;
        const sheets = context.workbook.worksheets.load('items/name,items/position,items/id');
        const tables = context.workbook.tables.load(supported('1.2') ? 'items/name,items/worksheet/name' : 'items/name');
        if (f.manualCalculation) app.load('calculationMode');
        await context.sync(); // 1: what is there

        const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));
        const todo: { spec: SheetSpec; old?: Excel.Worksheet }[] = [];
        for (const spec of specs) {
          const old = existing.get(spec.name.toLowerCase());
          if (old && (mode === 'create-if-missing' || spec.role === 'input')) skipped.push(spec.name);
          else todo.push({ spec, old });
        }
        if (todo.length === 0) return;

        // A table name used on a sheet we keep would fail the swap: say so before writing.
        const replaced = new Set(todo.filter((t) => t.old).map((t) => t.spec.name.toLowerCase()));
        for (const { spec } of todo) {
          if (!spec.table) continue;
          const clash = tables.items.find((t) => t.name.toLowerCase() === spec.table!.toLowerCase());
          if (!clash) continue;
          let onReplacedSheet = false;
          if (supported('1.2')) onReplacedSheet = replaced.has(clash.worksheet.name.toLowerCase());
          if (!onReplacedSheet) throw new Error(`Table name "${spec.table}" is already used in this workbook`);
        }

        // Temporary names for the new sheets and their tables, unused in the workbook.
        const takenSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        specs.forEach((s) => takenSheets.add(s.name.toLowerCase()));
        const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
        specs.forEach((s) => s.table && takenTables.add(s.table.toLowerCase()));
        const fresh = (prefix: string, taken: Set<string>): string => {
          let n = 1;
          while (taken.has(`${prefix}${n}`.toLowerCase())) n++;
          taken.add(`${prefix}${n}`.toLowerCase());
          return `${prefix}${n}`;
        };
        plan = {
          originalIds: new Set(sheets.items.map((s) => s.id)),
          targets: todo.map(({ spec, old }): SwapTarget => ({
            name: spec.name,
            temp: fresh(TEMP_SHEET_PREFIX, takenSheets),
            table: spec.table ? { temp: fresh(TEMP_TABLE_PREFIX, takenTables), name: spec.table } : undefined,
            old: old ? { id: old.id, name: old.name, position: old.position } : undefined,
            protect: !!spec.protect,
          })),
        };
        const targetsPlan = plan.targets;

        // 2: structure, formats and the first block of values, all on the temporary sheets.
        if (f.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
        if (f.manualCalculation) {
          originalMode = app.calculationMode as Excel.CalculationMode;
          if (originalMode !== 'Manual') {
            app.calculationMode = 'Manual';
            calcChanged = true;
          }
        }

        const targets = targetsPlan.map((t) => context.workbook.worksheets.add(t.temp));
        const tableProxies: (Excel.Table | undefined)[] = targetsPlan.map(() => undefined);

        const writeSpecs = todo.map((t) => t.spec);
        const layouts = writeSpecs.map((spec) => layoutOf(spec, spare));

        writeSpecs.forEach((spec, s) => {
          const ws = targets[s];
          const layout = layouts[s];
          const ncol = spec.columns.length;
          if (spec.tabColor && f.tabColor) ws.tabColor = spec.tabColor;

          if (spec.preamble?.length) {
            const pre = ws.getRange(rangeAddress(0, 0, spec.preamble.length, 1));
            pre.numberFormat = spec.preamble.map(() => ['@']);
            pre.values = spec.preamble.map((line) => [line]);
            ws.getRange('A1').format.font.bold = true;
          }

          const header = ws.getRange(rangeAddress(layout.headerRow, 0, 1, ncol));
          header.numberFormat = [spec.columns.map(() => '@')];
          header.values = [spec.columns.map((c) => c.header)];
          header.format.font.bold = true;

          for (const { column, width } of spec.extraWidths ?? []) {
            if (column >= spec.columns.length) ws.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth = charsToPoints(width);
          }
          spec.columns.forEach((col, j) => {
            const width = col.width ?? defaultWidth(col, j, spec.rows);
            ws.getRange(`${columnLetters(j)}:${columnLetters(j)}`).format.columnWidth = charsToPoints(width);
            if (layout.formattedRows > 0) {
              // Number format before any value: "@" keeps user text (=…, +31…, 00123) literal.
              const body = ws.getRange(rangeAddress(layout.bodyRow, j, layout.formattedRows, 1));
              (body as unknown as { numberFormat: string }).numberFormat = NUMBER_FORMATS[col.kind];
            }
          });

        });

        // Titles of cell blocks without rows (the others come with their first rows).
        writeSpecs.forEach((spec, s) => {
          for (const block of spec.blocks ?? []) if (block.title && (block.rows.length === 0 || blockWidth(block) === 0)) startCellBlock(targets[s], block);
        });

        const structureBytes = jsonBytes(writeSpecs.map((s) => ({ ...s, rows: undefined, blocks: s.blocks?.map((b) => ({ ...b, rows: undefined })) })));
        const requests = planBlocks(writeSpecs, budget, Math.min(structureBytes, budget / 2));
        progress.total = Math.max(1, requests.length);

        const warnedPerSheet = writeSpecs.map(() => new Set<string>());
        const writeBlocks = (blocks: Block[]) => {
          for (const block of blocks) {
            const ws = targets[block.sheet];
            // A cell block starts here: its title, bold header and number formats come before its values.
            if (block.starts) startCellBlock(ws, block.starts);
            const address = rangeAddress(block.row, block.column, block.values.length, block.values[0].length);
            ws.getRange(address).values = block.values;
            if (block.starts) formatBlock(ws, writeSpecs[block.sheet], block.starts, f, warnings, warnedPerSheet[block.sheet]);
          }
        };
        writeBlocks(requests[0] ?? []);

        writeSpecs.forEach((spec, s) => {
          const ws = targets[s];
          const layout = layouts[s];
          const ncol = spec.columns.length;
          const table = targetsPlan[s].table;
          if (table) {
            // Under a temporary name: the real one may still belong to the sheet being replaced.
            const xlTable = ws.tables.add(rangeAddress(layout.headerRow, 0, 1 + layout.tableBodyRows, ncol), true);
            xlTable.name = table.temp;
            tableProxies[s] = xlTable;
          }
          spec.columns.forEach((col, j) => {
            if (layout.formattedRows === 0) return;
            const body = ws.getRange(rangeAddress(layout.bodyRow, j, layout.formattedRows, 1));
            if (f.dataValidation && col.list?.length) {
              const source = col.list.join(',');
              if (source.length > LIST_SOURCE_MAX || col.list.some((item) => item.includes(','))) {
                warnings.push(`${spec.name} / ${col.header}: dropdown left out (list longer than ${LIST_SOURCE_MAX} characters or items with commas)`);
              } else {
                body.dataValidation.rule = { list: { inCellDropDown: true, source } };
              }
            }
            if (f.dataValidation && col.hint) {
              body.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, 32), message: col.hint.slice(0, 255) };
            }
            if (spec.protect && col.editable) body.format.protection.locked = false;
          });
          if (spec.highlights?.length) applyHighlights(ws, spec, layout, spec.highlights, f, warnings);
          if (spec.print) applyPrint(ws, spec, spec.print, f, warnings);
          if (spec.freezeHeader && f.freezePanes) ws.freezePanes.freezeRows(layout.headerRow + 1);
          written.push(spec.name);
        });

        const finish = () => {
          // Charts after all values (charts.add reads its source range). Labels link to cells by
          // the temporary sheet name, which Excel updates when the sheet takes its real name.
          writeSpecs.forEach((spec, s) => {
            const names = new Set<string>();
            for (const chart of spec.charts ?? []) addChart(targets[s], spec, chart, f, warnings, names, targetsPlan[s].temp);
            // Wrapped form cells: row heights fitted once all values are in — one range per sheet,
            // from the first to the last wrapped row, so thousands of forms stay one operation.
            const wrapped = (spec.blocks ?? []).filter((b) => b.wrap && blockWidth(b) > 0 && b.rows.length > 0);
            if (wrapped.length) {
              const top = Math.min(...wrapped.map(blockTop));
              const bottom = Math.max(...wrapped.map((b) => blockTop(b) + b.rows.length));
              const left = Math.min(...wrapped.map((b) => b.at.column));
              const right = Math.max(...wrapped.map((b) => b.at.column + blockWidth(b)));
              targets[s].getRange(rangeAddress(top, left, bottom - top, right - left)).format.autofitRows();
            }
          });
          // The swap, last in the last request: only now do the output sheets take their names.
          queueSwap(
            targetsPlan.map((t, s) => ({ plan: t, sheet: targets[s], table: tableProxies[s], old: todo[s].old })),
            calcChanged && originalMode ? () => (app.calculationMode = originalMode!) : undefined,
          );
        };

        const send = async () => {
          progress.sent++;
          await context.sync();
          progress.done++;
        };

        if (requests.length <= 1) finish();
        await send(); // 2

        // Further blocks of ~maxRequestBytes each: one sync per block, only for large data.
        for (let k = 1; k < requests.length; k++) {
          if (f.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
          writeBlocks(requests[k]);
          if (k === requests.length - 1) finish();
          // One sync per ~2 MB block keeps each request under Excel's 5 MB limit (the only data-dependent sync).
          await send();
        }
        calcChanged = false; // restored by the last request
      });
    } catch (error) {
      if (plan && progress.sent > 0) {
        const restoreMode = calcChanged ? originalMode : undefined;
        await recoverWrite(plan, progress, restoreMode).catch(() => undefined);
      }
      throw error;
    }
    return { written, skipped, warnings };
  }

  /**
   * After a failed write, in a new Excel.run (the failed one cannot send more): either roll back
   * (delete the temporary sheets: the workbook is as before) or, when the last request had begun
   * the swap (an old sheet is gone or a temporary sheet has its real name, so every output
   * operation before the swap was applied), roll forward: finish the swap, so that every output
   * sheet is complete. Restores the calculation mode either way.
   */
  async function recoverWrite(plan: SwapPlan, progress: { total: number; sent: number; done: number }, mode: Excel.CalculationMode | undefined): Promise<void> {
    // The usual case: the first write request went through (every temporary sheet exists) and a
    // later one, not the last, failed: one request deletes the temporary sheets.
    if (progress.done >= 1 && progress.sent < progress.total) {
      const fast = await excel()
        .run(runOptions, async (context) => {
          for (const t of plan.targets) context.workbook.worksheets.getItem(t.temp).delete();
          if (mode) context.workbook.application.calculationMode = mode;
          await context.sync();
          return true;
        })
        .catch(() => false);
      if (fast) return;
    }
    await excel().run(runOptions, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      const tables = context.workbook.tables.load('items/name');
      await context.sync(); // 1: what the failed write left
      const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));
      const ids = new Set(sheets.items.map((s) => s.id));
      const started = plan.targets.some((t) => {
        if (t.old && !ids.has(t.old.id)) return true;
        const named = byName.get(t.name.toLowerCase());
        return !!named && !plan.originalIds.has(named.id);
      });
      const protection: { sheet: Excel.Worksheet; state: Excel.WorksheetProtection }[] = [];
      if (!started) {
        for (const t of plan.targets) byName.get(t.temp.toLowerCase())?.delete();
      } else {
        const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
        const finals = plan.targets.map((t) => byName.get(t.temp.toLowerCase()) ?? byName.get(t.name.toLowerCase()));
        queueSwap(
          plan.targets.map((t, i) => ({
            plan: t,
            sheet: finals[i],
            rename: byName.has(t.temp.toLowerCase()),
            table: t.table && tableNames.has(t.table.temp.toLowerCase()) ? context.workbook.tables.getItem(t.table.temp) : undefined,
            old: t.old && ids.has(t.old.id) ? sheets.items.find((s) => s.id === t.old!.id) : undefined,
            protect: false,
          })),
          undefined,
        );
        plan.targets.forEach((t, i) => {
          const sheet = finals[i];
          if (t.protect && sheet) protection.push({ sheet, state: sheet.protection.load('protected') });
        });
      }
      if (mode) context.workbook.application.calculationMode = mode;
      await context.sync(); // 2: delete the temporary sheets, or finish the swap
      if (protection.length === 0) return;
      for (const p of protection) if (!p.state.protected) p.sheet.protection.protect(PROTECTION_OPTIONS);
      await context.sync(); // 3: protection the swap had not reached
    });
  }

  async function selectCell(sheet: string, address: string): Promise<void> {
    await excel().run(runOptions, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  async function appendRows(request: AppendRequest): Promise<void> {
    await appendRowsExcel(excel(), runOptions, request);
  }

  async function updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    await updateCellsExcel(excel(), runOptions, sheet, updates);
  }

  return { readSheets, writeSheets, appendRows, updateCells, selectCell, features };
}
