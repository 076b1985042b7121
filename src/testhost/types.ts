/**
 * The simulated members of the Excel JavaScript API, each annotated with its requirement set
 * (from @types/office-js "[Api set: ExcelApi x]"). Anything not listed throws "not simulated".
 */
import { HostError, notSimulated } from './errors';
import { MAX_COLUMNS, MAX_ROWS, Rect, formatAddress, parseRef, splitSheet } from './address';
import {
  CellState,
  ChartAxisState,
  ChartPointState,
  ChartSeriesState,
  ChartState,
  ConditionalFormatState,
  ChartTextState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  ListRule,
  Prompt,
  SheetState,
  TableState,
  WorkbookState,
  addSheet,
  cellAt,
  checkSheetName,
  checkTableName,
  colOf,
  deleteSheet,
  displayText,
  ensureCell,
  findSheet,
  key,
  readFormula,
  readValue,
  rectsOverlap,
  rowOf,
  usedRect,
  writeValue,
  renameSheetReferences,
} from './state';
import { MethodSpec, NULL, NavSpec, Obj, PropSpec, TypeSpec, navTypes, objectOf, versionAtLeast } from './runtime';

interface RangeT {
  sheet: SheetState;
  rect: Rect;
}

// ---------------------------------------------------------------------------------------------
// helpers

const prop = (api: string, get: PropSpec['get'], set?: PropSpec['set'], setApi?: string): PropSpec => ({ kind: 'prop', api, get, set, setApi, readonly: !set });
const method = (api: string, call: MethodSpec['call']): MethodSpec => ({ kind: 'method', api, call });

function nav(owner: string, name: string, api: string, type: () => TypeSpec, resolve: (parentTarget: any, obj: Obj) => unknown): NavSpec {
  queueMicrotaskSafe(() => navTypes.set(`${owner}.${name}`, type()));
  return {
    kind: 'nav',
    api,
    make: (obj, n) => obj.child(type(), `${obj.path}.${n}`, () => {
      const t = obj.resolve();
      if (t === NULL) return NULL;
      return resolve(obj.live(), obj);
    }),
  };
}

/** Registration of nav types after all specs are defined (specs reference each other). */
const pending: (() => void)[] = [];
function queueMicrotaskSafe(fn: () => void): void {
  pending.push(fn);
}
export function registerNavTypes(): void {
  while (pending.length) pending.shift()!();
}

/** A method that needs API set `api` and returns a child object resolved later. */
function childMethod(api: string, type: () => TypeSpec, resolve: (target: any, args: unknown[], obj: Obj, location: string) => unknown, argApi?: (args: unknown[]) => string | undefined): MethodSpec {
  return method(api, (obj, args, location) => {
    const need = argApi?.(args);
    const child = obj.child(type(), `${obj.path}.${location.split('.')[1]}(${args.map((a) => JSON.stringify(a)).join(',')})`, () => {
      const t = obj.resolve();
      if (t === NULL) return NULL;
      return resolve(obj.live(), args, obj, location);
    }, need && !versionAtLeast(obj.core.apiVersion, need) ? { api: need, location } : !versionAtLeast(obj.core.apiVersion, api) ? { api, location } : undefined);
    return child.proxy;
  });
}

/** A method that queues one operation on the object's target. */
function opMethod(api: string, apply: (target: any, args: unknown[], obj: Obj) => void, argApi?: (args: unknown[]) => string | undefined): MethodSpec {
  return method(api, (obj, args, location) => {
    obj.queue(location, argApi?.(args) ?? api, args, (t) => apply(t, args, obj));
    return undefined;
  });
}

function invalid(location: string, details: string): HostError {
  return new HostError('InvalidArgument', { location, details });
}

function cellsIn(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

/** Largest range the host materialises cell by cell (a whole column is allowed). */
const MAX_MATERIALISED = MAX_ROWS + 1;

function forEachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

/** Existing cells of a rect (sparse), without creating any. */
function existingCells(sheet: SheetState, rect: Rect): CellState[] {
  const out: CellState[] = [];
  if (cellsIn(rect) <= sheet.cells.size * 2) {
    forEachCell(rect, (r, c) => {
      const cell = cellAt(sheet, r, c);
      if (cell) out.push(cell);
    });
  } else {
    for (const [k, cell] of sheet.cells) {
      const r = rowOf(k);
      const c = colOf(k);
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) out.push(cell);
    }
  }
  return out;
}

