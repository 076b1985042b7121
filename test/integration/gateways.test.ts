/** The same input through both gateways gives the same model and problems; user text stays literal in both. */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { runAll, runCheck, runTemplate } from '../../src/engine/commands';
import { readWorkbook } from '../../src/engine/read';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { createExcelHost } from '../excelHost';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { sampleSheets } from '../../src/sample/generate';
import { FORMULA_LIKE_NAMES, MISTAKES, writeRowsXlsx } from '../fixtures/mistakes';

const TODAY = '2026-11-23';
let host: TestHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost({ apiVersion: '1.7' });
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

async function mistakesXlsx(): Promise<XlsxWorkbook> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-int-')), 'm.xlsx');
  await writeRowsXlsx(file, MISTAKES);
  return XlsxWorkbook.open(file);
}

describe('both gateways', () => {
  test('a workbook full of mistakes yields the same problems through the Excel gateway and the xlsx gateway', async () => {
    for (const [name, rows] of Object.entries(MISTAKES)) host.setSheet(name, rows);
    const viaExcel = await runCheck(createExcelGateway(), { today: TODAY });
    const viaXlsx = await runCheck(await mistakesXlsx(), { today: TODAY });
    expect(viaExcel.problems.length).toBeGreaterThan(15);
    expect(viaExcel.problems).toEqual(viaXlsx.problems);
    // Excel's own first sheet (empty) is ignored; nothing was written.
    expect(host.sheetNames()).toEqual(['Sheet1', ...Object.keys(MISTAKES)]);
  });

  test('errors stop `all` before anything is written, on the test host', async () => {
    for (const [name, rows] of Object.entries(MISTAKES)) host.setSheet(name, rows);
    const before = host.sheetNames().map((n) => JSON.stringify(host.getValues(n)));
    const outcome = await runAll(createExcelGateway(), { today: TODAY });
    expect(outcome.sheets).toEqual([]);
    expect(host.sheetNames().map((n) => JSON.stringify(host.getValues(n)))).toEqual(before);
  });

  test('formula-looking client names go in and come out as the same literal text through the Excel gateway', async () => {
    const gateway = createExcelGateway();
    await runTemplate(gateway, { today: TODAY });
    // The user types names into the template (formatted as text by Kring), one per row.
    FORMULA_LIKE_NAMES.forEach((name, i) => {
      host.typeInCell('Cliënten', `A${i + 2}`, `C${i}`);
      host.typeInCell('Cliënten', `B${i + 2}`, name);
    });
    const { model, problems } = readWorkbook(await gateway.readSheets(), { today: TODAY });
    expect(problems).toEqual([]);
    expect(model.clients.map((c) => c.name)).toEqual(FORMULA_LIKE_NAMES);
    for (let i = 0; i < FORMULA_LIKE_NAMES.length; i++) expect(host.cell('Cliënten', `B${i + 2}`).formula ?? null).toBeFalsy();
  });

  test('the sample written through each gateway reads back to the same model', async () => {
    const excel = createExcelGateway();
    await excel.writeSheets(sampleSheets(), 'create-if-missing');
    const xlsx = XlsxWorkbook.create();
    await xlsx.writeSheets(sampleSheets(), 'create-if-missing');
    const a = readWorkbook(await excel.readSheets(), { today: TODAY });
    const b = readWorkbook(await xlsx.readSheets(), { today: TODAY });
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.model.clients.length).toBe(60);
    expect(a.model).toEqual(b.model);
  });

  test('template through the Excel gateway: a bounded number of syncs, input sheets only added when missing', async () => {
    host.setSheet('Cliënten', [['ID', 'Naam'], ['C1', 'Ann']]);
    host.resetStats();
    const outcome = await runTemplate(createExcelGateway(), { today: TODAY });
    expect(outcome.skipped).toEqual(['Cliënten']);
    expect(outcome.sheets).toContain('Contacten');
    expect(host.getValues('Cliënten')).toEqual([['ID', 'Naam'], ['C1', 'Ann']]);
    expect(host.stats.syncCount).toBeLessThanOrEqual(6);
    expect(host.cell('Contacten', 'C2').validation).toBeFalsy(); // ExcelApi 1.7: no data validation
  });
});
