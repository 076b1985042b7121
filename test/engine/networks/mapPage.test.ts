/**
 * The printed Netwerkkaart page, from its spec: one A4 page (landscape with two maps, portrait
 * with one) whose maps cover at least half of it; the helper numbers (the contact table with X and
 * Y, the chart data) outside the print area; rings and sectors named on the map; the client named
 * in the centre of both maps (on the Excel path too, where the earlier map used to show "0"); the
 * figures in words with percentages.
 */
import { planMaps } from '../../../src/engine/networks/command';
import { readWorkbook } from '../../../src/engine/read';
import { CellBlock, RawSheet, SheetSpec } from '../../../src/engine/workbook';
import { sampleSheets } from '../../../src/sample/generate';
import { createExcelGateway } from '../../../src/excel';
import { createKringOps } from '../../../src/taskpane/ops';
import { createExcelHost, NEWEST_API } from '../../excelHost';

const TODAY = '2026-11-23';
const A4 = 595 * 842;
const PX = 0.75;

function read() {
  const raw: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  return readWorkbook(raw, { today: TODAY });
}
const sheetOf = (dates: string[] | null, lang: 'nl' | 'en' = 'nl') => planMaps(read(), lang, { clients: ['C012'], dates }).specs[1];
const inside = (spec: SheetSpec, row: number, column: number) => {
  const a = spec.print!.area!;
  return row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + (a.columns ?? 1);
};
const cellsOf = (b: CellBlock) => b.rows.flatMap((r, i) => r.map((v, j) => ({ row: b.at.row + (b.title ? 1 : 0) + i, column: b.at.column + j, v })));

describe.each([
  ['two dates', null, 'landscape', 2],
  ['one date', ['2026-09-01'], 'portrait', 1],
] as const)('the Netwerkkaart page with %s', (_, dates, orientation, maps) => {
  const spec = sheetOf(dates ? [...dates] : null);
  const scatter = spec.charts!.filter((c) => c.type === 'scatter');

  test(`one A4 ${orientation} page, the maps covering at least half of it, nothing scaled`, () => {
    expect(spec.print).toMatchObject({ paper: 'A4', orientation });
    expect(spec.print!.fitToWidth).toBeFalsy();
    expect(scatter).toHaveLength(maps);
    const area = scatter.reduce((sum, c) => sum + c.width * PX * c.height * PX, 0);
    expect(area / A4).toBeGreaterThanOrEqual(0.5);
    for (const c of scatter) expect(inside(spec, c.anchor.row, c.anchor.column)).toBe(true);
  });

  test('no helper number is in the print area: the contact table with X and Y and the chart data are outside it', () => {
    expect(spec.print!.area!.column).toBeGreaterThanOrEqual(spec.columns.length);
    const printed = spec.blocks!.filter((b) => cellsOf(b).some((c) => inside(spec, c.row, c.column)));
    for (const b of printed) for (const c of cellsOf(b)) if (typeof c.v === 'number') expect(Number.isInteger(c.v) || b.formats?.[c.column - b.at.column] === 'percent').toBe(true);
    // The data behind every series lies outside the print area.
    for (const c of scatter) for (const s of c.series) expect(inside(spec, s.values.row, s.values.column)).toBe(false);
  });

  test('rings and sectors are named on the map; the client in its centre', () => {
    for (const c of scatter) {
      const names = c.series.filter((s) => s.labels && s.markers === false);
      expect(names).toHaveLength(2);
      const [sectors, rings] = names.map((s) => spec.blocks!.find((b) => b.at.column === s.labels!.column - 2)!);
      expect(sectors.rows.map((r) => r[2])).toEqual(expect.arrayContaining([expect.stringMatching(/^Familie \(\d+\)$/), expect.stringMatching(/^Hulpverlening \(\d+\)$/)]));
      expect(rings.rows.map((r) => r[2])).toEqual(read().model.settings.rings.map((r) => r.label));
      const ego = c.series.find((s) => s.markerSize === 10)!;
      const cell = cellsOf(spec.blocks!.find((b) => b.at.column === ego.labels!.column - 2)!).find((x) => x.row === ego.labels!.row && x.column === ego.labels!.column)!;
      expect(cell.v).toBe('G.S. (C012)'); // initials by default (privacy by default)
    }
    // No two blocks share a cell (the second map's data used to overwrite the first one's centre label).
    const seen = new Set<string>();
    for (const b of spec.blocks!) for (const c of cellsOf(b)) {
      expect(seen.has(`${c.row},${c.column}`)).toBe(false);
      seen.add(`${c.row},${c.column}`);
    }
  });

  test('the figures printed in words, shares as percentages', () => {
    const figures = spec.blocks!.filter((b) => inside(spec, b.at.row, b.at.column) && b.at.row > 1);
    const words = figures.flatMap((b) => b.rows.map((r) => String(r[0]).trim()));
    expect(words).toEqual(expect.arrayContaining(['Grootte (contacten)', 'Aandeel hulpverleners', 'Aandeel informeel']));
    const shares = figures.find((b) => b.rows.some((r) => r[0] === 'Aandeel hulpverleners'))!;
    expect(shares.formats!.slice(1).every((f) => f === 'percent')).toBe(true);
  });
});

test('on the Excel path both maps name the client in the centre', async () => {
  const host = createExcelHost({ apiVersion: NEWEST_API, sheets: [{ name: 'Blad1' }] });
  const ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), 'nl');
  await ops.openSample();
  await ops.maps(['C012'], null);
  const maps = host.charts('Netwerkkaart C012').filter((c) => /scatter/i.test(c.type));
  expect(maps).toHaveLength(2);
  for (const m of maps) {
    const ego = m.series.find((s) => s.markerSize === 10)!;
    expect(ego.labels?.map((l) => l.text)).toEqual(['G.S. (C012)']);
  }
});