function grid<T>(rng: RangeT, read: (cell: CellState | undefined) => T): T[][] {
  if (cellsIn(rng.rect) > 5_000_000) {
    throw new HostError('ResponsePayloadSizeLimitExceeded', { location: 'Range.load', details: `${cellsIn(rng.rect)} cells` });
  }
  const out: T[][] = [];
  for (let r = rng.rect.r0; r <= rng.rect.r1; r++) {
    const row: T[] = [];
    for (let c = rng.rect.c0; c <= rng.rect.c1; c++) row.push(read(cellAt(rng.sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** Uniform value over the range's cells, or null when mixed (as Office.js reports formats). */
function uniform<T>(rng: RangeT, read: (cell: CellState | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  const total = cellsIn(rng.rect);
  const cells = existingCells(rng.sheet, rng.rect);
  const values = cells.map(read);
  if (cells.length < total) values.push(read(undefined));
  for (const v of values) {
    if (!seen) {
      first = v;
      seen = true;
    } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
  }
  return first as T;
}

function isLocked(cell: CellState | undefined): boolean {
  return cell?.locked !== false;
}

/** Changing cell contents of a protected sheet is only allowed in unlocked cells. */
function checkContentWrite(rng: RangeT, location: string): void {
  if (!rng.sheet.protected) return;
  const total = cellsIn(rng.rect);
  const cells = existingCells(rng.sheet, rng.rect);
  if (cells.length < total || cells.some(isLocked)) {
    throw new HostError('AccessDenied', { location, details: `sheet "${rng.sheet.name}" is protected and the range has locked cells` });
  }
}

function checkFormatWrite(sheet: SheetState, location: string, allowedBy?: string): void {
  if (!sheet.protected) return;
  if (allowedBy && sheet.protectionOptions[allowedBy]) return;
  throw new HostError('AccessDenied', { location, details: `sheet "${sheet.name}" is protected` });
}

/**
 * Set a 2-D property: a 2-D array matching the range's shape, or one scalar for every cell.
 */
function write2d(rng: RangeT, input: unknown, location: string, setCell: (cell: CellState, v: unknown) => void): void {
  const rows = rng.rect.r1 - rng.rect.r0 + 1;
  const cols = rng.rect.c1 - rng.rect.c0 + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      const got = input.length && Array.isArray(input[0]) ? `${input.length}×${(input[0] as unknown[]).length}` : `${input.length} (not 2-D)`;
      throw invalid(location, `The number of rows or columns in the input array doesn't match the size or dimensions of the range: range is ${rows}×${cols}, input is ${got}`);
    }
    for (let i = 0; i < rows; i++) {
      const row = input[i] as unknown[];
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        setCell(ensureCell(rng.sheet, rng.rect.r0 + i, rng.rect.c0 + j), v);
      }
    }
    return;
  }
  if (input === null || input === undefined) return;
  if (typeof input === 'object') throw invalid(location, 'value must be a 2-D array or a single value');
  if (cellsIn(rng.rect) > MAX_MATERIALISED) throw notSimulated(`${location} on more than ${MAX_MATERIALISED} cells`);
  forEachCell(rng.rect, (r, c) => setCell(ensureCell(rng.sheet, r, c), input));
}

function wbOf(obj: Obj): WorkbookState {
  return obj.core.wb;
}

function rangeOn(sheet: SheetState, address: string | undefined, location: string): RangeT {
  if (address === undefined || address === '') return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
  if (typeof address !== 'string') throw invalid(location, 'address must be text');
  const { sheet: named, ref } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalid(location, `address "${address}" is on another sheet`);
  const rect = parseRef(ref);
  if (!rect) throw invalid(location, `invalid address "${address}"`);
  return { sheet, rect };
}

function checkRect(rect: Rect, location: string): Rect {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
    throw invalid(location, 'the range falls outside the worksheet grid');
  }
  return rect;
}

function int(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(location, `expected an integer, got ${JSON.stringify(v)}`);
  return v;
}

function fixTableHeaders(wb: WorkbookState, sheet: SheetState): void {
  for (const t of wb.tables) {
    if (t.sheet !== sheet) continue;
    const seen = new Set<string>();
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = ensureCell(sheet, t.rect.r0, c);
      let text = cell.value === undefined ? '' : typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
      cell.formula = undefined;
      if (text === '') text = `Column${c - t.rect.c0 + 1}`;
      let name = text;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${text}${n}`;
      seen.add(name.toLowerCase());
      cell.value = name;
    }
  }
}

const TABLE_STYLE = /^(TableStyle(Light|Medium|Dark)\d{1,2})?$/;
const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
const PROTECTION_OPTIONS = new Set([
  'allowAutoFilter', 'allowDeleteColumns', 'allowDeleteRows', 'allowEditObjects', 'allowEditScenarios', 'allowFormatCells',
  'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertHyperlinks', 'allowInsertRows', 'allowPivotTables', 'allowSort',
]);

/** Column width in points of an autofit column holding `chars` characters (Calibri 11: 7 px/char + 5 px padding). */
export function widthForChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// types

export const WorkbookType: TypeSpec = {
  name: 'Workbook',
  members: {
    worksheets: nav('Workbook', 'worksheets', '1.1', () => WorksheetCollectionType, (wb) => wb),
    tables: nav('Workbook', 'tables', '1.1', () => TableCollectionType, (wb) => ({ wb })),
    application: nav('Workbook', 'application', '1.1', () => ApplicationType, (wb) => wb),
    getSelectedRange: childMethod('1.1', () => RangeType, (wb: WorkbookState) => {
      const sel = wb.selection;
      const sheet = wb.sheets.find((s) => s.id === (sel?.sheetId ?? wb.activeSheetId));
      if (!sheet) throw new HostError('ItemNotFound', { location: 'Workbook.getSelectedRange' });
      return { sheet, rect: sel && sel.sheetId === sheet.id ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }),
  },
};

export const ApplicationType: TypeSpec = {
  name: 'Application',
  members: {
    /** [ExcelApi 1.1 for get, 1.8 for set] */
    calculationMode: prop('1.1', (wb: WorkbookState) => wb.calculationMode, (wb: WorkbookState, v) => {
      if (v !== 'Automatic' && v !== 'AutomaticExceptTables' && v !== 'Manual') throw invalid('Application.calculationMode', `unknown mode ${JSON.stringify(v)}`);
      wb.calculationMode = v;
    }, '1.8'),
    /** [ExcelApi 1.9] */
    suspendScreenUpdatingUntilNextSync: opMethod('1.9', (_wb, _args, obj) => {
      obj.core.stats.screenUpdatingSuspensions++;
    }),
  },
};

export const WorksheetCollectionType: TypeSpec = {
  name: 'WorksheetCollection',
  collection: { itemType: () => WorksheetType, items: (wb: WorkbookState) => wb.sheets.slice() },
  members: {
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => WorksheetType, (wb: WorkbookState, args, _o, location) => {
      const sheet = typeof args[0] === 'string' ? findSheet(wb, args[0]) : undefined;
      if (!sheet) throw new HostError('ItemNotFound', { location, details: `no sheet ${JSON.stringify(args[0])}` });
      return sheet;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => WorksheetType, (wb: WorkbookState, args) => (typeof args[0] === 'string' ? findSheet(wb, args[0]) : undefined) ?? NULL),
    /** [ExcelApi 1.1] */
    getActiveWorksheet: childMethod('1.1', () => WorksheetType, (wb: WorkbookState, _a, _o, location) => {
      const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId);
      if (!sheet) throw new HostError('ItemNotFound', { location });
      return sheet;
    }),
    /** [ExcelApi 1.1] */
    add: method('1.1', (obj, args, location) => {
      const box: { sheet?: SheetState } = {};
      obj.queue(location, '1.1', args, (wb: WorkbookState) => {
        if (args[0] !== undefined && typeof args[0] !== 'string') throw invalid(location, 'name must be text');
        box.sheet = addSheet(wb, args[0] as string | undefined);
      });
      return obj.child(WorksheetType, `${obj.path}.add(${JSON.stringify(args[0] ?? '')})`, () => {
        if (!box.sheet) throw new HostError('ItemNotFound', { location, details: 'the sheet was not added' });
        return box.sheet;
      }).proxy;
    }),
  },
};

export const WorksheetType: TypeSpec = {
  name: 'Worksheet',
  members: {
    /** [ExcelApi 1.1] */
    id: prop('1.1', (s: SheetState) => s.id),
    /** [ExcelApi 1.1] */
    name: prop('1.1', (s: SheetState) => s.name, (s: SheetState, v, obj) => {
      const old = s.name;
      s.name = checkSheetName(wbOf(obj), v, s);
      renameSheetReferences(wbOf(obj), old, s.name);
    }),
    /** [ExcelApi 1.1] */
    position: prop('1.1', (s: SheetState, obj) => wbOf(obj).sheets.indexOf(s), (s: SheetState, v, obj) => {
      const wb = wbOf(obj);
      const p = int(v, 'Worksheet.position');
      if (p < 0 || p >= wb.sheets.length) throw invalid('Worksheet.position', `position ${p} out of range`);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(p, 0, s);
    }),
    /** [ExcelApi 1.7] */
    tabColor: prop('1.7', (s: SheetState) => s.tabColor, (s: SheetState, v) => {
      if (typeof v !== 'string' || (v !== '' && !COLOR.test(v))) throw invalid('Worksheet.tabColor', `invalid colour ${JSON.stringify(v)}`);
      s.tabColor = v.startsWith('#') ? v.toUpperCase() : v;
    }),
    /** [ExcelApi 1.1 for reading visibility; 1.2 for setting it] */
    visibility: prop('1.1', (s: SheetState) => s.visibility, (s: SheetState, v, obj) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalid('Worksheet.visibility', `unknown visibility ${JSON.stringify(v)}`);
      const wb = wbOf(obj);
      if (v !== 'Visible' && s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length <= 1) {
        throw new HostError('InvalidOperation', { location: 'Worksheet.visibility', details: 'cannot hide the last visible sheet' });
      }
      s.visibility = v;
    }, '1.2'),
    /** [ExcelApi 1.1] */
    tables: nav('Worksheet', 'tables', '1.1', () => TableCollectionType, (s: SheetState, obj) => ({ wb: wbOf(obj), sheet: s })),
    /** [ExcelApi 1.7] */
    freezePanes: nav('Worksheet', 'freezePanes', '1.7', () => FreezePanesType, (s) => s),
    /** [ExcelApi 1.2] */
    protection: nav('Worksheet', 'protection', '1.2', () => WorksheetProtectionType, (s) => s),
    /** [ExcelApi 1.1] */
    charts: nav('Worksheet', 'charts', '1.1', () => ChartCollectionType, (s) => s),
    /** [ExcelApi 1.9] */
    pageLayout: nav('Worksheet', 'pageLayout', '1.9', () => PageLayoutType, (s) => s),
    /** [ExcelApi 1.9] */
    horizontalPageBreaks: nav('Worksheet', 'horizontalPageBreaks', '1.9', () => PageBreakCollectionType, (s) => s),
    /** [ExcelApi 1.1] */
    getRange: childMethod('1.1', () => RangeType, (s: SheetState, args, _o, location) => rangeOn(s, args[0] as string | undefined, location)),
    /** [ExcelApi 1.1] */
    getCell: childMethod('1.1', () => RangeType, (s: SheetState, args, _o, location) => {
      const r = int(args[0], location);
      const c = int(args[1], location);
      return { sheet: s, rect: checkRect({ r0: r, c0: c, r1: r, c1: c }, location) };
    }),
    /** [ExcelApi 1.1; valuesOnly 1.2] */
    getUsedRange: childMethod('1.1', () => RangeType, (s: SheetState, args) => ({ sheet: s, rect: usedRect(s, args[0] === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } }), (args) => (args.length ? '1.2' : undefined)),
    /** [ExcelApi 1.4] */
    getUsedRangeOrNullObject: childMethod('1.4', () => RangeType, (s: SheetState, args) => {
      const rect = usedRect(s, args[0] === true);
      return rect ? { sheet: s, rect } : NULL;
    }),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (s: SheetState, _a, obj) => deleteSheet(wbOf(obj), s)),
    /** [ExcelApi 1.1] */
    activate: opMethod('1.1', (s: SheetState, _a, obj) => {
      if (s.visibility !== 'Visible') throw new HostError('InvalidOperation', { location: 'Worksheet.activate', details: 'the sheet is hidden' });
      const wb = wbOf(obj);
      wb.activeSheetId = s.id;
      if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }),
  },
};

export const FreezePanesType: TypeSpec = {
  name: 'WorksheetFreezePanes',
  members: {
    /** [ExcelApi 1.7] */
    freezeRows: method('1.7', (obj, args, location) => {
      if (args[0] === undefined) throw notSimulated('WorksheetFreezePanes.freezeRows() without a count');
      obj.queue(location, '1.7', args, (s: SheetState) => {
        const n = int(args[0], location);
        if (n < 0 || n >= MAX_ROWS) throw invalid(location, `count ${n}`);
        s.freezeRows = n;
      });
    }),
    /** [ExcelApi 1.7] */
    unfreeze: opMethod('1.7', (s: SheetState) => {
      s.freezeRows = 0;
    }),
  },
};

export const WorksheetProtectionType: TypeSpec = {
  name: 'WorksheetProtection',
  members: {
    /** [ExcelApi 1.2] */
    protected: prop('1.2', (s: SheetState) => s.protected),
    /** [ExcelApi 1.2 for options; 1.7 for password] */
    protect: opMethod('1.2', (s: SheetState, args, obj) => {
      if (s.protected) throw new HostError('InvalidOperation', { location: 'WorksheetProtection.protect', details: 'the sheet is already protected' });
      const options = (args[0] ?? {}) as Record<string, unknown>;
      if (typeof options !== 'object') throw invalid('WorksheetProtection.protect', 'options must be an object');
      for (const [k, v] of Object.entries(options)) {
        if (k === 'selectionMode') continue;
        if (!PROTECTION_OPTIONS.has(k) || typeof v !== 'boolean') throw invalid('WorksheetProtection.protect', `unknown option ${k}`);
      }
      void obj;
      s.protected = true;
      s.protectionOptions = { ...(options as Record<string, boolean>) };
    }, (args) => (args[1] !== undefined ? '1.7' : undefined)),
    /** [ExcelApi 1.2; 1.7 for password] */
    unprotect: opMethod('1.2', (s: SheetState) => {
      s.protected = false;
      s.protectionOptions = {};
    }, (args) => (args[0] !== undefined ? '1.7' : undefined)),
  },
};

function rangeProp2d(name: 'values' | 'formulas' | 'numberFormat'): PropSpec {
  const location = `Range.${name}`;
  return prop(
    '1.1',
    (rng: RangeT) => grid(rng, name === 'values' ? readValue : name === 'formulas' ? readFormula : (cell) => cell?.numberFormat ?? 'General'),
    (rng: RangeT, v, obj) => {
      if (name === 'numberFormat') {
        checkFormatWrite(rng.sheet, location, 'allowFormatCells');
        write2d(rng, v, location, (cell, x) => {
          if (typeof x !== 'string') throw invalid(location, `number format must be text, got ${JSON.stringify(x)}`);
          cell.numberFormat = x === 'General' ? undefined : x;
        });
      } else {
        checkContentWrite(rng, location);
        const evaluate = obj.core.evaluate;
        write2d(rng, v, location, (cell, x) => writeValue(cell, x, evaluate, name === 'formulas'));
        fixTableHeaders(wbOf(obj), rng.sheet);
      }
    },
  );
}

function subRange(location: string, fn: (rng: RangeT, args: unknown[]) => Rect): MethodSpec {
  return childMethod('1.1', () => RangeType, (rng: RangeT, args) => ({ sheet: rng.sheet, rect: checkRect(fn(rng, args), location) }));
}

export const RangeType: TypeSpec = {
  name: 'Range',
  members: {
    /** [ExcelApi 1.1] */
    address: prop('1.1', (rng: RangeT) => formatAddress(rng.sheet.name, rng.rect)),
    /** [ExcelApi 1.1] */
    rowIndex: prop('1.1', (rng: RangeT) => rng.rect.r0),
    /** [ExcelApi 1.1] */
    columnIndex: prop('1.1', (rng: RangeT) => rng.rect.c0),
    /** [ExcelApi 1.1] */
    rowCount: prop('1.1', (rng: RangeT) => rng.rect.r1 - rng.rect.r0 + 1),
    /** [ExcelApi 1.1] */
    columnCount: prop('1.1', (rng: RangeT) => rng.rect.c1 - rng.rect.c0 + 1),
    /** [ExcelApi 1.1] */
    cellCount: prop('1.1', (rng: RangeT) => cellsIn(rng.rect)),
    /** [ExcelApi 1.1] */
    values: rangeProp2d('values'),
    /** [ExcelApi 1.1] */
    formulas: rangeProp2d('formulas'),
    /** [ExcelApi 1.1] */
    numberFormat: rangeProp2d('numberFormat'),
    /** [ExcelApi 1.1] */
    text: prop('1.1', (rng: RangeT) => grid(rng, displayText)),
    /** [ExcelApi 1.1] */
    format: nav('Range', 'format', '1.1', () => RangeFormatType, (rng) => rng),
    /** [ExcelApi 1.8] */
    dataValidation: nav('Range', 'dataValidation', '1.8', () => DataValidationType, (rng) => rng),
    /** [ExcelApi 1.6] */
    conditionalFormats: nav('Range', 'conditionalFormats', '1.6', () => ConditionalFormatCollectionType, (rng) => rng),
    /** [ExcelApi 1.1] */
    worksheet: nav('Range', 'worksheet', '1.1', () => WorksheetType, (rng: RangeT) => rng.sheet),
    /** [ExcelApi 1.1] */
    getCell: subRange('Range.getCell', (rng, a) => {
      const r = rng.rect.r0 + int(a[0], 'Range.getCell');
      const c = rng.rect.c0 + int(a[1], 'Range.getCell');
      return { r0: r, c0: c, r1: r, c1: c };
    }),
    /** [ExcelApi 1.2] */
    getResizedRange: childMethod('1.2', () => RangeType, (rng: RangeT, a) => ({
      sheet: rng.sheet,
      rect: checkRect({ ...rng.rect, r1: rng.rect.r1 + int(a[0], 'Range.getResizedRange'), c1: rng.rect.c1 + int(a[1], 'Range.getResizedRange') }, 'Range.getResizedRange'),
    })),
    /** [ExcelApi 1.1] */
    getOffsetRange: subRange('Range.getOffsetRange', (rng, a) => {
      const dr = int(a[0], 'Range.getOffsetRange');
      const dc = int(a[1], 'Range.getOffsetRange');
      return { r0: rng.rect.r0 + dr, r1: rng.rect.r1 + dr, c0: rng.rect.c0 + dc, c1: rng.rect.c1 + dc };
    }),
    /** [ExcelApi 1.1] */
    getRow: subRange('Range.getRow', (rng, a) => {
      const r = rng.rect.r0 + int(a[0], 'Range.getRow');
      if (r > rng.rect.r1) throw invalid('Range.getRow', 'row outside the range');
      return { ...rng.rect, r0: r, r1: r };
    }),
    /** [ExcelApi 1.1] */
    getColumn: subRange('Range.getColumn', (rng, a) => {
      const c = rng.rect.c0 + int(a[0], 'Range.getColumn');
      if (c > rng.rect.c1) throw invalid('Range.getColumn', 'column outside the range');
      return { ...rng.rect, c0: c, c1: c };
    }),
    /** [ExcelApi 1.1] */
    getEntireColumn: subRange('Range.getEntireColumn', (rng) => ({ ...rng.rect, r0: 0, r1: MAX_ROWS - 1 })),
    /** [ExcelApi 1.1] */
    getEntireRow: subRange('Range.getEntireRow', (rng) => ({ ...rng.rect, c0: 0, c1: MAX_COLUMNS - 1 })),
    /** [ExcelApi 1.1; valuesOnly 1.2] */
    getUsedRange: childMethod('1.1', () => RangeType, (rng: RangeT, args, _o, location) => {
      const used = usedRect(rng.sheet, args[0] === true);
      if (!used || !rectsOverlap(used, rng.rect)) throw new HostError('ItemNotFound', { location, details: 'the range is empty' });
      return { sheet: rng.sheet, rect: intersect(used, rng.rect) };
    }, (args) => (args.length ? '1.2' : undefined)),
    /** [ExcelApi 1.4] */
    getUsedRangeOrNullObject: childMethod('1.4', () => RangeType, (rng: RangeT, args) => {
      const used = usedRect(rng.sheet, args[0] === true);
      if (!used || !rectsOverlap(used, rng.rect)) return NULL;
      return { sheet: rng.sheet, rect: intersect(used, rng.rect) };
    }),
    /** [ExcelApi 1.1] */
    select: opMethod('1.1', (rng: RangeT, _a, obj) => {
      if (rng.sheet.visibility !== 'Visible') throw new HostError('InvalidOperation', { location: 'Range.select', details: 'the sheet is hidden' });
      const wb = wbOf(obj);
      wb.activeSheetId = rng.sheet.id;
      wb.selection = { sheetId: rng.sheet.id, rect: { ...rng.rect } };
    }),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (rng: RangeT, args) => {
      const applyTo = (args[0] ?? 'All') as string;
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw notSimulated(`Range.clear(${applyTo})`);
      if (applyTo !== 'Formats') checkContentWrite(rng, 'Range.clear');
      if (applyTo !== 'Contents') checkFormatWrite(rng.sheet, 'Range.clear', 'allowFormatCells');
      for (const cell of existingCells(rng.sheet, rng.rect)) {
        if (applyTo !== 'Formats') {
          cell.value = undefined;
          cell.formula = undefined;
        }
        if (applyTo !== 'Contents') {
          cell.numberFormat = undefined;
          cell.bold = undefined;
          cell.fill = undefined;
          cell.fontColor = undefined;
          cell.wrap = undefined;
        }
        if (applyTo === 'All') {
          cell.validation = undefined;
          cell.prompt = undefined;
        }
      }
    }),
  },
};

function intersect(a: Rect, b: Rect): Rect {
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

/** A cell-format property of a range: uniform read, scalar write to every cell. */
function cellFormatProp(owner: string, name: string, api: string, read: (cell: CellState | undefined) => unknown, write: (cell: CellState, v: unknown) => void, check: (v: unknown) => boolean, allowedBy = 'allowFormatCells'): PropSpec {
  const location = `${owner}.${name}`;
  return prop(api, (rng: RangeT) => uniform(rng, read), (rng: RangeT, v) => {
    if (!check(v)) throw invalid(location, `invalid value ${JSON.stringify(v)}`);
    checkFormatWrite(rng.sheet, location, allowedBy);
    if (cellsIn(rng.rect) > MAX_MATERIALISED) throw notSimulated(`${location} on more than ${MAX_MATERIALISED} cells`);
    forEachCell(rng.rect, (r, c) => write(ensureCell(rng.sheet, r, c), v));
  });
}

const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isColor = (v: unknown): boolean => typeof v === 'string' && COLOR.test(v);

export const RangeFormatType: TypeSpec = {
  name: 'RangeFormat',
  members: {
    /** [ExcelApi 1.2] */
    columnWidth: prop('1.2', (rng: RangeT) => {
      let first: number | undefined;
      for (let c = rng.rect.c0; c <= rng.rect.c1; c++) {
        const w = rng.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
        if (first === undefined) first = w;
        else if (w !== first) return null;
      }
      return first;
    }, (rng: RangeT, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1345) throw invalid('RangeFormat.columnWidth', `invalid width ${JSON.stringify(v)}`);
      checkFormatWrite(rng.sheet, 'RangeFormat.columnWidth', 'allowFormatColumns');
      for (let c = rng.rect.c0; c <= rng.rect.c1; c++) rng.sheet.columnWidths.set(c, v);
    }),
    /** [ExcelApi 1.1] The rows' height in points, null when they differ. */
    rowHeight: prop('1.1', (rng: RangeT) => {
      if (rng.rect.r1 - rng.rect.r0 > 100_000) throw notSimulated('RangeFormat.rowHeight of more than 100000 rows');
      const heights = new Set<number>();
      for (let r = rng.rect.r0; r <= rng.rect.r1; r++) heights.add(rng.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }, (rng: RangeT, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 409) throw invalid('RangeFormat.rowHeight', `invalid height ${JSON.stringify(v)}`);
      checkFormatWrite(rng.sheet, 'RangeFormat.rowHeight', 'allowFormatRows');
      if (rng.rect.r1 - rng.rect.r0 > 100_000) throw notSimulated('RangeFormat.rowHeight on more than 100000 rows');
      for (let r = rng.rect.r0; r <= rng.rect.r1; r++) rng.sheet.rowHeights.set(r, v);
    }),
    /** [ExcelApi 1.1] */
    wrapText: cellFormatProp('RangeFormat', 'wrapText', '1.1', (c) => c?.wrap ?? false, (c, v) => {
      c.wrap = v ? true : undefined;
    }, isBool),
    /** [ExcelApi 1.1] */
    font: nav('RangeFormat', 'font', '1.1', () => RangeFontType, (rng) => rng),
    /** [ExcelApi 1.1] */
    fill: nav('RangeFormat', 'fill', '1.1', () => RangeFillType, (rng) => rng),
    /** [ExcelApi 1.2] */
    protection: nav('RangeFormat', 'protection', '1.2', () => FormatProtectionType, (rng) => rng),
    /** [ExcelApi 1.2] */
    autofitColumns: opMethod('1.2', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'RangeFormat.autofitColumns', 'allowFormatColumns');
      const widest = new Map<number, number>();
      for (const [k, cell] of rng.sheet.cells) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r < rng.rect.r0 || r > rng.rect.r1 || c < rng.rect.c0 || c > rng.rect.c1) continue;
        widest.set(c, Math.max(widest.get(c) ?? 0, displayText(cell).length));
      }
      for (const [c, chars] of widest) rng.sheet.columnWidths.set(c, widthForChars(chars));
    }),
    /** [ExcelApi 1.2] */
    autofitRows: opMethod('1.2', (rng: RangeT) => checkFormatWrite(rng.sheet, 'RangeFormat.autofitRows', 'allowFormatRows')),
  },
};

export const RangeFontType: TypeSpec = {
  name: 'RangeFont',
  members: {
    /** [ExcelApi 1.1] */
    bold: cellFormatProp('RangeFont', 'bold', '1.1', (c) => c?.bold ?? false, (c, v) => {
      c.bold = v ? true : undefined;
    }, isBool),
    /** [ExcelApi 1.1] */
    color: cellFormatProp('RangeFont', 'color', '1.1', (c) => c?.fontColor ?? '#000000', (c, v) => {
      c.fontColor = String(v).toUpperCase();
    }, isColor),
  },
};

export const RangeFillType: TypeSpec = {
  name: 'RangeFill',
  members: {
    /** [ExcelApi 1.1] */
    color: cellFormatProp('RangeFill', 'color', '1.1', (c) => c?.fill ?? '#FFFFFF', (c, v) => {
      c.fill = String(v).toUpperCase();
    }, isColor),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'RangeFill.clear', 'allowFormatCells');
      for (const cell of existingCells(rng.sheet, rng.rect)) cell.fill = undefined;
    }),
  },
};

export const FormatProtectionType: TypeSpec = {
  name: 'FormatProtection',
  members: {
    /** [ExcelApi 1.2] */
    locked: cellFormatProp('FormatProtection', 'locked', '1.2', (c) => c?.locked ?? true, (c, v) => {
      c.locked = v ? undefined : false;
    }, isBool, '-never-'),
  },
};

function checkRule(v: unknown): ListRule {
  const location = 'DataValidation.rule';
  if (!v || typeof v !== 'object') throw invalid(location, 'rule must be an object');
  const keys = Object.keys(v);
  if (keys.length !== 1) throw invalid(location, 'a rule has exactly one rule type');
  if (keys[0] !== 'list') throw notSimulated(`DataValidation.rule.${keys[0]}`);
  const list = (v as { list: { inCellDropDown?: unknown; source?: unknown } }).list;
  if (!list || typeof list.source !== 'string') throw notSimulated('DataValidation.rule.list.source other than text');
  if (list.source.length === 0 || list.source.length > 255) throw invalid(location, `list source must be 1–255 characters (got ${list.source.length})`);
  if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== 'boolean') throw invalid(location, 'inCellDropDown must be boolean');
  return { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } };
}

function checkPrompt(v: unknown): Prompt {
  const location = 'DataValidation.prompt';
  const p = v as Partial<Prompt> | null;
  if (!p || typeof p !== 'object') throw invalid(location, 'prompt must be an object');
  const title = p.title ?? '';
  const message = p.message ?? '';
  if (typeof title !== 'string' || title.length > 32) throw invalid(location, 'title must be text of at most 32 characters');
  if (typeof message !== 'string' || message.length > 255) throw invalid(location, 'message must be text of at most 255 characters');
  return { showPrompt: p.showPrompt ?? true, title, message };
}

export const DataValidationType: TypeSpec = {
  name: 'DataValidation',
  members: {
    /** [ExcelApi 1.8] */
    rule: prop('1.8', (rng: RangeT) => uniform(rng, (c) => c?.validation ?? {}), (rng: RangeT, v) => {
      const rule = checkRule(v);
      checkFormatWrite(rng.sheet, 'DataValidation.rule');
      if (cellsIn(rng.rect) > MAX_MATERIALISED) throw notSimulated(`DataValidation.rule on more than ${MAX_MATERIALISED} cells`);
      forEachCell(rng.rect, (r, c) => {
        ensureCell(rng.sheet, r, c).validation = rule;
      });
    }),
    /** [ExcelApi 1.8] */
    prompt: prop('1.8', (rng: RangeT) => uniform(rng, (c) => c?.prompt ?? { showPrompt: false, title: '', message: '' }), (rng: RangeT, v) => {
      const prompt = checkPrompt(v);
      checkFormatWrite(rng.sheet, 'DataValidation.prompt');
      forEachCell(rng.rect, (r, c) => {
        ensureCell(rng.sheet, r, c).prompt = prompt;
      });
    }),
    /** [ExcelApi 1.8] */
    clear: opMethod('1.8', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'DataValidation.clear');
      for (const cell of existingCells(rng.sheet, rng.rect)) {
        cell.validation = undefined;
        cell.prompt = undefined;
      }
    }),
  },
};

interface TablesT {
  wb: WorkbookState;
  sheet?: SheetState;
}

function findTable(t: TablesT, k: unknown): TableState | undefined {
  if (typeof k !== 'string') return undefined;
  const list = t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet);
  return list.find((x) => x.name.toLowerCase() === k.toLowerCase()) ?? list.find((x) => x.id === k);
}

export const TableCollectionType: TypeSpec = {
  name: 'TableCollection',
  collection: { itemType: () => TableType, items: (t: TablesT) => t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet) },
  members: {
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => TableType, (t: TablesT, args, _o, location) => {
      const table = findTable(t, args[0]);
      if (!table) throw new HostError('ItemNotFound', { location, details: `no table ${JSON.stringify(args[0])}` });
      return table;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => TableType, (t: TablesT, args) => findTable(t, args[0]) ?? NULL),
    /** [ExcelApi 1.1 / 1.3: address as a Range object from 1.3] */
    add: method('1.1', (obj, args, location) => {
      const box: { table?: TableState } = {};
      const rangeObj = objectOf(args[0]);
      const payload = [rangeObj ? { range: rangeObj.path } : args[0], args[1]];
      obj.queue(location, rangeObj ? '1.3' : '1.1', payload, (t: TablesT) => {
        const wb = t.wb;
        let rng: RangeT;
        if (rangeObj) {
          rng = rangeObj.live() as RangeT;
          if (t.sheet && rng.sheet !== t.sheet) throw invalid(location, 'the range is on another sheet');
        } else {
          if (typeof args[0] !== 'string') throw invalid(location, 'address must be text or a Range');
          const { sheet: named } = splitSheet(args[0]);
          const sheet = named !== undefined ? findSheet(wb, named) : t.sheet ?? wb.sheets.find((s) => s.id === wb.activeSheetId);
          if (!sheet || (t.sheet && sheet !== t.sheet)) throw invalid(location, `address ${JSON.stringify(args[0])} is not on this sheet`);
          rng = rangeOn(sheet, args[0], location);
        }
        if (args[1] !== true) throw notSimulated('TableCollection.add with hasHeaders other than true');
        checkFormatWrite(rng.sheet, location);
        const rect = { ...rng.rect };
        if (rect.r1 === rect.r0) rect.r1 += 1; // Excel adds one empty body row under a header-only range
        if (cellsIn(rect) > MAX_MATERIALISED || rect.r1 >= MAX_ROWS) throw invalid(location, 'range too large for a table');
        const overlap = wb.tables.find((x) => x.sheet === rng.sheet && rectsOverlap(x.rect, rect));
        if (overlap) throw invalid(location, `the range overlaps table ${overlap.name}`);
        let n = wb.tables.length + 1;
        while (wb.tables.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
        const table: TableState = { id: `{table-${wb.nextId++}}`, name: `Table${n}`, sheet: rng.sheet, rect, style: 'TableStyleMedium2' };
        wb.tables.push(table);
        fixTableHeaders(wb, rng.sheet);
        box.table = table;
      });
      return obj.child(TableType, `${obj.path}.add(${JSON.stringify(payload[0])})`, () => {
        if (!box.table) throw new HostError('ItemNotFound', { location, details: 'the table was not added' });
        return box.table;
      }).proxy;
    }),
  },
};

export const TableType: TypeSpec = {
  name: 'Table',
  members: {
    /** [ExcelApi 1.1] */
    id: prop('1.1', (t: TableState) => t.id),
    /** [ExcelApi 1.1] */
    name: prop('1.1', (t: TableState) => t.name, (t: TableState, v, obj) => {
      t.name = checkTableName(wbOf(obj), v, t);
    }),
    /** [ExcelApi 1.1] */
    style: prop('1.1', (t: TableState) => t.style, (t: TableState, v) => {
      if (typeof v !== 'string' || !TABLE_STYLE.test(v)) throw invalid('Table.style', `unknown style ${JSON.stringify(v)}`);
      t.style = v;
    }),
    /** [ExcelApi 1.2] */
    worksheet: nav('Table', 'worksheet', '1.2', () => WorksheetType, (t: TableState) => t.sheet),
    /** [ExcelApi 1.1] */
    getRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect } })),
    /** [ExcelApi 1.1] */
    getHeaderRowRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r0 } })),
    /** [ExcelApi 1.1] */
    getDataBodyRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 + 1 } })),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (t: TableState, _a, obj) => {
      checkFormatWrite(t.sheet, 'Table.delete');
      const wb = wbOf(obj);
      wb.tables = wb.tables.filter((x) => x !== t);
      t.deleted = true;
    }),
  },
};

// ---------------------------------------------------------------------------------------------
// charts

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
const CHART_TYPE_NAMES = new Set(Object.values(CHART_TYPES));
const MARKER_STYLES = new Set(['Automatic', 'None', 'Square', 'Diamond', 'Triangle', 'X', 'Star', 'Dot', 'Dash', 'Circle', 'Plus']);
const LINE_STYLES = new Set(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'RoundDot']);
const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner']);
/** Excel's default size of a new chart, in points (480 × 288 px). */
export const DEFAULT_CHART_WIDTH = 360;
export const DEFAULT_CHART_HEIGHT = 216;

const isScatterType = (type: string): boolean => type.startsWith('XYScatter');
const hasAxes = (type: string): boolean => type !== 'Pie' && type !== 'Doughnut';

function checkChartType(v: unknown, location: string): string {
  if (typeof v !== 'string' || v === '' || v === 'Invalid') throw invalid(location, `invalid chart type ${JSON.stringify(v)}`);
  if (!CHART_TYPE_NAMES.has(v)) throw notSimulated(`${location}("${v}")`);
  return v;
}

/** Charts are objects: on a protected sheet they can only change with allowEditObjects. */
function checkEditObjects(sheet: SheetState, location: string): void {
  checkFormatWrite(sheet, location, 'allowEditObjects');
}

/** An argument that must be a Range object (resolved at sync time). */
/** A Range of this sheet or an address on it, as page-layout methods accept; else InvalidArgument. */
function rectOnSheet(s: SheetState, arg: unknown, location: string): Rect {
  if (objectOf(arg)) {
    const rng = rangeArg(arg, location);
    if (rng.sheet !== s) throw invalid(location, 'the range is on another sheet');
    return rng.rect;
  }
  if (typeof arg === 'string') return rangeOn(s, arg, location).rect;
  throw invalid(location, 'expected a Range or an address');
}

function rangeArg(arg: unknown, location: string): RangeT {
  const o = objectOf(arg);
  if (!o || o.spec.name !== 'Range') throw invalid(location, 'expected a Range object');
  return o.live() as RangeT;
}

/** Request payload for arguments that may be client objects (sent as references, not as data). */
function argsPayload(args: unknown[]): unknown[] {
  return args.map((a) => {
    const o = objectOf(a);
    return o ? { ref: o.path } : a;
  });
}

/** Left edge of column `c` in points. */
function columnLeft(sheet: SheetState, c: number): number {
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
function seriesFromSource(type: string, src: RangeT, by: 'Auto' | 'Columns' | 'Rows'): ChartSeriesState[] {
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
interface SeriesT {
  chart: ChartState;
  series: ChartSeriesState;
  readonly deleted: boolean;
}

function seriesT(chart: ChartState, series: ChartSeriesState): SeriesT {
  return {
    chart,
    series,
    get deleted() {
      return !!series.deleted || !!chart.deleted;
    },
  };
}

/** A chart property: plain get, set checked and allowed only where objects may be edited. */
function chartProp<T>(owner: string, name: string, api: string, get: (t: T) => unknown, set: (t: T, v: unknown, location: string) => void, sheetOf: (t: T) => SheetState, setApi?: string): PropSpec {
  const location = `${owner}.${name}`;
  return prop(api, (t: T) => get(t), (t: T, v) => {
    checkEditObjects(sheetOf(t), location);
    set(t, v, location);
  }, setApi);
}

function textProp(owner: string, pick: (t: any) => ChartTextState, sheetOf: (t: any) => SheetState): Record<string, PropSpec> {
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

function numberProp(owner: string, name: 'top' | 'left' | 'width' | 'height'): PropSpec {
  return chartProp(owner, name, '1.1', (c: ChartState) => c[name], (c: ChartState, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(location, `expected a number, got ${JSON.stringify(v)}`);
    if ((name === 'width' || name === 'height') && v <= 0) throw invalid(location, `${name} must be positive`);
    if (v < 0) throw invalid(location, `${name} must not be negative`);
    c[name] = v;
  }, (c: ChartState) => c.sheet);
}

export const ChartCollectionType: TypeSpec = {
  name: 'ChartCollection',
  collection: { itemType: () => ChartType, items: (s: SheetState) => s.charts.slice() },
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (s: SheetState) => s.charts.length),
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => ChartType, (s: SheetState, args, _o, location) => {
      const name = typeof args[0] === 'string' ? args[0].toLowerCase() : undefined;
      const chart = s.charts.find((c) => c.name.toLowerCase() === name);
      if (!chart) throw new HostError('ItemNotFound', { location, details: `no chart ${JSON.stringify(args[0])}` });
      return chart;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => ChartType, (s: SheetState, args) => {
      const name = typeof args[0] === 'string' ? args[0].toLowerCase() : undefined;
      return s.charts.find((c) => c.name.toLowerCase() === name) ?? NULL;
    }),
    /** [ExcelApi 1.1] */
    getItemAt: childMethod('1.1', () => ChartType, (s: SheetState, args, _o, location) => {
      const chart = s.charts[int(args[0], location)];
      if (!chart) throw new HostError('ItemNotFound', { location, details: `no chart at ${JSON.stringify(args[0])}` });
      return chart;
    }),
    /** [ExcelApi 1.1] add(type, sourceData: Range, seriesBy = "Auto") */
    add: method('1.1', (obj, args, location) => {
      const type = checkChartType(args[0], location);
      if (args.length > 3) throw invalid(location, 'too many arguments');
      const box: { chart?: ChartState } = {};
      obj.queue(location, '1.1', argsPayload(args), (s: SheetState) => {
        const by = (args[2] ?? 'Auto') as string;
        if (by !== 'Auto' && by !== 'Columns' && by !== 'Rows') throw invalid(location, `seriesBy ${JSON.stringify(by)}`);
        const src = rangeArg(args[1], location);
        if (cellsIn(src.rect) > 1_000_000) throw invalid(location, 'source range too large for a chart');
        checkEditObjects(s, location);
        const wb = wbOf(obj);
        let n = s.charts.length + 1;
        while (s.charts.some((c) => c.name.toLowerCase() === `chart ${n}`)) n++;
        const chart: ChartState = {
          id: `{chart-${wb.nextId++}}`,
          name: `Chart ${n}`,
          type,
          sheet: s,
          seriesBy: by,
          source: { sheet: src.sheet, rect: { ...src.rect } },
          title: { text: '', visible: false },
          legend: { visible: true, position: 'Right' },
          axes: { category: newAxis(false), value: newAxis(hasAxes(type)) },
          series: seriesFromSource(type, src, by),
          displayBlanksAs: 'NotPlotted',
          hiddenLegendEntries: [],
          top: 0,
          left: 0,
          width: DEFAULT_CHART_WIDTH,
          height: DEFAULT_CHART_HEIGHT,
        };
        s.charts.push(chart);
        box.chart = chart;
      });
      return obj.child(ChartType, `${obj.path}.add(${JSON.stringify(type)})`, () => {
        if (!box.chart) throw new HostError('ItemNotFound', { location, details: 'the chart was not added' });
        return box.chart;
      }).proxy;
    }),
  },
};

const chartSheet = (c: ChartState): SheetState => c.sheet;

export const ChartType: TypeSpec = {
  name: 'Chart',
  members: {
    /** [ExcelApi 1.7] */
    id: prop('1.7', (c: ChartState) => c.id),
    /** [ExcelApi 1.1] */
    name: chartProp('Chart', 'name', '1.1', (c: ChartState) => c.name, (c: ChartState, v, location) => {
      if (typeof v !== 'string' || v.trim() === '' || v.length > 255) throw invalid(location, `invalid chart name ${JSON.stringify(v)}`);
      c.name = v;
    }, chartSheet),
    /** [ExcelApi 1.7] */
    chartType: chartProp('Chart', 'chartType', '1.7', (c: ChartState) => c.type, (c: ChartState, v, location) => {
      c.type = checkChartType(v, location);
    }, chartSheet),
    /** [ExcelApi 1.1] points */
    top: numberProp('Chart', 'top'),
    /** [ExcelApi 1.1] points */
    left: numberProp('Chart', 'left'),
    /** [ExcelApi 1.1] points */
    width: numberProp('Chart', 'width'),
    /** [ExcelApi 1.1] points */
    height: numberProp('Chart', 'height'),
    /** [ExcelApi 1.1] */
    title: nav('Chart', 'title', '1.1', () => ChartTitleType, (c) => c),
    /** [ExcelApi 1.1] */
    legend: nav('Chart', 'legend', '1.1', () => ChartLegendType, (c) => c),
    /** [ExcelApi 1.1] */
    axes: nav('Chart', 'axes', '1.1', () => ChartAxesType, (c) => c),
    /** [ExcelApi 1.1] */
    series: nav('Chart', 'series', '1.1', () => ChartSeriesCollectionType, (c) => c),
    /** [ExcelApi 1.2] */
    worksheet: nav('Chart', 'worksheet', '1.2', () => WorksheetType, (c: ChartState) => c.sheet),
    /** [ExcelApi 1.8] */
    displayBlanksAs: chartProp('Chart', 'displayBlanksAs', '1.8', (c: ChartState) => c.displayBlanksAs, (c: ChartState, v, location) => {
      if (v !== 'NotPlotted' && v !== 'Zero' && v !== 'Interplotted') throw invalid(location, `invalid value ${JSON.stringify(v)}`);
      c.displayBlanksAs = v;
    }, chartSheet),
    /** [ExcelApi 1.8] */
    plotArea: nav('Chart', 'plotArea', '1.8', () => ChartPlotAreaType, (c) => c),
    /** [ExcelApi 1.1] setPosition(startCell, endCell?): top-left at startCell; with endCell the chart covers startCell:endCell. */
    setPosition: method('1.1', (obj, args, location) => {
      if (args[0] === undefined) throw invalid(location, 'startCell is required');
      obj.queue(location, '1.1', argsPayload(args), (c: ChartState) => {
        const cell = (a: unknown): Rect => {
          if (typeof a === 'string') return rangeOn(c.sheet, a, location).rect;
          const r = rangeArg(a, location);
          if (r.sheet !== c.sheet) throw invalid(location, 'the cell is on another sheet');
          return r.rect;
        };
        checkEditObjects(c.sheet, location);
        const start = cell(args[0]);
        c.left = columnLeft(c.sheet, start.c0);
        c.top = start.r0 * DEFAULT_ROW_HEIGHT;
        c.anchor = { r: start.r0, c: start.c0 };
        if (args[1] !== undefined && args[1] !== null) {
          const end = cell(args[1]);
          c.width = columnLeft(c.sheet, end.c1 + 1) - c.left;
          c.height = (end.r1 + 1) * DEFAULT_ROW_HEIGHT - c.top;
          if (c.width <= 0 || c.height <= 0) throw invalid(location, 'endCell is above or left of startCell');
        }
      });
    }),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (c: ChartState) => {
      checkEditObjects(c.sheet, 'Chart.delete');
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    }),
  },
};

export const ChartTitleType: TypeSpec = {
  name: 'ChartTitle',
  members: { ...textProp('ChartTitle', (c: ChartState) => c.title, chartSheet) },
};

export const ChartLegendType: TypeSpec = {
  name: 'ChartLegend',
  members: {
    /** [ExcelApi 1.1] */
    visible: chartProp('ChartLegend', 'visible', '1.1', (c: ChartState) => c.legend.visible, (c: ChartState, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      c.legend.visible = v as boolean;
    }, chartSheet),
    /** [ExcelApi 1.1] */
    position: chartProp('ChartLegend', 'position', '1.1', (c: ChartState) => c.legend.position, (c: ChartState, v, location) => {
      if (typeof v !== 'string' || !LEGEND_POSITIONS.has(v)) throw invalid(location, `invalid legend position ${JSON.stringify(v)}`);
      c.legend.position = v;
    }, chartSheet),
    /** [ExcelApi 1.7] */
    legendEntries: nav('ChartLegend', 'legendEntries', '1.7', () => ChartLegendEntryCollectionType, (c) => c),
  },
};

interface LegendEntryT {
  chart: ChartState;
  index: number;
  readonly deleted: boolean;
}

export const ChartLegendEntryCollectionType: TypeSpec = {
  name: 'ChartLegendEntryCollection',
  collection: { itemType: () => ChartLegendEntryType, items: (c: ChartState) => legendEntries(c) },
  members: {
    /** [ExcelApi 1.7] One entry per series (the chart types Kring makes); hidden entries stay in the collection. */
    getItemAt: childMethod('1.7', () => ChartLegendEntryType, (c: ChartState, args, _o, location) => {
      const entry = legendEntries(c)[int(args[0], location)];
      if (!entry) throw new HostError('ItemNotFound', { location, details: `no legend entry at ${JSON.stringify(args[0])}` });
      return entry;
    }),
  },
};

function legendEntries(c: ChartState): LegendEntryT[] {
  // A pie's legend lists its slices (points), which the host does not model.
  if (!hasAxes(c.type)) throw notSimulated('legend entries of a pie or doughnut chart');
  const series = c.series.slice();
  return series.map((s, index) => ({
    chart: c,
    index,
    get deleted() {
      return !!c.deleted || !!s.deleted;
    },
  }));
}

export const ChartLegendEntryType: TypeSpec = {
  name: 'ChartLegendEntry',
  members: {
    /** [ExcelApi 1.7] */
    visible: chartProp('ChartLegendEntry', 'visible', '1.7', (e: LegendEntryT) => !e.chart.hiddenLegendEntries.includes(e.index), (e: LegendEntryT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      const hidden = e.chart.hiddenLegendEntries.filter((i) => i !== e.index);
      if (v === false) hidden.push(e.index);
      e.chart.hiddenLegendEntries = hidden.sort((a, b) => a - b);
    }, (e: LegendEntryT) => e.chart.sheet),
    /** [ExcelApi 1.8] */
    index: prop('1.8', (e: LegendEntryT) => e.index),
  },
};

export const ChartPlotAreaType: TypeSpec = {
  name: 'ChartPlotArea',
  members: {
    /** [ExcelApi 1.8] points */
    insideLeft: plotAreaProp('insideLeft'),
    /** [ExcelApi 1.8] points */
    insideTop: plotAreaProp('insideTop'),
    /** [ExcelApi 1.8] points */
    insideWidth: plotAreaProp('insideWidth'),
    /** [ExcelApi 1.8] points */
    insideHeight: plotAreaProp('insideHeight'),
  },
};

function plotAreaProp(name: 'insideLeft' | 'insideTop' | 'insideWidth' | 'insideHeight'): PropSpec {
  return chartProp('ChartPlotArea', name, '1.8', (c: ChartState) => {
    const v = c.plotArea?.[name];
    if (v === undefined) throw notSimulated(`reading ChartPlotArea.${name} of an automatic layout`);
    return v;
  }, (c: ChartState, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalid(location, `invalid value ${JSON.stringify(v)}`);
    const size = name === 'insideLeft' || name === 'insideWidth' ? c.width : c.height;
    if (v > size) throw invalid(location, `${v} pt is larger than the chart (${size} pt)`);
    c.plotArea = { ...c.plotArea, [name]: v };
  }, chartSheet);
}

interface AxisT {
  chart: ChartState;
  which: 'category' | 'value';
}

function axisNav(name: 'categoryAxis' | 'valueAxis', which: AxisT['which']): NavSpec {
  return nav('ChartAxes', name, '1.1', () => ChartAxisType, (c: ChartState): AxisT => {
    // Excel has no axes on pie and doughnut charts.
    if (!hasAxes(c.type)) throw new HostError('InvalidOperation', { location: `ChartAxes.${name}`, details: `a ${c.type} chart has no axes` });
    return { chart: c, which };
  });
}

export const ChartAxesType: TypeSpec = {
  name: 'ChartAxes',
  members: {
    /** [ExcelApi 1.1] */
    categoryAxis: axisNav('categoryAxis', 'category'),
    /** [ExcelApi 1.1] */
    valueAxis: axisNav('valueAxis', 'value'),
  },
};

function newAxis(gridlines: boolean): ChartAxisState {
  return { title: { text: '', visible: false }, visible: true, majorGridlines: gridlines };
}

const axisOf = (a: AxisT): ChartAxisState => a.chart.axes[a.which];
const axisSheet = (a: AxisT): SheetState => a.chart.sheet;

function axisBoundProp(name: 'minimum' | 'maximum'): PropSpec {
  return chartProp('ChartAxis', name, '1.1', (a: AxisT) => {
    const v = axisOf(a)[name];
    if (v === undefined) throw notSimulated(`reading the automatic ChartAxis.${name}`);
    return v;
  }, (a: AxisT, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(location, `expected a number, got ${JSON.stringify(v)}`);
    if (a.which === 'category' && !isScatterType(a.chart.type)) throw invalid(location, 'a category axis has no minimum or maximum (only the X axis of a scatter chart)');
    const axis = axisOf(a);
    const other = name === 'minimum' ? axis.maximum : axis.minimum;
    if (other !== undefined && (name === 'minimum' ? v >= other : v <= other)) throw invalid(location, 'the minimum must be below the maximum');
    axis[name] = v;
  }, axisSheet);
}

export const ChartAxisType: TypeSpec = {
  name: 'ChartAxis',
  members: {
    /** [ExcelApi 1.1] */
    title: nav('ChartAxis', 'title', '1.1', () => ChartAxisTitleType, (a: AxisT) => a),
    /** [ExcelApi 1.1] */
    minimum: axisBoundProp('minimum'),
    /** [ExcelApi 1.1] */
    maximum: axisBoundProp('maximum'),
    /** [ExcelApi 1.7] */
    visible: chartProp('ChartAxis', 'visible', '1.7', (a: AxisT) => axisOf(a).visible, (a: AxisT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      axisOf(a).visible = v as boolean;
    }, axisSheet),
    /** [ExcelApi 1.1] */
    majorGridlines: nav('ChartAxis', 'majorGridlines', '1.1', () => ChartGridlinesType, (a: AxisT) => a),
  },
};

export const ChartGridlinesType: TypeSpec = {
  name: 'ChartGridlines',
  members: {
    /** [ExcelApi 1.1] */
    visible: chartProp('ChartGridlines', 'visible', '1.1', (a: AxisT) => axisOf(a).majorGridlines, (a: AxisT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      axisOf(a).majorGridlines = v as boolean;
    }, axisSheet),
  },
};

export const ChartAxisTitleType: TypeSpec = {
  name: 'ChartAxisTitle',
  members: { ...textProp('ChartAxisTitle', (a: AxisT) => a.chart.axes[a.which].title, (a: AxisT) => a.chart.sheet) },
};

export const ChartSeriesCollectionType: TypeSpec = {
  name: 'ChartSeriesCollection',
  collection: { itemType: () => ChartSeriesType, items: (c: ChartState) => c.series.map((s) => seriesT(c, s)) },
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (c: ChartState) => c.series.length),
    /** [ExcelApi 1.1] */
    getItemAt: childMethod('1.1', () => ChartSeriesType, (c: ChartState, args, _o, location) => {
      const s = c.series[int(args[0], location)];
      if (!s) throw new HostError('ItemNotFound', { location, details: `no series at ${JSON.stringify(args[0])}` });
      return seriesT(c, s);
    }),
    /** [ExcelApi 1.7] add(name?, index?) */
    add: method('1.7', (obj, args, location) => {
      const box: { t?: SeriesT } = {};
      obj.queue(location, '1.7', args, (c: ChartState) => {
        if (args[0] !== undefined && typeof args[0] !== 'string') throw invalid(location, 'name must be text');
        checkEditObjects(c.sheet, location);
        const series: ChartSeriesState = { name: (args[0] as string | undefined) ?? `Series${c.series.length + 1}`, markerStyle: 'Automatic' };
        if (args[1] === undefined) c.series.push(series);
        else {
          const index = int(args[1], location);
          if (index < 0 || index > c.series.length) throw invalid(location, `index ${index} out of range`);
          c.series.splice(index, 0, series);
        }
        box.t = seriesT(c, series);
      });
      return obj.child(ChartSeriesType, `${obj.path}.add(${JSON.stringify(args[0] ?? '')})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the series was not added' });
        return box.t;
      }).proxy;
    }),
  },
};

