/** The Netwerkkaart sheet of a client (one or two dates) and the Netwerkoverzicht of all clients. */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { isFellowClient, mapChange, mapFigures, mapTies, NetworkChange, NetworkFigures, NetworkMap, networkMaps } from './figures';
import { FIGURE_WORDS, FigureKey } from './figureWords';
import { layoutMap } from './layout';
import { isoToSerial } from '../read/cells';
import { Cell, CellBlock, ChartSeries, ChartSpec, ColumnKind, FORBIDDEN_SHEET_NAME_CHARS, SHEET_NAME_MAX, SheetSpec } from '../workbook';
import { clientLabel, contactLabel } from '../sheets/labels';
import { columnsFor, OUTPUT_TAB_COLOR, outputColumn, rowOf, tablePrint } from '../sheets/outputs';
import { alignToMaps, scoredByClient } from '../loneliness/measurements';
import { LonelinessFigure, lonelinessValues, LONELINESS_WORDS } from '../loneliness/words';

export const SECTOR_COLORS = ['#C0504D', '#F79646', '#9BBB59', '#4BACC6', '#1F497D', '#8064A2', '#7F7F7F', '#2C4D75', '#772C2A', '#5F7530'];
const RING_POINTS = 72;
const CHART_SIZE = 460;

export const MAP_SHEET_PREFIX = { nl: 'Netwerkkaart', en: 'Network map' };
export const OVERVIEW_NAME = { nl: 'Netwerkoverzicht', en: 'Network overview', synonyms: [] as string[] };

export function mapSheetName(clientId: string, lang: Lang): string {
  const safe = clientId.replace(new RegExp(FORBIDDEN_SHEET_NAME_CHARS.source, 'g'), '_');
  return `${pick(MAP_SHEET_PREFIX, lang)} ${safe}`.slice(0, SHEET_NAME_MAX);
}

const fmtDate = (iso: string | null, lang: Lang) => displayDate(iso, pick({ nl: 'zonder datum', en: 'no date' }, lang));

function figureRows(f: NetworkFigures[], changes: NetworkChange | null, settings: KringModel['settings'], lang: Lang): Cell[][] {
  const rows: Cell[][] = [[pick({ nl: 'Kengetal', en: 'Figure' }, lang), ...f.map((x) => fmtDate(x.date, lang))]];
  const w = (key: FigureKey) => pick(FIGURE_WORDS[key].label, lang);
  rows.push([w('size'), ...f.map((x) => x.size)]);
  for (const s of settings.sectors) rows.push([s, ...f.map((x) => x.bySector[s] ?? 0)]);
  rows.push([w('professionalShare'), ...f.map((x) => x.professionalShare)]);
  rows.push([w('informalShare'), ...f.map((x) => x.informalShare)]);
  // With a fellow-clients sector its row above already gives this number.
  if (!settings.sectors.some(isFellowClient)) rows.push([w('fellowClients'), ...f.map((x) => x.fellowClients)]);
  rows.push([w('reciprocal'), ...f.map((x) => x.reciprocal)]);
  rows.push([w('density'), ...f.map((x) => x.density ?? (pick({ nl: 'onbekend', en: 'unknown' }, lang)))]);
  if (changes) {
    const pad = f.length > 1 ? [null] : [];
    rows.push([w('added'), ...pad, changes.added]);
    rows.push([w('lost'), ...pad, changes.lost]);
    rows.push([w('kept'), ...pad, changes.kept]);
    rows.push([w('sizeChange'), ...pad, changes.sizeChange]);
    rows.push([w('overlap'), ...pad, changes.jaccard]);
  }
  return rows;
}

