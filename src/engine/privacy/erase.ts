/**
 * Erasure (AVG art. 17) and the clean-up of the retention period: rows removed by compacting the
 * sheet in place (the rows below move up through the cell-update machinery, the freed last rows
 * are cleared, so the user's formatting, tables and validations stay where they are), other
 * clients' history keeping a pseudonym, Kring's outputs remade without the removed rows, and a
 * log line per sheet with the date and the counts, never who.
 */
import { Bilingual, Lang, pick } from '../i18n';
import { readWorkbook, todayIso } from '../read';
import { idKey } from '../read/cells';
import { KringModel } from '../model';
import { hasErrors, Problem } from '../problems';
import { RunOptions, RunOutcome, startRun } from '../run';
import { currentConcerns } from '../safety/state';
import { Cell, CellUpdate, ColumnKind, RawSheet, WorkbookGateway } from '../workbook';
import { gatherClient, isKringSheet, SheetFootprint } from './gather';
import { firstNameCount, firstNameProblems } from './firstName';
import { appendLog, LogLine } from './log';
import { rebuildOutputs } from './rebuild';
import { ERASED_CLIENT, isKringKey, mentions, replaceSubject, Subject, subjectPatterns } from './words';

/** A client ID that is not in Cliënten: said in the user's language; the command line exits with 2. */
export class ClientNotFound extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  say(lang: Lang): string {
    return pick(this.text, lang);
  }
}

export interface EraseOptions extends RunOptions {
  client: string;
}

/** What an erasure or clean-up did per sheet (counts only). */
export interface ErasedSheet {
  sheet: string;
  rows: number;
  cells: number;
  rebuilt: boolean;
}

/** The subject as named in Cliënten, or the error that names the ID and says what to do. */
export function subjectOf(read: ReturnType<typeof readWorkbook>, id: string): Subject {
  const client = read.model.clients.find((c) => idKey(c.id) === idKey(id.trim()));
  if (!client) {
    throw new ClientNotFound({
      nl: `er is geen cliënt met ID "${id}" in het blad Cliënten; controleer het ID (er is niets geschreven)`,
      en: `there is no client with ID "${id}" in the Clients sheet; check the ID (nothing was written)`,
    });
  }
  return { id: client.id, name: client.name };
}

/** The cells of Kring's sheets, also those a gateway skips when reading everything (the .xlsx path's outputs). */
export async function readKringSheets(gateway: WorkbookGateway, raw: RawSheet[]): Promise<RawSheet[]> {
  const missing = raw.filter((s) => isKringSheet(s.name) && !s.rows.length).map((s) => s.name);
  if (!missing.length) return raw;
  const more = new Map((await gateway.readSheets(missing)).map((s) => [s.name, s]));
  return raw.map((s) => more.get(s.name) ?? s);
}

const same = (a: Cell | undefined, b: Cell | undefined) => (a ?? null) === (b ?? null) || ((a ?? '') === '' && (b ?? '') === '');

/** The kind a moved value is written with: its column's, text for text, General for a number in a text column. */
function kindFor(v: Cell, column: ColumnKind | undefined): ColumnKind {
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return column && column !== 'text' ? column : 'number';
  return column ?? 'text';
}

/** Cell updates that remove `rows` from the sheet (those below move up) and set `cells` to new values. */
export function compactUpdates(sheet: RawSheet, rows: readonly number[], cells: Map<string, Cell>, kinds: ColumnKind[]): CellUpdate[] {
  const gone = new Set(rows);
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const value = (i: number, j: number) => (cells.has(`${i}:${j}`) ? cells.get(`${i}:${j}`)! : sheet.rows[i][j] ?? null);
  const kept: Cell[][] = [];
  sheet.rows.forEach((r, i) => !gone.has(i) && kept.push(Array.from({ length: width }, (_, j) => value(i, j))));
  const updates: CellUpdate[] = [];
  sheet.rows.forEach((old, i) => {
    const now = kept[i] ?? [];
    for (let j = 0; j < width; j++) {
      const v = now[j] ?? null;
      if (same(v, old[j])) continue;
      updates.push({ row: sheet.firstRow + i, column: sheet.firstColumn + j, value: v, kind: kindFor(v, kinds[j]) });
    }
  });
  return updates;
}

/** The names of everyone else Kring knows (clients and begeleiders): a first name they share is theirs. */
function peopleOf(model: KringModel, who: Subject): string[] {
  return [...model.clients.filter((c) => c.id !== who.id).map((c) => c.name), ...model.supervisors.map((s) => s.name)].filter((n) => n.trim());
}

