/**
 * Seeded random damage to the sample workbook: rows deleted, duplicated, swapped or inserted,
 * cells blanked or replaced by values of every kind, headers renamed or dropped, sheets renamed
 * or dropped, empty columns inserted. Deterministic for a seed.
 */
import { sampleSheets } from '../../src/sample/generate';
import { Cell } from '../../src/engine/workbook';
import { seededRandom as mulberry32 } from '../../src/sample/random';
export { mulberry32 };

/** A cell as a fuzz case holds it: Date for a real date cell (xlsx), else the engine's Cell. */
export type FuzzCell = Cell | Date;
export interface FuzzSheet {
  name: string;
  rows: FuzzCell[][];
}


/**
 * The sample's input sheets as rows (header first). With `clients`, only that many clients are
 * kept, with the rows of the other sheets that mention only them (smaller and faster, still whole).
 */
export function baseSheets(clients?: number): FuzzSheet[] {
  const sheets = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows.map((r) => [...r])] as FuzzCell[][] }));
  if (clients === undefined) return sheets;
  const [clientSheet, ...others] = sheets;
  const all = new Set(clientSheet.rows.slice(1).map((r) => r[0]));
  clientSheet.rows = clientSheet.rows.slice(0, clients + 1);
  const kept = new Set(clientSheet.rows.slice(1).map((r) => r[0]));
  for (const s of others) {
    const [header, ...body] = s.rows;
    s.rows = [header, ...body.filter((r) => r.every((v) => !all.has(v as string) || kept.has(v as string))).slice(0, 8 * clients)];
  }
  return sheets;
}

const STRINGS = [
  '=SUM(A1:A3)', '+31 6 1234', '-Jan', '@home', '=1/0', "'quoted", '#N/A', '#REF!', '#VALUE!', '#DIV/0!',
  '😀', '👩🏽‍🦱 Oma', 'محمد', 'שרה', ' ', '\u00a0', '\t', '\n', '  C1  ', 'ja', 'NEE', 'TRUE', 'vier', '4+', '0',
  '3-2-2026', '2026-02-30', '31/12/1999', 'gisteren', 'ma t/m vr', 'weekend', 'Mon, Wed', 'netwerker', 'beide', 'coach',
  'Familie', 'Winkel', 'Totaal', 'C001', 'C01', 'c1', '00123', '1e5', '1,5', '-1', '11', 'NaN', 'null', 'undefined',
  '<script>', '"; DROP TABLE', 'a;b;c', 'a\nb', 'Cliënten', 'Koppelingen',
];
const SHEET_NAMES = ['Clients', '  clienten ', 'Blad2', 'Contacts', 'Netwerk', 'Pairings', 'Register', 'Skills', 'Overig', 'Data (2)', 'ÉÉN'];

export function randomValue(rand: () => number): FuzzCell {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  switch (Math.floor(rand() * 9)) {
    case 0:
      return Math.floor(rand() * 200) - 50;
    case 1:
      return pick([0, 1, -1, 0.5, 1e-9, 123456789, 2958465, 1e15, -1e15, 45000.75]);
    case 2:
      return 'x'.repeat(Math.floor(rand() * 3) === 0 ? 32767 : Math.floor(rand() * 300));
    case 3:
      return rand() < 0.5;
    case 4:
      return new Date(Date.UTC(1900 + Math.floor(rand() * 200), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    case 5:
      return null;
    default:
      return pick(STRINGS);
  }
}

/** Applies `count` random mutations; returns the damaged sheets and what was done (for failure messages). */
export function mutate(seed: number, count: number, clients?: number): { sheets: FuzzSheet[]; log: string[] } {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const sheets = baseSheets(clients);
  const log: string[] = [];
  for (let k = 0; k < count; k++) {
    if (!sheets.length) break;
    const s = sheets[int(sheets.length)];
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    const r = s.rows.length ? int(s.rows.length) : 0;
    const c = int(width);
    switch (int(11)) {
      case 0:
        if (s.rows.length) s.rows.splice(r, 1);
        log.push(`delete row ${r} of ${s.name}`);
        break;
      case 1:
        if (s.rows.length) s.rows.splice(r, 0, [...s.rows[r]]);
        log.push(`duplicate row ${r} of ${s.name}`);
        break;
      case 2: {
        const r2 = s.rows.length ? int(s.rows.length) : 0;
        if (s.rows.length) [s.rows[r], s.rows[r2]] = [s.rows[r2], s.rows[r]];
        log.push(`swap rows ${r} and ${r2} of ${s.name}`);
        break;
      }
      case 3:
        if (s.rows[r]) s.rows[r][c] = null;
        log.push(`blank ${s.name}[${r}][${c}]`);
        break;
      case 4:
      case 5: {
        const v = randomValue(rand);
        if (s.rows[r]) s.rows[r][c] = v;
        log.push(`set ${s.name}[${r}][${c}] = ${JSON.stringify(v)?.slice(0, 40)}`);
        break;
      }
      case 6: {
        const v = rand() < 0.3 ? null : rand() < 0.5 ? randomValue(rand) : s.rows[0]?.[int(width)] ?? null;
        if (s.rows[0]) s.rows[0][c] = v;
        log.push(`header ${s.name}[${c}] = ${JSON.stringify(v)?.slice(0, 40)}`);
        break;
      }
      case 7: {
        const name = SHEET_NAMES[int(SHEET_NAMES.length)];
        if (!sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
          log.push(`rename sheet ${s.name} to ${name}`);
          s.name = name;
        }
        break;
      }
      case 8:
        if (rand() < 0.5) {
          sheets.splice(sheets.indexOf(s), 1);
          log.push(`drop sheet ${s.name}`);
        }
        break;
      case 9:
        s.rows.splice(r, 0, []);
        log.push(`insert empty row at ${r} of ${s.name}`);
        break;
      default:
        for (const row of s.rows) if (row.length >= c) row.splice(c, 0, null);
        log.push(`insert empty column at ${c} of ${s.name}`);
    }
  }
  return { sheets, log };
}
