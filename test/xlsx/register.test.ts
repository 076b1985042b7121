/**
 * The register (Koppelingen) edited in place: rows appended inside its table with the look of the
 * row above, cells set, a 1904 workbook's dates counted its way; every other row, cell, column
 * and part of the user's sheet keeps its bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { fromExcelJs, readByExcelJs } from './excelJs';

const REGISTER = ['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Status', 'Notitie van de coördinator'];

async function userRegister(date1904 = false): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Koppelingen');
  ws.addTable({
    name: 'tblKoppelingen',
    ref: 'A1',
    headerRow: true,
    columns: REGISTER.map((name) => ({ name })),
    rows: [
      ['N1', 'C1', new Date(Date.UTC(2026, 0, 5)), 'actief', 'eerste'],
      ['N2', 'C2', new Date(Date.UTC(2026, 1, 9)), 'actief', 'tweede'],
    ],
  });
  ws.getCell('A3').font = { color: { argb: 'FF0000FF' } };
  ws.getCell('G1').value = { formula: 'COUNTA(A:A)-1', result: 2 };
  ws.getCell('C2').numFmt = 'd mmm yyyy';
  ws.getCell('C3').numFmt = 'd mmm yyyy';
  wb.addWorksheet('Eigen blad').getCell('B2').value = 'van de gebruiker';
  return wb;
}

async function parts(wb: XlsxWorkbook): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

describe('the register edited in place', () => {
  test('appended rows join the table, take the style of the row above and Kring’s formats; the rest keeps its bytes', async () => {
    const wb = await fromExcelJs(await userRegister());
    const before = await parts(wb);
    const serial = 46099; // 2026-03-18
    await wb.appendRows({ sheet: 'Koppelingen', headerRow: 1, firstColumn: 0, kinds: ['text', 'text', 'date', 'text'], rows: [['N3', 'C3', serial, 'actief'], ['N4', 'C4', serial + 1, '=actief']] });
    const after = await parts(wb);
    for (const [name, text] of before) {
      if (/sheet1\.xml$|table1\.xml$|styles\.xml$/.test(name)) continue;
      expect([name, after.get(name) === text]).toEqual([name, true]);
    }
    const sheetBefore = before.get('xl/worksheets/sheet1.xml')!;
    const sheetAfter = after.get('xl/worksheets/sheet1.xml')!;
    // The user's rows are untouched: the old <row> elements stand as they were.
    for (const row of sheetBefore.match(/<row [^>]*>.*?<\/row>/g)!) expect(sheetAfter).toContain(row);
    expect(after.get('xl/tables/table1.xml')).toContain('ref="A1:E5"');

    const back = await readByExcelJs(wb);
    const ws = back.getWorksheet('Koppelingen')!;
    expect([4, 5].map((r) => [1, 2, 3, 4].map((c) => ws.getCell(r, c).value))).toEqual([
      ['N3', 'C3', new Date(Date.UTC(2026, 2, 18)), 'actief'],
      ['N4', 'C4', new Date(Date.UTC(2026, 2, 19)), '=actief'],
    ]);
    expect(ws.getCell('D5').formula).toBeUndefined();
    expect(ws.getCell('C4').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('A4').font?.color).toEqual({ argb: 'FF0000FF' });
    expect(ws.getCell('E2').value).toBe('eerste');
    expect(ws.getCell('G1').formula).toBe('COUNTA(A:A)-1');
  });

  test('set cells keep their own style with Kring’s number format; a 1904 workbook gets its own serials', async () => {
    const wb = await fromExcelJs(await userRegister(true));
    await wb.updateCells('Koppelingen', [
      { row: 2, column: 3, value: 'beëindigd', kind: 'text' },
      { row: 3, column: 2, value: 46099, kind: 'date' },
    ]);
    const [sheet] = await wb.readSheets(['Koppelingen']);
    expect(sheet.rows[1][3]).toBe('beëindigd');
    expect(sheet.rows[2][2]).toBe(46099);
    const back = await readByExcelJs(wb);
    const ws = back.getWorksheet('Koppelingen')!;
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2026, 2, 18)));
    expect(ws.getCell('C3').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('A3').font?.color).toEqual({ argb: 'FF0000FF' });
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 0, 5)));
  });
});