/** Applies the footprints' removals in place (edit) and returns the log lines, the rebuilt ones counted too. */
export async function applyFootprints(gateway: WorkbookGateway, fps: SheetFootprint[], replace: (cell: Cell) => Cell): Promise<ErasedSheet[]> {
  const out: ErasedSheet[] = [];
  for (const fp of fps) {
    if (!fp.rows.length && !fp.cells.length) continue;
    if (fp.treatment === 'edit') {
      const cells = new Map(fp.cells.map((c) => [`${c.row}:${c.column}`, replace(fp.sheet.rows[c.row][c.column] ?? null)]));
      const updates = compactUpdates(fp.sheet, fp.rows, cells, fp.kinds);
      if (updates.length) await gateway.updateCells(fp.sheet.name, updates, { form: fp.form });
    }
    out.push({ sheet: fp.sheet.name, rows: fp.rows.length, cells: fp.cells.length, rebuilt: fp.treatment !== 'edit' });
  }
  return out;
}

/** After the edits: Kring's outputs remade, the log written, and a last look that nothing names the subject. */
export async function finishErasure(gateway: WorkbookGateway, options: RunOptions, outcome: RunOutcome, done: ErasedSheet[], action: LogLine['action'], who: Subject | null, own: string[]): Promise<RunOutcome> {
  const lang = outcome.lang;
  let review: Problem[] = [];
  // Sheets that were wholly the client's (or past the period) go first, so the outputs are remade without them.
  if (gateway.deleteSheets && own.length) await gateway.deleteSheets(own);
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const today = options.today ?? todayIso();
  const rebuilt = await rebuildOutputs(gateway, raw, read, lang, today, own, done.filter((d) => d.rebuilt).map((d) => d.sheet));
  outcome.sheets.push(...rebuilt);
  if (who) {
    // Whatever still names the subject in Kring's sheets (free text Kring has no column for) takes the pseudonym.
    const patterns = subjectPatterns(who);
    const after = (await readKringSheets(gateway, await gateway.readSheets())).filter((s) => isKringSheet(s.name));
    const kept: RawSheet[] = [];
    for (const sheet of after) {
      const updates: CellUpdate[] = [];
      const rows = sheet.rows.map((r, i) => r.map((c, j) => {
        if (!mentions(c, who, patterns)) return c;
        const value = replaceSubject(c, who, pick(ERASED_CLIENT, lang), patterns);
        updates.push({ row: sheet.firstRow + i, column: sheet.firstColumn + j, value, kind: 'text' });
        return value;
      }));
      kept.push({ ...sheet, rows });
      const form = sheet.rows.some((r) => r.some(isKringKey));
      if (updates.length) await gateway.updateCells(sheet.name, updates, { form });
    }
    review = firstNameProblems(kept, who, peopleOf(read.model, who));
  }
  // The log never names who: a sheet named after the client is logged under the pseudonym.
  const sheetOf = (name: string) => (who ? String(replaceSubject(name, who, pick(ERASED_CLIENT, lang))) : name);
  const logged = await appendLog(gateway, raw, done.map((d) => ({ date: today, action, sheet: sheetOf(d.sheet), rows: d.rows, cells: d.cells })), lang);
  outcome.sheets.push(...logged);
  outcome.erased = done.map((d) => ({ ...d, sheet: sheetOf(d.sheet) }));
  outcome.problems = [...read.problems, ...review];
  if (!hasErrors(read.problems)) outcome.safety = currentConcerns(raw, read.model, lang);
  return outcome;
}

/** `kring erase`: every row about one client removed from every sheet Kring reads or writes. */
export async function runErase(gateway: WorkbookGateway, options: EraseOptions): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'erase', options, 3);
  if (blocked) return outcome;
  const who = subjectOf(read, options.client);
  options.progress?.(2, 3, { nl: 'Gegevens van de cliënt verwijderen', en: "Removing the client's data" });
  const fps = gatherClient(await readKringSheets(gateway, raw), who);
  const patterns = subjectPatterns(who);
  const done = await applyFootprints(gateway, fps, (c) => replaceSubject(c, who, pick(ERASED_CLIENT, lang), patterns));
  const own = fps.filter((fp) => fp.treatment === 'own').map((fp) => fp.sheet.name);
  options.progress?.(3, 3, { nl: 'Overzichten opnieuw maken', en: 'Remaking the overviews' });
  return finishErasure(gateway, options, outcome, done, 'erase', who, own);
}

/** What an erasure would remove, per sheet, for the confirmation (nothing written). */
export async function previewErase(gateway: WorkbookGateway, options: EraseOptions): Promise<{ lang: Lang; sheets: ErasedSheet[]; blocked: boolean; firstNames: number }> {
  const { raw, read, lang, blocked } = await startRun(gateway, 'erase', options, 1);
  if (blocked) return { lang, sheets: [], blocked, firstNames: 0 };
  const who = subjectOf(read, options.client);
  const fps = gatherClient(await readKringSheets(gateway, raw), who);
  return {
    lang,
    blocked,
    firstNames: firstNameCount(fps, who, peopleOf(read.model, who), pick(ERASED_CLIENT, lang)),
    sheets: fps.filter((fp) => fp.rows.length || fp.cells.length).map((fp) => ({ sheet: fp.sheet.name, rows: fp.rows.length, cells: fp.cells.length, rebuilt: fp.treatment !== 'edit' })),
  };
}
