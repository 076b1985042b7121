/**
 * One network map as a native scatter chart over helper cells (outside the print area): the rings
 * and sector boundaries drawn as lines, the rings and sectors named on the map (a sector with its
 * number of contacts), the contacts coloured by sector, known ties, the client named in the centre.
 */
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { mapTies, NetworkMap } from './figures';
import { layoutMap } from './layout';
import { Cell, CellBlock, ChartSeries, ChartSpec } from '../workbook';
import { clientLabel } from '../sheets/labels';

export const SECTOR_COLORS = ['#C0504D', '#F79646', '#9BBB59', '#4BACC6', '#1F497D', '#8064A2', '#7F7F7F', '#2C4D75', '#772C2A', '#5F7530'];
const RING_POINTS = 72;

/** Helper columns one map's chart data takes (rings, boundaries, ties, centre, sector and ring names): the next map's start beyond them. */
export function mapDataColumns(rings: number): number {
  return 2 * rings + 2 + 2 + 3 + 3 + 3 + 1;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;
/** An invisible point that only carries a label. */
const nameSeries = (name: string, column: number, rows: number): ChartSeries => ({
  name,
  x: { row: 1, column, rows },
  values: { row: 1, column: column + 1, rows },
  labels: { row: 1, column: column + 2, rows },
  color: '#404040', markers: false, lines: false, hideInLegend: true,
});

/** Chart data for one map as blocks at `column`, and the scatter chart over them; the contacts' X/Y are the contact table's columns 4 and 5. */
export function mapChart(map: NetworkMap, tableRowOf: Map<number, number>, model: KringModel, column: number, chart: Pick<ChartSpec, 'anchor' | 'width' | 'height' | 'title'>, lang: Lang): { blocks: CellBlock[]; chart: ChartSpec } {
  const { settings } = model;
  const layout = layoutMap(map.contacts, settings.sectors, settings.rings.length);
  const blocks: CellBlock[] = [];
  const series: ChartSeries[] = [];
  // Rings: closed polylines.
  const ringRows: Cell[][] = [];
  for (let i = 0; i <= RING_POINTS; i++) {
    const a = (2 * Math.PI * i) / RING_POINTS;
    ringRows.push(layout.ringRadii.flatMap((r) => [round(r * Math.sin(a)), round(r * Math.cos(a))]));
  }
  blocks.push({ at: { row: 0, column }, title: pick({ nl: 'Ringen', en: 'Rings' }, lang), rows: ringRows, formats: layout.ringRadii.flatMap(() => ['number', 'number'] as const) });
  layout.ringRadii.forEach((_, i) => {
    series.push({
      name: `${pick({ nl: 'Ring', en: 'Ring' }, lang)} ${i + 1}`,
      x: { row: 1, column: column + 2 * i, rows: RING_POINTS + 1 },
      values: { row: 1, column: column + 2 * i + 1, rows: RING_POINTS + 1 },
      color: '#A6A6A6', lines: true, markers: false, lineWidth: 1, hideInLegend: true,
    });
  });
  // Sector boundaries: segments from the centre, separated by blank rows (gaps).
  const boundaryCol = column + 2 * layout.ringRadii.length;
  const boundaryRows: Cell[][] = [];
  for (const a of layout.sectorAngles) boundaryRows.push([0, 0], [round(Math.sin(a)), round(Math.cos(a))], [null, null]);
  blocks.push({ at: { row: 0, column: boundaryCol }, title: 'Sectoren', rows: boundaryRows, formats: ['number', 'number'] });
  series.push({
    name: pick({ nl: 'Sectorgrenzen', en: 'Sector boundaries' }, lang),
    x: { row: 1, column: boundaryCol, rows: boundaryRows.length },
    values: { row: 1, column: boundaryCol + 1, rows: boundaryRows.length },
    color: '#BFBFBF', lines: true, markers: false, dashed: true, lineWidth: 0.75, hideInLegend: true,
  });
  // Known ties between contacts (the block is left out without ties; its columns stay reserved).
  const tiesCol = boundaryCol + 2;
  const pointOf = new Map(layout.points.map((p) => [p.contact, p]));
  const tieRows: Cell[][] = [];
  for (const [i, j] of mapTies(map)) {
    const a = pointOf.get(map.contacts[i])!;
    const b = pointOf.get(map.contacts[j])!;
    tieRows.push([a.x, a.y], [b.x, b.y], [null, null]);
  }
  if (tieRows.length) {
    blocks.push({ at: { row: 0, column: tiesCol }, title: pick({ nl: 'Banden', en: 'Ties' }, lang), rows: tieRows, formats: ['number', 'number'] });
    series.push({
      name: pick({ nl: 'Bekende banden', en: 'Known ties' }, lang),
      x: { row: 1, column: tiesCol, rows: tieRows.length },
      values: { row: 1, column: tiesCol + 1, rows: tieRows.length },
      color: '#7F7F7F', lines: true, markers: false, lineWidth: 0.5,
    });
  }
  // One coloured series per sector over the contact table's rows (sorted so each sector is contiguous).
  settings.sectors.forEach((sector, s) => {
    const rows = map.contacts.map((_, i) => i).filter((i) => map.contacts[i].sector === sector).map((i) => tableRowOf.get(i)!);
    if (!rows.length) return;
    const first = Math.min(...rows);
    series.push({
      name: sector,
      x: { row: first, column: 4, rows: rows.length },
      values: { row: first, column: 5, rows: rows.length },
      labels: { row: first, column: 0, rows: rows.length },
      color: SECTOR_COLORS[s % SECTOR_COLORS.length], markers: true, lines: false, markerSize: 7,
    });
  });
  // The client in the centre, named.
  const egoCol = tiesCol + 2;
  const ego = clientLabel(model.clients.find((c) => c.id === map.clientId), map.clientId, settings.privacy);
  blocks.push({ at: { row: 0, column: egoCol }, title: pick({ nl: 'Cliënt', en: 'Client' }, lang), rows: [[0, 0, ego]], formats: ['number', 'number', 'text'] });
  series.push({
    name: ego,
    x: { row: 1, column: egoCol, rows: 1 },
    values: { row: 1, column: egoCol + 1, rows: 1 },
    labels: { row: 1, column: egoCol + 2, rows: 1 },
    color: '#000000', markers: true, lines: false, markerSize: 10, hideInLegend: true,
  });
  // Sector names with their number of contacts, just inside the outer ring in the middle of each
  // sector; a label runs right of its point, so on the right half it starts further left.
  const sectorCol = egoCol + 3;
  const sectorRows: Cell[][] = settings.sectors.map((sector, s) => {
    const a0 = layout.sectorAngles[s] ?? 0;
    const a1 = layout.sectorAngles[s + 1] ?? layout.sectorAngles[0] + 2 * Math.PI;
    const mid = (a0 + a1) / 2;
    const text = `${sector} (${map.contacts.filter((c) => c.sector === sector).length})`;
    const x = Math.sin(mid) * 1.02;
    return [round(x > 0.2 ? x - Math.min(0.9, text.length * 0.028) : x < -0.2 ? x : x - text.length * 0.014), round(Math.cos(mid) * 1.04), text];
  });
  blocks.push({ at: { row: 0, column: sectorCol }, title: pick({ nl: 'Sectornamen', en: 'Sector names' }, lang), rows: sectorRows, formats: ['number', 'number', 'text'] });
  series.push(nameSeries(pick({ nl: 'Sectornamen', en: 'Sector names' }, lang), sectorCol, sectorRows.length));
  // Ring names along the emptiest sector boundary (no contact sits on one, and the sector names
  // stand in the middle of the sectors), inside each ring's band.
  const ringCol = sectorCol + 3;
  const angles = layout.points.map((p) => Math.atan2(p.x, p.y));
  const near = (a: number) => angles.filter((x) => Math.abs(Math.atan2(Math.sin(x - a), Math.cos(x - a))) < 0.35).length;
  const candidates = layout.sectorAngles.length ? layout.sectorAngles : [Math.PI];
  const b = candidates.reduce((best, a) => (near(a) < near(best) ? a : best), candidates[0]);
  const ringNameRows: Cell[][] = layout.ringRadii.map((r, i) => {
    const inner = i ? layout.ringRadii[i - 1] : 0;
    const at = (inner + r) / 2;
    const text = settings.rings[i]?.label ?? `${pick({ nl: 'Ring', en: 'Ring' }, lang)} ${i + 1}`;
    const x = at * Math.sin(b);
    return [round(x < -0.05 ? x - text.length * 0.028 : x), round(at * Math.cos(b)), text];
  });
  blocks.push({ at: { row: 0, column: ringCol }, title: pick({ nl: 'Ringnamen', en: 'Ring names' }, lang), rows: ringNameRows, formats: ['number', 'number', 'text'] });
  series.push(nameSeries(pick({ nl: 'Ringnamen', en: 'Ring names' }, lang), ringCol, ringNameRows.length));
  return {
    blocks,
    chart: { type: 'scatter', series, ...chart, legend: true, axisMin: -1.1, axisMax: 1.1, hideAxes: true },
  };
}
