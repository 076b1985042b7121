import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { readWorkbook } from '../../src/engine/read';
import { inputSheetSpecs, templateSheets } from '../../src/engine/template';
import { SheetSpec } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { readByExcelJs } from './excelJs';
import { FORMULA_LIKE_NAMES, MISTAKES } from '../fixtures/mistakes';
import { formSheet, mapSheet } from './mapFixtures';

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
    const ws = (await readByExcelJs(path.join(dir, 'f.xlsx'))).getWorksheet('Cliënten')!;
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
    const byExcelJs = await readByExcelJs(path.join(dir, 't.xlsx'));
    const clients = byExcelJs.getWorksheet('Cliënten')!;
    expect(clients.getCell('B2').value).toBe('Ann');
    const contacts = byExcelJs.getWorksheet('Contacten')!;
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
    await wb.writeSheets([{ ...out([]), name: 'Daarna' }], 'replace');
    await wb.writeSheets([out([['x']])], 'replace');
    expect(wb.sheetNames()).toEqual(['Uitvoer', 'Daarna']);
    const sheets = await wb.readSheets(['Uitvoer']);
    expect(sheets[0].rows).toEqual([['A'], ['x']]);
  });

  test('unreadable and password-protected files are refused clearly', async () => {
    const dir = tmp();
    const { writeFileSync } = await import('fs');
    writeFileSync(path.join(dir, 'bad.xlsx'), Buffer.from([0, 1, 2, 3, 4]));
    await expect(XlsxWorkbook.open(path.join(dir, 'bad.xlsx'))).rejects.toMatchObject({ kind: 'unreadable', reason: 'not-zip' });
    writeFileSync(path.join(dir, 'text.xlsx'), 'not a zip');
    await expect(XlsxWorkbook.open(path.join(dir, 'text.xlsx'))).rejects.toMatchObject({ kind: 'text' });
    // An OLE compound file: an encrypted workbook has the stream EncryptedPackage, else it is an old .xls.
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(path.join(dir, 'enc.xlsx'), Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]));
    await expect(XlsxWorkbook.open(path.join(dir, 'enc.xlsx'))).rejects.toMatchObject({ kind: 'password' });
    writeFileSync(path.join(dir, 'old.xls'), Buffer.concat([ole, Buffer.from('Workbook', 'utf16le')]));
    await expect(XlsxWorkbook.open(path.join(dir, 'old.xls'))).rejects.toMatchObject({ kind: 'xls' });
    await expect(XlsxWorkbook.open(path.join(dir, 'missing.xlsx'))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('xlsx gateway: cell blocks and charts', () => {
  const categories = { row: 1, column: 0, rows: 3 };
  const overview: SheetSpec = {
    name: "Locatie's overzicht",
    role: 'output',
    columns: [
      { header: 'Locatie', kind: 'text', width: 14 },
      { header: 'Koppelingen', kind: 'integer', width: 14 },
      { header: 'Wachtend', kind: 'integer', width: 12 },
    ],
    rows: [['Noord', 5, 2], ['Zuid', 3, 4], ['=Oost & <west>', 7, 1]],
    table: 'Locaties',
    protect: true,
    blocks: [
      {
        at: { row: 6, column: 0 },
        title: 'Leeftijd en score',
        header: true,
        rows: [['Leeftijd', 'Score', 'Opmerking', 'Aandeel'], [30, 7.5, '+31 6 1234', 0.25], [45, 6.25, '=HYPERLINK("http://x","y")', 0.5], [52, 8, '00123']],
        formats: ['integer', 'score', 'text', 'percent'],
      },
    ],
    charts: [
      {
        type: 'column',
        title: 'Koppelingen per locatie',
        series: [
          { name: 'Koppelingen', categories, values: { row: 1, column: 1, rows: 3 }, color: '#1F7A6D' },
          { name: 'Wachtend', categories, values: { row: 1, column: 2, rows: 3 }, color: '#C55A11' },
        ],
        anchor: { row: 0, column: 5 },
        width: 480,
        height: 288,
        legend: true,
        xAxisTitle: 'Locatie',
        yAxisTitle: 'Aantal',
      },
      {
        type: 'scatter',
        title: 'Leeftijd en score',
        series: [{ name: 'Cliënten', x: { row: 8, column: 0, rows: 3 }, values: { row: 8, column: 1, rows: 3 }, color: '#2E75B6', markers: true, lines: false }],
        anchor: { row: 16, column: 5 },
        width: 400,
        height: 300,
        xAxisTitle: 'Leeftijd',
        yAxisTitle: 'Score',
      },
    ],
  };
  const extra: SheetSpec = {
    name: 'Verloop',
    role: 'output',
    columns: [{ header: 'Maand', kind: 'text' }, { header: 'Nieuw', kind: 'integer' }, { header: 'Gestopt', kind: 'integer' }],
    rows: [['jan', 4, 1], ['feb', 6, 2], ['mrt', 3, 0], ['apr', 8, 3]],
    charts: [
      {
        type: 'line',
        title: 'Verloop',
        series: [
          { name: 'Nieuw', categories: { row: 1, column: 0, rows: 4 }, values: { row: 1, column: 1, rows: 4 }, color: '#1F7A6D', markers: true },
          { name: 'Gestopt', categories: { row: 1, column: 0, rows: 4 }, values: { row: 1, column: 2, rows: 4 }, color: '#C00000' },
        ],
        anchor: { row: 1, column: 4 },
        width: 420,
        height: 260,
        yAxisTitle: 'Cliënten',
      },
      {
        type: 'bar',
        title: 'Nieuw per maand',
        series: [{ name: 'Nieuw', categories: { row: 1, column: 0, rows: 4 }, values: { row: 1, column: 1, rows: 4 } }],
        anchor: { row: 16, column: 4 },
        width: 420,
        height: 220,
      },
      {
        type: 'pie',
        title: 'Aandeel',
        series: [{ name: 'Nieuw', categories: { row: 1, column: 0, rows: 4 }, values: { row: 1, column: 1, rows: 4 } }],
        anchor: { row: 30, column: 4 },
        width: 320,
        height: 240,
      },
    ],
  };

  async function written(): Promise<{ file: string; zip: JSZip }> {
    const file = process.env.KRING_CHART_FILE ?? path.join(tmp(), 'charts.xlsx');
    const wb = XlsxWorkbook.create();
    await wb.writeSheets([overview, extra], 'replace');
    await wb.save(file);
    return { file, zip: await JSZip.loadAsync(readFileSync(file)) };
  }

  test('writes blocks: bold title and header, formats per column, user text literal', async () => {
    const { file } = await written();
    const ws = (await readByExcelJs(file)).getWorksheet(overview.name)!;
    expect(ws.getCell('A7').value).toBe('Leeftijd en score');
    expect(ws.getCell('A7').font?.bold).toBe(true);
    expect(['A8', 'B8', 'C8', 'D8'].map((a) => [ws.getCell(a).value, ws.getCell(a).font?.bold])).toEqual([
      ['Leeftijd', true],
      ['Score', true],
      ['Opmerking', true],
      ['Aandeel', true],
    ]);
    expect(ws.getCell('A9').font?.bold).toBeFalsy();
    expect([ws.getCell('A9').numFmt, ws.getCell('B9').numFmt, ws.getCell('C9').numFmt, ws.getCell('D9').numFmt]).toEqual(['0', '0.0', '@', '0%']);
    expect(ws.getCell('C9').value).toBe('+31 6 1234');
    expect(ws.getCell('C10').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('C10').formula).toBeUndefined();
    expect(ws.getCell('C11').value).toBe('00123');
    expect(ws.getCell('B10').value).toBe(6.25);
    const sheets = await (await XlsxWorkbook.open(file)).readSheets([overview.name]);
    expect(sheets[0].rows[7]).toEqual(['Leeftijd', 'Score', 'Opmerking', 'Aandeel']);
  });

  test('adds native chart parts: chart XML with references and cached values, drawing, rels, sheet element, content types', async () => {
    const { zip } = await written();
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart5.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml', 'xl/drawings/_rels/drawing1.xml.rels']));
    const text = (p: string) => zip.file(p)!.async('string');

    // Which worksheet part is which sheet.
    const workbook = await text('xl/workbook.xml');
    const wbRels = await text('xl/_rels/workbook.xml.rels');
    const rid = new RegExp(`name="Locatie&apos;s overzicht"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? new RegExp(`name="Locatie's overzicht"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels)?.[1];
    const sheetPart = `xl/${target!.replace(/^\/?xl\//, '')}`;
    const sheetXml = await text(sheetPart);
    const sheetRels = await text(sheetPart.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    // The drawing element: after pageSetup/headerFooter-like elements, before tableParts.
    const drawingRid = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
    expect(sheetXml.indexOf('<drawing ')).toBeLessThan(sheetXml.indexOf('<tableParts'));
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('</sheetData>'));
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<sheetProtection'));
    // The sheet rels keep the table relationship and gain the drawing.
    expect(sheetRels).toMatch(/relationships\/table"/);
    expect(sheetRels).toMatch(new RegExp(`Id="${drawingRid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`));

    const drawing = await text('xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:oneCellAnchor>/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="4572000" cy="2743200"/>');
    expect(drawing).toContain(`<xdr:ext cx="${400 * 9525}" cy="${300 * 9525}"/>`);
    const drawingRels = await text('xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');

    const column = await text('xl/charts/chart1.xml');
    expect(column).toContain('<c:barChart><c:barDir val="col"/>');
    expect(column).toContain('<c:tx><c:v>Koppelingen</c:v></c:tx>');
    expect(column).toContain("<c:f>&apos;Locatie&apos;&apos;s overzicht&apos;!$B$2:$B$4</c:f>");
    expect(column).toContain("<c:cat><c:strRef><c:f>&apos;Locatie&apos;&apos;s overzicht&apos;!$A$2:$A$4</c:f><c:strCache><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>Noord</c:v></c:pt>");
    expect(column).toContain('<c:v>=Oost &amp; &lt;west&gt;</c:v>');
    expect(column).toContain('<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>5</c:v></c:pt><c:pt idx="1"><c:v>3</c:v></c:pt><c:pt idx="2"><c:v>7</c:v></c:pt></c:numCache>');
    expect(column).toContain('<a:srgbClr val="1F7A6D"/>');
    expect(column).toContain('Koppelingen per locatie');
    expect(column).toContain('<c:legendPos val="b"/>');

    const scatter = await text('xl/charts/chart2.xml');
    expect(scatter).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    expect(scatter).toContain("<c:xVal><c:numRef><c:f>&apos;Locatie&apos;&apos;s overzicht&apos;!$A$9:$A$11</c:f>");
    expect(scatter).toContain("<c:yVal><c:numRef><c:f>&apos;Locatie&apos;&apos;s overzicht&apos;!$B$9:$B$11</c:f>");
    expect(scatter).toContain('<a:ln w="19050"><a:noFill/></a:ln>'); // markers only
    expect(scatter).not.toContain('<c:legend>');

    const types = await text('[Content_Types].xml');
    for (let n = 1; n <= 5; n++) expect(types).toContain(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    for (const n of [1, 2]) expect(types).toContain(`<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(await text('xl/charts/chart3.xml')).toContain('<c:lineChart>');
    expect(await text('xl/charts/chart4.xml')).toContain('<c:barDir val="bar"/>');
    expect(await text('xl/charts/chart5.xml')).toContain('<c:pieChart><c:varyColors val="1"/>');
  });

  test('the parts are well-formed XML (xmllint, when installed)', async () => {
    const { zip } = await written();
    const xmllint = spawnSync('xmllint', ['--version']);
    if (xmllint.error) return;
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const r = spawnSync('xmllint', ['--noout', '-'], { input: await zip.file(name)!.async('string') });
      expect([name, r.status, r.stderr.toString()]).toEqual([name, 0, '']);
    }
  });

  test('a rebuilt sheet gets new charts and its old chart parts go; other sheets keep theirs', async () => {
    const { file } = await written();
    const back = await XlsxWorkbook.open(file);
    expect(back.sheetNames()).toEqual([overview.name, 'Verloop']);
    const sheets = await back.readSheets([overview.name, 'Verloop']);
    expect(sheets[1].rows[1]).toEqual(['jan', 4, 1]);
    await back.writeSheets([extra], 'replace');
    const zip = await JSZip.loadAsync(await back.toBuffer());
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(5);
    const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(2);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(5);
  });

  test('a sheet replaced without charts loses them, with their parts and content types', async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheets([extra], 'replace');
    expect(Object.keys((await JSZip.loadAsync(await wb.toBuffer())).files).filter((n) => n.includes('chart'))).toHaveLength(3);
    await wb.writeSheets([{ ...extra, charts: undefined }], 'replace');
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    expect(Object.keys(zip.files).filter((n) => n.includes('chart') || n.includes('drawing'))).toEqual([]);
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toMatch(/chart|drawing/);
  });
});

describe('xlsx gateway: forms, print settings, highlights, map charts', () => {
  async function saved(specs: SheetSpec[]): Promise<{ file: string; zip: JSZip }> {
    const file = path.join(tmp(), 'forms.xlsx');
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(specs, 'replace');
    await wb.save(file);
    return { file, zip: await JSZip.loadAsync(readFileSync(file)) };
  }

  test('forms: unlocked filled answer cells, dropdowns on non-header cells, wrapped text with row heights', async () => {
    const { file } = await saved([formSheet(3)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Formulieren')!;
    expect(ws.getCell('A10').value).toBe('Formulier 1');
    expect(ws.getCell('A12').protection?.locked).not.toBe(false);
    expect(ws.getCell('B12').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B12').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('A12').alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(12).height).toBeGreaterThan(15);
    expect(ws.getCell('C23').dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee,misschien"'] });
    expect(ws.getCell('C11').dataValidation).toBeUndefined();
    expect(ws.getCell('C11').protection?.locked).not.toBe(false);
  });

  test('print settings: A4, portrait, fit to width, header and footer, print titles, row page breaks', async () => {
    const { file, zip } = await saved([formSheet(3)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Formulieren')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&CKring — formulieren', oddFooter: '&CPagina &P — &D' });
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // Zero-based rows 24 and 39 start a page: breaks after Excel rows 24 and 39.
    expect([...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([24, 39]);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Formulieren&apos;!$1:$1</definedName>');
  });

  test('highlights: a formula rule on the body cells of the column', async () => {
    const { file } = await saved([formSheet(1)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Formulieren')!;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('B4:B8');
    expect(cfs[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['AND(ISNUMBER(B4),B4<=2)'] });
    expect(cfs[0].rules[0].style.fill.bgColor.argb).toBe('FFF8CBAD');
    expect(cfs[0].rules[0].style.font.color.argb).toBe('FF9C0006');
  });

  test('map chart XML: line widths, dashes, marker sizes, labels from cells, hidden legend entries, fixed bounds, hidden axes, gaps, square plot area', async () => {
    const { zip } = await saved([mapSheet()]);
    const xml = await zip.file('xl/charts/chart1.xml')!.async('string');
    const sers = xml.split('<c:ser>').slice(1);
    expect(sers).toHaveLength(10);
    expect(sers[0]).toContain('<a:ln w="9525" cap="rnd"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill><a:round/></a:ln>'); // 0.75 pt
    expect(sers[0]).toContain('<c:marker><c:symbol val="none"/></c:marker>');
    expect(sers[3]).toContain('<a:ln w="12700" cap="rnd"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill><a:prstDash val="dash"/><a:round/></a:ln>');
    expect(sers[5]).toContain('<c:marker><c:symbol val="circle"/><c:size val="9"/>');
    // Familie: four labelled points, each text from its cell, right of the point; no labels for other points.
    const familie = sers[5];
    expect([...familie.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>.*?<a:t>([^<]*)<\/a:t>.*?<c:dLblPos val="(\w+)"\/>/g)].map((m) => [Number(m[1]), m[2], m[3]])).toEqual([
      [0, 'Contact A', 'r'],
      [1, 'Contact E', 'r'],
      [2, 'Contact I', 'r'],
      [3, 'Contact M', 'r'],
    ]);
    expect(familie).toMatch(/<\/c:dLbl><c:showLegendKey val="0"\/><c:showVal val="0"\/>/);
    expect(sers[9]).toContain('<a:t>Cliënt</a:t>');
    expect(sers[9]).toContain('<c:size val="12"/>');
    expect(sers.every((s) => s.includes('<c:smooth val="0"/>'))).toBe(true);
    expect(xml).toContain('<c:scatterStyle val="lineMarker"/>');
    // Gaps: blank cells between tie segments have no cached point.
    expect(sers[4]).toMatch(/<c:ptCount val="11"\/>/);
    expect((sers[4].split('<c:yVal>')[1].match(/<c:pt idx=/g) ?? []).length).toBe(8);
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect([...xml.matchAll(/<c:legendEntry><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:legendEntry>/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4]);
    expect(xml.match(/<c:scaling><c:orientation val="minMax"\/><c:max val="3.6"\/><c:min val="-3.6"\/><\/c:scaling><c:delete val="1"\/>/g)).toHaveLength(2);
    expect(xml).not.toContain('<c:majorGridlines/>');
    const layout = /<c:manualLayout><c:layoutTarget val="inner"\/><c:xMode val="edge"\/><c:yMode val="edge"\/><c:x val="([\d.]+)"\/><c:y val="([\d.]+)"\/><c:w val="([\d.]+)"\/><c:h val="([\d.]+)"\/><\/c:manualLayout>/.exec(xml);
    expect(layout).not.toBeNull();
    // The chart is square (640 × 640), so equal fractions make a square plot area.
    expect(layout![3]).toBe(layout![4]);
    const xmllint = spawnSync('xmllint', ['--noout', '-'], { input: xml });
    if (!xmllint.error) expect(xmllint.status).toBe(0);
  });
});
