/**
 * Builds a bad-input corpus case as rows per sheet, and turns it into
 * - a real .xlsx file (ExcelJS: start cell, Excel table, merged cells, hidden rows, autofilter,
 *   number formats, formulas with cached results, error cells, dates), and
 * - a seeded strict Excel test host (values as Excel's `range.values` returns them: a formula's
 *   result, an error as its text, a date as its serial number).
 * Merged cells, hidden rows and autofilters cannot be expressed on the test host; such cases seed
 * the same values there without them (the reader never sees those attributes anyway).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { Problem, Severity } from '../../src/engine/problems';
import { Cell } from '../../src/engine/workbook';
import { SeedCell } from '../../src/testhost';

/** A cell as the user left it. */
export type Input = Cell | Date | Formula | ErrorCell;
export interface Formula {
  formula: string;
  /** The value Excel cached (what both gateways read). */
  result: Cell;
}
export interface ErrorCell {
  error: '#N/A' | '#REF!' | '#VALUE!' | '#DIV/0!' | '#NAME?';
}

export const f = (formula: string, result: Cell): Formula => ({ formula, result });
export const err = (error: ErrorCell['error']): ErrorCell => ({ error });

export interface SheetBuild {
  name: string;
  rows: Input[][];
  /** Top-left cell of rows[0][0] (default A1). */
  at?: string;
  /** Make the rows an Excel table (first row = headers). */
  table?: string;
  /** xlsx only: merged ranges, e.g. "A1:D1". */
  merges?: string[];
  /** xlsx only: hidden Excel rows. */
  hiddenRows?: number[];
  /** xlsx only: an autofilter range. */
  autoFilter?: string;
  /** Number format per column letter (xlsx; the host gets the same values, unformatted). */
  numFmt?: Record<string, string>;
  /** Single cells far from the rows (A1 address → value). */
  extra?: Record<string, Input>;
}

/** [severity, sheet, Excel row, column header] of one expected problem. */
export type Expected = [Severity, string, number | null, string | null];
export const E = (sheet: string, row: number | null, column: string | null): Expected => ['error', sheet, row, column];
export const W = (sheet: string, row: number | null, column: string | null): Expected => ['warning', sheet, row, column];

export function tuples(problems: Problem[]): Expected[] {
  return problems.map((p) => [p.severity, p.sheet, p.row, p.column]);
}

/** "C5" → zero-based row and column. */
export function parseAddress(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

function isFormula(v: Input): v is Formula {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'formula' in v;
}
function isError(v: Input): v is ErrorCell {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

function toExcelJs(v: Input): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: v.formula, result: v.result === null ? undefined : (v.result as string | number | boolean) } as ExcelJS.CellFormulaValue;
  if (isError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v as ExcelJS.CellValue;
}

/** What Excel's range.values gives for the cell (the test host stores exactly that). */
export function toSeed(v: Input): SeedCell {
  if (v === null) return null;
  if (v instanceof Date) return Math.round((Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86400000);
  if (isFormula(v)) return v.result;
  if (isError(v)) return v.error;
  return v;
}

/** Writes the sheets to a new .xlsx file in a temporary folder; returns its path. */
export async function writeXlsx(sheets: SheetBuild[], file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-corpus-')), 'case.xlsx')): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const at = parseAddress(s.at ?? 'A1');
    if (s.table) {
      const width = Math.max(1, ...s.rows.map((r) => r.length));
      const [header, ...body] = s.rows;
      ws.addTable({
        name: s.table,
        ref: `${s.at ?? 'A1'}`,
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: Array.from({ length: width }, (_, j) => ({ name: String(header?.[j] ?? `Kolom${j + 1}`), filterButton: true })),
        rows: (body.length ? body : [[]]).map((r) => Array.from({ length: width }, (_, j) => toExcelJs(r[j] ?? null))),
      });
    } else {
      s.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v === null) return;
          ws.getCell(at.row + i + 1, at.column + j + 1).value = toExcelJs(v);
        }),
      );
    }
    for (const [a1, v] of Object.entries(s.extra ?? {})) ws.getCell(a1).value = toExcelJs(v);
    for (const [letter, fmt] of Object.entries(s.numFmt ?? {})) {
      for (let i = 0; i < s.rows.length; i++) ws.getCell(`${letter}${at.row + i + 1}`).numFmt = fmt;
    }
    for (const range of s.merges ?? []) ws.mergeCells(range);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    if (s.autoFilter) ws.autoFilter = s.autoFilter;
  }
  if (sheets.length === 0) wb.addWorksheet('Blad1');
  await wb.xlsx.writeFile(file);
  return file;
}

/** The sheets as the test host's seed (createTestHost({ sheets })). */
export function hostSeed(sheets: SheetBuild[]): { name: string; rows: SeedCell[][]; at?: string; table?: string }[] {
  if (sheets.length === 0) return [{ name: 'Blad1', rows: [] }];
  return sheets.map((s) => {
    const at = parseAddress(s.at ?? 'A1');
    const grid: SeedCell[][] = s.rows.map((r) => r.map(toSeed));
    const extras = Object.entries(s.extra ?? {});
    if (!extras.length) return { name: s.name, rows: grid, at: s.at, table: s.table };
    // With a table the extra cells are typed in afterwards (see hostTyping).
    if (s.table) return { name: s.name, rows: grid, at: s.at, table: s.table };
    // Far cells: seed from A1 so that one rectangle holds both the rows and the extra cells.
    const cells: { r: number; c: number; v: SeedCell }[] = [];
    grid.forEach((r, i) => r.forEach((v, j) => cells.push({ r: at.row + i, c: at.column + j, v })));
    for (const [a1, v] of extras) {
      const p = parseAddress(a1);
      cells.push({ r: p.row, c: p.column, v: toSeed(v) });
    }
    const rows: SeedCell[][] = Array.from({ length: Math.max(...cells.map((c) => c.r)) + 1 }, () => []);
    for (const { r, c, v } of cells) rows[r][c] = v;
    return { name: s.name, rows: rows.map((r) => Array.from({ length: r.length }, (_, j) => r[j] ?? null)) };
  });
}

/** Cells a user types next to a table after it was made (the table does not grow with them). */
export function hostTyping(sheets: SheetBuild[]): { sheet: string; address: string; text: string }[] {
  return sheets.flatMap((s) => (s.table ? Object.entries(s.extra ?? {}).map(([address, v]) => ({ sheet: s.name, address, text: String(toSeed(v) ?? '') })) : []));
}
