/**
 * Cells set in a user's sheet (the register Koppelingen), everything else of the sheet kept as it
 * was: rows and cells not named are copied byte for byte, a set cell keeps its own style with
 * Kring's number format, a new cell takes the style of the cell above it. One pass over the part.
 */
import { Cell, ColumnKind, NUMBER_FORMATS, columnLetters } from '../../engine/workbook';
import { parseRef } from '../read/sheet';
import { attr, Edit, splice, xmlParser } from '../xml';
import { cellXml, dateForWorkbook } from './cells';
import { StyleBook } from './styles';

export interface CellSet {
  /** 1-based row, zero-based column. */
  row: number;
  column: number;
  value: Cell;
  kind: ColumnKind;
}

export interface PatchResult {
  xml: string;
  /** Cells whose formula was replaced by a value (for the calculation chain). */
  formulasRemoved: string[];
}

interface RowSpan {
  row: number;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  name: string;
  hasR: boolean;
  cells: { column: number; start: number; openEnd: number; end: number; style: number; hasR: boolean; formula: boolean; name: string }[];
}

/** `stylesBelow`: only cells below this row lend their style to new cells (not the header's bold). */
export function patchSheet(part: string, xml: string, sets: CellSet[], styles: StyleBook, date1904: boolean, stylesBelow = 0): PatchResult {
  const byRow = new Map<number, Map<number, CellSet>>();
  for (const s of sets) {
    if (!byRow.has(s.row)) byRow.set(s.row, new Map());
    byRow.get(s.row)!.set(s.column, s);
  }
  const rows: RowSpan[] = [];
  /** Style of the last cell seen per column, for new cells below it. */
  const above = new Map<number, number>();
  const styleAbove = new Map<string, number>();
  let sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean; name: string } | null = null;
  let dimension: { start: number; end: number; ref: string } | null = null;
  let current: RowSpan | null = null;
  let cell: RowSpan['cells'][number] | null = null;
  let rowNo = 0;
  let colNo = -1;
  const parser = xmlParser(part, {
    open(local, a, tag) {
      const end = parser.position();
      const start = xml.lastIndexOf('<', end - 1);
      if (local === 'sheetData') sheetData = { start, openEnd: end, end, selfClosing: !!tag.isSelfClosing, name: tag.name };
      else if (local === 'dimension') dimension = { start, end, ref: attr(a, 'ref') ?? '' };
      else if (local === 'row' && sheetData) {
        const r = Number(attr(a, 'r'));
        rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
        colNo = -1;
        current = { row: rowNo, start, openEnd: end, end, selfClosing: !!tag.isSelfClosing, name: tag.name, hasR: attr(a, 'r') !== undefined, cells: [] };
        rows.push(current);
        for (const [c, s] of above) if (byRow.has(rowNo)) styleAbove.set(`${rowNo}:${c}`, s);
      } else if (local === 'c' && current) {
        const ref = attr(a, 'r');
        const parsed = ref ? parseRef(ref) : null;
        colNo = parsed ? parsed.column : colNo + 1;
        const style = Number(attr(a, 's') ?? 0);
        if (current.row > stylesBelow) above.set(colNo, style);
        cell = { column: colNo, start, openEnd: end, end, style, hasR: !!ref, formula: false, name: tag.name };
        if (byRow.has(current.row)) current.cells.push(cell);
      } else if (local === 'f' && cell) cell.formula = true;
    },
    close(local) {
      const end = parser.position();
      if (local === 'c' && cell) (cell.end = end), (cell = null);
      else if (local === 'row' && current) (current.end = end), (current = null);
      else if (local === 'sheetData' && sheetData) sheetData.end = end;
    },
  });
  parser.write(xml);
  parser.close();
  if (!sheetData) throw new Error(`${part} has no sheetData`);
  const data = sheetData as { start: number; openEnd: number; end: number; selfClosing: boolean; name: string };
  const prefix = data.name.includes(':') ? data.name.slice(0, data.name.indexOf(':') + 1) : '';

  const edits: Edit[] = [];
  const formulasRemoved: string[] = [];
  const newCell = (s: CellSet, base: number) =>
    cellXml(s.row, s.column, s.kind === 'date' ? dateForWorkbook(s.value, date1904) : s.value, styles.withNumFmt(base, NUMBER_FORMATS[s.kind]), prefix);
  const baseStyle = (row: number, column: number) => styleAbove.get(`${row}:${column}`) ?? above.get(column) ?? 0;

  // Rows without r would be renumbered by a row inserted before them: give every row its number.
  for (const r of rows) if (!r.hasR) edits.push({ start: r.start + 1 + r.name.length, end: r.start + 1 + r.name.length, text: ` r="${r.row}"` });
  const existing = new Map(rows.map((r) => [r.row, r]));
  for (const r of rows) {
    const wanted = byRow.get(r.row);
    if (!wanted) continue;
    const pieces: string[] = [];
    const todo = new Map(wanted);
    for (const c of r.cells) {
      for (const [col, s] of [...todo].filter(([col]) => col < c.column).sort((a, b) => a[0] - b[0])) {
        pieces.push(newCell(s, baseStyle(r.row, col)));
        todo.delete(col);
      }
      const s = todo.get(c.column);
      if (s) {
        if (c.formula) formulasRemoved.push(`${columnLetters(c.column)}${r.row}`);
        pieces.push(newCell(s, c.style));
        todo.delete(c.column);
      } else {
        const text = xml.slice(c.start, c.end);
        pieces.push(c.hasR ? text : `${text.slice(0, 1 + c.name.length)} r="${columnLetters(c.column)}${r.row}"${text.slice(1 + c.name.length)}`);
      }
    }
    for (const [col, s] of [...todo].sort((a, b) => a[0] - b[0])) pieces.push(newCell(s, baseStyle(r.row, col)));
    const inner = r.cells.length ? { start: r.cells[0].start, end: r.cells[r.cells.length - 1].end } : null;
    if (r.selfClosing) edits.push({ start: r.openEnd - 2, end: r.end, text: `>${pieces.join('')}</${r.name}>` });
    else if (inner) edits.push({ start: inner.start, end: inner.end, text: pieces.join('') });
    else edits.push({ start: r.openEnd, end: r.openEnd, text: pieces.join('') });
  }
  // Rows that do not exist yet, each before the first row below it.
  const missing = [...byRow.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  for (const rowNumber of missing) {
    const cells = [...byRow.get(rowNumber)!.values()].sort((a, b) => a.column - b.column).map((s) => newCell(s, baseStyle(rowNumber, s.column)));
    const text = `<${prefix}row r="${rowNumber}">${cells.join('')}</${prefix}row>`;
    const next = rows.find((r) => r.row > rowNumber);
    const at = next ? next.start : data.selfClosing ? -1 : data.end - `</${data.name}>`.length;
    if (at >= 0) edits.push({ start: at, end: at, text });
    else edits.push({ start: data.openEnd - 2, end: data.end, text: `>${text}</${data.name}>` });
  }
  if (dimension) {
    const d = dimension as { start: number; end: number; ref: string };
    edits.push({ start: d.start, end: d.end, text: `<${prefix}dimension ref="${widen(d.ref, sets)}"/>` });
  }
  return { xml: splice(xml, mergeInsertions(edits)), formulasRemoved };
}

/** Several rows inserted at one offset keep their order: join them into one edit. */
function mergeInsertions(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const same = e.start === e.end ? out.find((o) => o.start === e.start && o.end === e.end) : undefined;
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}

function widen(ref: string, sets: CellSet[]): string {
  const [a, b] = ref.split(':');
  const p = a ? parseRef(a) : null;
  const q = b ? parseRef(b) : p;
  let top = p?.row ?? Infinity, left = p?.column ?? Infinity, bottom = q?.row ?? 0, right = q?.column ?? 0;
  for (const s of sets) (top = Math.min(top, s.row)), (left = Math.min(left, s.column)), (bottom = Math.max(bottom, s.row)), (right = Math.max(right, s.column));
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}
