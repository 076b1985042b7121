/**
 * One sheet of the access workbook per sheet that holds something about the client, made to be
 * read and printed by the client: a table when its columns fit a page across, else one block of
 * "field: value" lines per row (a wide row shrunk onto A4 cannot be read). Every page has the
 * client's name and the part in its header and a page number below.
 */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { serialToIso } from '../read/cells';
import { Cell, ColumnKind, ColumnSpec, columnLetters, SheetSpec } from '../workbook';
import { namedRows, SheetFootprint, textRow } from './gather';
import { isKringKey } from './words';

/** Column widths in characters: a column as wide as its longest text, wrapped beyond a readable line. */
const WIDTH = { min: 8, max: 48 };
/** Characters across an A4 page, portrait and landscape, at a readable size. */
const ACROSS = { portrait: 90, landscape: 130 };

function widthOf(header: string, cells: Cell[], kind: ColumnKind): { width: number; wrap?: boolean } {
  const longest = Math.max(header.length, ...cells.map((c) => (c === null ? 0 : kind === 'date' ? 10 : String(c).length)));
  return longest + 2 > WIDTH.max ? { width: WIDTH.max, wrap: true } : { width: Math.max(WIDTH.min, longest + 2) };
}

const totalWidth = (columns: ColumnSpec[]) => columns.reduce((n, c) => n + (c.width ?? WIDTH.min), 0);

/** A4, fit to the page across (landscape when portrait is too narrow), the header row on every page. */
export function accessPrint(columns: ColumnSpec[], title: string, lang: Lang, headerRow: number): SheetSpec['print'] {
  const orientation = totalWidth(columns) > ACROSS.portrait ? 'landscape' : 'portrait';
  return { paper: 'A4', orientation, fitToWidth: true, header: title, footer: pick({ nl: 'Pagina &P — afgedrukt &D', en: 'Page &P — printed &D' }, lang), repeatRows: headerRow };
}

const DATE_HEADER = /datum|date/i;
/** Day numbers of 1 Jan 2000 and 1 Jan 2100 (Excel's serial dates). */
const SERIAL_2000 = 36526;
const SERIAL_2100 = 73051;

const filled = (c: Cell | undefined): c is Exclude<Cell, null> => c !== null && c !== undefined && c !== '';

/** The header row: the sheet's own, else the first row above the rows taken with three texts or more. */
function headerOf(fp: SheetFootprint, first: number): Cell[] {
  const at = fp.header >= 0 ? fp.header : textRow(fp.sheet, 3, first);
  return at >= 0 ? fp.sheet.rows[at] : [];
}

/** Headers as written, made to differ (Excel shows a table's headers only when they do). */
function distinct(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((base) => {
    let h = base;
    for (let n = 2; seen.has(h.toLowerCase()); n++) h = `${base} (${n})`;
    seen.add(h.toLowerCase());
    return h;
  });
}

/** A value as the client reads it in a "field: value" line (dates as dates). */
function shown(cell: Cell, kind: ColumnKind): Cell {
  return kind === 'date' && typeof cell === 'number' && cell >= 1 ? displayDate(serialToIso(cell)) : cell;
}

export function partSheet(fp: SheetFootprint, mask: (c: Cell) => Cell, name: string, title: string, lang: Lang): SheetSpec {
  const indexes = namedRows(fp);
  const source = headerOf(fp, indexes[0] ?? 0);
  const all = indexes.filter((i) => fp.sheet.rows[i] !== source).map((i) => fp.sheet.rows[i].map((c) => (isKringKey(c) ? null : mask(c))));
  // A column of keys alone goes, with its header.
  const keep = Array.from({ length: Math.max(0, ...all.map((r) => r.length), source.length) }, (_, j) => j).filter((j) => !fp.sheet.rows.some((r) => isKringKey(r[j] ?? null)) || all.some((r) => filled(r[j])));
  const header = keep.map((j) => source[j] ?? null);
  const rows = all.map((r) => keep.map((j) => r[j] ?? null));
  const kindAt = keep.map((j) => fp.kinds[j]);
  const width = Math.max(1, ...rows.map((r) => r.length), header.length);
  const kinds: ColumnKind[] = Array.from({ length: width }, (_, j) => {
    if (kindAt[j] === 'date' || kindAt[j] === 'integer') return kindAt[j];
    const numbers = rows.map((r) => r[j]).filter((c): c is number => typeof c === 'number');
    if (!numbers.length) return 'text';
    // Kring's overviews have no column kinds here: a "Datum" column of day numbers holds dates.
    return DATE_HEADER.test(String(header[j] ?? '')) && numbers.every((n) => n >= SERIAL_2000 && n < SERIAL_2100) ? 'date' : 'number';
  });
  const headers = distinct(Array.from({ length: width }, (_, j) => {
    const text = header[j];
    return typeof text === 'string' && text.trim() ? text.trim() : columnLetters(fp.sheet.firstColumn + (keep[j] ?? j));
  }));
  const columns: ColumnSpec[] = headers.map((h, j) => ({ header: h, kind: kinds[j], ...widthOf(h, rows.map((r) => r[j] ?? null), kinds[j]) }));
  const table = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
  const base = { name, role: 'output' as const, freezeHeader: true };
  if (totalWidth(columns) <= ACROSS.landscape) return { ...base, columns, rows: table, print: accessPrint(columns, `${title} — ${name}`, lang, 0) };
  // Too wide for a page: per row its filled cells as "field | value", a blank line between rows.
  const field = pick({ nl: 'Gegeven', en: 'Field' }, lang);
  const value = pick({ nl: 'Waarde', en: 'Value' }, lang);
  const lines: Cell[][] = [];
  table.forEach((r, k) => {
    if (k > 0) lines.push([null, null]);
    r.forEach((c, j) => filled(c) && lines.push([headers[j], shown(c, kinds[j])]));
  });
  const fieldWidth = Math.min(WIDTH.max, Math.max(WIDTH.min, ...lines.map((l) => String(l[0] ?? '').length + 2)));
  const pair: ColumnSpec[] = [
    { header: field, kind: 'text', width: fieldWidth, wrap: true },
    { header: value, kind: 'text', width: WIDTH.max + 12, wrap: true },
  ];
  return { ...base, columns: pair, rows: lines, print: accessPrint(pair, `${title} — ${name}`, lang, 0) };
}
