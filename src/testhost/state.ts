/**
 * The in-memory workbook behind the test host: its state (sheets, cells, tables, charts, page
 * layout, conditional formats), sheet and table names, and the used range. The cell semantics
 * (typed input, formulas, displayed text) are in ./cells.
 */
import { HostError } from './errors';
import { MAX_COLUMNS, MAX_ROWS, Rect, formatAddress } from './address';
import { colOf, hasFormat, hasValue, rowOf } from './cells';

export type CellValue = string | number | boolean;

export interface ListRule {
  list: { inCellDropDown: boolean; source: string };
}

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface CellState {
  /** Stored constant, or computed value of a formula; undefined = empty. */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  /** Font size in points; undefined = Excel's default (11). */
  fontSize?: number;
  wrap?: boolean;
  /** Vertical alignment; undefined = Excel's default (Bottom). */
  vertical?: string;
  /** undefined = locked (Excel's default). */
  locked?: boolean;
  validation?: ListRule;
  prompt?: Prompt;
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  /** Whole table including the header row. */
  rect: Rect;
  style: string;
  deleted?: boolean;
}

/** A range a chart refers to (kept as a reference: the values are read live, as Excel does). */
export interface RangeRefState {
  sheet: SheetState;
  rect: Rect;
}

export interface ChartSeriesState {
  name: string;
  values?: RangeRefState;
  /** Category labels (category charts) or X values (scatter). */
  xValues?: RangeRefState;
  /** Solid fill colour (columns, bars, slices); undefined = automatic. */
  fill?: string;
  lineColor?: string;
  lineStyle?: string;
  lineWeight?: number;
  markerStyle: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  /** Series-wide data labels (ChartSeries.hasDataLabels). */
  hasDataLabels?: boolean;
  /** Per-point state by zero-based point index (only points that were changed). */
  points?: Map<number, ChartPointState>;
  deleted?: boolean;
}

export interface ChartDataLabelState {
  position?: string;
  /** A formula linking the label to a cell, e.g. "='Kaart'!$A$5" (ChartDataLabel.formula). */
  formula?: string;
  text?: string;
  showValue?: boolean;
}

export interface ChartPointState {
  hasDataLabel?: boolean;
  dataLabel: ChartDataLabelState;
}

export interface ChartAxisState {
  title: ChartTextState;
  /** Category axis: "Automatic" (Excel's default), "TextAxis" or "DateAxis"; with its base unit. */
  categoryType?: string;
  baseTimeUnit?: string;
  /** The step between labels, in majorTimeUnitScale on a date axis. */
  majorUnit?: number;
  majorTimeUnitScale?: string;
  /** The labels' number format ("General" until set). */
  numberFormat?: string;
  minimum?: number;
  maximum?: number;
  visible: boolean;
  majorGridlines: boolean;
}

export interface ChartTextState {
  text: string;
  visible: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  sheet: SheetState;
  /** As passed to charts.add ("Auto" when omitted). */
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  source?: RangeRefState;
  title: ChartTextState;
  legend: { visible: boolean; position: string };
  axes: { category: ChartAxisState; value: ChartAxisState };
  series: ChartSeriesState[];
  /** Excel.ChartDisplayBlanksAs; Excel's default for a new chart is "NotPlotted" (gaps). */
  displayBlanksAs: string;
  /** Legend entries hidden with legendEntries.getItemAt(i).visible = false (by index). */
  hiddenLegendEntries: number[];
  /** Inner plot area (ChartPlotArea.inside*) in points when set. */
  plotArea?: { insideLeft?: number; insideTop?: number; insideWidth?: number; insideHeight?: number };
  /** Position and size in points. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** Top-left cell when placed with setPosition. */
  anchor?: { r: number; c: number };
  deleted?: boolean;
}

/** Worksheet.pageLayout (ExcelApi 1.9). */
export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHeader: string;
  centerFooter: string;
  /** Rows repeated on every printed page (whole rows). */
  printTitleRows?: { r0: number; r1: number };
  printArea?: { r0: number; c0: number; r1: number; c1: number };
  printGridlines?: boolean;
}

/** A conditional format of type CellValue (ExcelApi 1.6). */
export interface ConditionalFormatState {
  id: string;
  rect: Rect;
  type: string;
  /** CellValue: the comparison. */
  rule?: { formula1: string; formula2?: string; operator: string };
  /** Custom: the formula (relative to the top-left cell of rect). */
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface ProtectionOptions {
  [option: string]: boolean | undefined;
}

export interface SheetState {
  id: string;
  name: string;
  tabColor: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  /** Explicit row heights in points (RangeFormat.rowHeight). */
  rowHeights: Map<number, number>;
  freezeRows: number;
  protected: boolean;
  protectionOptions: ProtectionOptions;
  charts: ChartState[];
  pageLayout: PageLayoutState;
  /** Zero-based rows that start a new printed page (horizontal page breaks). */
  pageBreaks: number[];
  conditionalFormats: ConditionalFormatState[];
  deleted?: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  nextId: number;
}

/** Default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Default row height in points (Calibri 11: 20 px). */
export const DEFAULT_ROW_HEIGHT = 15;


export function newWorkbook(): WorkbookState {
  return { sheets: [], tables: [], calculationMode: 'Automatic', nextId: 1 };
}

// ---------------------------------------------------------------------------------------------
// names

const FORBIDDEN = /[:\\/?*[\]]/;

export function checkSheetName(wb: WorkbookState, name: unknown, self?: SheetState): string {
  if (typeof name !== 'string') throw new HostError('InvalidArgument', { location: 'Worksheet.name', details: 'name must be text' });
  if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw new HostError('InvalidArgument', { location: 'Worksheet.name', details: `invalid sheet name "${name}"` });
  }
  const clash = wb.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new HostError('ItemAlreadyExists', { location: 'Worksheet.name', details: `a sheet named "${clash.name}" exists` });
  return name;
}

