import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { readWorkbook } from '../../src/engine/read';
import { inputSheetSpecs, templateSheets } from '../../src/engine/template';
import { SheetSpec } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { FORMULA_LIKE_NAMES, MISTAKES } from '../fixtures/mistakes';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-xlsx-'));

async function writeRaw(file: string, sheets: Record<string, unknown[][]>, origin = 'A1'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const startRow = Number(origin.slice(1));
  const startCol = origin.charCodeAt(0) - 64;
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null) ws.getCell(startRow + i, startCol + j).value = v as ExcelJS.CellValue;
    }));
  }
  await wb.xlsx.writeFile(file);
}

describe('xlsx gateway', () => {
  test('reads every cell kind: text, numbers, booleans, dates, formulas, errors, rich text', async () => {
    const file = path.join(tmp(), 'kinds.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cliënten');
    ws.getCell('C3').value = 'ID';
    ws.getCell('D3').value = 'Naam';
    ws.getCell('E3').value = 'Geboortejaar';
    ws.getCell('F3').value = 'Actief';
    ws.getCell('C4').value = '00123';
    ws.getCell('D4').value = { richText: [{ text: 'An' }, { text: 'na' }] };
    ws.getCell('E4').value = new Date(Date.UTC(1980, 4, 12));
    ws.getCell('F4').value = true;
    ws.getCell('C5').value = 5;
    ws.getCell('D5').value = { formula: 'UPPER("bob")', result: 'BOB' };
    ws.getCell('E5').value = { error: '#N/A' };
    await wb.xlsx.writeFile(file);
    const sheets = await (await XlsxWorkbook.open(file)).readSheets();
    expect(sheets[0]).toMatchObject({ name: 'Cliënten', firstRow: 3, firstColumn: 2 });
    expect(sheets[0].rows).toEqual([
      ['ID', 'Naam', 'Geboortejaar', 'Actief'],
      ['00123', 'Anna', 29353, true],
      [5, 'BOB', '#N/A', null],
    ]);
    const { model, problems } = readWorkbook(sheets, { today: '2026-11-23' });
    expect(model.clients.map((c) => [c.id, c.name, c.birthYear])).toEqual([['00123', 'Anna', 1980], ['5', 'BOB', null]]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', row: 5, column: 'Geboortejaar', address: 'E5' })]);
  });

  test('formula-looking user text goes in and comes out as the same literal text', async () => {
    const dir = tmp();
    const spec: SheetSpec = {
      name: 'Cliënten', role: 'output',
      columns: [{ header: 'ID', kind: 'text' }, { header: 'Naam', kind: 'text' }],
      rows: FORMULA_LIKE_NAMES.map((n, i) => [`C${i}`, n]),
      table: 'Kring_test',
    };
    const out = XlsxWorkbook.create();
    await out.writeSheets([spec], 'replace');
    await out.save(path.join(dir, 'f.xlsx'));
    const back = await XlsxWorkbook.open(path.join(dir, 'f.xlsx'));
    const ws = back.workbook.getWorksheet('Cliënten')!;
    for (let r = 2; r <= FORMULA_LIKE_NAMES.length + 1; r++) {
      expect(ws.getCell(r, 2).formula).toBeUndefined();
      expect(ws.getCell(r, 2).value).toBe(FORMULA_LIKE_NAMES[r - 2]);
    }
    const { model } = readWorkbook(await back.readSheets(), { today: '2026-11-23' });
    expect(model.clients.map((c) => c.name)).toEqual(FORMULA_LIKE_NAMES);
  });

  test('a workbook full of mistakes yields problems with sheet, row and column', async () => {
    const file = path.join(tmp(), 'mistakes.xlsx');
    await writeRaw(file, MISTAKES);
    const { problems } = readWorkbook(await (await XlsxWorkbook.open(file)).readSheets(), { today: '2026-11-23' });
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(14);
    for (const p of problems) expect(p.row === null || p.row > 1 || p.column !== null).toBe(true);
  });

  test('template writes formatted input sheets; a second run only adds what is missing and keeps data', async () => {
    const dir = tmp();
    const first = XlsxWorkbook.create();
    const specs = inputSheetSpecs('nl').filter((s) => s.name === 'Cliënten');
    specs[0] = { ...specs[0], rows: [['C1', 'Ann']] };
    await first.writeSheets(specs, 'create-if-missing');
    const r = await first.writeSheets(templateSheets('nl'), 'create-if-missing');
    expect(r.skipped).toEqual(['Cliënten']);
    expect(r.written).toEqual(expect.arrayContaining(['Competenties', 'Contacten', 'Koppelingen', 'Instellingen', 'Uitleg Kring']));
    await first.save(path.join(dir, 't.xlsx'));
    const back = await XlsxWorkbook.open(path.join(dir, 't.xlsx'));
    const clients = back.workbook.getWorksheet('Cliënten')!;
    expect(clients.getCell('B2').value).toBe('Ann');
    const contacts = back.workbook.getWorksheet('Contacten')!;
    expect(contacts.getCell('A1').value).toBe('Cliënt-ID');
    expect(contacts.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(contacts.getCell('C150').dataValidation).toMatchObject({ type: 'list' });
    expect(contacts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(contacts.getColumn(3).width).toBe(24);
    const { problems, model } = readWorkbook(await back.readSheets(), { today: '2026-11-23' });
    expect(problems).toEqual([]);
    expect(model.settings.weights.needs).toBe(35);
  });

  test('replacing an output sheet keeps its position and drops stale rows', async () => {
    const wb = XlsxWorkbook.create();
    const out = (rows: string[][]): SheetSpec => ({ name: 'Uitvoer', role: 'output', columns: [{ header: 'A', kind: 'text' }], rows, tabColor: '#1F7A6D' });
    await wb.writeSheets([out([['1'], ['2'], ['3']])], 'replace');
    wb.workbook.addWorksheet('Daarna');
    await wb.writeSheets([out([['x']])], 'replace');
    expect(wb.workbook.worksheets.map((w) => w.name)).toEqual(['Uitvoer', 'Daarna']);
    const sheets = await wb.readSheets();
    expect(sheets[0].rows).toEqual([['A'], ['x']]);
  });

  test('unreadable and password-protected files are refused clearly', async () => {
    const dir = tmp();
    const { writeFileSync } = await import('fs');
    writeFileSync(path.join(dir, 'bad.xlsx'), 'not a zip');
    await expect(XlsxWorkbook.open(path.join(dir, 'bad.xlsx'))).rejects.toMatchObject({ kind: 'unreadable' });
    writeFileSync(path.join(dir, 'enc.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(XlsxWorkbook.open(path.join(dir, 'enc.xlsx'))).rejects.toMatchObject({ kind: 'password' });
    await expect(XlsxWorkbook.open(path.join(dir, 'missing.xlsx'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});
