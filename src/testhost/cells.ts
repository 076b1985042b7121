/**
 * The cell semantics of real Excel that matter to add-ins, on the test host's cells: typed-input
 * conversion (numbers, percentages, dates), formulas and their "calculation", the text format "@"
 * and the apostrophe prefix, what `values` returns and the text a cell displays.
 */
import { HostError } from './errors';
import type { CellValue, CellState, SheetState } from './state';
import { MAX_COLUMNS } from './address';

/** A cell's key in a sheet's map of cells, and back. */
export const key = (r: number, c: number): number => r * MAX_COLUMNS + c;
export const rowOf = (k: number): number => Math.floor(k / MAX_COLUMNS);
export const colOf = (k: number): number => k % MAX_COLUMNS;

export function cellAt(sheet: SheetState, r: number, c: number): CellState | undefined {
  return sheet.cells.get(key(r, c));
}

export function ensureCell(sheet: SheetState, r: number, c: number): CellState {
  const k = key(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = {};
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function hasValue(cell: CellState | undefined): boolean {
  return !!cell && (cell.value !== undefined || cell.formula !== undefined);
}

export function hasFormat(cell: CellState | undefined): boolean {
  return !!cell && (cell.numberFormat !== undefined || cell.bold !== undefined || cell.fill !== undefined || cell.wrap !== undefined || cell.vertical !== undefined || cell.locked !== undefined || cell.validation !== undefined || cell.fontColor !== undefined || cell.fontSize !== undefined);
}

export const ERROR_VALUE = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!|BUSY!)$/;

/** How formulas are "calculated" in the host: a tiny evaluator for constants, else #NAME?-like. */
export type FormulaEvaluator = (formula: string) => CellValue;

export function defaultEvaluate(formula: string): CellValue {
  const body = formula.slice(1).trim();
  const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.exec(body);
  if (num) return Number(body);
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  const link = /^HYPERLINK\(\s*"(?:[^"]|"")*"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return link[1] !== undefined ? link[1].replace(/""/g, '"') : body.split('"')[1];
  return '#NAME?';
}

const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const NL_DATE = /^\s*(\d{1,2})[-/](\d{1,2})[-/](\d{4})\s*$/;

/** Excel serial number of a calendar date (1900 date system). */
export function dateSerial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / 86400000) + 25569;
}

/**
 * Write one input value into a cell as Excel does for `range.values` (typed-input semantics):
 * - null / undefined: the cell is left as it is (Office.js skips null entries);
 * - "" clears the value;
 * - numberFormat "@" (text) keeps the string literally (the format must be set before);
 * - a leading apostrophe keeps the rest as literal text;
 * - "=…" is a formula; numeric text becomes a number ("00123" → 123), "12%" → 0.12,
 *   TRUE/FALSE → boolean, a date text ("2026-02-03", "3-2-2026") → serial number;
 * - otherwise text starting with "+", "-" or "@" is taken as a formula.
 */
export function writeValue(cell: CellState, input: unknown, evaluate: FormulaEvaluator, asFormula = false): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new HostError('InvalidArgument', { location: 'Range.values', details: `not a finite number: ${input}` });
    cell.value = input;
    cell.formula = undefined;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    cell.formula = undefined;
    return;
  }
  if (typeof input !== 'string') {
    throw new HostError('InvalidArgument', { location: asFormula ? 'Range.formulas' : 'Range.values', details: `unsupported value type ${typeof input}` });
  }
  cell.formula = undefined;
  if (input === '') {
    cell.value = undefined;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (input.startsWith('=')) {
    if (input.length === 1) throw new HostError('InvalidArgument', { location: 'Range.values', details: 'empty formula' });
    cell.formula = input;
    cell.value = evaluate(input);
    return;
  }
  if (NUMBER_TEXT.test(input)) {
    cell.value = Number(input);
    return;
  }
  const pct = PERCENT_TEXT.exec(input);
  if (pct) {
    cell.value = Number(input.replace('%', '').trim()) / 100;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    cell.value = input.trim().toLowerCase() === 'true';
    return;
  }
  const iso = ISO_DATE.exec(input);
  const nl = NL_DATE.exec(input);
  const serial = iso ? dateSerial(+iso[1], +iso[2], +iso[3]) : nl ? dateSerial(+nl[3], +nl[2], +nl[1]) : undefined;
  if (serial !== undefined) {
    cell.value = serial;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = iso ? 'yyyy-mm-dd' : 'd-m-yyyy';
    return;
  }
  if (/^[+\-@]/.test(input)) {
    const formula = input.startsWith('@') ? `=${input.slice(1)}` : `=${input}`;
    cell.formula = formula;
    cell.value = evaluate(formula);
    return;
  }
  cell.value = input;
}

/** The value Office.js returns in `values`: "" for empty cells. */
export function readValue(cell: CellState | undefined): CellValue {
  return cell?.value ?? '';
}

export function readFormula(cell: CellState | undefined): CellValue {
  if (!cell) return '';
  return cell.formula ?? cell.value ?? '';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The displayed text of a cell for a few number formats (General, @, 0, 0.0, 0.00, 0%, dates). */
export function displayText(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = cell?.numberFormat ?? 'General';
  if (fmt === '@' ) return String(v);
  const pct = /^0(\.0+)?%$/.exec(fmt);
  if (pct) return `${(v * 100).toFixed(pct[1] ? pct[1].length - 1 : 0)}%`;
  const fixed = /^0(\.0+)?$/.exec(fmt);
  if (fixed) return v.toFixed(fixed[1] ? fixed[1].length - 1 : 0);
  if (/[dmy]/i.test(fmt) && !/General/i.test(fmt)) {
    const date = new Date(Math.round((v - 25569) * 86400000));
    const d = date.getUTCDate();
    const m = date.getUTCMonth() + 1;
    const y = date.getUTCFullYear();
    return fmt
      .toLowerCase()
      .replace('yyyy', String(y))
      .replace('dd', pad(d))
      .replace('mm', pad(m))
      .replace(/\bd\b/, String(d))
      .replace(/\bm\b/, String(m));
  }
  return String(Number(v.toPrecision(11)));
}
