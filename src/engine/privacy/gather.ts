/**
 * Everything Kring holds about one client (AVG art. 15 and 17): per sheet Kring reads or writes,
 * the rows about them and the cells of other rows that name them. The input sheets and registers
 * by their columns, the forms by their blocks, the agenda by its rows, Kring's other outputs as
 * sheets rebuilt by their commands. Users' own sheets are not Kring's and are never looked at.
 */
import { EVALUATION_SHEET, INTERVISIE_SHEET, OVERVIEW_SHEET } from '../evaluation/form';
import { FORM_MARKER as EVAL_MARKER } from '../evaluation/form';
import { FORM_MARKER } from '../forms/form';
import { Bilingual } from '../i18n';
import { LONELINESS_OVERVIEW } from '../loneliness/sheets';
import { MAP_SHEET_PREFIX, mapSheetName, OVERVIEW_NAME } from '../networks/sheets';
import { findSheet } from '../read';
import { normKey } from '../read/normalize';
import { kringReadsSheet } from '../read/relevant';
import { locateTable } from '../read/table';
import { SheetDef, SHEETS } from '../schema';
import { OUTPUT_NAMES, REJECTIONS_DEF, SUGGESTIONS_DEF } from '../sheets/outputs';
import { Cell, ColumnKind, RawSheet } from '../workbook';
import { LOG_SHEET, mentions, Subject, subjectPatterns, isId } from './words';

export type Treatment = 'edit' | 'rebuild' | 'own';

export interface SheetFootprint {
  sheet: RawSheet;
  /** What the sheet is, for the cover of an access workbook and the erasure confirmation. */
  what: Bilingual;
  /** Zero-based index into sheet.rows of the header row, or -1. */
  header: number;
  /** Zero-based indexes into sheet.rows of the rows about the subject (they go on erasure). */
  rows: number[];
  /** Cells of other rows that name the subject (the pseudonym takes their place on erasure). */
  cells: { row: number; column: number }[];
  /** Number kind per column (index into a row), for rewriting the rows that stay. */
  kinds: ColumnKind[];
  /** edit: rows removed in place; rebuild: a Kring output remade by its command; own: the subject's own sheet. */
  treatment: Treatment;
  /** One of Kring's protected forms (its protection lifted for the edit). */
  form?: boolean;
}

/** Per input sheet: the columns whose match makes the row the subject's, and those that only name them (other clients' history). */
const SUBJECT_COLUMNS: Record<string, { subject: string[]; party: string[]; what: Bilingual }> = {
  clients: { subject: ['id'], party: [], what: { nl: 'De gegevens van de cliënt (invoer).', en: "The client's details (input)." } },
  competences: { subject: ['clientId'], party: [], what: { nl: 'Competenties van de cliënt.', en: "The client's competences." } },
  contacts: { subject: ['clientId'], party: [], what: { nl: 'De contacten op de netwerkkaart van de cliënt.', en: "The contacts on the client's network map." } },
  pairings: { subject: [], party: ['networkerId', 'clientId'], what: { nl: 'Koppelingen met de cliënt (register).', en: 'Pairings with the client (register).' } },
  exclusions: { subject: ['a', 'b'], party: [], what: { nl: 'Uitsluitingen waarin de cliënt staat.', en: 'Exclusions the client is in.' } },
  safety: { subject: ['about'], party: ['with'], what: { nl: 'Veiligheidssignalen over of met de cliënt.', en: 'Safety concerns about or with the client.' } },
  loneliness: { subject: ['clientId'], party: [], what: { nl: 'Metingen met de eenzaamheidsschaal.', en: 'Measurements with the loneliness scale.' } },
  supervisors: { subject: [], party: [], what: { nl: 'Begeleiders.', en: 'Support workers.' } },
  socialMap: { subject: [], party: [], what: { nl: 'Sociale kaart.', en: 'Social map.' } },
};

/** Kring's sheets with what users typed, found by their ID columns; Koppelvoorstellen is remade by suggest (the others' decisions kept). */
const REGISTERS: { def: SheetDef; what: Bilingual; treatment: Treatment }[] = [
  { def: SUGGESTIONS_DEF, what: { nl: 'Koppelvoorstellen met de cliënt en de besluiten erover.', en: 'Pairing suggestions with the client and the decisions on them.' }, treatment: 'rebuild' },
  { def: REJECTIONS_DEF, what: { nl: 'Afgewezen koppelingen met de cliënt.', en: 'Rejected pairings with the client.' }, treatment: 'edit' },
];

