/** kring results on .xlsx: Resultaten carries native charts (a line chart per scope over every measurement date) that point at its own cells. */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';

const TODAY = '2026-11-23';

/** The chart parts of a sheet, found through the workbook, sheet and drawing relationships. */
async function chartsOf(zip: JSZip, sheet: string): Promise<string[]> {
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const sheetFile = `xl/${target.replace(/^\/?xl\//, '')}`;
  const sheetRels = await zip.file(sheetFile.replace('worksheets/', 'worksheets/_rels/') + '.rels')!.async('string');
  const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)![1];
  const drawingRels = await zip.file(`xl/drawings/_rels/${drawing}.rels`)!.async('string');
  return Promise.all([...drawingRels.matchAll(/charts\/(chart\d+\.xml)/g)].map((m) => zip.file(`xl/charts/${m[1]}`)!.async('string')));
}

test('kring results writes Resultaten with a median-network line chart and a pairings chart per scope', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-results-')), 'r.xlsx');
  let stdout = '';
  const code = await main(['results', samplePath(), '-o', out, '--date', TODAY, '--json'], { out: (t) => (stdout += t), err: () => undefined });
  expect(code).toBe(0);
  const scopes = JSON.parse(stdout).results.length;
  const charts = await chartsOf(await JSZip.loadAsync(readFileSync(out)), 'Resultaten');
  const lines = charts.filter((xml) => xml.includes('<c:lineChart>'));
  const columns = charts.filter((xml) => xml.includes('<c:barChart>'));
  expect(scopes).toBe(4);
  expect(lines.length).toBeGreaterThanOrEqual(scopes);
  expect(columns.length).toBe(scopes);
  // Every series reads the sheet's own cells (live: a re-run updates the charts).
  for (const xml of charts) expect(xml.replace(/&apos;/g, "'")).toMatch(/<c:f>'?Resultaten'?!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f>/);
  // The organisation's median chart has a point for every measurement date of the sample.
  const median = lines.find((xml) => xml.includes('Mediaan'))!;
  expect(median.match(/<c:ptCount val="(\d+)"\/>/)![1]).toBe('3');
  // On a date axis (spaced by time, not one step per date), its categories dates with their format.
  for (const xml of lines) {
    expect(xml).toContain('<c:dateAx>');
    expect(xml).not.toContain('<c:catAx>');
    expect(xml).toMatch(/<c:majorUnit val="\d+"\/><c:majorTimeUnit val="months"\/>/);
    // Labels as "sep 25", read across.
    expect(xml).toMatch(/<c:dateAx>.*<c:numFmt formatCode="\[\$-413\]mmm yy" sourceLinked="0"\/>.*<a:bodyPr rot="0" vert="horz"\/>.*<\/c:dateAx>/);
    expect(xml).toMatch(/<c:cat><c:numRef><c:f>[^<]+<\/c:f><c:numCache><c:formatCode>dd-mm-yyyy<\/c:formatCode>/);
  }
  expect(columns.every((xml) => xml.includes('<c:catAx>'))).toBe(true);
  // The loneliness chart's axis in percentages.
  const lonely = lines.filter((xml) => xml.includes('Eenzaamheid'));
  expect(lonely.length).toBeGreaterThan(0);
  for (const xml of lonely) expect(xml).toMatch(/<c:valAx>.*<c:numFmt formatCode="0%" sourceLinked="0"\/>/);
});
