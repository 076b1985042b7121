/** kring maps: the overview, a map sheet with a native chart per requested client, and the --json figures. */
import JSZip from 'jszip';
import { readFileSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { isoToSerial } from '../../src/sample/generate';
import { THREE_DATES, THREE_DATE_CLIENT, threeDateSheets } from '../engine/threeDates';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-maps-'));

async function run(args: string[]) {
  let out = '';
  const code = await main(args, { out: (t) => (out += t), err: () => undefined });
  return { code, json: JSON.parse(out) };
}

describe('kring maps', () => {
  test('--location: a map for every client of that location; without options every location of the sample gets its maps', async () => {
    const { code, json } = await run(['maps', samplePath(), '-o', path.join(tmp(), 'loc.xlsx'), '--location', 'het baken', '--json']);
    expect(code).toBe(0);
    const maps = (json.sheets as string[]).filter((s) => s.startsWith('Netwerkkaart '));
    const all = await run(['maps', samplePath(), '-o', path.join(tmp(), 'all.xlsx'), '--json']);
    const every = (all.json.sheets as string[]).filter((s) => s.startsWith('Netwerkkaart '));
    expect(every).toHaveLength(60);
    expect(maps.length).toBeGreaterThan(10);
    expect(maps.length).toBeLessThan(every.length);
  });

  test('writes the overview and a map sheet with a chart for each requested client; --json has networks and changes', async () => {
    const out = path.join(tmp(), 'maps.xlsx');
    const { code, json } = await run(['maps', samplePath(), '-o', out, '--client', 'C012', '--client', 'C002', '--json']);
    expect(code).toBe(0);
    expect(json.sheets).toEqual(expect.arrayContaining(['Netwerkoverzicht', 'Netwerkkaart C012', 'Netwerkkaart C002']));
    const net = json.networks.find((n: { client: string; date: string }) => n.client === 'C012' && n.date === '2026-09-01');
    expect(net).toMatchObject({ size: expect.any(Number), professionalShare: expect.any(Number) });
    expect(Object.values(net.bySector as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(net.size);
    const change = json.changes.find((c: { client: string; to: string }) => c.client === 'C012' && c.to === '2026-09-01');
    expect(change).toMatchObject({ from: '2026-03-01', to: '2026-09-01' });
    expect(change.kept + change.added).toBe(net.size);

    const zip = await JSZip.loadAsync(readFileSync(out));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    for (const name of ['Netwerkkaart C012', 'Netwerkkaart C002']) {
      const rid = new RegExp(`name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
      const sheetFile = `xl/${target.replace(/^\/?xl\//, '')}`;
      const sheetRels = await zip.file(sheetFile.replace('worksheets/', 'worksheets/_rels/') + '.rels')!.async('string');
      const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)![1];
      const drawingRels = await zip.file(`xl/drawings/_rels/${drawing}.rels`)!.async('string');
      const charts = [...drawingRels.matchAll(/charts\/(chart\d+\.xml)/g)].map((m) => m[1]);
      expect(charts.length).toBeGreaterThanOrEqual(2); // a map per date (and the per-sector chart)
      const chartXml = await zip.file(`xl/charts/${charts[0]}`)!.async('string');
      expect(chartXml).toContain('c:scatterChart');
      expect(chartXml.replace(/&apos;/g, "'")).toContain(`'${name}'!`);
    }
  });
});

describe('kring maps --from', () => {
  test('--from F --date D: the map sheet of a client with three dates shows exactly F and D', async () => {
    const dir = tmp();
    const input = path.join(dir, 'three.xlsx');
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(threeDateSheets().sheets, 'create-if-missing');
    await wb.save(input);
    const out = path.join(dir, 'out.xlsx');
    const { code, json } = await run(['maps', input, '-o', out, '--client', THREE_DATE_CLIENT, '--from', THREE_DATES[0], '--date', THREE_DATES[2], '--json']);
    expect(code).toBe(0);
    expect(json.sheets).toContain(`Netwerkkaart ${THREE_DATE_CLIENT}`);
    const [sheet] = await (await XlsxWorkbook.open(out)).readSheets([`Netwerkkaart ${THREE_DATE_CLIENT}`]);
    const cells = sheet.rows.flat().map(String);
    expect(cells.some((c) => /— 15-01-2025 en 15-12-2025$/.test(c))).toBe(true);
    // The figures' header has both dates, and the contact table's Peildatum column holds only those two.
    expect(sheet.rows.some((r) => r.includes('15-01-2025') && r.includes('15-12-2025'))).toBe(true);
    expect(cells).not.toContain('15-06-2025');
    const header = sheet.rows.findIndex((r) => r.includes('Peildatum'));
    const dateCol = sheet.rows[header].indexOf('Peildatum');
    const dates = new Set(sheet.rows.slice(header + 1).map((r) => r[dateCol]).filter((v) => typeof v === 'number'));
    expect([...dates].sort()).toEqual([isoToSerial(THREE_DATES[0]), isoToSerial(THREE_DATES[2])]);
  });

  test('--from needs --date before it, and only with maps or all', async () => {
    const usage = async (args: string[]) => {
      let err = '';
      const code = await main(args, { out: () => undefined, err: (t) => (err += t) });
      return { code, err };
    };
    expect(await usage(['maps', samplePath(), '--from', '2026-03-01', '--lang', 'en'])).toMatchObject({ code: 2, err: expect.stringContaining('--from needs --date') });
    expect(await usage(['maps', samplePath(), '--from', '2026-03-01'])).toMatchObject({ code: 2, err: expect.stringContaining('--from heeft --date nodig') });
    expect(await usage(['maps', samplePath(), '--from', '2026-09-01', '--date', '2026-03-01', '--lang', 'en'])).toMatchObject({ code: 2, err: expect.stringContaining('must be before --date') });
    // Dates the Dutch way are the same dates: 01-09-2026 is not before 2026-03-01.
    expect(await usage(['maps', samplePath(), '--from', '01-09-2026', '--date', '2026-03-01'])).toMatchObject({ code: 2, err: expect.stringContaining('moet vóór --date (2026-03-01) liggen') });
    expect(await usage(['evaluate', samplePath(), '--from', '2026-03-01', '--date', '2026-09-01', '--lang', 'en'])).toMatchObject({ code: 2, err: expect.stringContaining('--from is for maps and all') });
    expect(await usage(['maps', samplePath(), '--from', '01-03-26', '--date', '2026-09-01'])).toMatchObject({ code: 2, err: expect.stringContaining('schrijf het jaar voluit') });
  });
});
