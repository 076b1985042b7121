/**
 * Kring's strict Excel test host: an in-memory workbook behind the part of the Excel JavaScript
 * API that Kring uses, with the rules that break add-ins in real Excel (see
 * docs/architecture.md). The client is Microsoft's own Excel client library;
 * its serialized requests are answered by ./protocol from this workbook. Runs in Node
 * (./officejsHost) and in the browser (the playground; no Node-only modules here).
 *
 *   const host = createOfficeJsHost({ apiVersion: '1.20' });
 *   host.setSheet('Cliënten', [['ID', 'Naam'], ['001', 'An']], { table: 'Clienten' });
 *   const uninstall = host.install(globalThis);   // global Excel, Office, OfficeExtension
 *   await Excel.run(async (ctx) => { ... });
 *   host.getValues('Cliënten'); host.cell('Cliënten', 'A2'); host.stats.syncCount;
 */
import { HostError, HostErrorCode } from './errors';
import { MAX_COLUMNS, Rect, formatAddress, formatRef, letters, parseRef, splitSheet } from './address';
import {
  CellState,
  CellValue,
  ChartState,
  RangeRefState,
  FormulaEvaluator,
  ListRule,
  Prompt,
  TableState,
  addSheet,
  cellAt,
  checkTableName,
  colOf,
  defaultEvaluate,
  deleteSheet,
  displayText,
  ensureCell,
  findSheet,
  newWorkbook,
  readValue,
  rowOf,
  usedRect,
  writeValue,
  WorkbookState,
} from './state';
import { HostCore, HostStats, emptyStats, versionAtLeast } from './runtime';

export { HostError };
export type { HostErrorCode, HostStats, CellValue };
export { widthForChars } from './types';
export { versionAtLeast } from './runtime';

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

/**
 * A deep copy that keeps shared references (a chart's series point at its sheet, tables at theirs).
 * By hand rather than structuredClone, whose arrays and objects would come from another realm
 * under a test runner's sandbox.
 */
function cloneWorkbook(state: WorkbookState): WorkbookState {
  const seen = new Map<unknown, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(copy(v));
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      seen.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  };
  return copy(state) as WorkbookState;
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