/** setValues / setXAxisValues: a Range of one row or one column. */
function seriesRangeMethod(field: 'values' | 'xValues'): MethodSpec {
  return method('1.7', (obj, args, location) => {
    obj.queue(location, '1.7', argsPayload(args), (t: SeriesT) => {
      const rng = rangeArg(args[0], location);
      if (rng.rect.r0 !== rng.rect.r1 && rng.rect.c0 !== rng.rect.c1) throw invalid(location, 'the range must be one row or one column');
      if (cellsIn(rng.rect) > MAX_ROWS) throw invalid(location, 'range too large');
      checkEditObjects(t.chart.sheet, location);
      t.series[field] = { sheet: rng.sheet, rect: { ...rng.rect } };
    });
  });
}

const seriesSheet = (t: SeriesT): SheetState => t.chart.sheet;

function seriesColorProp(name: 'markerBackgroundColor' | 'markerForegroundColor'): PropSpec {
  return chartProp('ChartSeries', name, '1.7', (t: SeriesT) => t.series[name] ?? '', (t: SeriesT, v, location) => {
    if (!isColor(v)) throw invalid(location, `invalid colour ${JSON.stringify(v)}`);
    t.series[name] = String(v).toUpperCase();
  }, seriesSheet);
}

export const ChartSeriesType: TypeSpec = {
  name: 'ChartSeries',
  members: {
    /** [ExcelApi 1.1] */
    name: chartProp('ChartSeries', 'name', '1.1', (t: SeriesT) => t.series.name, (t: SeriesT, v, location) => {
      if (typeof v !== 'string') throw invalid(location, 'name must be text');
      if (v.length > 255) throw invalid(location, 'at most 255 characters');
      t.series.name = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerStyle: chartProp('ChartSeries', 'markerStyle', '1.7', (t: SeriesT) => t.series.markerStyle, (t: SeriesT, v, location) => {
      if (typeof v !== 'string' || !MARKER_STYLES.has(v)) throw invalid(location, `invalid marker style ${JSON.stringify(v)}`);
      t.series.markerStyle = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerSize: chartProp('ChartSeries', 'markerSize', '1.7', (t: SeriesT) => t.series.markerSize ?? 5, (t: SeriesT, v, location) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 2 || v > 72) throw invalid(location, 'marker size must be 2–72');
      t.series.markerSize = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerBackgroundColor: seriesColorProp('markerBackgroundColor'),
    /** [ExcelApi 1.7] */
    markerForegroundColor: seriesColorProp('markerForegroundColor'),
    /** [ExcelApi 1.1] */
    format: nav('ChartSeries', 'format', '1.1', () => ChartSeriesFormatType, (t) => t),
    /** [ExcelApi 1.7] */
    hasDataLabels: chartProp('ChartSeries', 'hasDataLabels', '1.7', (t: SeriesT) => !!t.series.hasDataLabels, (t: SeriesT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'hasDataLabels must be boolean');
      t.series.hasDataLabels = v as boolean;
    }, seriesSheet),
    /** [ExcelApi 1.1] */
    points: nav('ChartSeries', 'points', '1.1', () => ChartPointsCollectionType, (t) => t),
    /** [ExcelApi 1.7] */
    setValues: seriesRangeMethod('values'),
    /** [ExcelApi 1.7] */
    setXAxisValues: seriesRangeMethod('xValues'),
    /** [ExcelApi 1.7] */
    delete: opMethod('1.7', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartSeries.delete');
      t.series.deleted = true;
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    }),
  },
};

/** A point of a series (the target of ChartPoint and its data label). */
interface PointT {
  chart: ChartState;
  series: ChartSeriesState;
  index: number;
  readonly deleted: boolean;
}

function pointCount(series: ChartSeriesState): number {
  return series.values ? cellsIn(series.values.rect) : 0;
}

function pointState(p: PointT): ChartPointState {
  if (!p.series.points) p.series.points = new Map();
  let state = p.series.points.get(p.index);
  if (!state) {
    state = { dataLabel: {} };
    p.series.points.set(p.index, state);
  }
  return state;
}

export const ChartPointsCollectionType: TypeSpec = {
  name: 'ChartPointsCollection',
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (t: SeriesT) => pointCount(t.series)),
    /** [ExcelApi 1.1] The point must exist when the request runs (the series' values decide the count). */
    getItemAt: childMethod('1.1', () => ChartPointType, (t: SeriesT, args, _o, location): PointT => {
      const index = int(args[0], location);
      if (index < 0 || index >= pointCount(t.series)) throw new HostError('ItemNotFound', { location, details: `no point at ${index} (the series has ${pointCount(t.series)})` });
      return {
        chart: t.chart,
        series: t.series,
        index,
        get deleted() {
          return t.deleted;
        },
      };
    }),
  },
};

