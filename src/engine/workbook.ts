/**
 * The small workbook interface between the pure engine and the two gateways
 * (src/excel for Office.js, src/xlsx for ExcelJS). Everything here is plain data.
 */

/** A cell as the engine sees it. Dates arrive as Excel serial numbers; error values as their text ("#N/A"). */
export type Cell = string | number | boolean | null;

/** One worksheet's content as read: the used range (or the first table) with its position. */
export interface RawSheet {
  name: string;
  /** Cell values, row by row, rectangular. */
  rows: Cell[][];
  /** Excel row number (1-based) of rows[0]. */
  firstRow: number;
  /** Zero-based column index of rows[i][0] (0 = column A). */
  firstColumn: number;
  /** Name of the Excel table the rows came from, if any. */
  table?: string;
}

export type ColumnKind = 'text' | 'integer' | 'number' | 'date' | 'percent' | 'score';

/** The Excel number format of each column kind; '@' keeps user text as text. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  integer: '0',
  number: 'General',
  date: 'dd-mm-yyyy',
  percent: '0%',
  score: '0.0',
};

/** Labels of a date axis: a month and a year ("mrt 26" / "Mar 26"), in the sheet's language whatever the reader's. */
export const DATE_AXIS_FORMAT = { nl: '[$-413]mmm yy', en: '[$-409]mmm yy' } as const;

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Column width in characters. */
  width?: number;
  /** Data-validation dropdown for the body cells of this column. */
  list?: string[];
  /** Body cells stay editable when the sheet is protected. */
  editable?: boolean;
  /** Short help shown as the validation input message. */
  hint?: string;
  /** Wrap the column's text, its header too, the rows growing to fit (a printed table with long text). */
  wrap?: boolean;
}

/** A rectangle of cells on a sheet, zero-based absolute coordinates. */
export interface RangeRef {
  row: number;
  column: number;
  rows: number;
  columns?: number;
}

/** Extra cells written as a plain range beside or below the main table (a second list, chart data). */
export interface CellBlock {
  /** Zero-based top-left cell. */
  at: { row: number; column: number };
  /** Bold line above the rows (written at `at`; the rows start one row lower). */
  title?: string;
  rows: Cell[][];
  /** The first row is a header (bold). */
  header?: boolean;
  /** Number format per column of the block (default General; text cells are written as text). */
  formats?: ColumnKind[];
  /** Per column: the cells stay editable when the sheet is protected (input cells of a form). */
  editable?: boolean[];
  /** Per column: a dropdown list for the block's cells (null = none). A header row gets none. */
  lists?: (string[] | null)[];
  /** Background colour of the editable cells (hex), so users see where to type. */
  inputFill?: string;
  /** Wrap text in the block's cells. */
  wrap?: boolean;
  /**
   * Rows of the block (not its header) at least this tall, in points: room to write an answer by
   * hand on a printed form. A wrapped text that needs more keeps its fitted height.
   */
  minRowHeight?: number;
  /** Rows of the block exactly this tall, in points, whatever their text (a form whose text is known to fit). */
  fixedRowHeight?: number;
  /** Font size in points of the block's cells (large type on a form taken with a client); default 11. */
  fontSize?: number;
}

/** Print settings of a sheet. */
export interface PrintSpec {
  orientation?: 'portrait' | 'landscape';
  /** Always A4 in Kring. */
  paper?: 'A4';
  /** Scale so that all columns fit on the page width. */
  fitToWidth?: boolean;
  /** Texts of the page header and footer (centre); "&D" and "&P" are Excel's date and page number codes. */
  header?: string;
  footer?: string;
  /** Zero-based rows that start a new page. */
  pageBreaks?: number[];
  /** Repeat the rows up to and including this zero-based row on every page. */
  repeatRows?: number;
  /** Print only this rectangle (e.g. the map and its figures, not the chart data beside them). */
  area?: RangeRef;
  /** Print the cell gridlines (lines to write on in a printed form). */
  gridlines?: boolean;
}

/** Highlight body cells of a column whose value is at most a threshold (conditional formatting). */
export interface HighlightSpec {
  /** Zero-based column in spec.columns. */
  column: number;
  atMost: number;
  fill: string;
  fontColor?: string;
}

export interface ChartSeries {
  name: string;
  /** Category labels (column, bar, line, pie). */
  categories?: RangeRef;
  /** X values (scatter). */
  x?: RangeRef;
  /** Y values (all types). */
  values: RangeRef;
  /** Hex colour such as '#1F7A6D'. */
  color?: string;
  /** Scatter: draw markers / connect the points with lines. */
  markers?: boolean;
  lines?: boolean;
  /** Marker size in points (2–72) and line width in points. */
  markerSize?: number;
  lineWidth?: number;
  /** Dashed line (sector boundaries). */
  dashed?: boolean;
  /** Data labels: the text of each point from these cells (same length as values). */
  labels?: RangeRef;
  /** Leave the series out of the legend. */
  hideInLegend?: boolean;
}

