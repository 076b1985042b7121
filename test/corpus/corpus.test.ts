/**
 * The bad-input corpus (./cases.ts) through both gateways: each case is written to a real .xlsx
 * file and read with the xlsx gateway, seeded on the strict Excel test host and read with the
 * Excel gateway, and run through `kring check --json`. Both gateways must give exactly the
 * expected problems and the same model; the CLI must give the same problems and exit 1 exactly
 * when there is an error.
 */
import { main } from '../../src/cli/main';
import { readWorkbook, ReadResult } from '../../src/engine/read';
import { createExcelGateway } from '../../src/excel';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { Expected, hostSeed, hostTyping, tuples, writeXlsx } from './build';
import { CASES, CorpusCase } from './cases';

const TODAY = '2026-11-23';

const canonical = (list: Expected[]) => list.map((t) => JSON.stringify(t)).sort();

async function viaXlsx(c: CorpusCase): Promise<{ file: string; result: ReadResult }> {
  const file = await writeXlsx(c.sheets);
  const sheets = await (await XlsxWorkbook.open(file)).readSheets();
  const result = readWorkbook(sheets, { today: TODAY });
  return { file, result };
}

async function viaHost(c: CorpusCase): Promise<ReadResult> {
  const host = createExcelHost({ apiVersion: NEWEST_API, sheets: hostSeed(c.sheets) });
  const uninstall = host.install(globalThis);
  try {
    for (const t of hostTyping(c.sheets)) host.typeInCell(t.sheet, t.address, t.text);
    return readWorkbook(await createExcelGateway().readSheets(), { today: TODAY });
  } finally {
    uninstall();
  }
}

test('the corpus has at least 40 cases with distinct ids', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
});

describe.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  let xlsx: { file: string; result: ReadResult };

  beforeAll(async () => {
    xlsx = await viaXlsx(c);
  });

  test(`xlsx gateway: ${c.title}`, () => {
    expect(canonical(tuples(xlsx.result.problems))).toEqual(canonical(c.expect));
    c.model?.(xlsx.result.model);
    for (const p of xlsx.result.problems) {
      // Plain language in both languages, short enough to read even when the cell is huge.
      expect(p.message.nl.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.nl.length).toBeLessThan(400);
      expect(p.message.en.length).toBeLessThan(400);
    }
  });

  // Cases the host cannot express (a used range to row 1,048,576) run through the xlsx gateway only.
  const hostTest = c.xlsxOnly ? (..._args: unknown[]) => undefined : test;
  hostTest(`Excel gateway on the test host gives the same${c.hostNote ? ` (${c.hostNote})` : ''}`, async () => {
    const viaExcel = await viaHost(c);
    expect(tuples(viaExcel.problems)).toEqual(tuples(xlsx.result.problems));
    expect(viaExcel.problems).toEqual(xlsx.result.problems);
    expect(viaExcel.model).toEqual(xlsx.result.model);
  });

  test('kring check --json: same problems, exit 1 exactly when there is an error', async () => {
    let out = '';
    const code = await main(['check', xlsx.file, '--json', '--date', TODAY], { out: (t) => (out += t), err: () => undefined });
    const summary = JSON.parse(out) as { problems: { severity: string; sheet: string; row: number | null; column: string | null }[] };
    expect(canonical(summary.problems.map((p) => [p.severity, p.sheet, p.row, p.column] as Expected))).toEqual(canonical(c.expect));
    expect(code).toBe(c.expect.some(([severity]) => severity === 'error') ? 1 : 0);
  });
});