const pointSheet = (p: PointT): SheetState => p.chart.sheet;

export const ChartPointType: TypeSpec = {
  name: 'ChartPoint',
  members: {
    /** [ExcelApi 1.7] */
    hasDataLabel: chartProp('ChartPoint', 'hasDataLabel', '1.7', (p: PointT) => !!(p.series.points?.get(p.index)?.hasDataLabel ?? p.series.hasDataLabels), (p: PointT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'hasDataLabel must be boolean');
      pointState(p).hasDataLabel = v as boolean;
    }, pointSheet),
    /** [ExcelApi 1.7] */
    dataLabel: nav('ChartPoint', 'dataLabel', '1.7', () => ChartDataLabelType, (p) => p),
  },
};

const DATA_LABEL_POSITIONS = new Set(['None', 'Center', 'InsideEnd', 'InsideBase', 'OutsideEnd', 'Left', 'Right', 'Top', 'Bottom', 'BestFit', 'Callout']);

/** A label's formula must be a reference to one cell of a sheet of the workbook: "='Sheet'!$A$1". */
function checkLabelFormula(p: PointT, v: unknown, location: string, obj: Obj): string {
  if (typeof v !== 'string' || !v.startsWith('=')) throw invalid(location, 'the formula must start with "="');
  const { sheet: sheetName, ref } = splitSheet(v.slice(1));
  const sheet = sheetName === undefined ? p.chart.sheet : findSheet(wbOf(obj), sheetName);
  const rect = parseRef(ref);
  if (!sheet || !rect) throw invalid(location, `invalid reference ${JSON.stringify(v)}`);
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw notSimulated(`${location} referring to more than one cell`);
  return v;
}

