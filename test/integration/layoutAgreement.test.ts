/**
 * What both gateways decide from the engine's one rule (src/engine/layout): the same input sheet
 * gets its dropdowns, spare rows, highlights and print settings on the same cells through the
 * Excel gateway (Microsoft's client library on the test host) and through the xlsx gateway.
 */
import { charsToPoints, createExcelGateway } from '../../src/excel';
import JSZip from 'jszip';
import { SheetSpec } from '../../src/engine/workbook';
import { SPARE_INPUT_ROWS } from '../../src/engine/layout/sheet';
import { TestHost } from '../../src/testhost';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { readByExcelJs } from '../xlsx/excelJs';

let host: TestHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost({ apiVersion: NEWEST_API });
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

const LONG_LIST = Array.from({ length: 60 }, (_, i) => `keuze nummer ${i}`);
const SHORT_LIST = ['ja', 'nee'];

/** An input sheet with a preamble, three rows, a column list too long for Excel, a short one, and a form block with both. */
const spec: SheetSpec = {
  name: 'Invoer',
  role: 'input',
  preamble: ['Invoer'],
  columns: [
    { header: 'Lang', kind: 'text', list: LONG_LIST, editable: true, hint: 'Kies een keuze' },
    { header: 'Kort', kind: 'text', list: SHORT_LIST, editable: true, hint: 'Ja of nee' },
    { header: 'Getal', kind: 'integer' },
  ],
  rows: [
    ['a', 'ja', 1],
    ['b', 'nee', 2],
    ['c', null, 3],
  ],
  highlights: [{ column: 2, atMost: 1, fill: '#FFC7CE' }],
  protect: true,
  blocks: [{ at: { row: 0, column: 5 }, rows: [['x', 'y']], lists: [LONG_LIST, SHORT_LIST] }],
};

// Header on row 3 (preamble, blank row), body from row 4: 3 rows + the spare rows.
const LAST_FORMATTED = 3 + 3 + SPARE_INPUT_ROWS;

