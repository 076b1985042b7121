/** What the erasure tests share: the client erased, how a mention is found, rows compared without them, the CLI run. */
import { main } from '../../src/cli/main';
import { Cell, RawSheet, WorkbookGateway } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

/** The command line in-process: exit code and what it printed. */
export async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Every worksheet of an .xlsx file with its cells. */
export async function sheetsOf(file: string): Promise<RawSheet[]> {
  const wb = await XlsxWorkbook.open(file);
  return wb.readSheets(wb.sheetNames());
}

export const SAMPLE_DATE = '2026-11-30';

/** Marloes S. of the sample: contacts, a pairing, forms, safety concerns about her and with her; the test adds an exclusion. */
export const SUBJECT = { id: 'C001', name: 'Marloes S.' };
const PATTERN = new RegExp(`(^|[^A-Za-z0-9])(${SUBJECT.id}|${SUBJECT.name.replace('.', '\\.')})($|[^A-Za-z0-9])`, 'i');
const PSEUDONYM = /verwijderde cliënt|erased client/i;

const blank = (c: Cell | undefined) => c === null || c === undefined || c === '';

/** The cells (or with `rows`, the rows) of a sheet that name the subject. */
export function mentionsOf(sheet: RawSheet, rows = false): string[] {
  const out: string[] = [];
  for (const r of sheet.rows) {
    const hits = r.filter((c) => c !== null && PATTERN.test(String(c))).map(String);
    if (rows && hits.length) out.push(JSON.stringify(r));
    else out.push(...(rows ? [] : hits));
  }
  return out;
}

/** The non-empty rows that neither name the subject nor hold the pseudonym (other clients' data). */
export function rowsWithout(sheet: RawSheet): string[] {
  return sheet.rows
    .filter((r) => r.some((c) => !blank(c)) && !r.some((c) => c !== null && (PATTERN.test(String(c)) || PSEUDONYM.test(String(c)))))
    .map((r) => JSON.stringify(r.map((c) => (blank(c) ? null : c))));
}

export function everyCell(sheet: RawSheet): string {
  return sheet.rows.map((r) => r.filter((c) => !blank(c)).join('\t')).join('\n');
}

/** An exclusion between the subject and another client, as a user would add it. */
export async function addExclusion(gateway: WorkbookGateway): Promise<void> {
  await gateway.appendRows({ sheet: 'Uitsluitingen', headerRow: 1, firstColumn: 0, kinds: ['text', 'text', 'text'], rows: [[SUBJECT.id, 'C030', 'Ruzie gehad']] });
}