export const ChartDataLabelType: TypeSpec = {
  name: 'ChartDataLabel',
  members: {
    /** [ExcelApi 1.7] */
    position: chartProp('ChartDataLabel', 'position', '1.7', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.position ?? 'Right', (p: PointT, v, location) => {
      if (typeof v !== 'string' || !DATA_LABEL_POSITIONS.has(v)) throw invalid(location, `invalid position ${JSON.stringify(v)}`);
      if (isScatterType(p.chart.type) && !['None', 'Center', 'Left', 'Right', 'Top', 'Bottom'].includes(v)) throw invalid(location, `a scatter label cannot be at ${v}`);
      pointState(p).dataLabel.position = v;
    }, pointSheet),
    /** [ExcelApi 1.7] */
    showValue: chartProp('ChartDataLabel', 'showValue', '1.7', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.showValue ?? true, (p: PointT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'showValue must be boolean');
      pointState(p).dataLabel.showValue = v as boolean;
    }, pointSheet),
    /** [ExcelApi 1.8] A label linked to a cell. */
    formula: prop('1.8', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.formula ?? '', (p: PointT, v, obj) => {
      const location = 'ChartDataLabel.formula';
      checkEditObjects(p.chart.sheet, location);
      const formula = checkLabelFormula(p, v, location, obj);
      const state = pointState(p);
      if (!state.hasDataLabel && !p.series.hasDataLabels) throw new HostError('InvalidOperation', { location, details: 'the point has no data label (set hasDataLabel first)' });
      state.dataLabel.formula = formula;
      state.dataLabel.text = undefined;
    }),
    /** [ExcelApi 1.8] Fixed text (replaces a formula). */
    text: chartProp('ChartDataLabel', 'text', '1.8', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.text ?? '', (p: PointT, v, location) => {
      if (typeof v !== 'string') throw invalid(location, 'text must be text');
      const state = pointState(p);
      if (!state.hasDataLabel && !p.series.hasDataLabels) throw new HostError('InvalidOperation', { location, details: 'the point has no data label (set hasDataLabel first)' });
      state.dataLabel.text = v;
      state.dataLabel.formula = undefined;
    }, pointSheet),
  },
};