/** ExcelApi MinVersion declared in a manifest (`<Set Name="ExcelApi" MinVersion="1.7"/>`), if any. */
export function excelApiVersionFromManifest(xml: string): string | undefined {
  const sets = xml.match(/<(?:\w+:)?Set\b[^>]*>/g) ?? [];
  for (const tag of sets) {
    const name = /\bName\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
    if (name?.toLowerCase() !== 'excelapi') continue;
    return /\bMinVersion\s*=\s*["']([^"']+)["']/.exec(tag)?.[1] ?? '1.1';
  }
  return undefined;
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;

/** The client side of a host: its Excel, Office and OfficeExtension namespaces over the host's workbook. */
export interface HostClient {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: unknown;
  /** Called when the host is installed (a shared client library then serves this host). */
  activate?(): void;
}

/**
 * A test host: the in-memory workbook and its inspection, with `client` in front of it —
 * Microsoft's Excel client library and the protocol host (officeJsClient; in Node createOfficeJsHost).
 */
export function createTestHost(options: TestHostOptions, client: (core: HostCore, isSetSupported: (name: string, minVersion?: string | number) => boolean) => HostClient): TestHost {
  if (!/^1\.\d+$/.test(options.apiVersion)) throw new Error(`apiVersion must look like "1.7", got ${JSON.stringify(options.apiVersion)}`);
  const listeners = new Set<() => void>();
  const core: HostCore = {
    wb: newWorkbook(),
    apiVersion: options.apiVersion,
    evaluate: options.evaluateFormula ?? defaultEvaluate,
    requestLimitBytes: options.requestLimitBytes ?? DEFAULT_LIMIT,
    responseLimitBytes: options.responseLimitBytes ?? DEFAULT_LIMIT,
    stats: emptyStats(),
    faults: new Map(),
    notify: () => listeners.forEach((l) => l()),
  };
  const wb = core.wb;

  const isSetSupported = (name: string, minVersion?: string | number): boolean => {
    if (name.toLowerCase() !== 'excelapi') return false;
    if (minVersion === undefined) return true;
    return versionAtLeast(core.apiVersion, typeof minVersion === 'number' ? minVersion.toFixed(1) : minVersion);
  };

  const clientNs = client(core, isSetSupported);

  // --- seeding / inspection -------------------------------------------------------------------

  const sheetOf = (name: string) => {
    const s = findSheet(wb, name);
    if (!s) throw new Error(`test host: no sheet "${name}"`);
    return s;
  };
  const rectOf = (address: string): Rect => {
    const rect = parseRef(splitSheet(address).ref);
    if (!rect) throw new Error(`test host: invalid address "${address}"`);
    return rect;
  };
  const tableInfo = (t: TableState): TableInfo => ({
    name: t.name,
    sheet: t.sheet.name,
    address: formatAddress(t.sheet.name, t.rect),
    headerAddress: formatAddress(t.sheet.name, { ...t.rect, r1: t.rect.r0 }),
    bodyAddress: formatAddress(t.sheet.name, { ...t.rect, r0: t.rect.r0 + 1 }),
    style: t.style,
  });
  const refValues = (ref: RangeRefState): CellValue[] => {
    const out: CellValue[] = [];
    for (let r = ref.rect.r0; r <= ref.rect.r1; r++) for (let c = ref.rect.c0; c <= ref.rect.c1; c++) out.push(readValue(cellAt(ref.sheet, r, c)));
    return out;
  };
  const axisInfo = (a: ChartState['axes']['value']): ChartAxisInfo => {
    const out: ChartAxisInfo = { visible: a.visible, majorGridlines: a.majorGridlines };
    if (a.minimum !== undefined) out.minimum = a.minimum;
    if (a.maximum !== undefined) out.maximum = a.maximum;
    return out;
  };
  /** The text a label linked to "='Sheet'!$A$1" shows now. */
  const labelText = (formula: string): string | undefined => {
    const { sheet, ref } = splitSheet(formula.slice(1));
    const s = sheet === undefined ? undefined : findSheet(wb, sheet);
    const rect = parseRef(ref);
    if (!s || !rect) return undefined;
    return displayText(cellAt(s, rect.r0, rect.c0));
  };
  const chartInfo = (c: ChartState): ChartInfo => {
    const info: ChartInfo = {
      name: c.name,
      type: c.type,
      seriesBy: c.seriesBy,
      source: c.source && formatAddress(c.source.sheet.name, c.source.rect),
      title: c.title.visible ? c.title.text : undefined,
      legend: { ...c.legend },
      categoryAxisTitle: c.axes.category.title.visible ? c.axes.category.title.text : undefined,
      valueAxisTitle: c.axes.value.title.visible ? c.axes.value.title.text : undefined,
      top: c.top,
      left: c.left,
      width: c.width,
      height: c.height,
      anchor: c.anchor && formatRef({ r0: c.anchor.r, c0: c.anchor.c, r1: c.anchor.r, c1: c.anchor.c }),
      series: c.series.map((s) => {
        const out: ChartSeriesInfo = { name: s.name, markerStyle: s.markerStyle };
        if (s.values) {
          out.values = formatAddress(s.values.sheet.name, s.values.rect);
          out.valuesData = refValues(s.values);
        }
        if (s.xValues) {
          out.xValues = formatAddress(s.xValues.sheet.name, s.xValues.rect);
          out.xValuesData = refValues(s.xValues);
        }
        for (const k of ['fill', 'lineColor', 'lineStyle', 'markerBackgroundColor', 'markerForegroundColor', 'markerSize', 'hasDataLabels'] as const) if (s[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = s[k];
        if (s.lineWeight !== undefined) out.lineWeight = s.lineWeight;
        const labels = [...(s.points ?? new Map()).entries()]
          .filter(([, p]) => p.hasDataLabel ?? s.hasDataLabels)
          .sort((a, b) => a[0] - b[0])
          .map(([index, p]) => {
            const label: { index: number; formula?: string; text?: string; position?: string } = { index };
            if (p.dataLabel.formula) {
              label.formula = p.dataLabel.formula;
              label.text = labelText(p.dataLabel.formula);
            } else if (p.dataLabel.text !== undefined) label.text = p.dataLabel.text;
            if (p.dataLabel.position) label.position = p.dataLabel.position;
            return label;
          });
        if (labels.length) out.labels = labels;
        return out;
      }),
      axes: c.type === 'Pie' || c.type === 'Doughnut' ? undefined : { category: axisInfo(c.axes.category), value: axisInfo(c.axes.value) },
      displayBlanksAs: c.displayBlanksAs,
      hiddenLegendEntries: [...c.hiddenLegendEntries],
      plotArea: c.plotArea && { ...c.plotArea },
    };
    for (const k of Object.keys(info) as (keyof ChartInfo)[]) if (info[k] === undefined) delete info[k];
    return info;
  };
  const areaOf = (name: string, address?: string): Rect | undefined => {
    if (address) return rectOf(address);
    const used = usedRect(sheetOf(name), true);
    return used ? { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } : undefined;
  };

  const host: TestHost = {
    Excel: clientNs.Excel,
    Office: clientNs.Office,
    OfficeExtension: clientNs.OfficeExtension as TestHost['OfficeExtension'],
    apiVersion: core.apiVersion,
    get stats() {
      return core.stats;
    },
    resetStats() {
      core.stats = emptyStats();
    },
    failAtSync(n, code = 'GeneralException', opts = {}) {
      core.faults.set(core.stats.syncCount + n, { code, afterOperations: opts.afterOperations ?? 0 });
    },
    snapshot() {
      return { state: cloneWorkbook(wb) } as unknown as WorkbookSnapshot;
    },
    restore(snapshot) {
      const copy = cloneWorkbook((snapshot as unknown as { state: WorkbookState }).state);
      for (const k of Object.keys(wb) as (keyof WorkbookState)[]) delete wb[k];
      Object.assign(wb, copy);
      core.notify();
    },
    calculationMode: () => wb.calculationMode,
    install(globalObj: object = globalThis) {
      const g = globalObj as Record<string, unknown>;
      const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
      clientNs.activate?.();
      g.Excel = clientNs.Excel;
      g.Office = clientNs.Office;
      g.OfficeExtension = clientNs.OfficeExtension;
      return () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete g[k];
          else g[k] = v;
        }
      };
    },
    isSetSupported,

    setSheet(name, rows, opts = {}) {
      let sheet = findSheet(wb, name);
      if (sheet) {
        sheet.cells.clear();
        for (const t of wb.tables.filter((x) => x.sheet === sheet)) t.deleted = true;
        wb.tables = wb.tables.filter((x) => x.sheet !== sheet);
        for (const c of sheet.charts) c.deleted = true;
        sheet.charts = [];
        sheet.conditionalFormats = [];
        sheet.pageBreaks = [];
      } else {
        sheet = addSheet(wb, name);
      }
      const at = rectOf(opts.at ?? 'A1');
      const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (opts.numberFormat) ensureCell(sheet!, at.r0 + i, at.c0 + j).numberFormat = opts.numberFormat;
          if (v === null || v === '') return;
          ensureCell(sheet!, at.r0 + i, at.c0 + j).value = v;
        }),
      );
      if (opts.table) {
        checkTableName(wb, opts.table);
        const rect = { r0: at.r0, c0: at.c0, r1: at.r0 + Math.max(1, rows.length - 1), c1: at.c0 + Math.max(0, width - 1) };
        wb.tables.push({ id: `{table-${wb.nextId++}}`, name: opts.table, sheet, rect, style: 'TableStyleMedium2' });
      }
      core.notify();
    },
    addSheet(name) {
      addSheet(wb, name);
      core.notify();
    },
    deleteSheet(name) {
      deleteSheet(wb, sheetOf(name));
      core.notify();
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    sheet(name) {
      const s = sheetOf(name);
      const used = usedRect(s, false);
      const columnWidths: Record<string, number> = {};
      for (const [c, w] of [...s.columnWidths].sort((a, b) => a[0] - b[0])) columnWidths[letters(c)] = w;
      return {
        name: s.name,
        position: wb.sheets.indexOf(s),
        tabColor: s.tabColor,
        visibility: s.visibility,
        freezeRows: s.freezeRows,
        protected: s.protected,
        protectionOptions: { ...s.protectionOptions },
        usedAddress: used ? formatRef(used) : undefined,
        columnWidths,
        rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [r + 1, h])),
        tables: wb.tables.filter((t) => t.sheet === s).map(tableInfo),
        pageLayout: {
          orientation: s.pageLayout.orientation,
          paperSize: s.pageLayout.paperSize,
          zoom: { ...s.pageLayout.zoom },
          centerHeader: s.pageLayout.centerHeader,
          centerFooter: s.pageLayout.centerFooter,
          ...(s.pageLayout.printArea ? { printArea: { ...s.pageLayout.printArea } } : {}),
          ...(s.pageLayout.printGridlines ? { printGridlines: true } : {}),
          ...(s.pageLayout.printTitleRows ? { printTitleRows: `$${s.pageLayout.printTitleRows.r0 + 1}:$${s.pageLayout.printTitleRows.r1 + 1}` } : {}),
        },
        pageBreaks: [...s.pageBreaks],
        conditionalFormats: s.conditionalFormats.map((cf) => {
          const out: SheetInfo['conditionalFormats'][number] = { address: formatRef(cf.rect), type: cf.type };
          if (cf.rule) out.rule = { ...cf.rule };
          if (cf.formula) out.formula = cf.formula;
          if (cf.fill) out.fill = cf.fill;
          if (cf.fontColor) out.fontColor = cf.fontColor;
          return out;
        }),
      };
    },
    getValues(name, address) {
      const s = sheetOf(name);
      const rect = areaOf(name, address);
      if (!rect) return [];
      const out: CellValue[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: CellValue[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(readValue(cellAt(s, r, c)));
        out.push(row);
      }
      return out;
    },
    getText(name, address) {
      const s = sheetOf(name);
      const rect = areaOf(name, address);
      if (!rect) return [];
      const out: string[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: string[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(displayText(cellAt(s, r, c)));
        out.push(row);
      }
      return out;
    },
    cell(name, address) {
      const s = sheetOf(name);
      const rect = rectOf(address);
      const c: CellState | undefined = cellAt(s, rect.r0, rect.c0);
      return {
        address: formatAddress(s.name, { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 }),
        value: readValue(c),
        formula: c?.formula,
        numberFormat: c?.numberFormat ?? 'General',
        text: displayText(c),
        bold: c?.bold ?? false,
        fill: c?.fill,
        wrap: c?.wrap ?? false,
        locked: c?.locked !== false,
        validation: c?.validation,
        prompt: c?.prompt,
      };
    },
    tables: () => wb.tables.map(tableInfo),
    charts: (name) => sheetOf(name).charts.map(chartInfo),
    activeSheet: () => wb.sheets.find((s) => s.id === wb.activeSheetId)?.name,
    selection() {
      const sel = wb.selection;
      const s = sel && wb.sheets.find((x) => x.id === sel.sheetId);
      return s && sel ? { sheet: s.name, address: formatRef(sel.rect) } : undefined;
    },
    typeInCell(name, address, input) {
      const s = sheetOf(name);
      const rect = rectOf(address);
      const cell = ensureCell(s, rect.r0, rect.c0);
      if (s.protected && cell.locked !== false) throw new HostError('AccessDenied', { location: address, details: 'the cell is locked' });
      writeValue(cell, input, core.evaluate);
      core.notify();
    },
    selectCell(name, address) {
      const s = sheetOf(name);
      wb.activeSheetId = s.id;
      wb.selection = { sheetId: s.id, rect: rectOf(address) };
      core.notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) {
    host.setSheet(seed.name, seed.rows ?? [], { at: seed.at, table: seed.table });
  }
  return host;
}

export { rowOf, colOf, MAX_COLUMNS };