/** Chart data for one map as blocks at `column`, and the scatter chart over them. */
function mapChart(map: NetworkMap, tableRowOf: Map<number, number>, model: KringModel, column: number, chartAt: { row: number; column: number }, title: string, lang: Lang): { blocks: CellBlock[]; chart: ChartSpec } {
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
  // Known ties between contacts.
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
  // The client in the centre.
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
  return {
    blocks,
    chart: { type: 'scatter', title, series, anchor: chartAt, width: CHART_SIZE, height: CHART_SIZE, legend: true, axisMin: -1.1, axisMax: 1.1, hideAxes: true },
  };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** The Netwerkkaart sheet: the contacts with coordinates, the map as a chart, the figures; two dates side by side. */
export function mapSheet(model: KringModel, clientId: string, dates: (string | null)[] | null, lang: Lang): SheetSpec | null {
  const all = networkMaps(model.contacts).get(clientId) ?? [];
  const chosen = dates === null ? all.slice(-2) : all.filter((m) => dates.includes(m.date));
  if (!chosen.length) return null;
  const { settings } = model;
  const client = model.clients.find((c) => c.id === clientId);
  const who = clientLabel(client, clientId, settings.privacy);
  // The contact table: per date, per sector, so every sector of a map is a contiguous block of rows.
  const rows: Cell[][] = [];
  const tableRows: Map<number, number>[] = [];
  const sectorRank = new Map(settings.sectors.map((s, i) => [s, i]));
  const headerRow = 2; // preamble, blank row, header
  chosen.forEach((map) => {
    const layout = layoutMap(map.contacts, settings.sectors, settings.rings.length);
    const pointOf = new Map(layout.points.map((p) => [p.contact, p]));
    const order = map.contacts.map((_, i) => i).sort((a, b) => (sectorRank.get(map.contacts[a].sector) ?? 99) - (sectorRank.get(map.contacts[b].sector) ?? 99) || a - b);
    const rowOf = new Map<number, number>();
    for (const i of order) {
      const c = map.contacts[i];
      const p = pointOf.get(c)!;
      rowOf.set(i, headerRow + 1 + rows.length);
      rows.push([contactLabel(c.name, settings.privacy), c.sector, c.ring, c.date ? isoToSerial(c.date) : null, p.x, p.y]);
    }
    tableRows.push(rowOf);
  });
  const figures = chosen.map((m) => mapFigures(m, settings));
  const change = chosen.length === 2 ? mapChange(chosen[0], chosen[1]) : null;
  const blocks: CellBlock[] = [];
  const charts: ChartSpec[] = [];
  const chartRowSpan = 24;
  chosen.forEach((map, k) => {
    const title = `${who} — ${fmtDate(map.date, lang)}`;
    const { blocks: data, chart } = mapChart(map, tableRows[k], model, 30 + k * 12, { row: headerRow, column: 7 + k * 8 }, title, lang);
    blocks.push(...data);
    charts.push(chart);
  });
  const figRows = figureRows(figures, change, settings, lang);
  // Loneliness beside the network figures, when the client was measured.
  const lonely = alignToMaps(scoredByClient(model.loneliness.filter((m) => m.clientId === clientId)).get(clientId), chosen.map((m) => m.date));
  if (lonely.some(Boolean)) {
    for (const key of ['total', 'emotional', 'social', 'level', 'date'] as LonelinessFigure[]) {
      figRows.push([pick(LONELINESS_WORDS[key], lang), ...lonely.map((m) => { const v = lonelinessValues(m, lang)[key]; return key === 'date' ? fmtDate(v as string | null, lang) || null : v; })]);
    }
  }
  const figAt = { row: headerRow + chartRowSpan + 1, column: 7 };
  blocks.push({
    at: figAt,
    title: pick({ nl: 'Kengetallen van de netwerkkaart', en: 'Figures of the network map' }, lang),
    header: true,
    rows: figRows,
    formats: ['text', ...figures.map(() => 'number' as const)],
  });
  if (chosen.length === 2) {
    // Size per sector at both dates.
    const first = figAt.row + 3; // title, header, size row → the sector rows start here
    charts.push({
      type: 'column',
      title: pick({ nl: 'Contacten per sector op beide peildata', en: 'Contacts per sector at both dates' }, lang),
      series: figures.map((f, k) => ({
        name: fmtDate(f.date, lang),
        categories: { row: first, column: figAt.column, rows: settings.sectors.length },
        values: { row: first, column: figAt.column + 1 + k, rows: settings.sectors.length },
        color: k === 0 ? '#A6A6A6' : '#1F7A6D',
      })),
      anchor: { row: figAt.row, column: figAt.column + 4 },
      width: 520,
      height: 300,
      legend: true,
    });
  }
  const dateText = chosen.map((m) => fmtDate(m.date, lang)).join(pick({ nl: ' en ', en: ' and ' }, lang));
  // Print the contacts, the maps and the figures, not the chart data further right.
  const printRows = Math.max(headerRow + 1 + rows.length, figAt.row + figRows.length + 2, figAt.row + 16);
  const printColumns = chosen.length === 2 ? 23 : 15;
  return {
    name: mapSheetName(clientId, lang),
    role: 'output',
    preamble: [`${pick({ nl: 'Netwerkkaart', en: 'Network map' }, lang)} ${who} — ${dateText}`],
    columns: [
      { header: pick({ nl: 'Contact', en: 'Contact' }, lang), kind: 'text', width: 18 },
      { header: 'Sector', kind: 'text', width: 22 },
      { header: 'Ring', kind: 'integer', width: 6 },
      { header: pick({ nl: 'Peildatum', en: 'Date' }, lang), kind: 'date', width: 11 },
      { header: 'X', kind: 'number', width: 8 },
      { header: 'Y', kind: 'number', width: 8 },
    ],
    rows,
    tabColor: OUTPUT_TAB_COLOR,
    blocks,
    charts,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      header: `${pick({ nl: 'Netwerkkaart', en: 'Network map' }, lang)} ${who}`,
      footer: pick({ nl: 'Afgedrukt &D — pagina &P', en: 'Printed &D — page &P' }, lang),
      area: { row: 0, column: 0, rows: printRows, columns: printColumns },
    },
    extraWidths: [{ column: figAt.column, width: 28 }, ...figures.map((_, k) => ({ column: figAt.column + 1 + k, width: 12 }))],
  };
}

