/** The Netwerkkaart sheet of a client (one or two dates) and the Netwerkoverzicht of all clients. */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { isFellowClient, mapChange, mapFigures, NetworkChange, NetworkFigures, networkMaps } from './figures';
import { FIGURE_WORDS, FigureKey } from './figureWords';
import { layoutMap } from './layout';
import { mapChart, mapDataColumns } from './mapChart';
import { isoToSerial } from '../read/cells';
import { Cell, CellBlock, ChartSpec, ColumnKind, FORBIDDEN_SHEET_NAME_CHARS, SHEET_NAME_MAX, SheetSpec } from '../workbook';
import { clientLabel } from '../sheets/labels';
import { clientsByName, contactCell, nameCell } from '../privacy/printout';
import { columnsFor, OUTPUT_TAB_COLOR, outputColumn, rowOf, tablePrint } from '../sheets/outputs';
import { alignToMaps, scoredByClient } from '../loneliness/measurements';
import { LonelinessFigure, lonelinessValues, LONELINESS_WORDS } from '../loneliness/words';

export { SECTOR_COLORS } from './mapChart';

export const MAP_SHEET_PREFIX = { nl: 'Netwerkkaart', en: 'Network map' };
export const OVERVIEW_NAME = { nl: 'Netwerkoverzicht', en: 'Network overview', synonyms: [] as string[] };

export function mapSheetName(clientId: string, lang: Lang): string {
  const safe = clientId.replace(new RegExp(FORBIDDEN_SHEET_NAME_CHARS.source, 'g'), '_');
  return `${pick(MAP_SHEET_PREFIX, lang)} ${safe}`.slice(0, SHEET_NAME_MAX);
}

const fmtDate = (iso: string | null, lang: Lang) => displayDate(iso, pick({ nl: 'zonder datum', en: 'no date' }, lang));

/**
 * The printed page (one A4): the maps side by side on a landscape page with two dates, one map on
 * a portrait page with one; the figures below them. Columns (in characters) under each map add up
 * to its width, so the page is filled without scaling: at least half of it is map.
 */
const PAGE = {
  two: { orientation: 'landscape' as const, widths: [37, 14, 14], chart: { width: 468, height: 496 } },
  one: { orientation: 'portrait' as const, widths: [46, 19, 19], chart: { width: 600, height: 770 } },
};
/** Columns left of the printed page: the contact table with the points' X and Y (the chart's data, never printed). */
const PRINT_FROM = 7;
/** Excel's default row height (points) and a pixel in points: how many rows a chart covers. */
const ROW_POINTS = 15;
const PX = 0.75;

/** Set off from the numbers of the column before (right-aligned, up to its edge). */
const indent = (text: string) => `    ${text}`;

/** The figures below the maps: counts, then shares as percentages; with two dates the change beside them. */
function figureBlocks(f: NetworkFigures[], change: NetworkChange | null, settings: KringModel['settings'], at: { row: number; column: number }, changeColumn: number, lang: Lang): CellBlock[] {
  const w = (key: FigureKey) => pick(FIGURE_WORDS[key].label, lang);
  const counts: Cell[][] = [[pick({ nl: 'Kengetal', en: 'Figure' }, lang), ...f.map((x) => fmtDate(x.date, lang))], [w('size'), ...f.map((x) => x.size)]];
  // With a fellow-clients sector its count is on the map already.
  if (!settings.sectors.some(isFellowClient)) counts.push([w('fellowClients'), ...f.map((x) => x.fellowClients)]);
  counts.push([w('reciprocal'), ...f.map((x) => x.reciprocal)]);
  const shares: Cell[][] = [
    [w('professionalShare'), ...f.map((x) => x.professionalShare)],
    [w('informalShare'), ...f.map((x) => x.informalShare)],
    [w('density'), ...f.map((x) => x.density ?? pick({ nl: 'onbekend', en: 'unknown' }, lang))],
  ];
  const ints: ColumnKind[] = ['text', ...f.map(() => 'integer' as const)];
  const pcts: ColumnKind[] = ['text', ...f.map(() => 'percent' as const)];
  const blocks: CellBlock[] = [
    { at, header: true, rows: counts, formats: ints },
    { at: { row: at.row + counts.length, column: at.column }, rows: shares, formats: pcts },
  ];
  if (change) {
    const head = `    ${pick({ nl: 'Verschil', en: 'Change' }, lang)} ${fmtDate(change.from, lang)} → ${fmtDate(change.to, lang)}`;
    // Its numbers in the last column of the page (a program may leave an empty last column unprinted).
    const changeRows: Cell[][] = [[head, null, pick({ nl: 'Aantal', en: 'Number' }, lang)], ...(['added', 'lost', 'kept', 'sizeChange'] as const).map((k) => [indent(w(k)), null, change[k]])];
    blocks.push(
      { at: { row: at.row, column: changeColumn }, header: true, rows: changeRows, formats: ['text', 'text', 'integer'] },
      { at: { row: at.row + changeRows.length, column: changeColumn }, rows: [[indent(w('overlap')), null, change.jaccard]], formats: ['text', 'text', 'percent'] },
    );
  }
  return blocks;
}

