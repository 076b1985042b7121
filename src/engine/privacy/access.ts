/**
 * Access (AVG art. 15): everything Kring holds about one client, written into a NEW workbook —
 * never the user's own — sheet by sheet as found, with a cover sheet saying what each part is.
 * Other clients appear only by their initials (the other person of a pairing), never by ID or name.
 */
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { layoutOf } from '../layout/sheet';
import { isoToSerial } from '../read/cells';
import { RunOptions, RunOutcome, startRun } from '../run';
import { mapSheet, mapSheetName } from '../networks/sheets';
import { initials } from '../sheets/labels';
import { Cell, FORBIDDEN_SHEET_NAME_CHARS, SHEET_NAME_MAX, SheetSpec, WorkbookGateway } from '../workbook';
import { readKringSheets, subjectOf } from './erase';
import { accessPrint, partSheet } from './accessParts';
import { gatherClient, namedRows, SheetFootprint } from './gather';
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

/**
 * The client's own Netwerkkaart is a chart over its drawing data: the access workbook gets the map
 * drawn again, for them to see, with everyone on it by initials whatever the printout setting.
 */
function ownMap(model: KringModel, who: Subject, name: string, title: string, lang: Lang): SheetSpec | null {
  const spec = mapSheet({ ...model, settings: { ...model.settings, privacy: 'initials' } }, who.id, null, lang);
  return spec && { ...spec, name, print: { ...spec.print, header: `${title} — ${name}` } };
}

/** The sheets of the access workbook: the cover, then one sheet per sheet that holds something about the subject. */
export function accessSheets(fps: SheetFootprint[], model: KringModel, who: Subject, lang: Lang, today: string): SheetSpec[] {
  const mask = masker(model, who);
  const used = new Set<string>();
  const coverName = sheetName(pick({ nl: 'Inzage', en: 'Access' }, lang), used);
  const parts = fps.filter((fp) => fp.rows.length || fp.cells.length);
  // Sheet names too: another client's map sheet is named after them.
  const shownName = (fp: SheetFootprint) => String(mask(fp.sheet.name));
  const title = pick({ nl: `Inzage ${who.name} (${who.id})`, en: `Access ${who.name} (${who.id})` }, lang);
  // Rows: of the workbook's sheet (a row of a wide sheet becomes a block of lines); none for a drawn map.
  const lines: { spec: SheetSpec; source: string; what: string; rows: number | null }[] = parts.map((fp) => {
    const name = sheetName(shownName(fp), used);
    const map = fp.treatment === 'own' ? ownMap(model, who, name, title, lang) : null;
    return { spec: map ?? partSheet(fp, mask, name, title, lang), source: shownName(fp), what: pick(fp.what, lang), rows: map ? null : namedRows(fp).length };
  });
  // Their map, drawn from Contacten, also when the workbook has no Netwerkkaart sheet for them.
  const drawn = parts.some((fp) => fp.treatment === 'own') ? null : ownMap(model, who, sheetName(mapSheetName(who.id, lang), used), title, lang);
  if (drawn) lines.push({ spec: drawn, source: '—', rows: null, what: pick({ nl: 'De netwerkkaart van de cliënt, getekend uit de contacten in Contacten.', en: "The client's network map, drawn from the contacts in Contacts." }, lang) });
  const specs = lines.map((l) => l.spec);
  const cover: SheetSpec = {
    name: coverName,
    role: 'output',
    preamble: [
      pick({ nl: `Inzage (AVG art. 15): wat Kring bewaart over ${who.name} (${who.id})`, en: `Access (GDPR art. 15): what Kring holds about ${who.name} (${who.id})` }, lang),
      // Short lines: a preamble cell does not wrap, and a long one would shrink the printed page.
      pick({ nl: 'Elk blad hieronder is een blad uit de werkmap, met alleen de rijen over deze cliënt.', en: 'Each sheet below is a sheet of the workbook, with only the rows about this client.' }, lang),
      pick({ nl: 'Een rij die te breed is voor papier staat er als lijst van gegevens.', en: 'A row too wide for paper is shown as a list of fields.' }, lang),
      pick({ nl: 'Andere cliënten staan er alleen met hun initialen in. De netwerkkaart is opnieuw getekend.', en: 'Other clients appear only by their initials. The network map is drawn again.' }, lang),
    ],
    columns: [
      { header: pick({ nl: 'Blad', en: 'Sheet' }, lang), kind: 'text', width: 28 },
      { header: pick({ nl: 'In de werkmap', en: 'In the workbook' }, lang), kind: 'text', width: 28 },
      { header: pick({ nl: 'Wat het is', en: 'What it is' }, lang), kind: 'text', width: 60, wrap: true },
      { header: pick({ nl: 'Rijen', en: 'Rows' }, lang), kind: 'integer', width: 8 },
      { header: pick({ nl: 'Datum', en: 'Date' }, lang), kind: 'date', width: 12 },
    ],
    rows: lines.map((l) => [l.spec.name, l.source, l.what, l.rows, isoToSerial(today)]),
    freezeHeader: true,
  };
  cover.print = accessPrint(cover.columns, title, lang, layoutOf(cover).headerRow);
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
