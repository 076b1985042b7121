/** The pure parts of access, erasure and retention: who a cell names, compaction in place, the retention cutoff. */
import { compactUpdates } from '../../../src/engine/privacy/erase';
import { retentionCutoff } from '../../../src/engine/privacy/retention';
import { isErasedClient, mentions, replaceSubject } from '../../../src/engine/privacy/words';
import { RawSheet } from '../../../src/engine/workbook';
import { removeSheetFromWorkbookXml } from '../../../src/xlsx/write/remove';

const who = { id: 'C001', name: 'Marloes S.' };

describe('who a cell names', () => {
  test.each([
    ['C001', true],
    ['c 001', true],
    ['KRING-EVAL:C002>C001', true],
    ['Gesprek met Marloes S. over geld', true],
    ['C0012', false],
    ['Marloes', false],
    [1, false],
    [null, false],
  ])('%p → %p', (cell, expected) => expect(mentions(cell as never, who)).toBe(expected));

  test('a short numeric ID is matched only as the whole cell', () => {
    expect(mentions(7, { id: '7', name: 'Jan' })).toBe(true);
    expect(mentions('ring 7 dichtbij', { id: '7', name: 'Jan' })).toBe(false);
  });

  test('the ID and name in a text become the pseudonym; the pseudonym is known in both languages', () => {
    expect(replaceSubject('Marloes S. en C001 samen', who, 'verwijderde cliënt')).toBe('verwijderde cliënt en verwijderde cliënt samen');
    expect(replaceSubject('C001', who, 'erased client')).toBe('erased client');
    expect(isErasedClient(' Verwijderde cliënt ')).toBe(true);
    expect(isErasedClient('erased client')).toBe(true);
    expect(isErasedClient('C001')).toBe(false);
  });
});

describe('rows removed by compacting in place', () => {
  const sheet: RawSheet = { name: 'Contacten', firstRow: 1, firstColumn: 0, rows: [['ID', 'Datum'], ['A', 46000], ['B', 46001], ['C', 46002], ['D', null]] };

  test('the rows below move up, the freed last rows are cleared, unchanged cells are not written', () => {
    const updates = compactUpdates(sheet, [2], new Map(), ['text', 'date']);
    expect(updates).toEqual([
      { row: 3, column: 0, value: 'C', kind: 'text' },
      { row: 3, column: 1, value: 46002, kind: 'date' },
      { row: 4, column: 0, value: 'D', kind: 'text' },
      { row: 4, column: 1, value: null, kind: 'date' },
      { row: 5, column: 0, value: null, kind: 'text' },
    ]);
  });

  test('a replaced cell of a kept row is written in its new place', () => {
    const updates = compactUpdates(sheet, [1], new Map([['3:0', 'verwijderde cliënt']]), ['text', 'date']);
    expect(updates.find((u) => u.row === 3 && u.column === 0)).toEqual({ row: 3, column: 0, value: 'verwijderde cliënt', kind: 'text' });
  });
});

test('the retention cutoff is today minus the years (a leap day falls back to 1 March)', () => {
  expect(retentionCutoff('2028-09-01', 2)).toBe('2026-09-01');
  expect(retentionCutoff('2028-02-29', 1)).toBe('2027-03-01');
});

describe('a sheet taken out of the workbook part', () => {
  const xml =
    '<workbook xmlns="m" xmlns:r="r"><bookViews><workbookView activeTab="2" firstSheet="0"/></bookViews>' +
    '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Netwerkkaart C001" sheetId="2" r:id="rId2"/><sheet name="C" sheetId="3" r:id="rId3"/></sheets>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'Netwerkkaart C001\'!$A$1:$B$2</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$B$2</definedName><definedName name="Mine">A!$A$1</definedName></definedNames></workbook>';

  test('its entry and names go; later sheets\' names and the active tab move down one', () => {
    const out = removeSheetFromWorkbookXml('xl/workbook.xml', xml, 1, 'rId2', 'Netwerkkaart C001');
    expect(out).not.toContain('C001');
    expect(out).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">C!$A$1:$B$2</definedName>');
    expect(out).toContain('<definedName name="Mine">A!$A$1</definedName>');
    expect(out).toContain('activeTab="1" firstSheet="0"');
  });

  test('a definedNames element left empty goes whole', () => {
    const only = xml.replace(/<definedName name="_xlnm.Print_Area" localSheetId="2">.*?<\/definedName><definedName name="Mine">.*?<\/definedName>/, '');
    expect(removeSheetFromWorkbookXml('xl/workbook.xml', only, 1, 'rId2', 'Netwerkkaart C001')).not.toContain('definedNames');
  });
});