test('the 255-character dropdown rule holds for columns and blocks alike, and hints stay, on both paths', async () => {
  const result = await createExcelGateway().writeSheets([spec], 'replace');
  expect(result.warnings).toEqual([
    expect.stringMatching(/^Invoer \/ F1: dropdown left out \(list longer than 255 characters/),
    expect.stringMatching(/^Invoer \/ Lang: dropdown left out \(list longer than 255 characters/),
  ]);
  expect(host.cell('Invoer', 'A4').validation).toBeUndefined();
  expect(host.cell('Invoer', 'A4').prompt).toMatchObject({ showPrompt: true, title: 'Lang', message: 'Kies een keuze' });
  expect(host.cell('Invoer', 'B4').prompt).toMatchObject({ showPrompt: true, title: 'Kort', message: 'Ja of nee' });
  expect(host.cell('Invoer', 'F1').validation).toBeUndefined();
  expect(host.cell('Invoer', 'B4').validation).toEqual({ list: { inCellDropDown: true, source: 'ja,nee' } });
  expect(host.cell('Invoer', 'G1').validation).toEqual({ list: { inCellDropDown: true, source: 'ja,nee' } });

  const book = XlsxWorkbook.create();
  await book.writeSheets([spec], 'replace');
  const ws = (await readByExcelJs(book)).getWorksheet('Invoer')!;
  // The hint stays without its dropdown, as in Excel.
  expect(ws.getCell('A4').dataValidation).not.toMatchObject({ type: 'list' });
  expect(ws.getCell('A4').dataValidation).toMatchObject({ showInputMessage: true, promptTitle: 'Lang', prompt: 'Kies een keuze' });
  expect(ws.getCell('F1').dataValidation).toBeUndefined();
  expect(ws.getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'], showInputMessage: true, promptTitle: 'Kort', prompt: 'Ja of nee' });
  expect(ws.getCell('G1').dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'] });
});

test('an input sheet gets its spare rows below the body, on both paths', async () => {
  await createExcelGateway().writeSheets([spec], 'replace');
  expect(host.cell('Invoer', `B${LAST_FORMATTED}`).validation).toBeDefined();
  expect(host.cell('Invoer', `B${LAST_FORMATTED + 1}`).validation).toBeUndefined();
  expect(host.cell('Invoer', `A${LAST_FORMATTED}`).locked).toBe(false);

  const book = XlsxWorkbook.create();
  await book.writeSheets([spec], 'replace');
  const ws = (await readByExcelJs(book)).getWorksheet('Invoer')!;
  expect(ws.getCell(`B${LAST_FORMATTED}`).dataValidation).toMatchObject({ type: 'list' });
  expect(ws.getCell(`B${LAST_FORMATTED + 1}`).dataValidation).toBeUndefined();
  expect(ws.getCell(`A${LAST_FORMATTED}`).protection).toMatchObject({ locked: false });
  const highlight = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
  expect(highlight.map((h) => [h.ref, h.rules[0].formulae[0]])).toEqual([[`C4:C${LAST_FORMATTED}`, 'AND(ISNUMBER(C4),C4<=1)']]);
});

test('a column without a width gets the same default width on both paths', async () => {
  // "Lang": its header and values are short, so the narrowest default (8 characters).
  await createExcelGateway().writeSheets([spec], 'replace');
  expect(host.sheet('Invoer').columnWidths.A).toBeCloseTo(charsToPoints(8));

  const book = XlsxWorkbook.create();
  await book.writeSheets([spec], 'replace');
  const ws = (await readByExcelJs(book)).getWorksheet('Invoer')!;
  expect(ws.getColumn(1).width).toBe(8);
});

test('both gateways refuse the same invalid specs before writing', async () => {
  for (const bad of [{ ...spec, name: 'a/b' }, { ...spec, table: 'T1' }, { ...spec, columns: [] }]) {
    await expect(createExcelGateway().writeSheets([bad], 'replace')).rejects.toThrow(/^Invalid|has no columns/);
    await expect(XlsxWorkbook.create().writeSheets([bad], 'replace')).rejects.toThrow(/^Invalid|has no columns/);
  }
});

test('a chart Excel cannot draw is left out on both paths', async () => {
  const chart = (title: string, series: NonNullable<SheetSpec['charts']>[number]['series']) => ({ type: 'column' as const, title, series, anchor: { row: 0, column: 8 }, width: 300, height: 200 });
  const charts: SheetSpec = {
    name: 'Grafiek',
    role: 'output',
    columns: [{ header: 'Naam', kind: 'text' }, { header: 'Aantal', kind: 'integer' }],
    rows: [['a', 1], ['b', 2], ['c', 3]],
    charts: [
      chart('Goed', [{ name: 'Aantal', values: { row: 1, column: 1, rows: 3 }, categories: { row: 1, column: 0, rows: 3 } }]),
      chart('Vlak', [{ name: 'Aantal', values: { row: 1, column: 0, rows: 3, columns: 2 } }]),
      chart('Leeg', []),
    ],
  };
  const result = await createExcelGateway().writeSheets([charts], 'replace');
  expect(host.charts('Grafiek').map((c) => c.title)).toEqual(['Goed']);
  expect(result.warnings).toEqual([
    'Grafiek / chart "Vlak": left out (a series range is not one row or one column of the sheet)',
    'Grafiek / chart "Leeg": left out (no series)',
  ]);

  const book = XlsxWorkbook.create();
  await book.writeSheets([charts], 'replace');
  const zip = await JSZip.loadAsync(await book.toBuffer());
  const parts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  expect(parts).toHaveLength(1);
  expect(await zip.file(parts[0])!.async('string')).toContain('<a:t>Goed</a:t>');
});

test('the first preamble line is the title of the sheet, in the same font on both paths', async () => {
  await createExcelGateway().writeSheets([spec], 'replace');
  expect(host.cell('Invoer', 'A1')).toMatchObject({ value: 'Invoer', bold: true, fontSize: 14 });
  expect(host.cell('Invoer', 'A3')).toMatchObject({ value: 'Lang', bold: true, fontSize: 11 });

  const book = XlsxWorkbook.create();
  await book.writeSheets([spec], 'replace');
  const ws = (await readByExcelJs(book)).getWorksheet('Invoer')!;
  expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  expect(ws.getCell('A3').font).toMatchObject({ bold: true });
});
