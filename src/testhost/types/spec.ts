/**
 * The building blocks of the simulated types: member specs (prop, method, nav, child and operation
 * methods, cell-format properties), argument checks, and cell helpers shared by the types of every
 * object. Part of the simulated Excel JavaScript API (see ./index).
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, parseRef, splitSheet } from '../address';
import { HostError, notSimulated } from '../errors';
import { MethodSpec, NULL, NavSpec, Obj, PropSpec, TypeSpec, navTypes } from '../runtime';
import { versionAtLeast } from '../core';
import { CellState, SheetState, WorkbookState } from '../state';
import { cellAt, colOf, ensureCell, rowOf } from '../cells';

export interface RangeT {
  sheet: SheetState;
  rect: Rect;
}

export const prop = (api: string, get: PropSpec['get'], set?: PropSpec['set'], setApi?: string): PropSpec => ({ kind: 'prop', api, get, set, setApi, readonly: !set });
export const method = (api: string, call: MethodSpec['call']): MethodSpec => ({ kind: 'method', api, call });

export function nav(owner: string, name: string, api: string, type: () => TypeSpec, resolve: (parentTarget: any, obj: Obj) => unknown): NavSpec {
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
export const pending: (() => void)[] = [];
export function queueMicrotaskSafe(fn: () => void): void {
  pending.push(fn);
}
export function registerNavTypes(): void {
  while (pending.length) pending.shift()!();
}

/** A method that needs API set `api` and returns a child object resolved later. */
export function childMethod(api: string, type: () => TypeSpec, resolve: (target: any, args: unknown[], obj: Obj, location: string) => unknown, argApi?: (args: unknown[]) => string | undefined): MethodSpec {
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
export function opMethod(api: string, apply: (target: any, args: unknown[], obj: Obj) => void, argApi?: (args: unknown[]) => string | undefined): MethodSpec {
  return method(api, (obj, args, location) => {
    obj.queue(location, argApi?.(args) ?? api, args, (t) => apply(t, args, obj));
    return undefined;
  });
}

export function invalid(location: string, details: string): HostError {
  return new HostError('InvalidArgument', { location, details });
}

export function cellsIn(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

/** Largest range the host materialises cell by cell (a whole column is allowed). */
export const MAX_MATERIALISED = MAX_ROWS + 1;

export function forEachCell(rect: Rect, fn: (r: number, c: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

/** Existing cells of a rect (sparse), without creating any. */
export function existingCells(sheet: SheetState, rect: Rect): CellState[] {
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

export function grid<T>(rng: RangeT, read: (cell: CellState | undefined) => T): T[][] {
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
export function uniform<T>(rng: RangeT, read: (cell: CellState | undefined) => T): T | null {
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

export function isLocked(cell: CellState | undefined): boolean {
  return cell?.locked !== false;
}

/** Changing cell contents of a protected sheet is only allowed in unlocked cells. */
export function checkContentWrite(rng: RangeT, location: string): void {
  if (!rng.sheet.protected) return;
  const total = cellsIn(rng.rect);
  const cells = existingCells(rng.sheet, rng.rect);
  if (cells.length < total || cells.some(isLocked)) {
    throw new HostError('AccessDenied', { location, details: `sheet "${rng.sheet.name}" is protected and the range has locked cells` });
  }
}

export function checkFormatWrite(sheet: SheetState, location: string, allowedBy?: string): void {
  if (!sheet.protected) return;
  if (allowedBy && sheet.protectionOptions[allowedBy]) return;
  throw new HostError('AccessDenied', { location, details: `sheet "${sheet.name}" is protected` });
}

/**
 * Set a 2-D property: a 2-D array matching the range's shape, or one scalar for every cell.
 */
export function write2d(rng: RangeT, input: unknown, location: string, setCell: (cell: CellState, v: unknown) => void): void {
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

export function wbOf(obj: Obj): WorkbookState {
  return obj.core.wb;
}

export function rangeOn(sheet: SheetState, address: string | undefined, location: string): RangeT {
  if (address === undefined || address === '') return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
  if (typeof address !== 'string') throw invalid(location, 'address must be text');
  const { sheet: named, ref } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalid(location, `address "${address}" is on another sheet`);
  const rect = parseRef(ref);
  if (!rect) throw invalid(location, `invalid address "${address}"`);
  return { sheet, rect };
}

export function checkRect(rect: Rect, location: string): Rect {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
    throw invalid(location, 'the range falls outside the worksheet grid');
  }
  return rect;
}

export function int(v: unknown, location: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(location, `expected an integer, got ${JSON.stringify(v)}`);
  return v;
}

export function fixTableHeaders(wb: WorkbookState, sheet: SheetState): void {
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

export const TABLE_STYLE = /^(TableStyle(Light|Medium|Dark)\d{1,2})?$/;
export const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
export const PROTECTION_OPTIONS = new Set([
  'allowAutoFilter', 'allowDeleteColumns', 'allowDeleteRows', 'allowEditObjects', 'allowEditScenarios', 'allowFormatCells',
  'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertHyperlinks', 'allowInsertRows', 'allowPivotTables', 'allowSort',
]);

/** Column width in points of an autofit column holding `chars` characters (Calibri 11: 7 px/char + 5 px padding). */
export function widthForChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function intersect(a: Rect, b: Rect): Rect {
  return { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
}

/** A cell-format property of a range: uniform read, scalar write to every cell. */
export function cellFormatProp(owner: string, name: string, api: string, read: (cell: CellState | undefined) => unknown, write: (cell: CellState, v: unknown) => void, check: (v: unknown) => boolean, allowedBy = 'allowFormatCells'): PropSpec {
  const location = `${owner}.${name}`;
  return prop(api, (rng: RangeT) => uniform(rng, read), (rng: RangeT, v) => {
    if (!check(v)) throw invalid(location, `invalid value ${JSON.stringify(v)}`);
    checkFormatWrite(rng.sheet, location, allowedBy);
    if (cellsIn(rng.rect) > MAX_MATERIALISED) throw notSimulated(`${location} on more than ${MAX_MATERIALISED} cells`);
    forEachCell(rng.rect, (r, c) => write(ensureCell(rng.sheet, r, c), v));
  });
}

export const isBool = (v: unknown): boolean => typeof v === 'boolean';
export const isColor = (v: unknown): boolean => typeof v === 'string' && COLOR.test(v);