/** Kring's outputs rebuilt by their commands (and remade without an erased client). */
const REBUILT = [OUTPUT_NAMES.candidates, OUTPUT_NAMES.locations, OUTPUT_NAMES.supervisors, OUTPUT_NAMES.results, OVERVIEW_NAME, OVERVIEW_SHEET, LONELINESS_OVERVIEW];
const REBUILT_KEYS = new Set(REBUILT.flatMap((n) => [n.nl, n.en]).map(normKey));
const MAP_SHEET = new RegExp(`^(?:${MAP_SHEET_PREFIX.nl}|${MAP_SHEET_PREFIX.en}) `, 'i');

/** A sheet Kring reads or writes (its inputs, registers, forms, outputs and log). */
export function isKringSheet(name: string): boolean {
  const key = normKey(name);
  return kringReadsSheet(name) || REBUILT_KEYS.has(key) || MAP_SHEET.test(name.trim()) || key === normKey(LOG_SHEET.nl) || key === normKey(LOG_SHEET.en);
}

const kindOf = (kind: ColumnKind): ColumnKind => (kind === 'date' || kind === 'integer' ? kind : kind === 'text' ? 'text' : 'number');

/** Kinds per column from the cells themselves (numbers General, the rest text). */
function kindsByValue(sheet: RawSheet): ColumnKind[] {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => (sheet.rows.some((r) => typeof r[j] === 'number') ? 'number' : 'text'));
}

function emptyPrint(sheet: RawSheet, what: Bilingual, treatment: Treatment, header = -1): SheetFootprint {
  return { sheet, what, header, rows: [], cells: [], kinds: kindsByValue(sheet), treatment };
}

/** The other cells of kept rows that name the subject. */
function namingCells(fp: SheetFootprint, who: Subject, from: number): void {
  const patterns = subjectPatterns(who);
  const gone = new Set(fp.rows);
  fp.sheet.rows.forEach((cells, i) => {
    if (i < from || gone.has(i)) return;
    cells.forEach((c, j) => {
      if (mentions(c, who, patterns) && !fp.cells.some((x) => x.row === i && x.column === j)) fp.cells.push({ row: i, column: j });
    });
  });
}

/** A table sheet by its definition: rows whose subject columns hold the ID go; party columns are named. */
function tableFootprint(sheet: RawSheet, def: SheetDef, subject: string[], party: string[], what: Bilingual, who: Subject): SheetFootprint {
  const table = locateTable(sheet, def, []);
  const fp = emptyPrint(sheet, what, 'edit', table?.headerIndex ?? -1);
  if (!table) return fp;
  for (const col of def.columns) {
    const at = table.columns.get(col.key);
    if (at) fp.kinds[at.index] = kindOf(col.kind);
  }
  const at = (keys: string[]) => keys.map((k) => table.columns.get(k)?.index).filter((i): i is number => i !== undefined);
  const subjectAt = at(subject);
  const partyAt = at(party);
  for (let i = table.headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (subjectAt.some((j) => isId(cells[j] ?? null, who))) fp.rows.push(i);
    else for (const j of partyAt) if (isId(cells[j] ?? null, who)) fp.cells.push({ row: i, column: j });
  }
  namingCells(fp, who, table.headerIndex + 1);
  return fp;
}

/** A sheet of forms: every block from its key row to the next key row is one form; the subject's go whole. */
function formFootprint(sheet: RawSheet, what: Bilingual, who: Subject): SheetFootprint {
  const fp: SheetFootprint = { ...emptyPrint(sheet, what, 'edit'), form: true };
  const isKey = (c: Cell) => typeof c === 'string' && (c.startsWith(`${EVAL_MARKER}:`) || c.startsWith(`${FORM_MARKER}:`));
  const starts = sheet.rows.map((r, i) => (r.some(isKey) ? i : -1)).filter((i) => i >= 0);
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : sheet.rows.length;
    const key = sheet.rows[start].find(isKey)!;
    // The key is the subject's ("KRING-EVAL:C002>C001", "KRING-FORM:djg:C001").
    const parts = String(key).split(/[:>]/).slice(1);
    if (parts.some((p) => isId(p, who))) for (let i = start; i < end; i++) fp.rows.push(i);
  });
  namingCells(fp, who, 0);
  return fp;
}

/** A sheet of rows (the intervisie agenda): every row that names the subject goes. */
function rowFootprint(sheet: RawSheet, what: Bilingual, who: Subject, header: number): SheetFootprint {
  const fp = emptyPrint(sheet, what, 'edit', header);
  const patterns = subjectPatterns(who);
  sheet.rows.forEach((cells, i) => {
    if (i > header && cells.some((c) => mentions(c, who, patterns))) fp.rows.push(i);
  });
  return fp;
}

