import { TestHost } from '../../src/testhost';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { createExcelGateway, ExcelGateway } from '../../src/excel';
import { SheetSpec } from '../../src/engine/workbook';
import { formSheet, mapSheet } from '../xlsx/mapFixtures';

let host: TestHost;
let gateway: ExcelGateway;
let uninstall: () => void;

function setup(apiVersion: string, options: Parameters<typeof createExcelGateway>[0] = {}) {
  host = createExcelHost({ apiVersion });
  uninstall = host.install(globalThis);
  gateway = createExcelGateway(options);
}

afterEach(() => uninstall?.());

const clients: SheetSpec = {
  name: 'Cliënten',
  role: 'input',
  preamble: ['Cliënten', 'Eén rij per cliënt.'],
  columns: [
    { header: 'ID', kind: 'text', width: 10, editable: true },
    { header: 'Naam', kind: 'text', editable: true, hint: 'Roepnaam' },
    { header: 'Rol', kind: 'text', list: ['netwerker', 'deelnemer', 'beide'], editable: true },
    { header: 'Capaciteit', kind: 'integer', editable: true },
    { header: 'Start', kind: 'date' },
    { header: 'Score', kind: 'score' },
    { header: 'Aandeel', kind: 'percent' },
  ],
  rows: [
    ['00123', '=HYPERLINK("http://x","y")', 'netwerker', 2, 46056, 7.25, 0.5],
    ['00124', '+31 6 1234', null, null, null, null, null],
    ['-', '@home', 'deelnemer', 1, 'onbekend', 3, 0.25],
  ],
  table: 'Clienten',
  tabColor: '#2E75B6',
  freezeHeader: true,
  protect: true,
};

describe('readSheets', () => {
  beforeEach(() => setup(NEWEST_API));

  it('reads plain ranges with offsets and tables into RawSheets', async () => {
    host.setSheet('Plain', [['ID', 'Naam'], ['001', 'An'], [2, null], ['#N/A', true]], { at: 'C3' });
    host.setSheet('Tab', [['Kop', 'X'], ['a', 1]], { at: 'B5', table: 'Tabel' });
    host.setSheet('Leeg', []);
    // A row typed below the table (which did not grow) is read too: the used range counts.
    host.typeInCell('Tab', 'B7', 'b');
    const sheets = await gateway.readSheets();
    expect(sheets).toEqual([
      { name: 'Sheet1', rows: [], firstRow: 1, firstColumn: 0 },
      { name: 'Plain', rows: [['ID', 'Naam'], ['001', 'An'], [2, null], ['#N/A', true]], firstRow: 3, firstColumn: 2 },
      { name: 'Tab', rows: [['Kop', 'X'], ['a', 1], ['b', null]], firstRow: 5, firstColumn: 1, table: 'Tabel' },
      { name: 'Leeg', rows: [], firstRow: 1, firstColumn: 0 },
    ]);
    expect(host.stats.syncCount).toBe(3);
  });

  it('uses the same number of syncs for 10 and 4,000 rows and 1 or 12 sheets (under 100,000 cells)', async () => {
    host.setSheet('A', Array.from({ length: 10 }, (_, i) => [i, `r${i}`]));
    await gateway.readSheets();
    const small = host.stats.syncCount;
    host.resetStats();
    for (let s = 0; s < 12; s++) host.setSheet(`S${s}`, Array.from({ length: 4_000 }, (_, i) => [i, `r${i}`]), s % 2 ? { table: `Tabel_${s}` } : {});
    const sheets = await gateway.readSheets();
    expect(sheets.find((x) => x.name === 'S3')!.rows).toHaveLength(4_000);
    expect(host.stats.syncCount).toBe(small);
  });

  it('reads a large workbook in blocks: one more request per 100,000 cells, every response well under 5 MB', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`K${i}`, `Contact ${i % 19}`, 'Familie', 1 + (i % 3), 46082, i % 2 ? 'ja' : 'nee']);
    host.setSheet('Contacten', [['Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Wederkerig'], ...rows]);
    host.resetStats();
    const sheets = await gateway.readSheets();
    const read = sheets.find((x) => x.name === 'Contacten')!;
    expect(read.rows).toHaveLength(150_001);
    expect(read.rows[150_000]).toEqual(rows[149_999]);
    const cells = 150_001 * 6;
    expect(host.stats.syncCount).toBe(2 + Math.ceil(cells / 100_000));
    expect(host.stats.largestResponseBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('works at ExcelApi 1.3 (getUsedRange instead of getUsedRangeOrNullObject)', async () => {
    uninstall();
    setup('1.3');
    host.setSheet('Plain', [['a']], { at: 'B2' });
    const sheets = await gateway.readSheets();
    expect(sheets).toEqual([
      { name: 'Sheet1', rows: [], firstRow: 1, firstColumn: 0 },
      { name: 'Plain', rows: [['a']], firstRow: 2, firstColumn: 1 },
    ]);
  });
});