export const ChartSeriesFormatType: TypeSpec = {
  name: 'ChartSeriesFormat',
  members: {
    /** [ExcelApi 1.1] */
    fill: nav('ChartSeriesFormat', 'fill', '1.1', () => ChartFillType, (t) => t),
    /** [ExcelApi 1.1] */
    line: nav('ChartSeriesFormat', 'line', '1.1', () => ChartLineFormatType, (t) => t),
  },
};

export const ChartFillType: TypeSpec = {
  name: 'ChartFill',
  members: {
    /** [ExcelApi 1.1] */
    setSolidColor: opMethod('1.1', (t: SeriesT, args) => {
      if (!isColor(args[0])) throw invalid('ChartFill.setSolidColor', `invalid colour ${JSON.stringify(args[0])}`);
      checkEditObjects(t.chart.sheet, 'ChartFill.setSolidColor');
      t.series.fill = String(args[0]).toUpperCase();
    }),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartFill.clear');
      t.series.fill = undefined;
    }),
  },
};

export const ChartLineFormatType: TypeSpec = {
  name: 'ChartLineFormat',
  members: {
    /** [ExcelApi 1.1] */
    color: chartProp('ChartLineFormat', 'color', '1.1', (t: SeriesT) => t.series.lineColor ?? '', (t: SeriesT, v, location) => {
      if (!isColor(v)) throw invalid(location, `invalid colour ${JSON.stringify(v)}`);
      t.series.lineColor = String(v).toUpperCase();
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    lineStyle: chartProp('ChartLineFormat', 'lineStyle', '1.7', (t: SeriesT) => t.series.lineStyle ?? 'Automatic', (t: SeriesT, v, location) => {
      if (typeof v !== 'string' || !LINE_STYLES.has(v)) throw invalid(location, `invalid line style ${JSON.stringify(v)}`);
      t.series.lineStyle = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] points */
    weight: chartProp('ChartLineFormat', 'weight', '1.7', (t: SeriesT) => t.series.lineWeight ?? 2.25, (t: SeriesT, v, location) => {
      if (typeof v !== 'number' || !(v >= 0) || v > 1584) throw invalid(location, `invalid weight ${JSON.stringify(v)}`);
      t.series.lineWeight = v;
    }, seriesSheet),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartLineFormat.clear');
      t.series.lineColor = undefined;
      t.series.lineStyle = undefined;
      t.series.lineWeight = undefined;
    }),
  },
};

// ---------------------------------------------------------------------------------------------
// page layout and page breaks

const PAPER_TYPES = new Set(['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note']);

function checkZoom(v: unknown, location: string): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
  if (!v || typeof v !== 'object') throw invalid(location, 'zoom must be an object');
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z)) if (!['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) throw invalid(location, `unknown zoom option ${k}`);
  const pages = (x: unknown) => x === undefined || x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 32767);
  if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages)) throw invalid(location, 'fit-to-pages values must be whole numbers ≥ 0');
  const fit = z.horizontalFitToPages != null || z.verticalFitToPages != null;
  if (z.scale != null) {
    if (fit) throw invalid(location, 'scale and fit-to-pages exclude each other');
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) throw invalid(location, 'scale must be 10–400');
    return { scale: z.scale };
  }
  if (!fit) throw invalid(location, 'zoom needs a scale or fit-to-pages values');
  return { horizontalFitToPages: (z.horizontalFitToPages as number | undefined) ?? 0, verticalFitToPages: (z.verticalFitToPages as number | undefined) ?? 0 };
}

