/**
 * The log of erasures and retention clean-ups (Kring verwijderlog): per sheet the date, the action
 * and how many rows went and cells were replaced — never an ID or a name, so the log itself holds
 * nothing about the person. Created on first use; later lines are appended below.
 */
import { Lang, pick } from '../i18n';
import { findSheet } from '../read';
import { isoToSerial } from '../read/cells';
import { normKey } from '../read/normalize';
import { Cell, RawSheet, WorkbookGateway } from '../workbook';
import { ACTIONS, LOG_COLUMNS, LOG_SHEET } from './words';

export interface LogLine {
  date: string;
  action: keyof typeof ACTIONS;
  sheet: string;
  rows: number;
  cells: number;
}

function cellsOf(line: LogLine, lang: Lang): Cell[] {
  return [isoToSerial(line.date), pick(ACTIONS[line.action], lang), line.sheet, line.rows, line.cells];
}

/** Appends the lines (one per sheet changed); returns the sheets written (the log when it is new). */
export async function appendLog(gateway: WorkbookGateway, raw: RawSheet[], lines: LogLine[], lang: Lang): Promise<string[]> {
  if (!lines.length) return [];
  const existing = findSheet(raw, LOG_SHEET);
  const rows = lines.map((l) => cellsOf(l, lang));
  if (!existing) {
    const name = pick(LOG_SHEET, lang);
    await gateway.writeSheets(
      [{
        name,
        role: 'input',
        preamble: [pick({ nl: 'Wat Kring verwijderde, per blad: datum en aantallen. Nooit wie.', en: 'What Kring removed, per sheet: date and counts. Never who.' }, lang)],
        columns: LOG_COLUMNS.map((c) => ({ header: pick(c, lang), kind: c.kind, width: c.width })),
        rows,
        freezeHeader: true,
      }],
      'create-if-missing',
    );
    return [name];
  }
  const [sheet] = await gateway.readSheets([existing.name]);
  const headers = new Set(LOG_COLUMNS.flatMap((c) => [c.nl, c.en]).map(normKey));
  const at = sheet.rows.findIndex((r) => r.filter((c) => typeof c === 'string' && headers.has(normKey(c))).length >= 3);
  const headerRow = sheet.firstRow + Math.max(0, at);
  await gateway.appendRows({ sheet: sheet.name, headerRow, firstColumn: sheet.firstColumn, kinds: LOG_COLUMNS.map((c) => c.kind), rows });
  return [];
}