describe('writeSheets', () => {
  it('writes a spec: values, formats, validation, table, freeze, tab colour, protection, locked cells', async () => {
    setup(NEWEST_API);
    const result = await gateway.writeSheets([clients], 'replace');
    expect(result).toEqual({ written: ['Cliënten'], skipped: [], warnings: [] });
    const s = 'Cliënten';
    // preamble in rows 1-2, blank row 3, header row 4, body from row 5
    expect(host.getValues(s, 'A1:A3')).toEqual([['Cliënten'], ['Eén rij per cliënt.'], ['']]);
    expect(host.cell(s, 'A1').bold).toBe(true);
    expect(host.getValues(s, 'A4:G4')).toEqual([['ID', 'Naam', 'Rol', 'Capaciteit', 'Start', 'Score', 'Aandeel']]);
    expect(host.cell(s, 'D4').bold).toBe(true);
    expect(host.getValues(s, 'A5:G7')).toEqual([
      ['00123', '=HYPERLINK("http://x","y")', 'netwerker', 2, 46056, 7.25, 0.5],
      ['00124', '+31 6 1234', '', '', '', '', ''],
      ['-', '@home', 'deelnemer', 1, 'onbekend', 3, 0.25],
    ]);
    for (const addr of ['A5', 'B5', 'B6', 'A7', 'B7', 'E7']) expect(host.cell(s, addr).formula).toBeUndefined();
    expect(host.getText(s, 'E5:G5')).toEqual([['03-02-2026', '7.3', '50%']]);
    expect(host.cell(s, 'A5').numberFormat).toBe('@');
    expect(host.cell(s, 'D5').numberFormat).toBe('0');
    expect(host.cell(s, 'E5').numberFormat).toBe('dd-mm-yyyy');
    expect(host.cell(s, 'F5').numberFormat).toBe('0.0');
    expect(host.cell(s, 'G5').numberFormat).toBe('0%');
    // dropdown on body and on 200 spare rows of an input sheet
    const rule = { list: { inCellDropDown: true, source: 'netwerker,deelnemer,beide' } };
    expect(host.cell(s, 'C5').validation).toEqual(rule);
    expect(host.cell(s, 'C207').validation).toEqual(rule);
    expect(host.cell(s, 'C208').validation).toBeUndefined();
    expect(host.cell(s, 'B5').prompt).toMatchObject({ showPrompt: true, message: 'Roepnaam' });
    expect(host.cell(s, 'A207').numberFormat).toBe('@');
    // editable columns unlocked, others locked; sheet protected
    expect(host.cell(s, 'A5').locked).toBe(false);
    expect(host.cell(s, 'D200').locked).toBe(false);
    expect(host.cell(s, 'E5').locked).toBe(true);
    expect(host.cell(s, 'A4').locked).toBe(true);
    const info = host.sheet(s);
    expect(info).toMatchObject({ tabColor: '#2E75B6', freezeRows: 4, protected: true });
    expect(info.columnWidths.A).toBeCloseTo(56.25);
    expect(info.tables).toEqual([
      { name: 'Clienten', sheet: s, address: 'Cliënten!A4:G7', headerAddress: 'Cliënten!A4:G4', bodyAddress: 'Cliënten!A5:G7', style: 'TableStyleMedium2' },
    ]);
    expect(host.stats.syncCount).toBe(2);
    expect(host.stats.screenUpdatingSuspensions).toBe(1);
    expect(host.OfficeExtension).toBeDefined();
  });

  it('leaves calculation mode as it was', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([clients], 'replace');
    await host.Excel.run(async (ctx) => {
      const app = ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      expect(app.calculationMode).toBe('Automatic');
    });
  });

  it('round-trips formula-looking text as literal text through write and read', async () => {
    setup(NEWEST_API);
    const spec: SheetSpec = {
      name: 'Tekst',
      role: 'output',
      columns: [{ header: 'Waarde', kind: 'text' }],
      rows: [['=HYPERLINK("http://x","y")'], ['+31 6 1234'], ['-5'], ['@x'], ['00123'], ["'quoted"], ['1-2-2026'], ['TRUE']],
    };
    await gateway.writeSheets([spec], 'replace');
    const [, read] = await gateway.readSheets();
    expect(read.rows.slice(1).map((r) => r[0])).toEqual(spec.rows.map((r) => r[0]));
  });

  it('replaces an existing output sheet (with a table, protected) without stale content; keeps its position', async () => {
    setup(NEWEST_API);
    host.setSheet('Uitvoer', [['Oud', 'Kolom'], ['x', 'y'], ['z', 'w']], { table: 'Resultaat' });
    host.typeInCell('Uitvoer', 'F20', 'stale');
    host.addSheet('Na');
    await host.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Uitvoer').protection.protect();
      await ctx.sync();
    });
    const spec: SheetSpec = { name: 'Uitvoer', role: 'output', columns: [{ header: 'Nieuw', kind: 'integer' }], rows: [[1]], table: 'Resultaat' };
    const result = await gateway.writeSheets([spec], 'replace');
    expect(result.written).toEqual(['Uitvoer']);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Uitvoer', 'Na']);
    expect(host.getValues('Uitvoer')).toEqual([['Nieuw'], [1]]);
    expect(host.sheet('Uitvoer')).toMatchObject({ protected: false, usedAddress: 'A1:A2' });
    expect(host.tables().map((t) => t.address)).toEqual(['Uitvoer!A1:A2']);
  });

  it('create-if-missing skips existing sheets (ignoring case); replace never overwrites input sheets', async () => {
    setup(NEWEST_API);
    host.setSheet('CLIËNTEN', [['mine']]);
    const output: SheetSpec = { name: 'Koppelingen voorstel', role: 'output', columns: [{ header: 'A', kind: 'text' }], rows: [] };
    const r1 = await gateway.writeSheets([clients, output], 'create-if-missing');
    expect(r1).toMatchObject({ written: ['Koppelingen voorstel'], skipped: ['Cliënten'] });
    expect(host.getValues('CLIËNTEN')).toEqual([['mine']]);
    const r2 = await gateway.writeSheets([clients, output], 'replace');
    expect(r2).toMatchObject({ written: ['Koppelingen voorstel'], skipped: ['Cliënten'] });
    const r3 = await gateway.writeSheets([output], 'create-if-missing');
    expect(r3).toMatchObject({ written: [], skipped: ['Koppelingen voorstel'] });
  });

  it('creates a table with one empty body row when there are no rows', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([{ ...clients, rows: [], protect: false }], 'replace');
    expect(host.tables()[0].address).toBe('Cliënten!A4:G5');
    expect(host.getValues('Cliënten', 'A5:G5')).toEqual([['', '', '', '', '', '', '']]);
  });

  it('uses the same number of syncs for 10 rows and 10,000 rows over several sheets', async () => {
    const make = (n: number, k: number): SheetSpec[] =>
      Array.from({ length: k }, (_, s) => ({
        name: `Out${s}`,
        role: 'output' as const,
        columns: [{ header: 'ID', kind: 'text' as const }, { header: 'N', kind: 'integer' as const }, { header: 'Keuze', kind: 'text' as const, list: ['a', 'b'] }],
        rows: Array.from({ length: n }, (_, i) => [`id${i}`, i, 'a']),
        table: `Tabel_${s}`,
        freezeHeader: true,
      }));
    setup(NEWEST_API);
    await gateway.writeSheets(make(10, 1), 'replace');
    const small = host.stats.syncCount;
    setup(NEWEST_API);
    await gateway.writeSheets(make(10_000, 5), 'replace');
    expect(host.stats.syncCount).toBe(small);
    expect(small).toBe(2);
    expect(host.getValues('Out4', 'A10001:B10001')).toEqual([['id9999', 9999]]);
  });

  it('keeps each request of a 20,000 × 10 write under 4 MB of real bytes (the default budget)', async () => {
    setup(NEWEST_API);
    const columns = Array.from({ length: 10 }, (_, j) => ({ header: `Kolom ${j}`, kind: 'text' as const }));
    const rows = Array.from({ length: 20_000 }, (_, i) => columns.map((_, j) => `waarde ${i}-${j} ${'x'.repeat(20)}`));
    await gateway.writeSheets([{ name: 'Groot', role: 'output', columns, rows, table: 'Groot', protect: true }], 'replace');
    const bytes = host.stats.requests.map((r) => r.bytes);
    expect(host.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...bytes)).toBeLessThan(4 * 1024 * 1024);
    expect(host.stats.totalBytes).toBeGreaterThan(6_000_000);
    // Requests are well filled: the syncs follow the volume.
    expect(host.stats.syncCount).toBeLessThanOrEqual(2 + Math.ceil(host.stats.totalBytes / 2_000_000));
    expect(host.getValues('Groot', 'J20001')).toEqual([[rows[19_999][9]]]);
    expect(host.sheet('Groot').protected).toBe(true);
    expect(host.stats.screenUpdatingSuspensions).toBe(host.stats.syncCount - 1);
  });

  it('works at ExcelApi 1.7: no validation, no screen-updating suspension, no manual calculation', async () => {
    setup('1.7');
    expect(gateway.features()).toEqual({
      usedRangeOrNullObject: true,
      tabColor: true,
      freezePanes: true,
      manualCalculation: false,
      dataValidation: false,
      suspendScreenUpdating: false,
      chartSeries: true,
      conditionalFormats: true,
      pageLayout: false,
      chartLabels: false,
      newWorkbook: false,
    });
    await gateway.writeSheets([clients], 'replace');
    expect(host.cell('Cliënten', 'C5').validation).toBeUndefined();
    expect(host.sheet('Cliënten')).toMatchObject({ tabColor: '#2E75B6', freezeRows: 4, protected: true });
    expect(host.stats.screenUpdatingSuspensions).toBe(0);
    expect(host.getValues('Cliënten', 'B5:B6')).toEqual([['=HYPERLINK("http://x","y")'], ['+31 6 1234']]);
  });

  it('reports a dropdown list too long for Excel instead of failing', async () => {
    setup(NEWEST_API);
    const list = Array.from({ length: 60 }, (_, i) => `keuze nummer ${i}`);
    const result = await gateway.writeSheets([{ name: 'L', role: 'output', columns: [{ header: 'K', kind: 'text', list }], rows: [['a']] }], 'replace');
    expect(result.warnings).toHaveLength(1);
    expect(host.cell('L', 'A2').validation).toBeUndefined();
  });

  it('restores the calculation mode when a write fails', async () => {
    setup(NEWEST_API, { maxRequestBytes: 1000 });
    const many = { ...clients, rows: Array.from({ length: 100 }, () => clients.rows[0]) };
    host.failAtSync(3); // the second block of values, after the structure request set manual calculation
    await expect(gateway.writeSheets([many], 'replace')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.stats.requests.map((r) => r.error)).toEqual([undefined, undefined, 'GeneralException', undefined]);
    await host.Excel.run(async (ctx) => {
      const app = ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      expect(app.calculationMode).toBe('Automatic');
    });
  });

  it('refuses table names Excel reads as cell references', async () => {
    setup(NEWEST_API);
    await expect(gateway.writeSheets([{ ...clients, table: 'T1' }], 'replace')).rejects.toThrow(/cell reference/);
    expect(host.stats.syncCount).toBe(0);
  });

  it('refuses a table name that another sheet already uses, before writing anything', async () => {
    setup(NEWEST_API);
    host.setSheet('Ander', [['h'], [1]], { table: 'Clienten' });
    await expect(gateway.writeSheets([clients], 'replace')).rejects.toThrow(/already used/);
    expect(host.sheetNames()).toEqual(['Sheet1', 'Ander']);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    setup(NEWEST_API);
    host.addSheet('Doel');
    await gateway.selectCell('Doel', 'C7');
    expect(host.activeSheet()).toBe('Doel');
    expect(host.selection()).toEqual({ sheet: 'Doel', address: 'C7' });
  });
});

