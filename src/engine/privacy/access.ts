/**
 * Access (AVG art. 15): everything Kring holds about one client, written into a NEW workbook —
 * never the user's own — sheet by sheet as found, with a cover sheet saying what each part is.
 * Other clients appear only by their initials (the other person of a pairing), never by ID or name.
 */
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { isoToSerial } from '../read/cells';
import { RunOptions, RunOutcome, startRun } from '../run';
import { initials } from '../sheets/labels';
import { Cell, ColumnSpec, columnLetters, FORBIDDEN_SHEET_NAME_CHARS, SHEET_NAME_MAX, SheetSpec, WorkbookGateway } from '../workbook';
import { readKringSheets, subjectOf } from './erase';
import { gatherClient, SheetFootprint } from './gather';
import { replaceSubject, Subject, subjectPatterns } from './words';

export interface AccessOptions extends RunOptions {
  client: string;
}

/** Other clients' IDs and names replaced by their initials. */
function masker(model: KringModel, who: Subject): (cell: Cell) => Cell {
  const others = model.clients.filter((c) => c.id !== who.id).map((c) => ({ who: { id: c.id, name: c.name }, by: initials(c.name), patterns: subjectPatterns({ id: c.id, name: c.name }) }));
  return (cell) => {
    if (cell === null || typeof cell === 'boolean' || (typeof cell === 'number' && !others.length)) return cell;
    let out: Cell = cell;
    for (const o of others) {
      const text = String(out).toLowerCase();
      if (!text.includes(o.who.id.toLowerCase()) && !(o.who.name && text.includes(o.who.name.toLowerCase()))) continue;
      out = replaceSubject(out, o.who, o.by, o.patterns);
    }
    return out;
  };
}

function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(new RegExp(FORBIDDEN_SHEET_NAME_CHARS.source, 'g'), '_').slice(0, SHEET_NAME_MAX);
  let out = base;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${base.slice(0, SHEET_NAME_MAX - 4)} (${n})`;
  used.add(out.toLowerCase());
  return out;
}

/** One sheet of the access workbook: the source's header row, then the rows about the subject. */
function partSheet(fp: SheetFootprint, mask: (c: Cell) => Cell, name: string): SheetSpec {
  const indexes = [...new Set([...fp.rows, ...fp.cells.map((c) => c.row)])].sort((a, b) => a - b);
  const rows = indexes.map((i) => fp.sheet.rows[i].map(mask));
  const width = Math.max(1, ...rows.map((r) => r.length), fp.header >= 0 ? fp.sheet.rows[fp.header].length : 0);
  const header = fp.header >= 0 ? fp.sheet.rows[fp.header] : [];
  const columns: ColumnSpec[] = Array.from({ length: width }, (_, j) => {
    const text = header[j];
    return {
      header: typeof text === 'string' && text.trim() ? text.trim() : columnLetters(fp.sheet.firstColumn + j),
      kind: fp.kinds[j] === 'date' || fp.kinds[j] === 'integer' ? fp.kinds[j] : rows.some((r) => typeof r[j] === 'number') ? 'number' : 'text',
      width: 16,
    };
  });
  // Headers must differ for Excel to show them as written.
  const seen = new Set<string>();
  for (const c of columns) {
    let h = c.header;
    for (let n = 2; seen.has(h.toLowerCase()); n++) h = `${c.header} (${n})`;
    seen.add(h.toLowerCase());
    c.header = h;
  }
  return { name, role: 'output', columns, rows: rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null)), freezeHeader: true };
}

/** The sheets of the access workbook: the cover, then one sheet per sheet that holds something about the subject. */
export function accessSheets(fps: SheetFootprint[], model: KringModel, who: Subject, lang: Lang, today: string): SheetSpec[] {
  const mask = masker(model, who);
  const used = new Set<string>();
  const coverName = sheetName(pick({ nl: 'Inzage', en: 'Access' }, lang), used);
  const parts = fps.filter((fp) => fp.rows.length || fp.cells.length);
  // Sheet names too: another client's map sheet is named after them.
  const shownName = (fp: SheetFootprint) => String(mask(fp.sheet.name));
  const specs = parts.map((fp) => partSheet(fp, mask, sheetName(shownName(fp), used)));
  const cover: SheetSpec = {
    name: coverName,
    role: 'output',
    preamble: [
      pick({ nl: `Inzage (AVG art. 15): wat Kring bewaart over ${who.name} (${who.id})`, en: `Access (GDPR art. 15): what Kring holds about ${who.name} (${who.id})` }, lang),
      pick({ nl: 'Elk blad hieronder is een blad uit de werkmap, met alleen de rijen over deze cliënt. Andere cliënten staan er alleen met hun initialen in.', en: 'Each sheet below is a sheet of the workbook, with only the rows about this client. Other clients appear only by their initials.' }, lang),
    ],
    columns: [
      { header: pick({ nl: 'Blad', en: 'Sheet' }, lang), kind: 'text', width: 28 },
      { header: pick({ nl: 'In de werkmap', en: 'In the workbook' }, lang), kind: 'text', width: 28 },
      { header: pick({ nl: 'Wat het is', en: 'What it is' }, lang), kind: 'text', width: 60, wrap: true },
      { header: pick({ nl: 'Rijen', en: 'Rows' }, lang), kind: 'integer', width: 8 },
      { header: pick({ nl: 'Datum', en: 'Date' }, lang), kind: 'date', width: 12 },
    ],
    rows: parts.map((fp, i) => [specs[i].name, shownName(fp), pick(fp.what, lang), specs[i].rows.length, isoToSerial(today)]),
    freezeHeader: true,
  };
  return [cover, ...specs];
}

/**
 * `kring access`: reads the user's workbook and writes the access sheets into `target`, a
 * different (new) workbook; the user's workbook is only read.
 */
export async function runAccess(gateway: WorkbookGateway, target: WorkbookGateway, options: AccessOptions): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'access', options, 2);
  if (blocked) return outcome;
  const who = subjectOf(read, options.client);
  const fps = gatherClient(await readKringSheets(gateway, raw), who);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const specs = accessSheets(fps, read.model, who, lang, today);
  options.progress?.(2, 2, { nl: 'Inzage schrijven', en: 'Writing the access workbook' });
  const result = await target.writeSheets(specs, 'replace');
  outcome.sheets.push(...result.written);
  outcome.mainSheet = specs[0].name;
  return outcome;
}
