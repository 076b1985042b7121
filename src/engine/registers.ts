/**
 * Rows appended to one of the registers Kring keeps in the user's input sheets (Koppelingen,
 * Veiligheidssignalen): by column key into the user's own table, whatever its column order, or
 * the register created from the template when the workbook has none. Everything else is kept.
 */
import { Lang, pick } from './i18n';
import { findSheet } from './read';
import { locateTable } from './read/table';
import { SheetKey, sheetDef } from './schema';
import { inputSheetSpecs } from './template';
import { Cell, ColumnKind, RawSheet, WorkbookGateway } from './workbook';

export interface RegisterAppend {
  register: SheetKey;
  /** Values by column key; keys the register has no column for are left out. */
  rows: Record<string, Cell>[];
  /** Leave out a row the sheet already has with the same values in these columns (a colleague did it a moment ago). */
  skipKeys?: string[];
  /** … unless that row's column holds one of these words (an ended pairing may start again). */
  unless?: { key: string; values: string[] };
}

/** Appends the rows; returns the sheets written (a new register) and the register's name. */
export async function appendToRegisterSheet(gateway: WorkbookGateway, raw: RawSheet[], request: RegisterAppend, lang: Lang): Promise<{ written: string[]; register: string }> {
  const def = sheetDef(request.register);
  const sheet = findSheet(raw, def);
  if (!request.rows.length) return { written: [], register: sheet?.name ?? pick(def, lang) };
  if (!sheet) {
    const spec = inputSheetSpecs(lang).find((s) => s.name === pick(def, lang))!;
    spec.rows = request.rows.map((row) => def.columns.map((c) => row[c.key] ?? null));
    const result = await gateway.writeSheets([spec], 'create-if-missing');
    return { written: [...new Set([...result.written, spec.name])], register: spec.name };
  }
  const table = locateTable(sheet, def, []);
  if (!table) throw new Error(`register header not found: ${def.key}`);
  const width = Math.max(...[...table.columns.values()].map((c) => c.index)) + 1;
  const kinds: ColumnKind[] = Array.from({ length: width }, (): ColumnKind => 'text');
  for (const col of def.columns) {
    const at = table.columns.get(col.key);
    if (at && col.kind === 'date') kinds[at.index] = 'date';
  }
  const rows: Cell[][] = request.rows.map((values) => {
    const out: Cell[] = Array(width).fill(null);
    for (const [key, value] of Object.entries(values)) {
      const column = table.columns.get(key);
      if (column) out[column.index] = value;
    }
    return out;
  });
  const at = (key: string) => table.columns.get(key)?.index;
  const keys = (request.skipKeys ?? []).map(at);
  const unless = request.unless ? at(request.unless.key) : undefined;
  await gateway.appendRows({
    sheet: sheet.name,
    headerRow: sheet.firstRow + table.headerIndex,
    firstColumn: sheet.firstColumn,
    kinds,
    rows,
    skipExisting: keys.length && keys.every((k) => k !== undefined)
      ? { keys: keys as number[], unless: unless === undefined || !request.unless ? undefined : { column: unless, values: request.unless.values } }
      : undefined,
  });
  return { written: [sheet.name], register: sheet.name };
}
