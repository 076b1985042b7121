/**
 * Free text may name a client by their first name alone ("ging goed met Marloes"), which the
 * search by ID and full name does not catch. Kring does not replace a first name itself: it can
 * be an ordinary word ("Roos", "Ben") or another person's. It lists those cells after an erasure
 * (and counts them in its preview) for the user to look at.
 */
import { Bilingual } from '../i18n';
import { Problem } from '../problems';
import { escapeRegExp } from '../read/normalize';
import { Cell, columnLetters, RawSheet } from '../workbook';
import { SheetFootprint, textRow } from './gather';
import { replaceSubject, Subject } from './words';

export const FIRST_NAME_CHECK: Bilingual = {
  nl: 'Deze cel noemt misschien nog de verwijderde cliënt bij de voornaam. Kring past dat niet zelf aan, want het kan ook een gewoon woord of iemand anders zijn: kijk de cel na en pas hem zo nodig aan.',
  en: 'This cell may still name the erased client by their first name. Kring does not change it itself, as it may be an ordinary word or someone else: look at the cell and change it if needed.',
};

/** The first word of a name of two words or more, when it reads as a first name (not an initial). */
export function firstNameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  return words.length > 1 && first.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(first) ? first : null;
}

/** Finds the first name as a capitalised word, once other people's full names are taken out of the text. */
function finder(who: Subject, others: string[]): ((cell: Cell) => boolean) | null {
  const first = firstNameOf(who.name);
  if (!first) return null;
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(first)}(?=$|[^\\p{L}\\p{N}])`, 'u');
  const namesake = others.filter((n) => n.includes(first)).map((n) => new RegExp(escapeRegExp(n), 'giu'));
  return (cell) => {
    if (typeof cell !== 'string' || !cell.includes(first)) return false;
    const text = namesake.reduce((t, p) => t.replace(p, ' '), cell);
    return word.test(text);
  };
}

/** The column's header (the first row above with three texts or more and one in this column), else its letter. */
function columnName(sheet: RawSheet, i: number, j: number): string {
  const text = (c: Cell | undefined) => (typeof c === 'string' ? c.trim() : '');
  const at = textRow(sheet, 3, i, (row) => text(row[j]) !== '');
  return at >= 0 ? text(sheet.rows[at][j]) : columnLetters(sheet.firstColumn + j);
}

/** The cells of Kring's sheets, as they are after an erasure, that may still name the subject by first name. */
export function firstNameProblems(sheets: RawSheet[], who: Subject, others: string[]): Problem[] {
  const names = finder(who, others);
  if (!names) return [];
  const out: Problem[] = [];
  for (const sheet of sheets) {
    sheet.rows.forEach((cells, i) => cells.forEach((c, j) => {
      if (!names(c)) return;
      const row = sheet.firstRow + i;
      out.push({ severity: 'warning', sheet: sheet.name, row, column: columnName(sheet, i, j), address: `${columnLetters(sheet.firstColumn + j)}${row}`, message: FIRST_NAME_CHECK });
    }));
  }
  return out;
}

/** How many cells the erasure would leave with the first name (for its preview): kept rows of the sheets it edits. */
export function firstNameCount(fps: SheetFootprint[], who: Subject, others: string[], by: string): number {
  const names = finder(who, others);
  if (!names) return 0;
  let n = 0;
  for (const fp of fps) {
    if (fp.treatment !== 'edit') continue;
    const gone = new Set(fp.rows);
    fp.sheet.rows.forEach((cells, i) => {
      if (!gone.has(i)) for (const c of cells) if (names(replaceSubject(c, who, by))) n++;
    });
  }
  return n;
}
