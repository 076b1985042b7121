/**
 * Accepted intake changes written into the input sheets: the cells of Cliënten that changed, and
 * in Competenties the level with its assessment date and assessor (a row added for a competence the
 * client had none of). Only those cells; a column the sheet does not have is said, not added.
 */
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { Problem } from '../problems';
import { findSheet } from '../read';
import { idKey, isoToSerial } from '../read/cells';
import { normKey } from '../read/normalize';
import { locateTable, LocatedTable } from '../read/table';
import { SheetKey, sheetDef } from '../schema';
import { inputSheetSpecs } from '../template';
import { Cell, CellUpdate, ColumnKind, RawSheet, WorkbookGateway } from '../workbook';
import { IntakeChange } from './changes';

export interface IntakeWrites {
  /** Sheets whose cells were changed or that were added. */
  sheets: string[];
  /** Cells changed, rows added. */
  cells: number;
  rows: number;
}

function missingColumn(sheet: string, key: SheetKey, column: string): Problem {
  const def = sheetDef(key).columns.find((c) => c.key === column)!;
  return {
    severity: 'warning',
    sheet,
    row: null,
    column: def.nl,
    message: {
      nl: `Het blad ${sheet} heeft geen kolom "${def.nl}"; Kring schrijft die waarde niet. Voeg de kolom toe en verwerk de intake opnieuw.`,
      en: `The sheet ${sheet} has no column "${def.en}"; Kring does not write that value. Add the column and process the intake again.`,
    },
  };
}

export async function writeIntake(gateway: WorkbookGateway, raw: RawSheet[], model: KringModel, changes: IntakeChange[], lang: Lang, problems: Problem[]): Promise<IntakeWrites> {
  const out: IntakeWrites = { sheets: [], cells: 0, rows: 0 };
  await writeClients(gateway, raw, model, changes.filter((c) => c.field !== 'level'), problems, out);
  await writeLevels(gateway, raw, model, changes.filter((c) => c.field === 'level'), lang, problems, out);
  return out;
}

async function writeClients(gateway: WorkbookGateway, raw: RawSheet[], model: KringModel, changes: IntakeChange[], problems: Problem[], out: IntakeWrites) {
  const sheet = findSheet(raw, sheetDef('clients'));
  const table = sheet && locateTable(sheet, sheetDef('clients'), []);
  if (!sheet || !table || !changes.length) return;
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const updates: CellUpdate[] = [];
  const said = new Set<string>();
  for (const change of changes) {
    const column = table.columns.get(change.field);
    if (!column) {
      if (!said.has(change.field)) problems.push(missingColumn(sheet.name, 'clients', change.field));
      said.add(change.field);
      continue;
    }
    updates.push({ row: byId.get(change.client)!.origin.row, column: sheet.firstColumn + column.index, value: String(change.to), kind: 'text' });
  }
  if (!updates.length) return;
  await gateway.updateCells(sheet.name, updates);
  out.sheets.push(sheet.name);
  out.cells += updates.length;
}

