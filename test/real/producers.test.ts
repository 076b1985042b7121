/**
 * The week on the command line with other programs in between: the sample as saved by LibreOffice
 * and by openpyxl (test/fixtures/producers, made by scripts/make-producer-samples.sh) goes through
 * suggest; decisions are typed with openpyxl (and the file saved again by LibreOffice for the
 * LibreOffice sample); decide; evaluate; answers typed with openpyxl; evaluate again and all keep
 * them.
 */
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { readWorkbook } from '../../src/engine/read';
import { evaluationSheetName } from '../../src/engine/evaluation/sheets';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { opcProblems, packageParts } from './opc';
import { convertWithLibreOffice, libreOfficeAvailable, openpyxlAvailable, runOpenpyxl } from './programs';

const DATE = '2026-11-23';
const silent = { out: () => undefined, err: () => undefined };
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'producers');

const TYPE_DECISIONS = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Koppelvoorstellen']
header = next(r for r in ws.iter_rows() if any(c.value == 'Besluit' for c in r))
col = next(c.column for c in header if c.value == 'Besluit')
rows = [r for r in range(header[0].row + 1, ws.max_row + 1) if ws.cell(r, 1).value]
for r, word in zip(rows, ['akkoord', 'akkoord', 'afgewezen']):
    ws.cell(r, col).value = word
wb.save(sys.argv[2])
`;

const TYPE_ANSWERS = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
n = 0
for row in ws.iter_rows():
    for c in row:
        if c.value == 'Klik (1 = geen, 5 = heel goed)':
            ws.cell(c.row, c.column + 1).value = 4
        elif c.value == 'Wat ging goed':
            n += 1
            ws.cell(c.row, c.column + 1).value = 'Samen naar de markt, gesprek %d' % n
wb.save(sys.argv[2])
`;

async function kring(args: string[]): Promise<number> {
  return main([...args, '--date', DATE], silent);
}

async function model(file: string) {
  return readWorkbook(await (await XlsxWorkbook.open(file)).readSheets(), { today: DATE }).model;
}

async function answers(file: string) {
  return readEvaluations(await (await XlsxWorkbook.open(file)).readSheets()).map((a) => [a.networkerId, a.clientId, a.raw]);
}

const ready = openpyxlAvailable() && libreOfficeAvailable();

describe.each([
  ['LibreOffice', 'sample-libreoffice.xlsx'],
  ['openpyxl', 'sample-openpyxl.xlsx'],
])('the sample saved by %s', (producer, fixture) => {
  (ready ? test : test.skip)('suggest, decisions typed elsewhere, decide, evaluate with answers typed elsewhere, all', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `kring-${producer}-`));
    const at = (name: string) => path.join(dir, name);
    const input = path.join(FIXTURES, fixture);
    expect(await kring(['suggest', input, '-o', at('a.xlsx')])).toBe(0);

    runOpenpyxl(TYPE_DECISIONS, [at('a.xlsx'), at('b.xlsx')]);
    let decided = at('b.xlsx');
    if (producer === 'LibreOffice') decided = convertWithLibreOffice([decided], at('lo')).get(decided)!;
    const before = (await model(decided)).pairings.length;
    expect(await kring(['decide', decided, '-o', at('c.xlsx')])).toBe(0);
    expect((await model(at('c.xlsx'))).pairings.length).toBe(before + 2);

    expect(await kring(['evaluate', at('c.xlsx'), '-o', at('d.xlsx')])).toBe(0);
    runOpenpyxl(TYPE_ANSWERS, [at('d.xlsx'), at('e.xlsx'), evaluationSheetName(DATE, 'nl')]);
    const typed = await answers(at('e.xlsx'));
    expect(typed.length).toBeGreaterThan(3);
    expect(typed.every(([, , raw]) => (raw as Record<string, unknown>).klik === 4)).toBe(true);

    expect(await kring(['evaluate', at('e.xlsx'), '-o', at('f.xlsx')])).toBe(0);
    expect(await answers(at('f.xlsx'))).toEqual(typed);
    expect(await kring(['all', at('f.xlsx'), '-o', at('g.xlsx')])).toBe(0);
    expect(await answers(at('g.xlsx'))).toEqual(typed);
    expect((await model(at('g.xlsx'))).pairings).toEqual((await model(at('c.xlsx'))).pairings);
    // Every file Kring wrote is a valid package: each part has a content type, each target exists.
    for (const file of ['a.xlsx', 'c.xlsx', 'd.xlsx', 'f.xlsx', 'g.xlsx']) expect([file, opcProblems(await packageParts(readFileSync(at(file))))]).toEqual([file, []]);
  }, 120_000);
});
