/** A1-style addresses for the test host: parse "B3", "A1:C4", "A:C", "2:5", "'My sheet'!A1". */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(lettersText: string): number {
  let n = 0;
  for (const ch of lettersText.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Split an optional sheet prefix: "'A b'!C3" → { sheet: "A b", ref: "C3" }. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

type Part = { row?: number; col?: number };

function parsePart(text: string): Part | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const part: Part = {};
  if (m[1]) part.col = columnIndex(m[1]);
  if (m[2]) part.row = Number(m[2]) - 1;
  return part;
}

/** Parse an A1 reference (without sheet). Returns undefined when invalid. */
export function parseRef(ref: string): Rect | undefined {
  const pieces = ref.split(':');
  if (pieces.length > 2) return undefined;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return undefined;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  let rect: Rect;
  if (aCell && bCell) {
    rect = { r0: a.row!, c0: a.col!, r1: b.row!, c1: b.col! };
  } else if (pieces.length === 2 && a.row === undefined && b.row === undefined) {
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: a.col!, c1: b.col! }; // "A:C"
  } else if (pieces.length === 2 && a.col === undefined && b.col === undefined) {
    rect = { r0: a.row!, r1: b.row!, c0: 0, c1: MAX_COLUMNS - 1 }; // "2:5"
  } else {
    return undefined;
  }
  const norm: Rect = {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLUMNS) return undefined;
  return norm;
}

/** "Sheet1", "'My sheet'" — quoted as Excel does when the name is not a plain word. */
export function quoteSheet(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a rectangle (whole rows / columns as "1:3" / "A:C"). */
export function formatRef(rect: Rect): string {
  const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (wholeCols && !wholeRows) return `${letters(rect.c0)}:${letters(rect.c1)}`;
  if (wholeRows) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${letters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${letters(rect.c1)}${rect.r1 + 1}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRef(rect)}`;
}
