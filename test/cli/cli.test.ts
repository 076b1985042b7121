import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { readByExcelJs } from '../xlsx/excelJs';
import { MISTAKES, writeRowsXlsx } from '../fixtures/mistakes';

const root = path.resolve(__dirname, '..', '..');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-cli-'));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const writeMistakes = (file: string) => writeRowsXlsx(file, MISTAKES);

describe('kring command line', () => {
  test('check on a workbook full of mistakes: exit 1, every problem listed, nothing written', async () => {
    const dir = tmp();
    const file = path.join(dir, 'fouten.xlsx');
    await writeMistakes(file);
    const before = statSync(file).mtimeMs;
    const text = await run(['check', file]);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/fout: Cliënten, rij 3, kolom ID: Het ID "C1" komt al voor in rij 2/);
    expect(text.out).toMatch(/Koppelingen, rij 3, kolom Cliënt-ID/);
    const json = await run(['check', file, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    const summary = JSON.parse(json.out);
    expect(summary.command).toBe('check');
    expect(Object.keys(summary)).toEqual(['command', 'problems', 'loneliness']);
    const expected = readWorkbook(await (await XlsxWorkbook.open(file)).readSheets()).problems;
    expect(summary.problems).toHaveLength(expected.length);
    for (const p of summary.problems) {
      expect(Object.keys(p)).toEqual(['severity', 'sheet', 'row', 'column', 'message']);
      expect(['error', 'warning']).toContain(p.severity);
    }
    expect(summary.problems[0].message).toMatch(/[A-Za-z]/);
    expect(json.err).toMatch(/\d+ errors?, \d+ warnings?\. Nothing was written\./);
    expect(json.err).not.toMatch(/\((s|en)\)/);
    // all/demo-style commands write nothing either when there are errors
    const all = await run(['all', file, '--json']);
    expect(all.code).toBe(1);
    expect(JSON.parse(all.out).sheets).toEqual([]);
    expect(readdirSync(dir)).toEqual(['fouten.xlsx']);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  test('template writes the input workbook; on an existing workbook only missing sheets are added', async () => {
    const dir = tmp();
    const out = path.join(dir, 'nieuw.xlsx');
    const first = await run(['template', '-o', out, '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(summary.sheets).toEqual(['Uitleg Kring', 'Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Sociale kaart', 'Begeleiders', 'Veiligheidssignalen', 'Eenzaamheid', 'Instellingen']);
    const en = await run(['template', '-o', path.join(dir, 'new.xlsx'), '--lang', 'en', '--json']);
    expect(JSON.parse(en.out).sheets).toContain('Clients');
    // An existing workbook keeps its sheets; the output goes to <input>-kring.xlsx.
    const partial = path.join(dir, 'deel.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cliënten').addRow(['ID', 'Naam']);
    wb.getWorksheet('Cliënten')!.addRow(['C1', 'Ann']);
    await wb.xlsx.writeFile(partial);
    const second = await run(['template', partial, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out).sheets).not.toContain('Cliënten');
    const result = await readByExcelJs(path.join(dir, 'deel-kring.xlsx'));
    expect(result.getWorksheet('Cliënten')!.getCell('B2').value).toBe('Ann');
  });

  test('usage errors and unreadable files exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate', 'x.xlsx'])).code).toBe(2);
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', 'x.xlsx', '--date', '2026-13-45'])).code).toBe(2);
    expect((await run(['check', '/nonexistent/x.xlsx'])).code).toBe(2);
    const dir = tmp();
    const input = path.join(dir, 'a.xlsx');
    await writeMistakes(input);
    expect((await run(['template', input, '-o', input])).code).toBe(2);
  });

  test('demo runs on the bundled sample as a real process', () => {
    const dir = tmp();
    const bin = path.join(root, 'bin', 'kring.js');
    if (!existsSync(path.join(root, 'lib', 'src', 'cli', 'main.js'))) throw new Error('run npm run build:cli first (npm test does)');
    const res = spawnSync(process.execPath, [bin, 'demo', '--json'], { cwd: dir, encoding: 'utf8' });
    expect(res.status).toBe(0);
    const summary = JSON.parse(res.stdout);
    expect(summary).toMatchObject({ command: 'demo', problems: [] });
    expect(existsSync(path.join(dir, 'kring-demo.xlsx'))).toBe(true);
  });
});
