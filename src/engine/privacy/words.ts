/** The words of access, erasure and retention, and how a cell is found to mention a client. */
import { Bilingual } from '../i18n';
import { idKey } from '../read/cells';
import { escapeRegExp } from '../read/normalize';
import { Cell } from '../workbook';

/** What other clients' history keeps in place of an erased client (AVG art. 17). */
export const ERASED_CLIENT: Bilingual = { nl: 'verwijderde cliënt', en: 'erased client' };

/** An erased client's pseudonym, in either language (the reader skips register rows that hold it). */
export function isErasedClient(cell: Cell): boolean {
  const text = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  return text === ERASED_CLIENT.nl || text === ERASED_CLIENT.en;
}

/** The log sheet of erasures and retention clean-ups: dates and counts, never who. */
export const LOG_SHEET = { nl: 'Kring verwijderlog', en: 'Kring erasure log', synonyms: [] as string[] };

export const LOG_COLUMNS = [
  { key: 'date', nl: 'Datum', en: 'Date', kind: 'date' as const, width: 12 },
  { key: 'action', nl: 'Handeling', en: 'Action', kind: 'text' as const, width: 22 },
  { key: 'sheet', nl: 'Blad', en: 'Sheet', kind: 'text' as const, width: 26 },
  { key: 'rows', nl: 'Rijen verwijderd', en: 'Rows removed', kind: 'integer' as const, width: 16 },
  { key: 'cells', nl: 'Cellen vervangen', en: 'Cells replaced', kind: 'integer' as const, width: 16 },
];

export const ACTIONS = {
  erase: { nl: 'verwijderen cliënt', en: 'client erased' },
  retention: { nl: 'bewaartermijn', en: 'retention period' },
};

/**
 * Kring's own keys (KRING-EVAL:…, KRING-FORM:…, KRING-AGENDA:…, KRING-SAFE:…): they find a form or
 * an item again, and mark a sheet as one of Kring's forms or agendas; they say nothing to a person.
 */
export function isKringKey(cell: Cell): boolean {
  return typeof cell === 'string' && cell.startsWith('KRING-');
}

/** Who is looked for: the ID (compared as IDs are) and the name. */
export interface Subject {
  id: string;
  name: string;
}

/** Patterns of the subject's ID as a word and of their name, in free text. */
export function subjectPatterns(who: Subject): RegExp[] {
  const out: RegExp[] = [];
  // A short numeric ID ("7") would match every count and level: IDs of three characters or more only.
  if (who.id.trim().length >= 3) out.push(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(who.id.trim())}(?=$|[^\\p{L}\\p{N}])`, 'giu'));
  if (who.name.trim().length >= 3) out.push(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(who.name.trim())}(?=$|[^\\p{L}\\p{N}])`, 'giu'));
  return out;
}

/** The cell is the subject's ID. */
export function isId(cell: Cell, who: Subject): boolean {
  if (cell === null || typeof cell === 'boolean') return false;
  const text = String(cell).trim();
  return text !== '' && idKey(text) === idKey(who.id);
}

/** The cell holds the subject's ID or name (as the whole cell or as words of a text). */
export function mentions(cell: Cell, who: Subject, patterns = subjectPatterns(who)): boolean {
  if (isId(cell, who)) return true;
  if (typeof cell !== 'string') return false;
  if (cell.trim().toLowerCase() === who.name.trim().toLowerCase() && who.name.trim()) return true;
  return patterns.some((p) => {
    p.lastIndex = 0;
    return p.test(cell);
  });
}

/** The text with the subject's ID and name replaced (the whole cell when it is the ID). */
export function replaceSubject(cell: Cell, who: Subject, by: string, patterns = subjectPatterns(who)): Cell {
  if (isId(cell, who)) return by;
  if (typeof cell !== 'string') return cell;
  if (cell.trim().toLowerCase() === who.name.trim().toLowerCase()) return by;
  let out = cell;
  for (const p of patterns) out = out.replace(p, (_m, lead: string) => `${lead}${by}`);
  return out;
}
