/**
 * The printed evaluation form uses its A4 page: answer rows tall enough to write in by hand, lines
 * to write on, columns as wide as the page. The engine's spec, and both gateways writing it.
 * (`npm run print-check` measures the printed page through LibreOffice.)
 */
import JSZip from 'jszip';
import { runEvaluate } from '../../src/engine/commands';
import { FIELDS } from '../../src/engine/evaluation/form';
import { ANSWER_ROW_HEIGHT } from '../../src/engine/evaluation/sheets';
import { SheetSpec, WorkbookGateway } from '../../src/engine/workbook';
import { createExcelGateway } from '../../src/excel';
import { minHeightRuns } from '../../src/engine/layout/sheet';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { sampleSheets } from '../../src/sample/generate';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { recordingGateway } from '../engine/recordingGateway';

const DATE = '2026-11-23';
const SHEET = 'Evaluatie 23-11-2026';
const label = (key: string) => FIELDS.find((f) => f.key === key)!.label.nl;

async function formSpec(): Promise<SheetSpec> {
  const { gateway, written } = recordingGateway();
  await runEvaluate(gateway, { date: DATE, today: DATE });
  return written.find((s) => s.name === SHEET)!;
}

describe('the evaluation form on its A4 page', () => {
  test('the spec: answer rows of at least 1 cm (free text taller, as far as the page allows), gridlines, columns within a portrait A4 page at 100%', async () => {
    const spec = await formSpec();
    const answers = spec.blocks!.filter((b) => b.editable?.[1]);
    expect(answers.length).toBe(FIELDS.length * (spec.print!.pageBreaks!.length + 1));
    for (const b of answers) {
      const field = FIELDS.find((f) => f.label.nl === b.rows[0][0])!;
      const free = !field.list && field.kind === 'text';
      if (!free) expect(b.minRowHeight).toBe(ANSWER_ROW_HEIGHT.short);
      // A free text's row gives up room when the form's texts run long, so that the form stays on its page.
      else {
        expect(b.minRowHeight).toBeGreaterThan(ANSWER_ROW_HEIGHT.short);
        expect(b.minRowHeight).toBeLessThanOrEqual(ANSWER_ROW_HEIGHT.long);
      }
    }
    expect(ANSWER_ROW_HEIGHT.short).toBeGreaterThanOrEqual(28); // 28 pt ≈ 1 cm
    expect(spec.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, gridlines: true });
    // Printed columns in characters of Calibri 11 (7 px a character, 5 px padding, 0.75 pt a px) within A4's 595 pt less 2 × 0.7 inch.
    const printed = spec.columns.slice(0, spec.print!.area!.columns).reduce((w, c) => w + ((c.width! * 7 + 5) * 0.75), 0);
    expect(printed).toBeLessThanOrEqual(595 - 2 * 0.7 * 72);
    expect(printed).toBeGreaterThan(0.9 * (595 - 2 * 0.7 * 72));
  });

  test('the Excel gateway sets the answer rows\' heights after fitting the rows, and prints the gridlines', async () => {
    const host = createExcelHost({ apiVersion: NEWEST_API });
    const uninstall = host.install(globalThis);
    try {
      const gateway = createExcelGateway();
      await gateway.writeSheets(sampleSheets(), 'create-if-missing');
      await runEvaluate(gateway, { date: DATE, today: DATE });
      const values = host.getValues(SHEET);
      const info = host.sheet(SHEET);
      expect(info.pageLayout.printGridlines).toBe(true);
      const rowsOf = (text: string) => values.map((r, i) => (r[0] === text ? i + 1 : 0)).filter(Boolean);
      expect(rowsOf(label('klik')).length).toBeGreaterThan(1);
      for (const r of rowsOf(label('klik'))) expect(info.rowHeights[r]).toBe(ANSWER_ROW_HEIGHT.short);
      for (const r of rowsOf(label('activities'))) expect(info.rowHeights[r]).toBeGreaterThan(ANSWER_ROW_HEIGHT.short);
      for (const r of rowsOf(label('activities'))) expect(info.rowHeights[r]).toBeLessThanOrEqual(ANSWER_ROW_HEIGHT.long);
      // The facts above the answers keep their fitted height.
      for (const r of rowsOf('Netwerker')) expect(info.rowHeights[r]).toBeUndefined();
    } finally {
      uninstall();
    }
  });

  test('the .xlsx gateway writes the heights as custom row heights and the gridlines as a print option', async () => {
    const wb = XlsxWorkbook.create();
    const source = recordingGateway().gateway;
    const gateway: WorkbookGateway = { ...source, writeSheets: (specs, mode) => wb.writeSheets(specs, mode) };
    await runEvaluate(gateway, { date: DATE, today: DATE });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<printOptions gridLines="1"/>');
    const [sheet] = await wb.readSheets([SHEET]);
    const klik = sheet.rows.map((r, i) => (r[0] === label('klik') ? i + sheet.firstRow : 0)).filter(Boolean);
    expect(klik.length).toBeGreaterThan(1);
    for (const r of klik) expect(xml).toMatch(new RegExp(`<row r="${r}" ht="${ANSWER_ROW_HEIGHT.short}" customHeight="1">`));
    const free = sheet.rows.map((r, i) => (r[0] === label('wentWell') ? i + sheet.firstRow : 0)).filter(Boolean);
    expect(free.length).toBeGreaterThan(1);
    for (const r of free) {
      const height = Number(new RegExp(`<row r="${r}" ht="([\\d.]+)" customHeight="1">`).exec(xml)?.[1]);
      expect(height).toBeGreaterThan(ANSWER_ROW_HEIGHT.short);
      expect(height).toBeLessThanOrEqual(ANSWER_ROW_HEIGHT.long);
    }
  });

  test('a long answer already typed keeps the fitted height in Excel: only one-line rows get the minimum', () => {
    const spec: SheetSpec = {
      name: 'S',
      role: 'output',
      columns: [
        { header: 'Vraag', kind: 'text', width: 10 },
        { header: 'Antwoord', kind: 'text', width: 10 },
      ],
      rows: [],
      blocks: [
        { at: { row: 3, column: 0 }, rows: [['Kort', 'ja']], minRowHeight: 28 },
        { at: { row: 4, column: 0 }, rows: [['Ook kort', null]], minRowHeight: 28 },
        { at: { row: 5, column: 0 }, rows: [['Lang', 'een antwoord van meer dan tien tekens']], minRowHeight: 50 },
        { at: { row: 6, column: 0 }, rows: [['Vrij', null]], minRowHeight: 50 },
        { at: { row: 7, column: 0 }, rows: [['Kop', 'Kop'], ['Rij', null]], header: true, minRowHeight: 28 },
      ],
    };
    expect(minHeightRuns(spec)).toEqual([
      { row: 3, rows: 2, height: 28 },
      { row: 6, rows: 1, height: 50 },
      { row: 8, rows: 1, height: 28 },
    ]);
  });
});
