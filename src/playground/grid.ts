/** What the grid shows of a sheet: the first rows and columns of its used values, as text. */
import { TestHost } from '../testhost';
import { letters, parseRef } from '../testhost/address';

export const MAX_GRID_ROWS = 200;
export const MAX_GRID_COLUMNS = 40;

export interface GridView {
  /** Column letters, from A. */
  columns: string[];
  /** Displayed text, from A1. */
  rows: string[][];
  /** Number of rows holding values (may be more than shown). */
  totalRows: number;
}

export function gridView(host: TestHost, sheet: string): GridView {
  // A1 to the last cell with a value (a copy: plain arrays, not Office proxies).
  const all: string[][] = Array.from(host.getText(sheet));
  const width = Math.min(all[0]?.length ?? 0, MAX_GRID_COLUMNS);
  return {
    columns: Array.from({ length: width }, (_, c) => letters(c)),
    rows: all.slice(0, MAX_GRID_ROWS).map((row) => row.slice(0, width)),
    totalRows: all.length,
  };
}

/** Zero-based row and column of the top-left cell of an address such as "B7" or "B7:C9". */
export function cellOf(address: string): { row: number; col: number } | undefined {
  const rect = parseRef(address);
  return rect ? { row: rect.r0, col: rect.c0 } : undefined;
}