const FORMS_WHAT: Bilingual = { nl: 'Evaluatie- en vragenlijstformulieren over de cliënt, met de antwoorden.', en: 'Evaluation forms and questionnaires about the client, with the answers.' };
const AGENDA_WHAT: Bilingual = { nl: 'Punten over de cliënt op de intervisie-agenda.', en: 'Items about the client on the peer consultation agenda.' };
const MAP_WHAT: Bilingual = { nl: 'De netwerkkaart van de cliënt.', en: "The client's network map." };
const OUTPUT_WHAT: Bilingual = { nl: 'Een overzicht dat Kring maakt; bij verwijderen opnieuw gemaakt zonder de cliënt.', en: 'An overview Kring makes; remade without the client on erasure.' };

/**
 * Every sheet Kring reads or writes, with what it holds about the subject. `raw` must hold the
 * cells of Kring's sheets (read them by name on a gateway that skips outputs).
 */
export function gatherClient(raw: RawSheet[], who: Subject): SheetFootprint[] {
  const out: SheetFootprint[] = [];
  const done = new Set<RawSheet>();
  for (const def of SHEETS) {
    const sheet = findSheet(raw, def);
    const cols = SUBJECT_COLUMNS[def.key];
    if (!sheet || !cols || done.has(sheet)) continue;
    done.add(sheet);
    out.push(tableFootprint(sheet, def, cols.subject, cols.party, cols.what, who));
  }
  for (const { def, what, treatment } of REGISTERS) {
    const sheet = findSheet(raw, def);
    if (!sheet || done.has(sheet)) continue;
    done.add(sheet);
    const fp = tableFootprint(sheet, def, ['networkerId', 'clientId'], [], what, who);
    // A remade sheet: the rows that name the client (for access and the confirmation), nothing edited.
    if (treatment === 'rebuild') out.push({ ...fp, treatment, rows: namedRows(fp), cells: [] });
    else out.push(fp);
  }
  const own = new Set([mapSheetName(who.id, 'nl'), mapSheetName(who.id, 'en')].map(normKey));
  for (const sheet of raw) {
    if (done.has(sheet) || !isKringSheet(sheet.name)) continue;
    const name = sheet.name.trim();
    const forms = sheet.rows.some((r) => r.some((c) => typeof c === 'string' && (c.startsWith(`${EVAL_MARKER}:`) || c.startsWith(`${FORM_MARKER}:`))));
    if (EVALUATION_SHEET.test(name) || forms) out.push(formFootprint(sheet, FORMS_WHAT, who));
    else if (INTERVISIE_SHEET.test(name)) out.push(rowFootprint(sheet, AGENDA_WHAT, who, agendaHeader(sheet)));
    else if (own.has(normKey(name))) out.push({ ...emptyPrint(sheet, MAP_WHAT, 'own'), rows: sheet.rows.map((_, i) => i) });
    else if (REBUILT_KEYS.has(normKey(name)) || MAP_SHEET.test(name)) {
      const fp = emptyPrint(sheet, OUTPUT_WHAT, 'rebuild');
      const patterns = subjectPatterns(who);
      sheet.rows.forEach((cells, i) => cells.some((c) => mentions(c, who, patterns)) && fp.rows.push(i));
      out.push(fp);
    } else continue;
    done.add(sheet);
  }
  return out;
}

/**
 * The first row above `before` with at least `min` texts (and what `also` asks of it): the header
 * of a sheet whose table Kring does not locate by its definition; -1 when there is none.
 */
export function textRow(sheet: RawSheet, min: number, before = sheet.rows.length, also: (row: Cell[]) => boolean = () => true): number {
  for (let k = 0; k < Math.min(before, sheet.rows.length); k++) {
    const row = sheet.rows[k];
    if (row.filter((c) => typeof c === 'string' && c.trim()).length >= min && also(row)) return k;
  }
  return -1;
}

/** The agenda's header row: the first row with a text in four columns or more (or none). */
function agendaHeader(sheet: RawSheet): number {
  return textRow(sheet, 4);
}

/** The rows about the subject and the rows of the cells that name them, in order. */
export function namedRows(fp: SheetFootprint): number[] {
  return [...new Set([...fp.rows, ...fp.cells.map((c) => c.row)])].sort((a, b) => a - b);
}

/** Rows and cells found, in total (nothing found: the client has no footprint besides their row in Cliënten). */
export function footprintSize(fps: SheetFootprint[]): number {
  return fps.reduce((n, fp) => n + fp.rows.length + fp.cells.length, 0);
}
