/**
 * Real workbooks made by other programs (test/fixtures/real-workbooks: Excel for Windows, Mac and
 * Online, LibreOffice, Google Sheets and others), each with Kring's input sheets added at the
 * package level, through `kring all`: exit 0, every part that is not Kring's byte-identical, the
 * output re-opens in Kring and — where LibreOffice is installed (always in CI) — in LibreOffice,
 * which must read Kring's sheets as Kring wrote them.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { intervisieSheetName } from '../../src/engine/intervisie/agendaSheet';
import { evaluationSheetName } from '../../src/engine/evaluation/sheets';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { addInputSheets, partsOf } from './addInputs';
import { packageCheck, packageParts, sharedParts } from './opc';
import { convertWithLibreOffice, libreOfficeAvailable } from './programs';
import { excelRuleBreaks } from '../standard/excelRules';
import { errorsKringAdded, xmllintAvailable } from '../standard/schemas';

const DIR = path.join(__dirname, '..', 'fixtures', 'real-workbooks');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
const DATE = '2026-11-23';
const INPUTS = sampleSheets().filter((s) => s.role === 'input');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kring-real-'));
const silent = { out: () => undefined, err: () => undefined };

const sheetNames = (xml: string) => [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]);

const outputs: { file: string; output: string; input: Buffer }[] = [];

test('the corpus holds the 34 workbooks of its README', () => {
  expect(FILES).toHaveLength(34);
});

describe.each(FILES)('%s with the input sheets added, through kring all', (file) => {
  test('exit 0, every other part byte-identical, a valid package in its own conformance class, re-opens in Kring', async () => {
    const { data, workbookPart } = await addInputSheets(readFileSync(path.join(DIR, file)), INPUTS);
    const input = path.join(tmp, file);
    const output = path.join(tmp, file.replace(/\.xlsx$/, '-kring.xlsx'));
    writeFileSync(input, data);
    // Two clients' maps (each with its charts and drawing): the demo's sixty would only slow the corpus down.
    expect(await main(['all', input, '-o', output, '--date', DATE, '--client', 'C012', '--client', 'C002'], silent)).toBe(0);
    outputs.push({ file, output, input: data });

    const before = await partsOf(data);
    const after = await partsOf(readFileSync(output));
    const shared = sharedParts(before, workbookPart);
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!shared.has(name.toLowerCase())) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
    }
    // Open Packaging Conventions: every part has a content type, every target exists (no problem the input did not have).
    expect(packageCheck(await packageParts(data), await packageParts(readFileSync(output)), workbookPart)).toEqual([]);
    const wbBefore = sheetNames(before.get(workbookPart)!.toString('utf8'));
    const wbAfter = sheetNames(after.get(workbookPart)!.toString('utf8'));
    expect(wbAfter.slice(0, wbBefore.length)).toEqual(wbBefore);
    expect(wbAfter).toEqual(expect.arrayContaining(['Koppelvoorstellen', 'Netwerkoverzicht', evaluationSheetName(DATE, 'nl'), intervisieSheetName(DATE, 'nl')]));

    const back = await XlsxWorkbook.open(output);
    const read = readWorkbook(await back.readSheets(), { today: DATE });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.model.clients).toHaveLength(60);
  }, 30_000);
});

describe('a week in place on workbooks with charts, a chart sheet, comments, images and formulas', () => {
  test.each(['chart-sheet.xlsx', 'comments.xlsx', 'formulas.xlsx', 'test-issue-880.xlsx'])('%s: suggest, decide, evaluate --in-place keep every other part', async (file) => {
    const { data, workbookPart } = await addInputSheets(readFileSync(path.join(DIR, file)), INPUTS);
    const book = path.join(tmp, `inplace-${file}`);
    writeFileSync(book, data);
    expect(await main(['suggest', book, '--in-place', '--date', DATE], silent)).toBe(0);
    expect(await main(['decide', book, '--in-place', '--date', DATE], silent)).toBe(0);
    expect(await main(['evaluate', book, '--in-place', '--date', DATE], silent)).toBe(0);
    expect(await main(['all', book, '--in-place', '--date', DATE, '--client', 'C012'], silent)).toBe(0);
    const before = await partsOf(data);
    const after = await partsOf(readFileSync(book));
    const shared = sharedParts(before, workbookPart);
    for (const [name, bytes] of before) {
      if (!shared.has(name.toLowerCase())) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect(packageCheck(await packageParts(data), await packageParts(readFileSync(book)), workbookPart)).toEqual([]);
  }, 30_000);
});

describe('the outputs by the standard', () => {
  const xmllint = xmllintAvailable();
  if (!xmllint && process.env.CI) throw new Error('xmllint (libxml2-utils) is needed in CI');
  (xmllint ? test : test.skip)('every part Kring wrote or changed is valid by the ECMA-376 schemas', async () => {
    expect(outputs.length).toBe(FILES.length);
    const failures: unknown[] = [];
    for (const { file, output, input } of outputs) {
      const { errors } = await errorsKringAdded(input, readFileSync(output));
      if (errors.length) failures.push([file, errors]);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  test("Excel's rules hold in every output", async () => {
    const failures: unknown[] = [];
    for (const { file, output } of outputs) {
      const breaks = await excelRuleBreaks(readFileSync(output));
      if (breaks.length) failures.push([file, breaks]);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('the outputs in LibreOffice', () => {
  const available = libreOfficeAvailable();
  (available ? test : test.skip)('LibreOffice opens every output and reads Kring’s sheets as Kring wrote them', async () => {
    expect(outputs.length).toBe(FILES.length);
    const converted = convertWithLibreOffice(outputs.map((o) => o.output), path.join(tmp, 'libreoffice'));
    for (const { file, output } of outputs) {
      const again = converted.get(output);
      expect([file, again !== undefined && existsSync(again)]).toEqual([file, true]);
      const names = ['Koppelvoorstellen', 'Netwerkoverzicht', evaluationSheetName(DATE, 'nl')];
      const ours = await (await XlsxWorkbook.open(output)).readSheets(names);
      const theirs = await (await XlsxWorkbook.open(again!)).readSheets(names);
      expect([file, theirs.map((s) => s.rows)]).toEqual([file, ours.map((s) => s.rows)]);
    }
  }, 300_000);
});