describe('cell blocks and charts', () => {
  const categories = { row: 1, column: 0, rows: 3 };
  const overview: SheetSpec = {
    name: 'Locatie-overzicht',
    role: 'output',
    columns: [
      { header: 'Locatie', kind: 'text' },
      { header: 'Koppelingen', kind: 'integer' },
      { header: 'Wachtend', kind: 'integer' },
    ],
    rows: [['Noord', 5, 2], ['Zuid', 3, 4], ['=Oost', 7, 1]],
    table: 'Locaties',
    blocks: [
      {
        at: { row: 6, column: 0 },
        title: 'Leeftijd en score',
        header: true,
        rows: [['Leeftijd', 'Score', 'Opmerking', 'Aandeel'], [30, 7.5, '+31 6 1234', 0.25], [45, 6.25, '=HYPERLINK("http://x","y")', 0.5], [52, 8, '00123']],
        formats: ['integer', 'score', 'text', 'percent'],
      },
      { at: { row: 12, column: 1 }, rows: [['-', '@home', 12], ['=1+1', 'gewoon', 'x']] },
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
        anchor: { row: 20, column: 5 },
        width: 400,
        height: 300,
        xAxisTitle: 'Leeftijd',
        yAxisTitle: 'Score',
      },
    ],
  };
  const s = overview.name;

  it('writes blocks: bold title, bold header row, formats per column, user text literal; in the same 2 syncs', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([{ ...overview, charts: [] }], 'replace');
    expect(host.stats.syncCount).toBe(2);
    expect(host.getValues(s, 'A7:D11')).toEqual([
      ['Leeftijd en score', '', '', ''],
      ['Leeftijd', 'Score', 'Opmerking', 'Aandeel'],
      [30, 7.5, '+31 6 1234', 0.25],
      [45, 6.25, '=HYPERLINK("http://x","y")', 0.5],
      [52, 8, '00123', ''],
    ]);
    expect(host.cell(s, 'A7').bold).toBe(true);
    for (const a of ['A8', 'B8', 'C8', 'D8']) expect(host.cell(s, a).bold).toBe(true);
    expect(host.cell(s, 'A9').bold).toBe(false);
    expect(host.cell(s, 'A9').numberFormat).toBe('0');
    expect(host.cell(s, 'B9').numberFormat).toBe('0.0');
    expect(host.cell(s, 'C9').numberFormat).toBe('@');
    expect(host.cell(s, 'D10').numberFormat).toBe('0%');
    expect(host.cell(s, 'A8').numberFormat).toBe('General'); // the header row is not formatted as data
    expect(host.getText(s, 'A9:D9')).toEqual([['30', '7.5', '+31 6 1234', '25%']]);
    // A block without formats: General, user text still literal (apostrophe), numbers stay numbers.
    expect(host.getValues(s, 'B13:D14')).toEqual([['-', '@home', 12], ['=1+1', 'gewoon', 'x']]);
    for (const a of ['C9', 'C10', 'C11', 'B13', 'C13', 'B14']) expect(host.cell(s, a).formula).toBeUndefined();
    expect(host.cell(s, 'B13').numberFormat).toBe('General');
  });

  it('splits large blocks over the value requests like the body (each request under the budget)', async () => {
    setup(NEWEST_API, { maxRequestBytes: 50_000 });
    const rows = Array.from({ length: 3000 }, (_, i) => [i, `tekst ${i}`]);
    await gateway.writeSheets([{ ...overview, charts: [], blocks: [{ at: { row: 6, column: 0 }, title: 'Groot', rows, formats: ['integer', 'text'] }] }], 'replace');
    expect(host.stats.syncCount).toBeGreaterThan(2);
    expect(Math.max(...host.stats.requests.map((r) => r.bytes))).toBeLessThan(60_000);
    expect(host.getValues(s, 'A3007:B3007')).toEqual([[2999, 'tekst 2999']]);
  });

  it('builds a column chart and a scatter chart series by series (ExcelApi 1.7+)', async () => {
    setup(NEWEST_API);
    const result = await gateway.writeSheets([overview], 'replace');
    expect(result.warnings).toEqual([]);
    expect(host.stats.syncCount).toBe(2);
    const [column, scatter] = host.charts(s);
    expect(column).toMatchObject({
      name: 'Koppelingen per locatie',
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      title: 'Koppelingen per locatie',
      legend: { visible: true, position: 'Bottom' },
      categoryAxisTitle: 'Locatie',
      valueAxisTitle: 'Aantal',
      anchor: 'F1',
      width: 360,
      height: 216,
      top: 0,
    });
    expect(column.series).toEqual([
      expect.objectContaining({ name: 'Koppelingen', values: "'Locatie-overzicht'!B2:B4", valuesData: [5, 3, 7], xValues: "'Locatie-overzicht'!A2:A4", xValuesData: ['Noord', 'Zuid', '=Oost'], fill: '#1F7A6D' }),
      expect.objectContaining({ name: 'Wachtend', values: "'Locatie-overzicht'!C2:C4", valuesData: [2, 4, 1], fill: '#C55A11' }),
    ]);
    expect(scatter).toMatchObject({
      type: 'XYScatter',
      seriesBy: 'Columns', // never "Auto": an XY scatter made with Auto renders wrongly in Excel on the web
      title: 'Leeftijd en score',
      legend: { visible: false },
      categoryAxisTitle: 'Leeftijd',
      valueAxisTitle: 'Score',
      anchor: 'F21',
      top: 300,
      width: 300,
      height: 225,
      series: [
        expect.objectContaining({ name: 'Cliënten', values: "'Locatie-overzicht'!B9:B11", valuesData: [7.5, 6.25, 8], xValues: "'Locatie-overzicht'!A9:A11", xValuesData: [30, 45, 52], markerBackgroundColor: '#2E75B6' }),
      ],
    });
    // Left edge of column F = the widths Kring gave columns A–E.
    const widths = host.sheet(s).columnWidths;
    expect(column.left).toBeCloseTo(['A', 'B', 'C'].reduce((x, c) => x + widths[c], 0) + 2 * 48);
  });

  it('builds charts without extra syncs, however many charts and series', async () => {
    const many = (charts: number, series: number): SheetSpec => ({
      ...overview,
      charts: Array.from({ length: charts }, (_, k) => ({
        type: k % 2 ? 'line' : 'scatter',
        title: `Grafiek ${k}`,
        series: Array.from({ length: series }, (_, i) => ({ name: `Reeks ${i}`, x: { row: 8, column: 0, rows: 3 }, categories: categories, values: { row: 1 + (i % 2) * 7, column: 1, rows: 3 }, markers: i % 2 === 0, lines: true })),
        anchor: { row: 20 * k, column: 6 },
        width: 300,
        height: 200,
      })),
    });
    setup(NEWEST_API);
    await gateway.writeSheets([many(1, 1)], 'replace');
    const small = host.stats.syncCount;
    setup(NEWEST_API);
    const result = await gateway.writeSheets([many(8, 6), { ...many(5, 4), name: 'Tweede', table: 'Tweede' }], 'replace');
    expect(result.warnings).toEqual([]);
    expect(host.stats.syncCount).toBe(small);
    expect(small).toBe(2);
    expect(host.charts(s)).toHaveLength(8);
    expect(host.charts(s)[1]).toMatchObject({ type: 'LineMarkers' });
    expect(host.charts(s)[1].series.map((x) => x.markerStyle)).toEqual(['Automatic', 'None', 'Automatic', 'None', 'Automatic', 'None']);
    expect(host.charts(s)[0]).toMatchObject({ type: 'XYScatterLines' });
    expect(host.charts('Tweede')[3].series).toHaveLength(4);
  });

  it('replacing a sheet removes its old charts; charts on a protected sheet are added before protection', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([overview], 'replace');
    await gateway.writeSheets([{ ...overview, protect: true }], 'replace');
    expect(host.charts(s)).toHaveLength(2);
    expect(host.sheet(s).protected).toBe(true);
    await gateway.writeSheets([{ ...overview, charts: undefined }], 'replace');
    expect(host.charts(s)).toEqual([]);
  });

  it('at ExcelApi 1.6 makes charts over adjacent columns with series by columns, and warns about the others', async () => {
    setup('1.6');
    expect(gateway.features().chartSeries).toBe(false);
    const apart: SheetSpec['charts'] = [
      {
        type: 'line',
        title: 'Niet naast elkaar',
        series: [
          { name: 'Leeftijd', categories, values: { row: 8, column: 0, rows: 3 } },
          { name: 'Aandeel', categories, values: { row: 8, column: 3, rows: 3 } },
        ],
        anchor: { row: 0, column: 9 },
        width: 300,
        height: 200,
      },
    ];
    const result = await gateway.writeSheets([{ ...overview, charts: [...overview.charts!, ...apart!] }], 'replace');
    expect(host.stats.syncCount).toBe(2);
    expect(result.warnings).toEqual([expect.stringMatching(/Niet naast elkaar.*left out.*ExcelApi 1\.7/)]);
    const [column, scatter] = host.charts(s);
    expect(host.charts(s)).toHaveLength(2);
    expect(column).toMatchObject({ type: 'ColumnClustered', seriesBy: 'Columns', source: "'Locatie-overzicht'!A2:C4", title: 'Koppelingen per locatie', anchor: 'F1', width: 360 });
    expect(column.series).toEqual([
      expect.objectContaining({ name: 'Koppelingen', values: "'Locatie-overzicht'!B2:B4", xValues: "'Locatie-overzicht'!A2:A4", fill: '#1F7A6D' }),
      expect.objectContaining({ name: 'Wachtend', values: "'Locatie-overzicht'!C2:C4", xValues: "'Locatie-overzicht'!A2:A4", fill: '#C55A11' }),
    ]);
    expect(scatter).toMatchObject({ type: 'XYScatter', seriesBy: 'Columns', source: "'Locatie-overzicht'!A9:B11" });
    expect(scatter.series).toEqual([expect.objectContaining({ name: 'Cliënten', values: "'Locatie-overzicht'!B9:B11", xValues: "'Locatie-overzicht'!A9:A11" })]);
  });

  it('at ExcelApi 1.6 leaves out a category chart whose labels are numbers (Excel would read them as a series)', async () => {
    setup('1.6');
    const chart = { ...overview.charts![0], series: [{ name: 'Score', categories: { row: 8, column: 0, rows: 3 }, values: { row: 8, column: 1, rows: 3 } }] };
    const result = await gateway.writeSheets([{ ...overview, charts: [chart] }], 'replace');
    expect(result.warnings).toEqual([expect.stringMatching(/not all text/)]);
    expect(host.charts(s)).toEqual([]);
  });
});

