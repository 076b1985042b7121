/**
 * Loneliness end to end on both paths: questionnaires made, ticked (by openpyxl on the .xlsx
 * path, typed on the Excel test host), kept on a re-run and counted as measurements; Resultaten
 * shows loneliness over time per scope with a native chart.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { runQuestionnaire, runResults } from '../../src/engine/commands';
import { readForms } from '../../src/engine/forms/form';
import { LONELINESS_FORM } from '../../src/engine/loneliness/kind';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { openpyxlAvailable, runOpenpyxl } from '../real/programs';

const DATE = '2026-12-01';
const SHEET = 'Vragenlijst 01-12-2026';
/** Box columns: B ja, C min of meer, D nee. Anna's answers: ja, ja, nee, nee, min of meer, ja → 1+0+1+0+1+1 = 4. */
const TICKS = ['B', 'B', 'D', 'D', 'C', 'B'];

async function sampleFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-lonely-')), 'sample.xlsx');
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(sampleSheets(), 'create-if-missing');
  await wb.save(file);
  return file;
}

async function cli(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  let out = '';
  const code = await main([...args, '--json'], { out: (t) => (out += t), err: () => undefined });
  return { code, json: JSON.parse(out) };
}

const TICK_SCRIPT = `
import sys, openpyxl
path, sheet, client, cols = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(',')
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
inside = False
for row in ws.iter_rows():
    values = [c.value for c in row]
    if any(isinstance(v, str) and v.startswith('KRING-FORM:') for v in values):
        inside = any(v == 'KRING-FORM:EENZAAMHEID:' + client for v in values)
        continue
    label = values[0]
    if inside and isinstance(label, str):
        if label[:2] in ('1.', '2.', '3.', '4.', '5.', '6.'):
            ws[cols[int(label[0]) - 1] + str(row[0].row)] = 'X'
        elif label == 'Afgenomen door':
            ws['B' + str(row[0].row)] = 'Sanne'
wb.save(path)
`;

const maybe = openpyxlAvailable() ? test : test.skip;

maybe('.xlsx: ticks typed by openpyxl are read back, kept on a re-run for another location, and shown in Resultaten with a chart', async () => {
  const file = await sampleFile();
  const first = await cli(['questionnaire', file, '--date', DATE, '--location', 'Zonnehof', '--in-place']);
  expect(first.code).toBe(0);
  const made = first.json.questionnaires as { client: string }[];
  const client = made[0].client;
  runOpenpyxl(TICK_SCRIPT, [file, SHEET, client, TICKS.join(',')]);
  // A re-run for another location adds its clients and keeps the ticked form.
  const again = await cli(['questionnaire', file, '--date', DATE, '--location', 'De Linde', '--in-place']);
  expect(again.code).toBe(0);
  expect((again.json.questionnaires as { client: string }[]).map((q) => q.client)).toEqual(expect.arrayContaining(made.map((q) => q.client)));
  expect((again.json.loneliness as { client: string; date: string }[]).find((m) => m.client === client && m.date === DATE)).toEqual({ client, date: DATE, total: 4, emotional: 2, social: 2, level: 'somewhatLonely' });
  const forms = readForms(LONELINESS_FORM, await (await XlsxWorkbook.open(file)).readSheets());
  const kept = forms.find((f) => f.subject === client)!;
  expect(TICKS.map((_, i) => kept.answers[`q${i + 1}`]?.ticks.map((t) => t.raw))).toEqual(TICKS.map(() => ['X']));
  expect(kept.answers.by?.value).toBe('Sanne');

  const all = await cli(['all', file, '--date', DATE, '--in-place']);
  expect(all.code).toBe(0);
  const results = all.json.results as { location: string | null; loneliness: { points: { date: string }[] } }[];
  expect(results[0].loneliness.points.map((p) => p.date)).toEqual(['2026-03-01', '2026-09-01', DATE]);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  const lonely = charts.filter((xml) => xml.includes('Eenzaamheid: aandeel sterk en enigszins'));
  expect(lonely).toHaveLength(results.length);
  for (const xml of lonely) expect(xml).toContain('<c:lineChart>');
});

test.each(API_VERSIONS)('Excel (ExcelApi %s): questionnaires on the test host are protected with the boxes open; typed ticks survive a re-run; Resultaten has a loneliness chart per scope', async (apiVersion) => {
  const host = createExcelHost({ apiVersion });
  const uninstall = host.install(globalThis);
  try {
    const gateway = createExcelGateway();
    await gateway.writeSheets(sampleSheets(), 'create-if-missing');
    const first = await runQuestionnaire(gateway, { today: DATE, date: DATE, location: 'Het Baken' });
    expect(host.sheet(SHEET).protected).toBe(true);
    const client = first.questionnaires![0].client;
    const values = host.getValues(SHEET);
    const top = values.findIndex((r) => r.includes(`KRING-FORM:EENZAAMHEID:${client}`));
    const statementRow = (n: number) => values.findIndex((r, i) => i > top && typeof r[0] === 'string' && r[0].startsWith(`${n}. `)) + 1;
    TICKS.forEach((column, i) => host.typeInCell(SHEET, `${column}${statementRow(i + 1)}`, 'x'));
    // The statements themselves are locked.
    expect(() => host.typeInCell(SHEET, `A${statementRow(1)}`, 'x')).toThrow();
    const again = await runQuestionnaire(gateway, { today: DATE, date: DATE, location: 'Het Baken' });
    expect(again.read!.model.loneliness.find((m) => m.clientId === client && m.date === DATE)?.score).toEqual({ total: 4, emotional: 2, social: 2, level: 'somewhatLonely' });
    const after = host.getValues(SHEET);
    TICKS.forEach((column, i) => expect(after[statementRow(i + 1) - 1][column.charCodeAt(0) - 65]).toBe('x'));

    const results = await runResults(gateway, { today: DATE });
    const charts = host.charts('Resultaten').filter((c) => c.title === 'Eenzaamheid: aandeel sterk en enigszins');
    expect(charts).toHaveLength(results.results!.length);
    expect(charts[0].series.map((s) => s.name)).toEqual(['Sterk eenzaam', 'Enigszins eenzaam']);
  } finally {
    uninstall();
  }
});