export interface OverviewResult {
  spec: SheetSpec;
  networks: NetworkFigures[];
  changes: NetworkChange[];
}

/** Netwerkoverzicht: per client a row per measurement date (oldest first) with its figures and the change since the date before. */
export function overviewSheet(model: KringModel, lang: Lang): OverviewResult {
  const { settings } = model;
  const maps = networkMaps(model.contacts);
  const networks: NetworkFigures[] = [];
  const changes: NetworkChange[] = [];
  const rows: Cell[][] = [];
  // With a fellow-clients sector, its column already counts them: no second column of the same name.
  const fellowSector = settings.sectors.some(isFellowClient);
  const yes = pick({ nl: 'ja', en: 'yes' }, lang);
  const no = pick({ nl: 'nee', en: 'no' }, lang);
  const figure = (key: FigureKey, kind: ColumnKind, width: number) => outputColumn(key, FIGURE_WORDS[key].label.nl, FIGURE_WORDS[key].label.en, kind, width);
  const sector = (name: string) => `sector:${name}`;
  const columns = [
    outputColumn('clientId', 'Cliënt-ID', 'Client ID', 'text', 10),
    outputColumn('name', 'Naam', 'Name', 'text', 20),
    outputColumn('location', 'Locatie', 'Location', 'text', 14),
    outputColumn('date', 'Peildatum', 'Date', 'date', 11),
    outputColumn('latest', 'Laatste', 'Latest', 'text', 9),
    outputColumn('size', 'Grootte', 'Size', 'integer', 9),
    ...settings.sectors.map((name) => outputColumn(sector(name), name, name, 'integer', Math.max(9, Math.min(22, name.length + 2)))),
    figure('professionalShare', 'percent', 12),
    figure('informalShare', 'percent', 12),
    ...(fellowSector ? [] : [figure('fellowClients', 'integer', 11)]),
    figure('reciprocal', 'integer', 11),
    figure('density', 'number', 10),
    outputColumn('from', 'Vorige peildatum', 'Previous date', 'date', 12),
    figure('added', 'integer', 8),
    figure('lost', 'integer', 8),
    figure('kept', 'integer', 9),
    figure('sizeChange', 'integer', 9),
    figure('overlap', 'number', 10),
    ...(['total', 'emotional', 'social', 'level', 'date'] as LonelinessFigure[]).map((key) => outputColumn(`lonely:${key}`, LONELINESS_WORDS[key].nl, LONELINESS_WORDS[key].en, key === 'date' ? 'date' : key === 'level' ? 'text' : 'integer', key === 'level' ? 17 : 12)),
  ];
  const lonelyBy = scoredByClient(model.loneliness);
  const lonelyCells = (m: Parameters<typeof lonelinessValues>[0]) => {
    const v = lonelinessValues(m, lang);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [`lonely:${k}`, k === 'date' && x ? isoToSerial(x as string) : x]));
  };
  const row = (client: KringModel['clients'][number], f: NetworkFigures | null, change: NetworkChange | null, latest: boolean, lonely: Record<string, Cell> = {}): Cell[] =>
    rowOf(columns, {
      ...lonely,
      clientId: client.id,
      name: client.name,
      location: client.location,
      ...(f && {
        date: f.date ? isoToSerial(f.date) : null,
        latest: latest ? yes : no,
        size: f.size,
        ...Object.fromEntries(settings.sectors.map((name) => [sector(name), f.bySector[name] ?? 0])),
        professionalShare: f.professionalShare,
        informalShare: f.informalShare,
        fellowClients: f.fellowClients,
        reciprocal: f.reciprocal,
        density: f.density,
      }),
      ...(change && {
        from: change.from ? isoToSerial(change.from) : null,
        added: change.added,
        lost: change.lost,
        kept: change.kept,
        sizeChange: change.sizeChange,
        overlap: change.jaccard,
      }),
    });
  for (const client of model.clients) {
    const list = maps.get(client.id) ?? [];
    const measured = lonelyBy.get(client.id);
    if (!list.length) rows.push(row(client, null, null, false, lonelyCells(measured ? measured[measured.length - 1] : null)));
    const aligned = alignToMaps(measured, list.map((m) => m.date));
    list.forEach((m, i) => {
      const figures = mapFigures(m, settings);
      const change = i > 0 ? mapChange(list[i - 1], m) : null;
      networks.push(figures);
      if (change) changes.push(change);
      rows.push(row(client, figures, change, i === list.length - 1, lonelyCells(aligned[i])));
    });
  }
  const spec: SheetSpec = {
    name: pick(OVERVIEW_NAME, lang),
    role: 'output',
    columns: columnsFor(columns, lang),
    rows,
    table: 'Kring_Netwerkoverzicht',
    print: tablePrint(pick(OVERVIEW_NAME, lang), lang),
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    highlights: [{ column: columns.findIndex((c) => c.key === 'size'), atMost: settings.smallNetwork, fill: '#F8CBAD', fontColor: '#9C0006' }],
  };
  return { spec, networks, changes };
}