/** A native Excel chart over cells of the same sheet. Series are by columns. */
export interface ChartSpec {
  type: 'column' | 'bar' | 'line' | 'scatter' | 'pie';
  title: string;
  series: ChartSeries[];
  /** Zero-based top-left cell where the chart is placed, and its size in pixels. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
  legend?: boolean;
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Scatter: fixed axis bounds and hidden axes and gridlines (a map, not a graph). */
  axisMin?: number;
  axisMax?: number;
  hideAxes?: boolean;
  /**
   * Line: the categories are dates (serials), spaced by time on the axis, not one step each; a
   * label every `stepMonths` months.
   */
  dateAxis?: { stepMonths: number; format: string };
  /** The value axis's number format (e.g. 'percent' for shares), else Excel's general one. */
  valueFormat?: ColumnKind;
}

/** A sheet Kring writes: an optional preamble (title / instruction lines), then a header row and a body. */
export interface SheetSpec {
  name: string;
  /** 'output': Kring's own sheet, rebuilt on each run. 'input': created only when missing, never overwritten. */
  role: 'output' | 'input';
  /** Lines of text above the table (title, instructions), one per row, column A. */
  preamble?: string[];
  columns: ColumnSpec[];
  rows: Cell[][];
  /** Excel table name (letters, digits, underscores); when absent the body is a plain range. */
  table?: string;
  tabColor?: string;
  freezeHeader?: boolean;
  /** Protect the sheet (no password) so that only editable columns can be changed. */
  protect?: boolean;
  /** Further plain ranges on the sheet (a second list below the table, data for charts). */
  blocks?: CellBlock[];
  charts?: ChartSpec[];
  print?: PrintSpec;
  highlights?: HighlightSpec[];
  /** Widths (in characters) of columns outside the main table, e.g. under a block of figures. */
  extraWidths?: { column: number; width: number }[];
}

export type WriteMode = 'replace' | 'create-if-missing';

export interface WriteResult {
  /** Names of the sheets that were written or rebuilt. */
  written: string[];
  /** Names of the sheets that already existed and were left as they were (create-if-missing). */
  skipped: string[];
}

/** Rows to add below the data of an existing sheet (the register Koppelingen), aligned to its header row. */
export interface AppendRequest {
  sheet: string;
  /** Excel row number (1-based) of the sheet's header row. */
  headerRow: number;
  /** Zero-based column of the first header cell; rows[i][0] goes there. */
  firstColumn: number;
  /** Kind per column of the rows (dates as serial numbers, text kept literal). */
  kinds: ColumnKind[];
  /** Null leaves a cell empty. */
  rows: Cell[][];
  /**
   * Leave out a row when the sheet already has one with the same values in these columns (a
   * colleague processed the same decision a moment ago) — unless that row's `unless` column holds
   * one of the given words (an ended pairing may start again). Checked inside the same Excel.run.
   */
  skipExisting?: { keys: number[]; unless?: { column: number; values: string[] } };
}

/** Single cells to overwrite in an existing sheet (a decision typed from the task pane). */
export interface CellUpdate {
  /** Excel row number (1-based) and zero-based column. */
  row: number;
  column: number;
  value: Cell;
  kind: ColumnKind;
}

/** What a gateway offers the engine-driven commands. */
export interface WorkbookGateway {
  /** Every worksheet with its used data, or only the named ones (names matched ignoring case). */
  readSheets(names?: string[]): Promise<RawSheet[]>;
  /** Write sheets. 'replace' rebuilds Kring's output sheets; 'create-if-missing' only adds absent sheets. */
  writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<WriteResult>;
  /** Append rows below the last used row of a sheet (inside its table, when the header row is a table's). */
  appendRows(request: AppendRequest): Promise<void>;
  /**
   * Overwrite single cells of an existing sheet, in one request. `form`: the sheet is one of Kring's
   * protected forms; its protection is lifted for the write and put back (Excel refuses locked cells).
   */
  updateCells(sheet: string, updates: CellUpdate[], options?: { form?: boolean }): Promise<void>;
  /** Delete sheets of Kring's by name (an erased client's own sheet); absent names are ignored. Optional: without it such a sheet is emptied. */
  deleteSheets?(names: string[]): Promise<void>;
}

/** Excel's limits that both gateways and the engine respect. */
export const SHEET_NAME_MAX = 31;
export const FORBIDDEN_SHEET_NAME_CHARS = /[:\\/?*[\]]/;

/** Table names Excel refuses because they read as a cell reference ("T1", "XFD1048576", "R1C1", "R", "C"). */
export function readsAsCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    let col = 0;
    for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Text that Excel would take as a formula when written to a cell's values. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** Excel column letters for a zero-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a zero-based (row, column) pair. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