export const PageLayoutType: TypeSpec = {
  name: 'PageLayout',
  members: {
    /** [ExcelApi 1.9] */
    orientation: prop('1.9', (s: SheetState) => s.pageLayout.orientation, (s: SheetState, v) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw invalid('PageLayout.orientation', `invalid orientation ${JSON.stringify(v)}`);
      s.pageLayout.orientation = v;
    }),
    /** [ExcelApi 1.9] */
    paperSize: prop('1.9', (s: SheetState) => s.pageLayout.paperSize, (s: SheetState, v) => {
      if (typeof v !== 'string') throw invalid('PageLayout.paperSize', `invalid paper size ${JSON.stringify(v)}`);
      if (!PAPER_TYPES.has(v)) throw notSimulated(`PageLayout.paperSize = ${JSON.stringify(v)}`);
      s.pageLayout.paperSize = v;
    }),
    /** [ExcelApi 1.9] */
    zoom: prop('1.9', (s: SheetState) => ({ ...s.pageLayout.zoom }), (s: SheetState, v) => {
      s.pageLayout.zoom = checkZoom(v, 'PageLayout.zoom');
    }),
    /** [ExcelApi 1.9] */
    printGridlines: prop('1.9', (s: SheetState) => s.pageLayout.printGridlines ?? false, (s: SheetState, v) => {
      if (typeof v !== 'boolean') throw invalid('PageLayout.printGridlines', `invalid value ${JSON.stringify(v)}`);
      s.pageLayout.printGridlines = v;
    }),
    /** [ExcelApi 1.9] */
    headersFooters: nav('PageLayout', 'headersFooters', '1.9', () => HeaderFooterGroupType, (s) => s),
    /** [ExcelApi 1.9] setPrintTitleRows(range or address of whole rows, e.g. "$1:$3") */
    setPrintTitleRows: opMethod('1.9', (s: SheetState, args) => {
      const rect = rectOnSheet(s, args[0], 'PageLayout.setPrintTitleRows');
      s.pageLayout.printTitleRows = { r0: rect.r0, r1: rect.r1 };
    }),
    /** [ExcelApi 1.9] setPrintArea(range or address) */
    setPrintArea: opMethod('1.9', (s: SheetState, args) => {
      s.pageLayout.printArea = { ...rectOnSheet(s, args[0], 'PageLayout.setPrintArea') };
    }),
  },
};