async function writeLevels(gateway: WorkbookGateway, raw: RawSheet[], model: KringModel, changes: IntakeChange[], lang: Lang, problems: Problem[], out: IntakeWrites) {
  if (!changes.length) return;
  const def = sheetDef('competences');
  const sheet = findSheet(raw, def);
  const table = sheet && locateTable(sheet, def, []);
  const valuesOf = (c: IntakeChange): Record<string, Cell> => ({ clientId: c.client, competence: c.competence, level: Number(c.to), date: isoToSerial(c.date), assessor: c.assessor });
  if (!sheet || !table) {
    const spec = inputSheetSpecs(lang).find((s) => s.name === pick(def, lang))!;
    spec.rows = changes.map((c) => def.columns.map((col) => valuesOf(c)[col.key] ?? null));
    const result = await gateway.writeSheets([spec], 'create-if-missing');
    out.sheets.push(...result.written);
    out.rows += changes.length;
    return;
  }
  const longForm = table.columns.has('competence') && table.columns.has('level');
  const updates: CellUpdate[] = [];
  const appended: Record<string, Cell>[] = [];
  for (const key of ['date', 'assessor']) if (!table.columns.has(key)) problems.push(missingColumn(sheet.name, 'competences', key));
  const cell = (row: number, index: number | undefined, value: Cell, kind: ColumnKind) => {
    if (index !== undefined && value !== null) updates.push({ row, column: sheet.firstColumn + index, value, kind });
  };
  const dated = new Set<number>();
  for (const change of changes) {
    const now = model.competences.find((c) => c.clientId === change.client && normKey(c.competence) === normKey(change.competence!));
    const levelIndex = longForm ? table.columns.get('level')!.index : wideColumn(table, change.competence!);
    const row = longForm ? now?.origin.row : now?.origin.row ?? wideRow(table, change.client);
    if (levelIndex === undefined) {
      problems.push({ ...missingColumn(sheet.name, 'competences', 'competence'), column: change.competence, message: { nl: `Het blad ${sheet.name} heeft geen kolom "${change.competence}"; Kring schrijft dit niveau niet. Voeg de kolom toe of gebruik de kolommen Competentie en Niveau.`, en: `The sheet ${sheet.name} has no column "${change.competence}"; Kring does not write this level. Add the column or use the columns Competence and Level.` } });
      continue;
    }
    if (row === undefined) {
      appended.push(valuesOf(change));
      continue;
    }
    cell(row, levelIndex, Number(change.to), 'integer');
    // In the wide form one date and assessor hold for the client's whole row.
    if (!dated.has(row)) {
      cell(row, table.columns.get('date')?.index, isoToSerial(change.date), 'date');
      cell(row, table.columns.get('assessor')?.index, change.assessor, 'text');
      dated.add(row);
    }
  }
  if (updates.length) {
    await gateway.updateCells(sheet.name, updates);
    out.cells += updates.length;
  }
  if (appended.length) await appendLevels(gateway, sheet, table, appended, longForm);
  out.rows += appended.length;
  if (updates.length || appended.length) out.sheets.push(sheet.name);
}

function wideColumn(table: LocatedTable, competence: string): number | undefined {
  return table.extraHeaders.find((h) => normKey(h.header) === normKey(competence))?.index;
}

/** The Excel row of a client in the wide form (a row with all levels still empty). */
function wideRow(table: LocatedTable, client: string): number | undefined {
  const at = table.columns.get('clientId')!.index;
  const i = table.sheet.rows.findIndex((r, k) => k > table.headerIndex && idKey(String(r[at] ?? '')) === idKey(client));
  return i < 0 ? undefined : table.sheet.firstRow + i;
}

async function appendLevels(gateway: WorkbookGateway, sheet: RawSheet, table: LocatedTable, values: Record<string, Cell>[], longForm: boolean) {
  const width = Math.max(...[...table.columns.values()].map((c) => c.index), ...table.extraHeaders.map((h) => h.index)) + 1;
  const kinds: ColumnKind[] = Array.from({ length: width }, (): ColumnKind => 'text');
  const at = (key: string) => table.columns.get(key)?.index;
  for (const [key, kind] of [['date', 'date'], ['level', 'integer']] as const) if (at(key) !== undefined) kinds[at(key)!] = kind;
  const rows = values.map((v) => {
    const row: Cell[] = Array(width).fill(null);
    for (const key of ['clientId', 'competence', 'level', 'date', 'assessor']) if (at(key) !== undefined) row[at(key)!] = v[key];
    if (!longForm) {
      const index = wideColumn(table, String(v.competence));
      if (index !== undefined) {
        row[index] = v.level;
        kinds[index] = 'integer';
      }
    }
    return row;
  });
  await gateway.appendRows({ sheet: sheet.name, headerRow: sheet.firstRow + table.headerIndex, firstColumn: sheet.firstColumn, kinds, rows });
}