/** The Netwerkkaart sheet: the contacts with coordinates, the map as a chart, the figures; two dates side by side. */
export function mapSheet(model: KringModel, clientId: string, dates: (string | null)[] | null, lang: Lang): SheetSpec | null {
  const all = networkMaps(model.contacts).get(clientId) ?? [];
  const chosen = dates === null ? all.slice(-2) : all.filter((m) => dates.includes(m.date));
  if (!chosen.length) return null;
  const { settings } = model;
  const client = model.clients.find((c) => c.id === clientId);
  const who = clientLabel(client, clientId, settings.privacy);
  const fellows = clientsByName(model.clients);
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
      rows.push([contactCell(c.name, settings.privacy, fellows), c.sector, c.ring, c.date ? isoToSerial(c.date) : null, p.x, p.y]);
    }
    tableRows.push(rowOf);
  });
  const page = chosen.length === 2 ? PAGE.two : PAGE.one;
  const figures = chosen.map((m) => mapFigures(m, settings));
  const change = chosen.length === 2 ? mapChange(chosen[0], chosen[1]) : null;
  const dateText = chosen.map((m) => fmtDate(m.date, lang)).join(pick({ nl: ' en ', en: ' and ' }, lang));
  const title = `${pick({ nl: 'Netwerkkaart', en: 'Network map' }, lang)} ${who} — ${dateText}`;
  // The printed page: the title, the maps from the row below it, the figures below the maps.
  const blocks: CellBlock[] = [{ at: { row: 0, column: PRINT_FROM }, title, rows: [] }];
  const charts: ChartSpec[] = [];
  const dataFrom = PRINT_FROM + 2 * page.widths.length + 4;
  chosen.forEach((map, k) => {
    const mapTitle = `${who} — ${fmtDate(map.date, lang)}`;
    const column = dataFrom + k * mapDataColumns(settings.rings.length);
    const { blocks: data, chart } = mapChart(map, tableRows[k], model, column, { title: mapTitle, anchor: { row: 1, column: PRINT_FROM + k * page.widths.length }, ...page.chart }, lang);
    blocks.push(...data);
    charts.push(chart);
  });
  const figAt = { row: 1 + Math.ceil((page.chart.height * PX) / ROW_POINTS), column: PRINT_FROM };
  const figBlocks = figureBlocks(figures, change, settings, figAt, PRINT_FROM + page.widths.length, lang);
  // Loneliness beside the network figures, when the client was measured (the measurement closest to each map).
  // On screen right of the printed page: the map page is laid out to fill one A4 page exactly.
  const lonely = alignToMaps(scoredByClient(model.loneliness.filter((m) => m.clientId === clientId)).get(clientId), chosen.map((m) => m.date));
  if (lonely.some(Boolean)) {
    const rows: Cell[][] = (['total', 'emotional', 'social', 'level', 'date'] as LonelinessFigure[]).map((key) => [
      pick(LONELINESS_WORDS[key], lang),
      ...lonely.map((m) => { const v = lonelinessValues(m, lang)[key]; return key === 'date' ? fmtDate(v as string | null, lang) || null : v; }),
    ]);
    blocks.push({ at: { row: figAt.row, column: PRINT_FROM + page.widths.length * chosen.length + 1 }, title: pick({ nl: 'Eenzaamheid', en: 'Loneliness' }, lang), rows, formats: ['text', ...lonely.map(() => 'text' as const)] });
  }
  blocks.push(...figBlocks);
  const printRows = Math.max(...figBlocks.map((b) => b.at.row + (b.title ? 1 : 0) + b.rows.length)) + 1;
  const printColumns = page.widths.length * chosen.length;
  if (chosen.length === 2) {
    // Size per sector at both dates, on screen only (right of the printed page).
    const sectorAt = { row: printRows + 1, column: PRINT_FROM };
    const sectorRows: Cell[][] = [[pick({ nl: 'Sector', en: 'Sector' }, lang), ...figures.map((f) => fmtDate(f.date, lang))], ...settings.sectors.map((s) => [s, ...figures.map((f) => f.bySector[s] ?? 0)])];
    blocks.push({ at: sectorAt, title: pick({ nl: 'Contacten per sector', en: 'Contacts per sector' }, lang), header: true, rows: sectorRows, formats: ['text', 'integer', 'integer'] });
    charts.push({
      type: 'column',
      title: pick({ nl: 'Contacten per sector op beide peildata', en: 'Contacts per sector at both dates' }, lang),
      series: figures.map((f, k) => ({
        name: fmtDate(f.date, lang),
        categories: { row: sectorAt.row + 2, column: sectorAt.column, rows: settings.sectors.length },
        values: { row: sectorAt.row + 2, column: sectorAt.column + 1 + k, rows: settings.sectors.length },
        color: k === 0 ? '#A6A6A6' : '#1F7A6D',
      })),
      anchor: { row: sectorAt.row, column: PRINT_FROM + page.widths.length },
      width: 520,
      height: 300,
      legend: true,
    });
  }
  return {
    name: mapSheetName(clientId, lang),
    role: 'output',
    preamble: [title],
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
      orientation: page.orientation,
      paper: 'A4',
      header: `${pick({ nl: 'Netwerkkaart', en: 'Network map' }, lang)} ${who}`,
      footer: pick({ nl: 'Afgedrukt &D — pagina &P', en: 'Printed &D — page &P' }, lang),
      // The maps and their figures only: the contact table (with X and Y) and the chart data stay on screen.
      area: { row: 0, column: PRINT_FROM, rows: printRows, columns: printColumns },
    },
    extraWidths: chosen.flatMap((_, k) => page.widths.map((width, i) => ({ column: PRINT_FROM + k * page.widths.length + i, width }))),
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
      name: nameCell(client, client.id, settings.privacy),
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