export const HeaderFooterGroupType: TypeSpec = {
  name: 'HeaderFooterGroup',
  members: {
    /** [ExcelApi 1.9] */
    defaultForAllPages: nav('HeaderFooterGroup', 'defaultForAllPages', '1.9', () => HeaderFooterType, (s) => s),
  },
};

function headerFooterProp(name: 'centerHeader' | 'centerFooter'): PropSpec {
  return prop('1.9', (s: SheetState) => s.pageLayout[name], (s: SheetState, v) => {
    if (typeof v !== 'string') throw invalid(`HeaderFooter.${name}`, 'must be text');
    if (v.length > 255) throw invalid(`HeaderFooter.${name}`, 'at most 255 characters');
    s.pageLayout[name] = v;
  });
}

export const HeaderFooterType: TypeSpec = {
  name: 'HeaderFooter',
  members: {
    /** [ExcelApi 1.9] */
    centerHeader: headerFooterProp('centerHeader'),
    /** [ExcelApi 1.9] */
    centerFooter: headerFooterProp('centerFooter'),
  },
};

interface PageBreakT {
  sheet: SheetState;
  row: number;
  readonly deleted: boolean;
}

function pageBreakT(sheet: SheetState, row: number): PageBreakT {
  return {
    sheet,
    row,
    get deleted() {
      return !sheet.pageBreaks.includes(row);
    },
  };
}

export const PageBreakCollectionType: TypeSpec = {
  name: 'PageBreakCollection',
  collection: { itemType: () => PageBreakType, items: (s: SheetState) => s.pageBreaks.map((r) => pageBreakT(s, r)) },
  members: {
    /** [ExcelApi 1.9] add(the range just below the break) */
    add: method('1.9', (obj, args, location) => {
      const box: { t?: PageBreakT } = {};
      obj.queue(location, '1.9', argsPayload(args), (s: SheetState) => {
        const rect = rectOnSheet(s, args[0], location);
        if (rect.r0 === 0) throw invalid(location, 'no page break above the first row');
        if (!s.pageBreaks.includes(rect.r0)) s.pageBreaks = [...s.pageBreaks, rect.r0].sort((a, b) => a - b);
        box.t = pageBreakT(s, rect.r0);
      });
      return obj.child(PageBreakType, `${obj.path}.add(${JSON.stringify(argsPayload(args)[0])})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the page break was not added' });
        return box.t;
      }).proxy;
    }),
    /** [ExcelApi 1.9] */
    removePageBreaks: opMethod('1.9', (s: SheetState) => {
      s.pageBreaks = [];
    }),
  },
};

export const PageBreakType: TypeSpec = {
  name: 'PageBreak',
  members: {
    /** [ExcelApi 1.9] */
    rowIndex: prop('1.9', (t: PageBreakT) => t.row),
    /** [ExcelApi 1.9] */
    columnIndex: prop('1.9', () => 0),
  },
};

// ---------------------------------------------------------------------------------------------
// conditional formats

const CF_OPERATORS = new Set(['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual']);

interface CfT {
  sheet: SheetState;
  cf: ConditionalFormatState;
  readonly deleted: boolean;
}

function cfT(sheet: SheetState, cf: ConditionalFormatState): CfT {
  return {
    sheet,
    cf,
    get deleted() {
      return !sheet.conditionalFormats.includes(cf);
    },
  };
}

export const ConditionalFormatCollectionType: TypeSpec = {
  name: 'ConditionalFormatCollection',
  members: {
    /** [ExcelApi 1.6] add(type): "CellValue" and "Custom" are simulated. */
    add: method('1.6', (obj, args, location) => {
      if (args[0] !== 'CellValue' && args[0] !== 'Custom') throw notSimulated(`${location}(${JSON.stringify(args[0])})`);
      const box: { t?: CfT } = {};
      obj.queue(location, '1.6', args, (rng: RangeT) => {
        checkFormatWrite(rng.sheet, location, 'allowFormatCells');
        const cf: ConditionalFormatState = { id: `{cf-${wbOf(obj).nextId++}}`, rect: { ...rng.rect }, type: args[0] as string };
        rng.sheet.conditionalFormats.push(cf);
        box.t = cfT(rng.sheet, cf);
      });
      return obj.child(ConditionalFormatType, `${obj.path}.add(${JSON.stringify(args[0])})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the conditional format was not added' });
        return box.t;
      }).proxy;
    }),
    /** [ExcelApi 1.6] Removes the conditional formats that overlap the range. */
    clearAll: opMethod('1.6', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'ConditionalFormatCollection.clearAll', 'allowFormatCells');
      rng.sheet.conditionalFormats = rng.sheet.conditionalFormats.filter((cf) => !rectsOverlap(cf.rect, rng.rect));
    }),
  },
};

export const ConditionalFormatType: TypeSpec = {
  name: 'ConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    id: prop('1.6', (t: CfT) => t.cf.id),
    /** [ExcelApi 1.6] */
    type: prop('1.6', (t: CfT) => t.cf.type),
    /** [ExcelApi 1.6] */
    cellValue: nav('ConditionalFormat', 'cellValue', '1.6', () => CellValueConditionalFormatType, (t: CfT) => {
      if (t.cf.type !== 'CellValue') throw new HostError('InvalidOperation', { location: 'ConditionalFormat.cellValue', details: `the format is of type ${t.cf.type}` });
      return t;
    }),
    /** [ExcelApi 1.6] */
    custom: nav('ConditionalFormat', 'custom', '1.6', () => CustomConditionalFormatType, (t: CfT) => {
      if (t.cf.type !== 'Custom') throw new HostError('InvalidOperation', { location: 'ConditionalFormat.custom', details: `the format is of type ${t.cf.type}` });
      return t;
    }),
  },
};

export const CustomConditionalFormatType: TypeSpec = {
  name: 'CustomConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    rule: nav('CustomConditionalFormat', 'rule', '1.6', () => ConditionalFormatRuleType, (t) => t),
    /** [ExcelApi 1.6] */
    format: nav('CustomConditionalFormat', 'format', '1.6', () => ConditionalRangeFormatType, (t) => t),
  },
};

export const ConditionalFormatRuleType: TypeSpec = {
  name: 'ConditionalFormatRule',
  members: {
    /** [ExcelApi 1.6] A formula in English, relative to the top-left cell of the range, e.g. "=AND(ISNUMBER(B5),B5<=2)". */
    formula: prop('1.6', (t: CfT) => t.cf.formula ?? '', (t: CfT, v) => {
      const location = 'ConditionalFormatRule.formula';
      if (typeof v !== 'string' || !v.startsWith('=') || v.length < 2) throw invalid(location, 'the formula must start with "="');
      if (v.length > 8192) throw invalid(location, 'formula too long');
      checkFormatWrite(t.sheet, location, 'allowFormatCells');
      t.cf.formula = v;
    }),
  },
};

export const CellValueConditionalFormatType: TypeSpec = {
  name: 'CellValueConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    rule: prop('1.6', (t: CfT) => t.cf.rule ?? null, (t: CfT, v) => {
      const location = 'CellValueConditionalFormat.rule';
      const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
      if (!r || typeof r !== 'object') throw invalid(location, 'rule must be an object');
      if (typeof r.operator !== 'string' || !CF_OPERATORS.has(r.operator)) throw invalid(location, `invalid operator ${JSON.stringify(r.operator)}`);
      if (typeof r.formula1 !== 'string' || r.formula1 === '') throw invalid(location, 'formula1 must be text (a number, or a formula starting with "=")');
      const two = r.operator === 'Between' || r.operator === 'NotBetween';
      if (two && typeof r.formula2 !== 'string') throw invalid(location, `${r.operator} needs formula2`);
      checkFormatWrite(t.sheet, location, 'allowFormatCells');
      t.cf.rule = { formula1: r.formula1, operator: r.operator, ...(two ? { formula2: r.formula2 as string } : {}) };
    }),
    /** [ExcelApi 1.6] */
    format: nav('CellValueConditionalFormat', 'format', '1.6', () => ConditionalRangeFormatType, (t) => t),
  },
};

export const ConditionalRangeFormatType: TypeSpec = {
  name: 'ConditionalRangeFormat',
  members: {
    /** [ExcelApi 1.6] */
    fill: nav('ConditionalRangeFormat', 'fill', '1.6', () => ConditionalRangeFillType, (t) => t),
    /** [ExcelApi 1.6] */
    font: nav('ConditionalRangeFormat', 'font', '1.6', () => ConditionalRangeFontType, (t) => t),
  },
};

function cfColorProp(owner: string, field: 'fill' | 'fontColor'): PropSpec {
  return prop('1.6', (t: CfT) => t.cf[field] ?? null, (t: CfT, v) => {
    if (!isColor(v)) throw invalid(`${owner}.color`, `invalid colour ${JSON.stringify(v)}`);
    checkFormatWrite(t.sheet, `${owner}.color`, 'allowFormatCells');
    t.cf[field] = String(v).toUpperCase();
  });
}

export const ConditionalRangeFillType: TypeSpec = {
  name: 'ConditionalRangeFill',
  members: {
    /** [ExcelApi 1.6] */
    color: cfColorProp('ConditionalRangeFill', 'fill'),
  },
};

export const ConditionalRangeFontType: TypeSpec = {
  name: 'ConditionalRangeFont',
  members: {
    /** [ExcelApi 1.6] */
    color: cfColorProp('ConditionalRangeFont', 'fontColor'),
  },
};

registerNavTypes();

export { key };