describe('forms, print settings and highlights', () => {
  const sheet = 'Formulieren';

  it('unlocks and fills the answer cells, puts dropdowns on the non-header cells, wraps text; in 2 syncs', async () => {
    setup(NEWEST_API);
    const result = await gateway.writeSheets([formSheet(3)], 'replace');
    expect(result.warnings).toEqual([]);
    expect(host.stats.syncCount).toBe(2);
    // Form 1: title at row 9, header at 10, questions from row 11 (zero-based) → Excel rows 10, 11, 12…
    expect(host.getValues(sheet, 'A10:C11')).toEqual([['Formulier 1', '', ''], ['Vraag', 'Antwoord', 'Keuze']]);
    const question = host.cell(sheet, 'A12');
    expect(question).toMatchObject({ locked: true, wrap: true, fill: undefined, validation: undefined });
    expect(host.cell(sheet, 'B12')).toMatchObject({ locked: false, wrap: true, fill: '#FFF2CC', validation: undefined });
    expect(host.cell(sheet, 'C23')).toMatchObject({ locked: false, fill: '#FFF2CC', validation: { list: { inCellDropDown: true, source: 'ja,nee,misschien' } } });
    expect(host.cell(sheet, 'C11')).toMatchObject({ locked: true, validation: undefined, bold: true }); // header row: no dropdown, stays locked
    expect(host.cell(sheet, 'C24').validation).toBeUndefined(); // below form 1
    expect(host.sheet(sheet).protected).toBe(true);
    host.typeInCell(sheet, 'B12', 'gaat goed');
    expect(() => host.typeInCell(sheet, 'A12', 'x')).toThrow(/locked/);
  });

  it('sets the page layout: A4, portrait, fit to width, header and footer, print titles, one page break per further form', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([formSheet(3)], 'replace');
    const info = host.sheet(sheet);
    expect(info.pageLayout).toEqual({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHeader: 'Kring — formulieren',
      centerFooter: 'Pagina &P — &D',
      printTitleRows: '$1:$1',
    });
    expect(info.pageBreaks).toEqual(formSheet(3).print!.pageBreaks);
    expect(info.pageBreaks).toEqual([24, 39]);
    expect(host.getValues(sheet, 'A25')).toEqual([['Formulier 2']]);
  });

  it('highlights body cells ≤ the threshold with a formula rule that leaves blanks and text alone', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([formSheet(1)], 'replace');
    expect(host.sheet(sheet).conditionalFormats).toEqual([
      { address: 'B4:B8', type: 'Custom', formula: '=AND(ISNUMBER(B4),B4<=2)', fill: '#F8CBAD', fontColor: '#9C0006' },
    ]);
  });

  it('keeps 2 syncs for 1 or 40 forms (operations grow, requests do not)', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([formSheet(1)], 'replace');
    const one = host.stats.syncCount;
    host.resetStats();
    await gateway.writeSheets([formSheet(40, 20)], 'replace');
    expect(host.stats.syncCount).toBe(one);
    expect(host.sheet(sheet).pageBreaks).toHaveLength(39);
  });

  it('at ExcelApi 1.8 leaves out print settings and page breaks with a warning', async () => {
    setup('1.8');
    const result = await gateway.writeSheets([formSheet(3)], 'replace');
    expect(result.warnings).toEqual(['Formulieren: print settings and page breaks left out (this Excel lacks ExcelApi 1.9)']);
    expect(host.sheet(sheet).pageBreaks).toEqual([]);
    expect(host.sheet(sheet).pageLayout.paperSize).toBe('Letter');
    expect(host.cell(sheet, 'C12').validation).toBeDefined();
    expect(host.sheet(sheet).conditionalFormats).toHaveLength(1);
  });

  it('at ExcelApi 1.5 also leaves out dropdowns and highlights, still unlocks and fills the answer cells', async () => {
    setup('1.5');
    const result = await gateway.writeSheets([formSheet(3)], 'replace');
    expect(result.warnings).toEqual([
      'Formulieren: dropdowns of the form cells left out (this Excel lacks ExcelApi 1.8)',
      'Formulieren: highlights left out (this Excel lacks ExcelApi 1.6)',
      'Formulieren: print settings and page breaks left out (this Excel lacks ExcelApi 1.9)',
    ]);
    expect(host.cell(sheet, 'B12')).toMatchObject({ locked: false, fill: '#FFF2CC', wrap: true });
    expect(host.cell(sheet, 'C12').validation).toBeUndefined();
    expect(host.sheet(sheet).conditionalFormats).toEqual([]);
  });

  it('reports a form dropdown too long for Excel', async () => {
    setup(NEWEST_API);
    const spec = formSheet(1);
    spec.blocks![0].lists = [null, Array.from({ length: 40 }, (_, i) => `keuze nummer ${i}`), null];
    const result = await gateway.writeSheets([spec], 'replace');
    expect(result.warnings).toEqual([expect.stringMatching(/^Formulieren \/ B12: dropdown left out/)]);
  });
});

