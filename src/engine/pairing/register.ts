/** Accepted pairs into the register Koppelingen: appended to the user's table by column, or a new register sheet. */
import { Lang, pick } from '../i18n';
import { findSheet } from '../read';
import { isoToSerial } from '../read/cells';
import { locateTable } from '../read/table';
import { sheetDef } from '../schema';
import { inputSheetSpecs } from '../template';
import { Cell, ColumnKind, RawSheet, WorkbookGateway } from '../workbook';

export interface Accepted {
  networkerId: string;
  clientId: string;
  start: string;
}

/** Status words an ended pairing may have in the register (a running pair is never added twice). */
const ENDED_WORDS = ['beëindigd', 'beeindigd', 'ended'];

/** A register row by column key, for the register's own columns. */
function rowOf(a: Accepted, lang: Lang): Record<string, Cell> {
  return { networkerId: a.networkerId, clientId: a.clientId, start: isoToSerial(a.start), status: pick({ nl: 'actief', en: 'active' }, lang) };
}

/** Appends the accepted pairs; returns the sheets written (a new register) and the register's name. */
export async function appendToRegister(gateway: WorkbookGateway, raw: RawSheet[], accepted: Accepted[], lang: Lang): Promise<{ written: string[]; register: string }> {
  const def = sheetDef('pairings');
  const register = findSheet(raw, def);
  if (!accepted.length) return { written: [], register: register?.name ?? pick(def, lang) };
  if (!register) {
    const spec = inputSheetSpecs(lang).find((s) => s.name === pick(def, lang))!;
    spec.rows = accepted.map((a) => {
      const row = rowOf(a, lang);
      return def.columns.map((c) => row[c.key] ?? null);
    });
    const result = await gateway.writeSheets([spec], 'create-if-missing');
    return { written: [...new Set([...result.written, spec.name])], register: spec.name };
  }
  const table = locateTable(register, def, []);
  if (!table) throw new Error('register header not found');
  const width = Math.max(...[...table.columns.values()].map((c) => c.index)) + 1;
  const kinds: ColumnKind[] = Array.from({ length: width }, (): ColumnKind => 'text');
  const startColumn = table.columns.get('start');
  if (startColumn) kinds[startColumn.index] = 'date';
  const rows: Cell[][] = accepted.map((a) => {
    const out: Cell[] = Array(width).fill(null);
    for (const [key, value] of Object.entries(rowOf(a, lang))) {
      const column = table.columns.get(key);
      if (column) out[column.index] = value;
    }
    return out;
  });
  const at = (key: string) => table.columns.get(key)?.index;
  const status = at('status');
  await gateway.appendRows({
    sheet: register.name,
    headerRow: register.firstRow + table.headerIndex,
    firstColumn: register.firstColumn,
    kinds,
    rows,
    // A colleague may have processed the same decisions a moment ago: never add a running pair twice.
    skipExisting: { keys: [at('networkerId')!, at('clientId')!], unless: status === undefined ? undefined : { column: status, values: ENDED_WORDS } },
  });
  return { written: [register.name], register: register.name };
}
