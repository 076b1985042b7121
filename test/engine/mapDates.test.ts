/** A map sheet for exactly two chosen measurement dates of a client with three (MapsOptions.dates). */
import { runMaps } from '../../src/engine/commands';
import { SheetSpec, WorkbookGateway } from '../../src/engine/workbook';
import { isoToSerial } from '../../src/sample/generate';
import { THREE_DATES, THREE_DATE_CLIENT, threeDateSheets } from './threeDates';

function gateway(): { gateway: WorkbookGateway; written: SheetSpec[] } {
  const raw = threeDateSheets().sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const written: SheetSpec[] = [];
  return {
    written,
    gateway: {
      readSheets: async () => raw,
      writeSheets: async (specs) => {
        written.push(...specs);
        return { written: specs.map((s) => s.name), skipped: [] };
      },
      appendRows: async () => undefined,
      updateCells: async () => undefined,
    },
  };
}

/** The dates (ISO serials) of the contact rows, the figures' header and the charts of the written map sheet. */
function mapSheetOf(written: SheetSpec[]) {
  const sheet = written.find((s) => s.name === `Netwerkkaart ${THREE_DATE_CLIENT}`)!;
  const dateCol = sheet.columns.findIndex((c) => c.header === 'Peildatum');
  const figures = sheet.blocks!.find((b) => b.header && b.rows[0][0] === 'Kengetal')!;
  const change = sheet.blocks!.find((b) => b.header && /^\s*Verschil /.test(String(b.rows[0][0])));
  return {
    sheet,
    rowDates: [...new Set(sheet.rows.map((r) => r[dateCol]))],
    figureHeader: figures.rows[0],
    figureRows: figures.rows,
    changeRows: change?.rows ?? [],
    scatter: sheet.charts!.filter((c) => c.type === 'scatter').length,
    column: sheet.charts!.filter((c) => c.type === 'column').length,
  };
}

describe('maps on chosen dates', () => {
  const { sizes } = threeDateSheets();

  it('the fixture: three dates with different maps', () => {
    expect(new Set(sizes).size).toBe(3);
  });

  it('the first and the third date: exactly those two maps, their figures and the change between them', async () => {
    const { gateway: g, written } = gateway();
    const outcome = await runMaps(g, { clients: [THREE_DATE_CLIENT], dates: [THREE_DATES[2], THREE_DATES[0]], today: '2026-01-10' });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const map = mapSheetOf(written);
    expect(map.rowDates).toEqual([isoToSerial(THREE_DATES[0]), isoToSerial(THREE_DATES[2])]);
    expect(map.sheet.rows).toHaveLength(sizes[0] + sizes[2]);
    expect(map.figureHeader).toEqual(['Kengetal', '15-01-2025', '15-12-2025']);
    expect(map.sheet.preamble![0]).toMatch(/— 15-01-2025 en 15-12-2025$/);
    expect([map.scatter, map.column]).toEqual([2, 1]);
    // The change rows compare the first with the third: the size went down by the two contacts gone.
    expect(map.changeRows).toContainEqual([expect.stringMatching(/Verschil in grootte/), null, sizes[2] - sizes[0]]);
    expect(map.changeRows[0][0]).toMatch(/Verschil 15-01-2025 → 15-12-2025/);
  });

  it('one date alone: one map, no comparison', async () => {
    const { gateway: g, written } = gateway();
    await runMaps(g, { clients: [THREE_DATE_CLIENT], dates: [THREE_DATES[1]] });
    const map = mapSheetOf(written);
    expect(map.rowDates).toEqual([isoToSerial(THREE_DATES[1])]);
    expect([map.scatter, map.column]).toEqual([1, 0]);
  });

  it('without dates: the latest two, as before; with `date`: that date and the one before it', async () => {
    const latest = gateway();
    await runMaps(latest.gateway, { clients: [THREE_DATE_CLIENT] });
    expect(mapSheetOf(latest.written).rowDates).toEqual([isoToSerial(THREE_DATES[1]), isoToSerial(THREE_DATES[2])]);
    const before = gateway();
    await runMaps(before.gateway, { clients: [THREE_DATE_CLIENT], date: THREE_DATES[1] });
    expect(mapSheetOf(before.written).rowDates).toEqual([isoToSerial(THREE_DATES[0]), isoToSerial(THREE_DATES[1])]);
  });

  it('a chosen date without a map is a warning in dd-mm-jjjj; the other date is still drawn; none at all, no sheet', async () => {
    const half = gateway();
    const outcome = await runMaps(half.gateway, { clients: [THREE_DATE_CLIENT], dates: ['2025-03-01', THREE_DATES[2]] });
    expect(mapSheetOf(half.written).rowDates).toEqual([isoToSerial(THREE_DATES[2])]);
    expect(outcome.problems.map((p) => p.message.nl)).toContain(`Cliënt ${THREE_DATE_CLIENT} heeft geen netwerkkaart op 01-03-2025.`);
    const none = gateway();
    const nothing = await runMaps(none.gateway, { clients: [THREE_DATE_CLIENT], dates: ['2025-03-01', '2025-04-01'] });
    expect(none.written.map((s) => s.name)).not.toContain(`Netwerkkaart ${THREE_DATE_CLIENT}`);
    expect(nothing.problems.map((p) => p.message.en)).toContain(`Client ${THREE_DATE_CLIENT} has no network map on 01-03-2025 and 01-04-2025; no sheet was made.`);
  });
});