describe('map-style scatter charts', () => {
  const sheet = 'Netwerkkaart';

  it('draws rings without markers, dashed sectors, tie segments, labelled sector markers, hidden axes and legend entries', async () => {
    setup(NEWEST_API);
    const spec = mapSheet();
    const result = await gateway.writeSheets([spec], 'replace');
    expect(result.warnings).toEqual([]);
    expect(host.stats.syncCount).toBe(2);
    const [chart] = host.charts(sheet);
    expect(chart).toMatchObject({ type: 'XYScatterLines', title: 'Netwerk van de cliënt', width: 480, height: 480, displayBlanksAs: 'NotPlotted', hiddenLegendEntries: [0, 1, 2, 3, 4] });
    expect(chart.axes).toEqual({
      category: { minimum: -3.6, maximum: 3.6, visible: false, majorGridlines: false },
      value: { minimum: -3.6, maximum: 3.6, visible: false, majorGridlines: false },
    });
    // Square inner plot area: equal bounds then give equal scales (round circles).
    expect(chart.plotArea!.insideWidth).toBe(chart.plotArea!.insideHeight);
    expect(chart.plotArea!.insideLeft! * 2 + chart.plotArea!.insideWidth!).toBeCloseTo(480, 0);
    const byName = Object.fromEntries(chart.series.map((s) => [s.name, s]));
    expect(byName['Ring 1']).toMatchObject({ markerStyle: 'None', lineWeight: 0.75, lineColor: '#BFBFBF' });
    expect(byName['Ring 1'].valuesData).toHaveLength(73);
    expect(byName['Sectoren']).toMatchObject({ markerStyle: 'None', lineStyle: 'Dash', lineWeight: 1 });
    expect(byName['Sectoren'].valuesData).toContain(''); // blank cells between segments: gaps
    expect(byName['Banden'].valuesData!.filter((v) => v === '')).toHaveLength(3);
    expect(byName['Familie']).toMatchObject({ markerSize: 9, lineStyle: 'None', markerBackgroundColor: '#1F7A6D' });
    expect(byName['Familie'].labels!.map((l) => [l.index, l.text, l.position])).toEqual([
      [0, 'Contact A', 'Right'],
      [1, 'Contact E', 'Right'],
      [2, 'Contact I', 'Right'],
      [3, 'Contact M', 'Right'],
    ]);
    expect(byName['Familie'].labels![0].formula).toMatch(/^='Netwerkkaart'!\$N\$\d+$/);
    expect(byName['Cliënt']).toMatchObject({ markerSize: 12, labels: [{ index: 0, text: 'Cliënt', position: 'Right', formula: expect.any(String) }] });
    expect(chart.series.flatMap((s) => s.labels ?? [])).toHaveLength(16);
    // Labels are linked to the cells: a changed name shows on the map.
    const cell = byName['Familie'].labels![0].formula!.split('!')[1].replace(/\$/g, '');
    host.typeInCell(sheet, cell, 'Oma');
    expect(host.charts(sheet)[0].series.find((s) => s.name === 'Familie')!.labels![0].text).toBe('Oma');
  });

  it('keeps the same syncs for 15 or 200 labelled points and 72- or 360-point rings', async () => {
    setup(NEWEST_API);
    await gateway.writeSheets([mapSheet()], 'replace');
    const small = host.stats.syncCount;
    host.resetStats();
    await gateway.writeSheets([mapSheet({ ringPoints: 360, contacts: 200, ties: 60 })], 'replace');
    expect(host.stats.syncCount).toBe(small);
    expect(host.charts(sheet)[0].series.flatMap((s) => s.labels ?? [])).toHaveLength(201);
  });

  it('at ExcelApi 1.7 draws the map without labels (warning), blanks setting and plot-area layout', async () => {
    setup('1.7');
    const result = await gateway.writeSheets([mapSheet()], 'replace');
    expect(result.warnings).toEqual(['Netwerkkaart / chart "Netwerk van de cliënt": data labels left out (this Excel lacks ExcelApi 1.8)']);
    const [chart] = host.charts(sheet);
    expect(chart.series.flatMap((s) => s.labels ?? [])).toEqual([]);
    expect(chart.plotArea).toBeUndefined();
    expect(chart).toMatchObject({ hiddenLegendEntries: [0, 1, 2, 3, 4], axes: { value: { visible: false, minimum: -3.6 } } });
    expect(chart.series.find((s) => s.name === 'Sectoren')).toMatchObject({ lineStyle: 'Dash' });
  });

  it('puts labels of column charts outside the bars and leaves points with a blank label cell without one', async () => {
    setup(NEWEST_API);
    const spec: SheetSpec = {
      name: 'Staaf',
      role: 'output',
      columns: [{ header: 'Naam', kind: 'text' }, { header: 'Aantal', kind: 'integer' }],
      rows: [['a', 1], [null, 2], ['c', 3]],
      charts: [{ type: 'column', title: 'Staaf', series: [{ name: 'Aantal', values: { row: 1, column: 1, rows: 3 }, labels: { row: 1, column: 0, rows: 3 } }], anchor: { row: 0, column: 3 }, width: 300, height: 200 }],
    };
    await gateway.writeSheets([spec], 'replace');
    expect(host.charts('Staaf')[0].series[0].labels!.map((l) => [l.index, l.text, l.position])).toEqual([[0, 'a', 'OutsideEnd'], [2, 'c', 'OutsideEnd']]);
  });
});

