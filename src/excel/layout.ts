/**
 * What is written to a sheet spec's cells (where they go is the engine's: ../engine/layout/sheet):
 * the values as Excel must receive them, and the split of bodies and cell blocks into value blocks
 * that each travel in one assignment with their number formats (a 2-D array matching the range's
 * shape, the documented form).
 */
import { Cell, CellBlock, ColumnKind, NUMBER_FORMATS, SheetSpec, columnLetters } from '../engine/workbook';
import { SPARE_INPUT_ROWS, blockTop, blockWidth, layoutOf } from '../engine/layout/sheet';
import { jsonBytes } from './budget';

export { blockTop, blockWidth, layoutOf } from '../engine/layout/sheet';
export type { SheetLayout } from '../engine/layout/sheet';

/** Column width in points for a width in characters (Calibri 11: 7 px per character + 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function rangeAddress(row0: number, col0: number, rows: number, cols: number): string {
  const a = `${columnLetters(col0)}${row0 + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:${columnLetters(col0 + cols - 1)}${row0 + rows}`;
}

/** A cell value as written to `range.values` so that Excel stores exactly this value. */
export function toExcelValue(cell: Cell | undefined, kind: ColumnKind): string | number | boolean {
  if (cell === null || cell === undefined) return ''; // null would mean "leave the cell as it is"
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (cell === '') return '';
  // Text columns have the text format "@" (set before the values), which keeps text literally.
  // Elsewhere an apostrophe keeps text from being read as a number, date or formula.
  return kind === 'text' ? cell : `'${cell}`;
}

/** Kind of a block cell: header cells and columns without a format are General (text written with an apostrophe). */
function blockKind(block: CellBlock, rowIndex: number, column: number): ColumnKind {
  if (block.header && rowIndex === 0) return 'number';
  return block.formats?.[column] ?? 'number';
}

/** How a row of a cell block is formatted beyond its number formats. */
export interface RowStyle {
  bold: boolean;
  wrap: boolean;
  /** Per column: unlocked (and filled with `fill`) on a protected sheet. */
  editable: boolean[];
  fill?: string;
  /** Per column: a dropdown list (null = none). */
  lists: (string[] | null)[];
  /** Font size in points, when not the default. */
  fontSize?: number;
}

interface Row {
  formats: string[];
  values: (string | number | boolean)[];
  style?: RowStyle;
}

/** One block of rows written with one assignment of number formats and one of values. */
export interface Block {
  sheet: number;
  /** Zero-based top-left cell of the block on its sheet. */
  row: number;
  column: number;
  formats: string[][];
  values: (string | number | boolean)[][];
  /** Per row of a cell block: bold, wrap, unlocked cells, dropdowns (undefined for body rows). */
  styles?: RowStyle[];
  /** Cell blocks whose titles go with these rows. */
  titles: CellBlock[];
}

function styledRows(block: CellBlock, width: number): Row[] {
  return block.rows.map((cells, i) => {
    const kinds = Array.from({ length: width }, (_, j) => blockKind(block, i, j));
    const header = !!block.header && i === 0;
    const style: RowStyle = {
      bold: header,
      wrap: !!block.wrap,
      editable: Array.from({ length: width }, (_, j) => !header && !!block.editable?.[j]),
      lists: Array.from({ length: width }, (_, j) => (header ? null : block.lists?.[j] ?? null)),
    };
    if (block.inputFill) style.fill = block.inputFill;
    if (block.fontSize) style.fontSize = block.fontSize;
    return { formats: kinds.map((k) => NUMBER_FORMATS[k]), values: kinds.map((k, j) => toExcelValue(cells[j], k)), style };
  });
}

/**
 * Row sources of a sheet: the body, then the cell blocks, where blocks that continue each other
 * (same column and width, the next starting right below, without a title) become one source:
 * a form of one-row blocks is then one range of values and a few ranges of formatting.
 */
function rowSources(spec: SheetSpec, bodyRow: number): { row: number; column: number; titles: CellBlock[]; rows: Row[] }[] {
  const formats = spec.columns.map((c) => NUMBER_FORMATS[c.kind]);
  const sources: { row: number; column: number; titles: CellBlock[]; rows: Row[] }[] = [
    { row: bodyRow, column: 0, titles: [], rows: spec.rows.map((row) => ({ formats, values: spec.columns.map((col, j) => toExcelValue(row[j], col.kind)) })) },
  ];
  let last: { source: (typeof sources)[number]; end: number; width: number } | undefined;
  for (const block of spec.blocks ?? []) {
    const width = blockWidth(block);
    if (width === 0 || block.rows.length === 0) {
      if (block.title) sources.push({ row: block.at.row, column: block.at.column, titles: [block], rows: [] });
      last = undefined;
      continue;
    }
    const top = blockTop(block);
    if (last && !block.title && last.width === width && last.source.column === block.at.column && last.end === top) {
      last.source.rows.push(...styledRows(block, width));
    } else {
      const source = { row: top, column: block.at.column, titles: block.title ? [block] : [], rows: styledRows(block, width) };
      sources.push(source);
      last = { source, end: top, width };
    }
    last.end = top + block.rows.length;
  }
  return sources;
}

/**
 * The bodies and cell blocks of all sheets as value blocks of at most `maxBytes` bytes of JSON
 * (values and number formats), in order: small enough that the request budget can close a
 * request between any two of them.
 */
export function planBlocks(specs: SheetSpec[], maxBytes: number, spareInputRows = SPARE_INPUT_ROWS): Block[] {
  const out: Block[] = [];
  specs.forEach((spec, s) => {
    for (const source of rowSources(spec, layoutOf(spec, spareInputRows).bodyRow)) {
      let block: Block | undefined;
      let used = 0;
      if (source.rows.length === 0 && source.titles.length) out.push({ sheet: s, row: source.row, column: source.column, formats: [], values: [], titles: source.titles });
      source.rows.forEach((row, i) => {
        const bytes = jsonBytes(row.values) + jsonBytes(row.formats) + 2;
        if (block && used + bytes > maxBytes) block = undefined;
        if (!block) {
          block = { sheet: s, row: source.row + i, column: source.column, formats: [], values: [], titles: i === 0 ? source.titles : [] };
          if (row.style) block.styles = [];
          out.push(block);
          used = 0;
        }
        block.formats.push(row.formats);
        block.values.push(row.values);
        if (row.style) block.styles!.push(row.style);
        used += bytes;
      });
    }
  });
  return out;
}

/** The value the gateway writes at a zero-based cell of a spec (undefined where it writes nothing). */
export function specCell(spec: SheetSpec, row: number, column: number): Cell | undefined {
  const blocks = spec.blocks ?? [];
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    if (block.title && row === block.at.row && column === block.at.column) return block.title;
    const i = row - blockTop(block);
    const j = column - block.at.column;
    if (i >= 0 && i < block.rows.length && j >= 0 && j < blockWidth(block)) return block.rows[i][j] ?? null;
  }
  const layout = layoutOf(spec);
  if (column < spec.columns.length) {
    if (row === layout.headerRow) return spec.columns[column].header;
    const i = row - layout.bodyRow;
    if (i >= 0 && i < spec.rows.length) return spec.rows[i][column] ?? null;
  }
  if (column === 0 && spec.preamble && row < spec.preamble.length) return spec.preamble[row];
  return undefined;
}
