/**
 * A worksheet part streamed into the engine's RawSheet: the used range of the cells that hold a
 * value. Every cell kind (shared, inline and formula strings, numbers, booleans, errors, ISO dates),
 * rows and cells with or without their `r` reference. Nothing else of the sheet (styles, merges,
 * validations, drawings) is looked at, so the cost is the sheet's cells.
 */
import { Cell, RawSheet } from '../../engine/workbook';
import { XlsxPackage } from '../package';
import { attr, decodeXstring, xmlParser } from '../xml';

/** Days between the 1900 and the 1904 date systems. */
export const DAYS_1904 = 1462;

export interface CellSource {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** "AB12" → zero-based column 27 and row 12; null when not an A1 reference. */
export function parseRef(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { column: column - 1, row: Number(m[2]) };
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
  const rows = new Map<number, Cell[]>();
  let top = Infinity, left = Infinity, bottom = 0, right = -1;
  let rowNo = 0;
  let colNo = -1;
  let type: string | undefined;
  let style = 0;
  let ref: { column: number; row: number } | null = null;
  let text: string[] = [];
  /** Collecting text: in <v>, or in <t> of an inline string outside phonetic runs. */
  let collect = false;
  let inCell = false;
  let phonetic = 0;
  const parser = xmlParser(part, {
    open(local, a) {
      if (local === 'row') {
        const r = Number(attr(a, 'r'));
        rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
        colNo = -1;
      } else if (local === 'c') {
        const r = attr(a, 'r');
        ref = r ? parseRef(r) : null;
        colNo = ref ? ref.column : colNo + 1;
        type = attr(a, 't');
        style = Number(attr(a, 's') ?? 0);
        text = [];
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
        const v = cellValue(type, text.join(''), style, src);
        // Blank text (a stray space far below the data) does not stretch the used range.
        if (v === null || (typeof v === 'string' && v.trim() === '')) return;
        let cells = rows.get(row);
        if (!cells) rows.set(row, (cells = []));
        cells[colNo] = v;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (colNo < left) left = colNo;
        if (colNo > right) right = colNo;
      }
    },
    text(t) {
      if (collect) text.push(t);
    },
  });
  await pkg.chunks(part, (t) => parser.write(t));
  parser.close();
  if (!rows.size) return { name, rows: [], firstRow: 1, firstColumn: 0 };
  const width = right - left + 1;
  const grid: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const cells = rows.get(r);
    const line = Array<Cell>(width).fill(null);
    if (cells) cells.forEach((v, c) => (line[c - left] = v));
    grid.push(line);
  }
  return { name, rows: grid, firstRow: top, firstColumn: left };
}