describe('no half-written sheets', () => {
  const big = (name: string, n: number, tag: string): SheetSpec => ({
    name,
    role: 'output',
    columns: [{ header: 'ID', kind: 'text' }, { header: 'Waarde', kind: 'text' }],
    rows: Array.from({ length: n }, (_, i) => [`id${i}`, `${tag} ${i} ${'x'.repeat(30)}`]),
    table: 'Uitvoer',
    protect: true,
  });

  it('builds under a temporary name: the real name appears, and the old sheet goes, only in the last request', async () => {
    setup(NEWEST_API, { maxRequestBytes: 20_000 });
    host.setSheet('Resultaat', [['Oud'], ['oude waarde']], { table: 'Uitvoer' });
    host.addSheet('Na');
    const seen: { request: number; names: string[]; old?: unknown }[] = [];
    host.onChange(() => {
      const names = host.sheetNames();
      seen.push({ request: host.stats.syncCount, names, old: names.includes('Resultaat') ? host.getValues('Resultaat', 'A1:A2') : undefined });
    });
    await gateway.writeSheets([big('Resultaat', 2_000, 'nieuw')], 'replace');
    const last = host.stats.syncCount;
    expect(last).toBeGreaterThan(4);
    for (const s of seen.filter((x) => x.request < last)) {
      expect(s.old).toEqual([['Oud'], ['oude waarde']]);
      expect(s.names.filter((n) => n.startsWith('Kring tmp'))).toHaveLength(s.request === 1 ? 0 : 1);
    }
    expect(host.sheetNames()).toEqual(['Sheet1', 'Resultaat', 'Na']);
    expect(host.tables().map((t) => `${t.name}@${t.address}`)).toEqual(['Uitvoer@Resultaat!A1:B2001']);
    expect(host.sheet('Resultaat').protected).toBe(true);
    expect(host.getValues('Resultaat', 'B2001')).toEqual([[big('Resultaat', 2_000, 'nieuw').rows[1_999][1]]]);
  });

  it('a failure in any request of a large write leaves the old sheet and no temporary sheet', async () => {
    setup(NEWEST_API, { maxRequestBytes: 20_000 });
    host.setSheet('Resultaat', [['Oud'], ['oude waarde']], { table: 'Uitvoer' });
    const snapshot = host.snapshot();
    host.resetStats();
    await gateway.writeSheets([big('Resultaat', 1_000, 'nieuw')], 'replace');
    const requests = host.stats.syncCount;
    for (let k = 1; k <= requests; k++) {
      host.restore(snapshot);
      host.resetStats();
      host.failAtSync(k);
      await expect(gateway.writeSheets([big('Resultaat', 1_000, 'nieuw')], 'replace')).rejects.toMatchObject({ code: 'GeneralException' });
      expect(host.sheetNames()).toEqual(['Sheet1', 'Resultaat']);
      expect(host.getValues('Resultaat')).toEqual([['Oud'], ['oude waarde']]);
      expect(host.tables().map((t) => t.name)).toEqual(['Uitvoer']);
      expect(host.calculationMode()).toBe('Automatic');
    }
  });

  it('when the last request stops after the old sheet was deleted, the recovery completes the new one', async () => {
    setup(NEWEST_API);
    host.setSheet('Resultaat', [['Oud'], ['oude waarde']], { table: 'Uitvoer' });
    host.setSheet('Ander', [['x']]);
    const spec = big('Resultaat', 3, 'nieuw');
    const snapshot = host.snapshot();
    host.resetStats();
    await gateway.writeSheets([spec], 'replace');
    const complete = { names: host.sheetNames(), info: host.sheet('Resultaat'), values: host.getValues('Resultaat') };
    const ops = host.stats.requests[1].operations;
    // The swap is the request's tail: delete, rename, table name, position, protect, calculation mode.
    for (let m = ops - 6; m <= ops; m++) {
      host.restore(snapshot);
      host.resetStats();
      host.failAtSync(2, 'GeneralException', { afterOperations: m });
      await expect(gateway.writeSheets([spec], 'replace')).rejects.toMatchObject({ code: 'GeneralException' });
      expect({ names: host.sheetNames(), info: host.sheet('Resultaat'), values: host.getValues('Resultaat') }).toEqual(
        m === ops - 6 ? { names: ['Sheet1', 'Resultaat', 'Ander'], info: expect.anything(), values: [['Oud'], ['oude waarde']] } : complete,
      );
      expect(host.calculationMode()).toBe('Automatic');
    }
  });

  it('updates cells of a row with one values assignment, formats first', async () => {
    setup(NEWEST_API);
    host.setSheet('Register', [['A', 'B', 'C', 'D'], ['a', 'b', 'c', 'd']]);
    await gateway.updateCells('Register', [
      { row: 2, column: 1, value: 'x', kind: 'text' },
      { row: 2, column: 2, value: 'y', kind: 'text' },
      { row: 2, column: 3, value: 'z', kind: 'text' },
    ]);
    expect(host.stats.syncCount).toBe(1);
    expect(host.stats.requests[0].operations).toBe(2);
    expect(host.getValues('Register')).toEqual([['A', 'B', 'C', 'D'], ['a', 'x', 'y', 'z']]);
    host.failAtSync(1, 'GeneralException', { afterOperations: 1 });
    await expect(gateway.updateCells('Register', [{ row: 2, column: 1, value: 'p', kind: 'text' }, { row: 2, column: 2, value: 'q', kind: 'text' }])).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.getValues('Register', 'B2:C2')).toEqual([['x', 'y']]);
  });
});
