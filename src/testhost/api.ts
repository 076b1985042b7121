/**
 * What a test sees of the test host: its options, the TestHost interface (seeding, inspection,
 * faults, install) and the plain objects its inspection returns; and the client side a host is
 * given (HostClient). Implemented by ./index (createTestHost) with ./inspect.
 */
import type { HostErrorCode } from './errors';
import type { HostStats } from './core';
import type { CellValue, ListRule, Prompt } from './state';
import type { FormulaEvaluator } from './cells';

export interface TestHostOptions {
  /** ExcelApi version the simulated Excel supports, e.g. '1.7' (see excelApiVersionFromManifest). */
  apiVersion: string;
  /** Request payload limit (Excel on the web: 5 MB). */
  requestLimitBytes?: number;
  /** Response payload limit (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  /** How formula cells get their value; default: constants and HYPERLINK text, else "#NAME?". */
  evaluateFormula?: FormulaEvaluator;
  /** Sheets to start with (default: one empty "Sheet1"). */
  sheets?: { name: string; rows?: SeedCell[][]; at?: string; table?: string }[];
  /** Office.context.displayLanguage (default 'nl-NL'). */
  displayLanguage?: string;
}

/** An opaque copy of a test host's workbook (TestHost.snapshot / restore). */
export interface WorkbookSnapshot {
  readonly __workbookSnapshot: never;
}

/** A seeded cell: value as stored (no typed-input conversion); null = empty. */
export type SeedCell = CellValue | null;

export interface CellInfo {
  address: string;
  /** Value as `range.values` returns it ("" for empty). */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  text: string;
  bold: boolean;
  /** Font size in points (11 unless set). */
  fontSize: number;
  fill?: string;
  wrap: boolean;
  locked: boolean;
  validation?: ListRule;
  prompt?: Prompt;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** "Sheet!A1:C4" including the header row. */
  address: string;
  headerAddress: string;
  bodyAddress: string;
  style: string;
}

export interface SheetInfo {
  name: string;
  position: number;
  tabColor: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  freezeRows: number;
  protected: boolean;
  protectionOptions: Record<string, boolean | undefined>;
  /** Used range (values and formats), e.g. "A1:D20"; undefined for an empty sheet. */
  usedAddress?: string;
  /** Explicit column widths in points by column letter. */
  columnWidths: Record<string, number>;
  /** Explicit row heights in points by (1-based) row number. */
  rowHeights: Record<number, number>;
  tables: TableInfo[];
  /** Page setup (Worksheet.pageLayout). */
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    centerHeader: string;
    centerFooter: string;
    /** Rows repeated on each page, e.g. "$1:$3". */
    printTitleRows?: string;
    printArea?: { r0: number; c0: number; r1: number; c1: number };
    printGridlines?: boolean;
  };
  /** Zero-based rows that start a new printed page. */
  pageBreaks: number[];
  conditionalFormats: { address: string; type: string; rule?: { formula1: string; formula2?: string; operator: string }; formula?: string; fill?: string; fontColor?: string }[];
}

export interface ChartSeriesInfo {
  name: string;
  /** "Sheet!B2:B10" the series' values refer to (live, as in Excel), and their current values. */
  values?: string;
  valuesData?: CellValue[];
  /** Category labels (category charts) or X values (scatter). */
  xValues?: string;
  xValuesData?: CellValue[];
  fill?: string;
  lineColor?: string;
  lineStyle?: string;
  markerStyle: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  markerSize?: number;
  /** Line weight in points. */
  lineWeight?: number;
  hasDataLabels?: boolean;
  /** Points with their own data label: index, the formula it links to, the text it shows now, position. */
  labels?: { index: number; formula?: string; text?: string; position?: string }[];
}

export interface ChartAxisInfo {
  categoryType?: string;
  baseTimeUnit?: string;
  majorUnit?: number;
  majorTimeUnitScale?: string;
  numberFormat?: string;
  minimum?: number;
  maximum?: number;
  visible: boolean;
  majorGridlines: boolean;
}

