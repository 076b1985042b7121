/**
 * The sample with client C012's network measured on three dates of its own (independent of the
 * sample's dates): the map at the sample's latest date, then one contact less, then two more gone.
 */
import { Cell, SheetSpec } from '../../src/engine/workbook';
import { isoToSerial, sampleSheets } from '../../src/sample/generate';

export const THREE_DATES = ['2025-01-15', '2025-06-15', '2025-12-15'] as const;
export const THREE_DATE_CLIENT = 'C012';

export function threeDateSheets(): { sheets: SheetSpec[]; sizes: number[] } {
  const sheets = sampleSheets();
  const contacts = sheets.find((s) => s.name === 'Contacten')!;
  const id = contacts.columns.findIndex((c) => c.header === 'Cliënt-ID');
  const date = contacts.columns.findIndex((c) => c.header === 'Peildatum');
  const own = contacts.rows.filter((r) => r[id] === THREE_DATE_CLIENT);
  const latest = Math.max(...own.map((r) => Number(r[date])));
  const base = own.filter((r) => Number(r[date]) === latest);
  const perDate = [base, base.slice(0, -1), base.slice(2)];
  const rows: Cell[][] = [
    ...contacts.rows.filter((r) => r[id] !== THREE_DATE_CLIENT),
    ...perDate.flatMap((list, k) => list.map((r) => r.map((v, i) => (i === date ? isoToSerial(THREE_DATES[k]) : v)))),
  ];
  return { sheets: sheets.map((s) => (s === contacts ? { ...s, rows } : s)), sizes: perDate.map((l) => l.length) };
}
