/**
 * Every text Kring writes that came from users (names, remarks, activities, reasons, answers) is stored
 * as literal text, in every output sheet, through both gateways.
 */
import { runAll, runDecide, runEvaluate } from '../../src/engine/commands';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';
import { columnLetters, SheetSpec } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { readByExcelJs } from '../xlsx/excelJs';

const DATE = '2026-11-23';
const EVIL = ['=HYPERLINK("http://x","y")', '+31 6 1234', '-Jan', '@home', '=1+1'];

/** The sample with formula-looking text in every user field that reaches an output sheet. */
function evilSample(): SheetSpec[] {
  let k = 0;
  const next = () => EVIL[k++ % EVIL.length];
  return sampleSheets().map((s) => {
    const col = (h: string) => s.columns.findIndex((c) => c.header === h);
    const textCols = ['Naam', 'Locatie', 'Begeleider', 'Contact', 'Reden', 'Reden einde', 'Activiteit', 'Interesses', 'Hulpvraag']
      .map(col)
      .filter((i) => i >= 0);
    return {
      ...s,
      rows: s.rows.map((r, i) => (i % 3 === 0 ? r.map((v, j) => (textCols.includes(j) && typeof v === 'string' ? `${next()} ${v}` : v)) : r)),
    };
  });
}

const OUTPUTS = /^(Koppelvoorstellen|Kandidaat-netwerkers|Locatie-overzicht|Netwerkoverzicht|Netwerkkaart |Evaluatie|Intervisie|Kring afwijzingen)/;

describe.each(API_VERSIONS)('ExcelApi %s', (apiVersion) => {
  describe('formula safety in every output sheet', () => {
    let host: TestHost;
    let uninstall: () => void;
    beforeEach(() => {
      host = createExcelHost({ apiVersion: apiVersion });
      uninstall = host.install(globalThis);
    });
    afterEach(() => uninstall());

    test('through the Excel gateway: no output cell holds a formula, and the evil texts are there literally', async () => {
      const gateway = createExcelGateway();
      await gateway.writeSheets(evilSample(), 'create-if-missing');
      const outcome = await runAll(gateway, { today: DATE, date: DATE, clients: ['C012', 'C002'] });
      expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
      await runDecide(gateway, { today: DATE });
      await runEvaluate(gateway, { date: DATE, today: DATE });
      const outputs = host.sheetNames().filter((n) => OUTPUTS.test(n));
      expect(outputs.length).toBeGreaterThanOrEqual(7);
      let evilSeen = 0;
      for (const name of outputs) {
        const values = host.getValues(name);
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            expect(host.cell(name, `${columnLetters(c)}${r + 1}`).formula ?? null).toBeFalsy();
            if (typeof v === 'string' && EVIL.some((e) => v.includes(e))) evilSeen++;
          }),
        );
      }
      expect(evilSeen).toBeGreaterThan(20);
    });

    test('through the xlsx gateway: no output cell holds a formula after a save and reload', async () => {
      const wb = XlsxWorkbook.create();
      await wb.writeSheets(evilSample(), 'create-if-missing');
      await runAll(wb, { today: DATE, date: DATE, clients: ['C012', 'C002'] });
      const back = await readByExcelJs(await saveTmp(wb));
      let evilSeen = 0;
      for (const ws of back.worksheets.filter((w) => OUTPUTS.test(w.name))) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.formula).toBeFalsy();
            if (typeof cell.value === 'string' && EVIL.some((e) => (cell.value as string).includes(e))) evilSeen++;
          }),
        );
      }
      expect(evilSeen).toBeGreaterThan(20);
    });
  });

  async function saveTmp(wb: XlsxWorkbook): Promise<string> {
    const { mkdtempSync } = await import('fs');
    const os = await import('os');
    const path = await import('path');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-evil-')), 'out.xlsx');
    await wb.save(file);
    return file;
  }

  describe('formula safety in cells Kring updates in place', () => {
    test('a remark or reason written into a text cell reads back exactly, without an apostrophe', async () => {
      const host = createExcelHost({ apiVersion: apiVersion });
      const uninstall = host.install(globalThis);
      try {
        host.setSheet('Koppelingen', [['Netwerker-ID', 'Cliënt-ID', 'Reden einde'], ['A', 'B', null]]);
        const gateway = createExcelGateway();
        await gateway.updateCells('Koppelingen', [{ row: 2, column: 2, value: '=geen klik', kind: 'text' }]);
        await gateway.appendRows({ sheet: 'Koppelingen', headerRow: 1, firstColumn: 0, kinds: ['text', 'text', 'text'], rows: [['C', 'D', '+31 6 1234']] });
        expect(host.getValues('Koppelingen')).toEqual([['Netwerker-ID', 'Cliënt-ID', 'Reden einde'], ['A', 'B', '=geen klik'], ['C', 'D', '+31 6 1234']]);
        expect(host.cell('Koppelingen', 'C2').formula ?? null).toBeFalsy();
        expect(host.cell('Koppelingen', 'C3').formula ?? null).toBeFalsy();
      } finally {
        uninstall();
      }
    });
  });
});