export interface ChartInfo {
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered", "XYScatter". */
  type: string;
  /** As given to charts.add ("Auto" when omitted). */
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  /** Source range given to charts.add. */
  source?: string;
  /** Title text, undefined when the title is hidden. */
  title?: string;
  legend: { visible: boolean; position: string };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** Position and size in points. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** Top-left cell when placed with setPosition, e.g. "E2". */
  anchor?: string;
  series: ChartSeriesInfo[];
  /** Axes (undefined for pie and doughnut). */
  axes?: { category: ChartAxisInfo; value: ChartAxisInfo };
  displayBlanksAs: string;
  /** Indexes of legend entries hidden with legendEntries.getItemAt(i).visible = false. */
  hiddenLegendEntries: number[];
  plotArea?: { insideLeft?: number; insideTop?: number; insideWidth?: number; insideHeight?: number };
}

export interface TestHost {
  /** The client library's `Excel` namespace; its `run` serves this host. */
  readonly Excel: typeof Excel;
  /** The client library's `Office` (context.requirements answers per apiVersion). */
  readonly Office: typeof Office;
  /** The client library's `OfficeExtension` (Error, ErrorCodes). */
  readonly OfficeExtension: unknown;
  readonly apiVersion: string;
  /** Live counters (syncs, bytes). */
  readonly stats: HostStats;
  resetStats(): void;
  /**
   * Make the Nth request from now (1 = the next one) fail with `code`. By default before anything
   * is applied (the request never arrived); with `afterOperations: m` after its first m operations
   * were applied, as when Excel stops at a failing operation and keeps those before it (Infinity:
   * all applied and the response lost).
   */
  failAtSync(n: number, code?: HostErrorCode, options?: { afterOperations?: number }): void;
  /** A deep copy of the whole workbook (sheets, cells, tables, charts, calculation mode, selection). */
  snapshot(): WorkbookSnapshot;
  /** Put the workbook back as it was at `snapshot()` (stats and pending faults are left alone). */
  restore(snapshot: WorkbookSnapshot): void;
  /** Application.calculationMode as it stands. */
  calculationMode(): string;
  /** Set globalObj.Excel/Office/OfficeExtension; returns a function restoring the previous values. */
  install(globalObj?: object): () => void;
  isSetSupported(name: string, minVersion?: string | number): boolean;

  // --- seeding and inspection (direct, no sync, no rules except valid names) ----------------
  /** Create or replace a sheet's content: rows written from `at` (default A1), optional table over them. */
  setSheet(name: string, rows: SeedCell[][], options?: { at?: string; table?: string; numberFormat?: string }): void;
  addSheet(name: string): void;
  deleteSheet(name: string): void;
  sheetNames(): string[];
  sheet(name: string): SheetInfo;
  /** Values ("" for empty) of `address`, or of A1 to the last used cell. */
  getValues(name: string, address?: string): CellValue[][];
  /** Displayed text of `address` or of A1 to the last used cell. */
  getText(name: string, address?: string): string[][];
  cell(name: string, address: string): CellInfo;
  tables(): TableInfo[];
  /** The charts on a sheet with their series (what they reference) and layout. */
  charts(name: string): ChartInfo[];
  activeSheet(): string | undefined;
  selection(): { sheet: string; address: string } | undefined;
  /** What a user typing into a cell does (typed-input conversion, protection). */
  typeInCell(name: string, address: string, input: string): void;
  /** Select a cell as the user would (activates the sheet). */
  selectCell(name: string, address: string): void;
  /** Called after every sync that changed something and after every seeding call. */
  onChange(listener: () => void): () => void;
}

/** The client side of a host: its Excel, Office and OfficeExtension namespaces over the host's workbook. */
export interface HostClient {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: unknown;
  /** Called when the host is installed (a shared client library then serves this host). */
  activate?(): void;
}