/**
 * What Excel does to references when a sheet is renamed: formulas naming the sheet ("='Old'!A1",
 * "Old!A1") in cells and in chart data labels follow it to the new name.
 */
export function renameSheetReferences(wb: WorkbookState, oldName: string, newName: string): void {
  if (oldName === newName) return;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quotedOld = `'${oldName.replace(/'/g, "''")}'!`;
  const quotedNew = `'${newName.replace(/'/g, "''")}'!`;
  const patterns = [new RegExp(escape(quotedOld), 'gi')];
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(oldName)) patterns.push(new RegExp(`(?<![A-Za-z0-9_.'])${escape(oldName)}!`, 'gi'));
  const rewrite = (formula: string): string => patterns.reduce((f, re) => f.replace(re, quotedNew), formula);
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = rewrite(cell.formula);
    for (const chart of sheet.charts) {
      for (const series of chart.series) {
        for (const point of series.points?.values() ?? []) if (point.dataLabel.formula) point.dataLabel.formula = rewrite(point.dataLabel.formula);
      }
    }
  }
}

/**
 * "A1", "XFD1048576", "R1C1", "R", "C": names Excel refuses for tables (they read as references).
 * Written here on purpose apart from the engine's copy: the double must not borrow the rule it checks.
 */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    let col = 0;
    for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

export function checkTableName(wb: WorkbookState, name: unknown, self?: TableState): string {
  if (typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255 || looksLikeCellReference(name)) {
    throw new HostError('InvalidArgument', { location: 'Table.name', details: `invalid table name "${String(name)}"` });
  }
  const clash = wb.tables.find((t) => t !== self && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new HostError('ItemAlreadyExists', { location: 'Table.name', details: `a table named "${clash.name}" exists` });
  return name;
}

export function findSheet(wb: WorkbookState, nameOrId: string): SheetState | undefined {
  const lower = nameOrId.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower) ?? wb.sheets.find((s) => s.id === nameOrId);
}

export function addSheet(wb: WorkbookState, name?: string): SheetState {
  let sheetName = name;
  if (sheetName === undefined) {
    let n = wb.sheets.length + 1;
    while (findSheet(wb, `Sheet${n}`)) n++;
    sheetName = `Sheet${n}`;
  }
  checkSheetName(wb, sheetName);
  const sheet: SheetState = {
    id: `{sheet-${wb.nextId++}}`,
    name: sheetName,
    tabColor: '',
    visibility: 'Visible',
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    freezeRows: 0,
    protected: false,
    protectionOptions: {},
    charts: [],
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHeader: '', centerFooter: '' },
    pageBreaks: [],
    conditionalFormats: [],
  };
  wb.sheets.push(sheet);
  if (!wb.activeSheetId) wb.activeSheetId = sheet.id;
  return sheet;
}

export function deleteSheet(wb: WorkbookState, sheet: SheetState): void {
  const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
  if (sheet.visibility === 'Visible' && visible.length <= 1) {
    throw new HostError('InvalidOperation', { location: 'Worksheet.delete', details: 'a workbook must keep at least one visible sheet' });
  }
  const index = wb.sheets.indexOf(sheet);
  wb.sheets.splice(index, 1);
  sheet.deleted = true;
  for (const chart of sheet.charts) chart.deleted = true; // a sheet's charts go with it
  sheet.charts = [];
  for (const t of wb.tables.filter((t) => t.sheet === sheet)) t.deleted = true;
  wb.tables = wb.tables.filter((t) => t.sheet !== sheet);
  if (wb.activeSheetId === sheet.id) {
    const next = wb.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === 'Visible') ?? wb.sheets.find((s) => s.visibility === 'Visible');
    wb.activeSheetId = next?.id;
  }
  if (wb.selection?.sheetId === sheet.id) wb.selection = undefined;
}

// ---------------------------------------------------------------------------------------------
// used range

export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let r0 = MAX_ROWS;
  let c0 = MAX_COLUMNS;
  let r1 = -1;
  let c1 = -1;
  for (const [k, cell] of sheet.cells) {
    if (!(hasValue(cell) || (!valuesOnly && hasFormat(cell)))) continue;
    const r = rowOf(k);
    const c = colOf(k);
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  }
  if (r1 < 0) return undefined;
  return { r0, c0, r1, c1 };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function tableAddress(t: TableState): string {
  return formatAddress(t.sheet.name, t.rect);
}
