/**
 * A worksheet part streamed into the engine's RawSheet: the used range of the cells that hold a
 * value. Every cell kind (shared, inline and formula strings, numbers, booleans, errors, ISO dates),
 * rows and cells with or without their `r` reference. Nothing else of the sheet (styles, merges,
 * validations, drawings) is looked at, so the cost is the sheet's cells.
 */
import { Cell, RawSheet } from '../../engine/workbook';
import { XlsxPackage } from '../package';
import { decodeXstring, xmlParser } from '../xml';

/** Days between the 1900 and the 1904 date systems. */
export const DAYS_1904 = 1462;

export interface CellSource {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** "AB12" → zero-based column 27 and row 12; null when not an A1 reference. */
export function parseRef(ref: string): { column: number; row: number } | null {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // $
  let column = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    column = column * 26 + ch - 64;
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (column === 0 || i === digits || column > 16384) return null;
  return { column: column - 1, row };
}

/** ISO date or date-time (t="d") → Excel serial in the 1900 system. */
function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const serial = (ms - Date.UTC(1899, 11, 30)) / 86400000;
  return Math.round(serial * 86400) / 86400;
}

function cellValue(type: string | undefined, raw: string, style: number, src: CellSource): Cell {
  switch (type) {
    case 's': {
      const s = src.sharedStrings[Number(raw)];
      return s === undefined || s === '' ? null : s;
    }
    case 'inlineStr':
    case 'str':
      return raw === '' ? null : decodeXstring(raw);
    case 'b':
      return raw === '1' || raw.toLowerCase() === 'true';
    case 'e':
      return raw === '' ? null : raw;
    case 'd':
      return isoToSerial(raw);
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return src.date1904 && src.dateStyles[style] ? n + DAYS_1904 : n;
    }
  }
}

export async function readSheetPart(pkg: XlsxPackage, part: string, name: string, src: CellSource): Promise<RawSheet> {
  // Flat lists of the cells with a value; the grid is built once the extent is known.
  const rowOf: number[] = [];
  const columnOf: number[] = [];
  const values: Cell[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = -1;
  let rowNo = 0;
  let colNo = -1;
  let type: string | undefined;
  let style = 0;
  let ref: { column: number; row: number } | null = null;
  let text = '';
  /** Collecting text: in <v>, or in <t> of an inline string outside phonetic runs. */
  let collect = false;
  let inCell = false;
  let phonetic = 0;
  const parser = xmlParser(part, {
    open(local, a) {
      // Cell and row attributes are never namespaced in SpreadsheetML: read them directly (hot path).
      if (local === 'row') {
        const r = Number(a.r);
        rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
        colNo = -1;
      } else if (local === 'c') {
        const r = a.r;
        ref = r ? parseRef(r) : null;
        colNo = ref ? ref.column : colNo + 1;
        type = a.t;
        style = a.s ? Number(a.s) : 0;
        text = '';
        inCell = true;
      } else if (inCell) {
        if (local === 'rPh') phonetic++;
        else if (local === 'v' || (local === 't' && phonetic === 0)) collect = true;
      }
    },
    close(local) {
      if (local === 'v' || local === 't') collect = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'c') {
        inCell = false;
        const row = ref ? ref.row : rowNo;
        const v = cellValue(type, text, style, src);
        // Blank text (a stray space far below the data) does not stretch the used range.
        if (v === null || (typeof v === 'string' && v.trim() === '')) return;
        rowOf.push(row);
        columnOf.push(colNo);
        values.push(v);
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (colNo < left) left = colNo;
        if (colNo > right) right = colNo;
      }
    },
    text(t) {
      if (collect) text += t;
    },
  }, false);
  await pkg.chunks(part, (t) => parser.write(t));
  parser.close();
  if (!values.length) return { name, rows: [], firstRow: 1, firstColumn: 0 };
  const width = right - left + 1;
  const grid: Cell[][] = Array.from({ length: bottom - top + 1 }, () => Array<Cell>(width).fill(null));
  for (let k = 0; k < values.length; k++) grid[rowOf[k] - top][columnOf[k] - left] = values[k];
  return { name, rows: grid, firstRow: top, firstColumn: left };
}
