/**
 * Where a sheet spec's parts go on the sheet, decided once for both gateways (the Excel gateway
 * and the xlsx gateway write the same layout): preamble lines, one blank row, the header, the
 * body, and below an input sheet's body the spare rows that get the column formats, dropdowns and
 * unlocking; cell blocks under their titles; which highlights apply to which rows and with which
 * formula; which page breaks and print titles are kept. All rows here are zero-based.
 */
import { Cell, CellBlock, ColumnSpec, HighlightSpec, PrintSpec, SheetSpec, cellAddress } from '../workbook';

/** Empty rows below the body of an input sheet that still get formats, dropdowns and unlocking, so users can add rows. */
export const SPARE_INPUT_ROWS = 200;

/** Where a spec's parts go on the sheet (zero-based rows): preamble, one blank row, header, body. */
export interface SheetLayout {
  headerRow: number;
  bodyRow: number;
  /** Rows that get column formats, dropdowns and unlocking (body, at least one row for a table, spare rows for input sheets). */
  formattedRows: number;
  /** Table rows below the header (a table needs at least one body row). */
  tableBodyRows: number;
}

/** The first preamble line is the sheet's title, in this font (the header row is bold). */
export const TITLE_FONT = { bold: true, size: 14 } as const;

export function layoutOf(spec: SheetSpec, spareInputRows = SPARE_INPUT_ROWS): SheetLayout {
  const preamble = spec.preamble?.length ?? 0;
  const headerRow = preamble > 0 ? preamble + 1 : 0;
  const tableBodyRows = Math.max(spec.rows.length, spec.table ? 1 : 0);
  const formattedRows = tableBodyRows + (spec.role === 'input' ? spareInputRows : 0);
  return { headerRow, bodyRow: headerRow + 1, formattedRows, tableBodyRows };
}

