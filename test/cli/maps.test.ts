/** kring maps: the overview, a map sheet with a native chart per requested client, and the --json figures. */
import JSZip from 'jszip';
import { readFileSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-maps-'));

async function run(args: string[]) {
  let out = '';
  const code = await main(args, { out: (t) => (out += t), err: () => undefined });
  return { code, json: JSON.parse(out) };
}

describe('kring maps', () => {
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