/** The width in characters of a column without one: its longest text in the first 200 rows, 8 to 60. */
export function defaultWidth(column: ColumnSpec, index: number, rows: Cell[][]): number {
  let longest = column.header.length;
  for (let i = 0; i < Math.min(rows.length, 200); i++) {
    const v = rows[i]?.[index];
    if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** Column widths in characters: the extra widths right of the columns, then every column's own or default width. */
export function columnWidths(spec: SheetSpec): { column: number; width: number }[] {
  const ncol = spec.columns.length;
  return [
    ...(spec.extraWidths ?? []).filter((w) => w.column >= ncol),
    ...spec.columns.map((col, j) => ({ column: j, width: col.width ?? defaultWidth(col, j, spec.rows) })),
  ];
}

/** Columns of a cell block (its widest row). */
export function blockWidth(block: CellBlock): number {
  return block.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Where a cell block's rows start (one row below its title, if any). */
export function blockTop(block: CellBlock): number {
  return block.at.row + (block.title ? 1 : 0);
}

/** A highlight as both gateways apply it: a formula rule over the column's formatted rows. */
export interface HighlightRule {
  highlight: HighlightSpec;
  /** Zero-based first row and the number of rows of the column the rule covers. */
  row: number;
  rows: number;
  /**
   * The rule's formula without "=", relative to the first cell: a formula rule rather than a
   * cell-value rule, because Excel compares an empty cell as 0 and would colour every blank row.
   */
  formula: string;
}

/** The highlights that apply (`rules`) and those left out (no such column or no threshold). */
export function highlightRules(spec: SheetSpec, layout: SheetLayout): { rules: HighlightRule[]; leftOut: HighlightSpec[] } {
  const rules: HighlightRule[] = [];
  const leftOut: HighlightSpec[] = [];
  if (layout.formattedRows === 0) return { rules, leftOut };
  for (const h of spec.highlights ?? []) {
    if (!Number.isInteger(h.column) || h.column < 0 || h.column >= spec.columns.length || !Number.isFinite(h.atMost)) {
      leftOut.push(h);
      continue;
    }
    const first = cellAddress(layout.bodyRow, h.column);
    rules.push({ highlight: h, row: layout.bodyRow, rows: layout.formattedRows, formula: `AND(ISNUMBER(${first}),${first}<=${h.atMost})` });
  }
  return { rules, leftOut };
}

/** Page breaks kept: whole row numbers inside the grid, once each, in order (a break after 1-based row r). */
export function pageBreakRows(print: PrintSpec): number[] {
  return [...new Set(print.pageBreaks ?? [])].filter((r) => Number.isInteger(r) && r > 0 && r < 1048576).sort((a, b) => a - b);
}

/** The rows repeated at the top of each printed page (`$1:$3`), or undefined. */
export function printTitleRows(print: PrintSpec): string | undefined {
  return print.repeatRows !== undefined && print.repeatRows >= 0 ? `$1:$${Math.floor(print.repeatRows) + 1}` : undefined;
}

/** Page margins in inches, Excel's "Normal" (the Excel gateway leaves them so; the xlsx writer writes them). */
export const PAGE_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** Height in points of an A4 page's body between the top and bottom margins, either way round. */
export const A4_BODY_HEIGHT = {
  portrait: 842 - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72,
  landscape: 595 - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72,
};
/** A row's height in points for one line of Calibri 11 (Excel's default row). */
export const LINE_HEIGHT = 15;

/** Excel's limit on a page header or footer text. */
export const HEADER_FOOTER_MAX = 255;

/** Characters of Calibri 11 that fit on a line of a column `width` characters wide (it runs a little narrower than "0"; kept on the safe side). */
export function charsPerLine(width: number | undefined, scale = 1): number {
  return Math.max(1, Math.floor(((width ?? 8.43) * 1.1) / scale) - 1);
}

/** A text broken into lines of at most `perLine` characters between words, as Excel and LibreOffice wrap it (a longer word keeps a line of its own). */
export function breakLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const part of text.split('\n')) {
    let line = '';
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length <= perLine) line += ` ${word}`;
      else {
        if (line) lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lines a wrapped text takes in a column of `width` characters. Neither Excel nor LibreOffice fits
 * wrapped rows when it opens a file, so the xlsx writer sets these heights, and printed pages are
 * planned with them.
 */
export function wrappedLines(value: Cell | undefined, width: number | undefined, scale = 1): number {
  if (value === null || value === undefined) return 1;
  const perLine = charsPerLine(width, scale);
  return breakLines(String(value), perLine).reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** How much wider than Calibri 11 a block's text runs (its font size over 11). */
export function fontScale(block: CellBlock): number {
  return (block.fontSize ?? 11) / 11;
}

/**
 * Rows that blocks want at least `minRowHeight` points tall (room to write an answer by hand), as
 * runs of rows of one height. A row whose text may take more than one line is left to the
 * autofit (Excel) or its wrapped height (xlsx), which fits a longer answer.
 */
export function minHeightRuns(spec: SheetSpec): { row: number; rows: number; height: number }[] {
  const width = (c: number) => spec.columns[c]?.width ?? spec.extraWidths?.find((e) => e.column === c)?.width ?? 8.43;
  const oneLine = (v: Cell, c: number, scale: number) => v === null || v === undefined || (!String(v).includes('\n') && String(v).length * scale <= width(c));
  const rows = new Map<number, number>();
  for (const block of spec.blocks ?? []) {
    const height = block.fixedRowHeight ?? block.minRowHeight;
    if (!height) continue;
    const scale = fontScale(block);
    block.rows.forEach((cells, i) => {
      if (block.header && i === 0) return;
      if (block.fixedRowHeight || cells.every((v, j) => oneLine(v, block.at.column + j, scale))) rows.set(blockTop(block) + i, height);
    });
  }
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const [row, height] of [...rows].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row && last.height === height) last.rows++;
    else runs.push({ row, rows: 1, height });
  }
  return runs;
}
