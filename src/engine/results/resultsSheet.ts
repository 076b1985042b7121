/**
 * The Resultaten sheet: a summary table, then one page per scope (the organisation, each
 * location) with its figures over time and three native charts — for a management meeting.
 */
import { displayDate } from '../dates';
import { isoToSerial } from '../read/cells';
import { Lang, pick } from '../i18n';
import { Settings } from '../model';
import { outputName, OUTPUT_TAB_COLOR } from '../sheets/outputs';
import { Cell, CellBlock, ChartSpec, DATE_AXIS_FORMAT, SheetSpec } from '../workbook';
import { Outcomes } from './outcomes';
import { changeSentence } from '../loneliness/outcomes';

/**
 * A scope's page (landscape A4, at about 93%): its heading, two tables side by side and two more
 * below them (the left ones from column A, the right ones from column F), then its four charts in
 * a row. Chart anchors and widths follow the column widths below, so the charts stay on the page.
 */
const CHART_HEIGHT = 230;
/** Rows the charts take below a scope's tables (230 px at 20 px a row, and a margin). */
const CHART_ROWS = 13;
const CHART_AT = [
  { column: 0, width: 255 },
  { column: 2, width: 272 },
  { column: 5, width: 226 },
  { column: 8, width: 285 },
];
const COLORS = ['#1F7A6D', '#C0504D', '#4F81BD'];
/** Columns of the four tables of a scope. */
const AT = { networks: 0, quarters: 5, evaluations: 0, loneliness: 5 };

export interface ScopeSummary {
  clients: number;
  activePairings: number;
}

export function resultsSheet(scopes: { outcomes: Outcomes; summary: ScopeSummary }[], settings: Settings, today: string, lang: Lang): SheetSpec {
  const scopeName = (o: Outcomes) => (o.location === null ? (pick({ nl: 'Organisatie', en: 'Organisation' }, lang)) : `${pick({ nl: 'Locatie', en: 'Location' }, lang)} ${o.location}`);
  const preamble = pick(
    {
      nl: [
        `Resultaten op ${displayDate(today)}`,
        `Netwerk begin / nu: mediaan (middelste waarde) van het aantal contacten, op de eerste en de laatste peildatum.`,
        `Heel klein: aandeel netwerken met ${settings.smallNetwork} contacten of minder (laatste peildatum). Koppelingen: nu actief.`,
        'Klik en motivatie: 1–5, gemiddelde van de laatste evaluatieformulieren.',
        'Eenzaamheid: schaal van De Jong Gierveld, score 0–6; sterk eenzaam 5–6, enigszins 2–4 (laatste meetdatum).',
      ],
      en: [
        `Results on ${displayDate(today)}`,
        // Short lines: a long one runs on to the right and shrinks the printed page.
        `Network first / now: median number of contacts on the network maps at the first and the latest measurement date.`,
        `Very small: share of networks with ${settings.smallNetwork} contacts or fewer (latest date). Pairings: active now.`,
        'Rapport and motivation: 1–5, average of the latest evaluation forms.',
        'Loneliness: De Jong Gierveld scale, score 0–6; very lonely 5–6, somewhat 2–4 (latest date).',
      ],
    },
    lang,
  );
  const headerRow = preamble.length + 1;
  const rows: Cell[][] = scopes.map(({ outcomes: o, summary }) => {
    const first = o.networks[0];
    const last = o.networks[o.networks.length - 1];
    const lastEval = o.evaluations[o.evaluations.length - 1];
    const lonely = o.loneliness.points[o.loneliness.points.length - 1];
    return [scopeName(o), summary.clients, summary.activePairings, first?.median ?? null, last?.median ?? null, last?.verySmallShare ?? null, lastEval?.klik ?? null, lastEval?.motivation ?? null, lonely?.veryLonelyShare ?? null];
  });
  const blocks: CellBlock[] = [];
  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  // The summary is the first page; every scope starts a page of its own.
  let row = headerRow + 1 + rows.length + 2;
  scopes.forEach(({ outcomes: o }) => {
    pageBreaks.push(row);
    blocks.push({ at: { row, column: 0 }, rows: [[scopeName(o)]], header: true });
    // The sentence for a management meeting, under the scope's heading.
    blocks.push({ at: { row: row + 1, column: 0 }, rows: [[pick(changeSentence(o.loneliness.change), lang)]], formats: ['text'] });
    const tables = scopeTables(o, row + 2, lang);
    blocks.push(...tables.blocks);
    const chartRow = tables.bottom + 1;
    charts.push(...scopeCharts(o, tables.data, chartRow, lang));
    row = chartRow + CHART_ROWS;
  });
  return {
    name: outputName('results', lang),
    role: 'output',
    preamble,
    columns: [
      { header: pick({ nl: 'Bereik', en: 'Scope' }, lang), kind: 'text', width: 24 },
      { header: pick({ nl: 'Cliënten', en: 'Clients' }, lang), kind: 'integer', width: 12 },
      { header: pick({ nl: 'Koppelingen', en: 'Pairings' }, lang), kind: 'integer', width: 12 },
      { header: pick({ nl: 'Netwerk begin', en: 'Network first' }, lang), kind: 'number', width: 14 },
      { header: pick({ nl: 'Netwerk nu', en: 'Network now' }, lang), kind: 'number', width: 12 },
      { header: pick({ nl: 'Heel klein', en: 'Very small' }, lang), kind: 'percent', width: 11 },
      { header: pick({ nl: 'Klik', en: 'Rapport' }, lang), kind: 'score', width: 9 },
      { header: pick({ nl: 'Motivatie', en: 'Motivation' }, lang), kind: 'score', width: 11 },
      { header: pick({ nl: 'Sterk eenzaam', en: 'Very lonely' }, lang), kind: 'percent', width: 14 },
    ],
    rows,
    blocks,
    charts,
    // The reasons for ending (and the loneliness median) in column J, wrapped.
    extraWidths: [{ column: 9, width: 30 }],
    tabColor: OUTPUT_TAB_COLOR,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, pageBreaks, footer: '&P' },
  };
}

type Tables = Record<keyof typeof AT, number>;

/** The scope's four tables from row `top`; where each one's data rows start, and the row below them all. */
function scopeTables(o: Outcomes, top: number, lang: Lang): { blocks: CellBlock[]; data: Tables; bottom: number } {
  const none = (width: number): Cell[][] => [[pick({ nl: 'nog geen gegevens', en: 'no data yet' }, lang), ...Array<Cell>(width - 1).fill(null)]];
  const networks: Cell[][] = o.networks.map((n) => [isoToSerial(n.date), n.clients, n.median, n.verySmallShare]);
  const quarters: Cell[][] = o.quarters.map((q) => [q.quarter.replace('Q', pick({ nl: 'K', en: 'Q' }, lang)), q.started, q.active, q.ended, q.reasons.map(([r, n]) => `${r} (${n})`).join('; ') || null]);
  const evaluations: Cell[][] = o.evaluations.map((e) => [isoToSerial(e.date), e.forms, e.klik, e.motivation]);
  const loneliness: Cell[][] = o.loneliness.points.map((p) => [isoToSerial(p.date), p.clients, p.veryLonelyShare, p.somewhatLonelyShare, p.median]);
  // A table takes its title, its header and its rows (at least one).
  const height = (rows: Cell[][]) => 2 + Math.max(1, rows.length);
  const second = top + Math.max(height(networks), height(quarters)) + 1;
  const data: Tables = { networks: top + 2, quarters: top + 2, evaluations: second + 2, loneliness: second + 2 };
  const bottom = second + Math.max(height(evaluations), height(loneliness));
  return {
    blocks: [
      {
        at: { row: data.networks - 2, column: AT.networks },
        title: pick({ nl: 'Netwerk per peildatum', en: 'Network per measurement date' }, lang),
        header: true,
        rows: [[pick({ nl: 'Peildatum', en: 'Date' }, lang), pick({ nl: 'Cliënten', en: 'Clients' }, lang), pick({ nl: 'Mediaan', en: 'Median' }, lang), pick({ nl: 'Heel klein', en: 'Very small' }, lang)], ...(networks.length ? networks : none(4))],
        formats: ['date', 'integer', 'number', 'percent'],
      },
      {
        at: { row: data.quarters - 2, column: AT.quarters },
        title: pick({ nl: 'Koppelingen per kwartaal', en: 'Pairings per quarter' }, lang),
        header: true,
        rows: [[pick({ nl: 'Kwartaal', en: 'Quarter' }, lang), pick({ nl: 'Gestart', en: 'Started' }, lang), pick({ nl: 'Actief', en: 'Active' }, lang), pick({ nl: 'Beëindigd', en: 'Ended' }, lang), pick({ nl: 'Redenen einde', en: 'Reasons for ending' }, lang)], ...(quarters.length ? quarters : none(5))],
        formats: ['text', 'integer', 'integer', 'integer', 'text'],
        wrap: true,
      },
      {
        at: { row: data.evaluations - 2, column: AT.evaluations },
        title: pick({ nl: 'Evaluaties', en: 'Evaluations' }, lang),
        header: true,
        rows: [[pick({ nl: 'Datum', en: 'Date' }, lang), pick({ nl: 'Formulieren', en: 'Forms' }, lang), pick({ nl: 'Klik', en: 'Rapport' }, lang), pick({ nl: 'Motivatie', en: 'Motivation' }, lang)], ...(evaluations.length ? evaluations : none(4))],
        formats: ['date', 'integer', 'score', 'score'],
      },
      {
        at: { row: data.loneliness - 2, column: AT.loneliness },
        title: pick({ nl: 'Eenzaamheid (De Jong Gierveld)', en: 'Loneliness (De Jong Gierveld)' }, lang),
        header: true,
        rows: [[pick({ nl: 'Datum', en: 'Date' }, lang), pick({ nl: 'Gemeten', en: 'Measured' }, lang), pick({ nl: 'Sterk', en: 'Very' }, lang), pick({ nl: 'Enigszins', en: 'Somewhat' }, lang), pick({ nl: 'Mediaan', en: 'Median' }, lang)], ...(loneliness.length ? loneliness : none(5))],
        formats: ['date', 'integer', 'percent', 'percent', 'number'],
      },
    ],
    data,
    bottom,
  };
}

/** A label step in months that gives at most four labels (the four charts of a scope share a landscape page). */
export function dateAxisOf(points: readonly { date: string }[], lang: Lang): { stepMonths: number; format: string } {
  const serials = points.map((p) => isoToSerial(p.date));
  const months = (Math.max(...serials) - Math.min(...serials)) / 30.44;
  return { stepMonths: [1, 2, 3, 6, 12, 24, 60].find((step) => months / step <= 3.05) ?? 120, format: DATE_AXIS_FORMAT[lang] };
}
/** The four charts over the tables' data rows, in a row; a table without data gets no chart. */
function scopeCharts(o: Outcomes, data: Tables, chartRow: number, lang: Lang): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const col = (table: keyof Tables, offset: number, rows: number) => ({ row: data[table], column: AT[table] + offset, rows });
  const at = (k: number) => ({ anchor: { row: chartRow, column: CHART_AT[k].column }, width: CHART_AT[k].width, height: CHART_HEIGHT });
  if (o.networks.length) {
    const n = o.networks.length;
    charts.push({
      type: 'line', title: pick({ nl: 'Mediaan netwerkgrootte', en: 'Median network size' }, lang), ...at(0), legend: false, dateAxis: dateAxisOf(o.networks, lang),
      series: [{ name: pick({ nl: 'Mediaan', en: 'Median' }, lang), categories: col('networks', 0, n), values: col('networks', 2, n), color: COLORS[0], markers: true }],
    });
  }
  if (o.quarters.length) {
    const n = o.quarters.length;
    charts.push({
      type: 'column', title: pick({ nl: 'Koppelingen per kwartaal', en: 'Pairings per quarter' }, lang), ...at(1), legend: true,
      series: [
        { name: pick({ nl: 'Gestart', en: 'Started' }, lang), categories: col('quarters', 0, n), values: col('quarters', 1, n), color: COLORS[0] },
        { name: pick({ nl: 'Actief', en: 'Active' }, lang), categories: col('quarters', 0, n), values: col('quarters', 2, n), color: COLORS[2] },
        { name: pick({ nl: 'Beëindigd', en: 'Ended' }, lang), categories: col('quarters', 0, n), values: col('quarters', 3, n), color: COLORS[1] },
      ],
    });
  }
  if (o.evaluations.length) {
    const n = o.evaluations.length;
    charts.push({
      type: 'line', title: pick({ nl: 'Klik en motivatie', en: 'Rapport and motivation' }, lang), ...at(2), legend: true, dateAxis: dateAxisOf(o.evaluations, lang),
      series: [
        { name: pick({ nl: 'Klik', en: 'Rapport' }, lang), categories: col('evaluations', 0, n), values: col('evaluations', 2, n), color: COLORS[0], markers: true },
        { name: pick({ nl: 'Motivatie', en: 'Motivation' }, lang), categories: col('evaluations', 0, n), values: col('evaluations', 3, n), color: COLORS[1], markers: true },
      ],
    });
  }
  if (o.loneliness.points.length) {
    const n = o.loneliness.points.length;
    charts.push({
      type: 'line', title: pick({ nl: 'Eenzaamheid: aandeel sterk en enigszins', en: 'Loneliness: share very and somewhat lonely' }, lang), ...at(3), legend: true, dateAxis: dateAxisOf(o.loneliness.points, lang), valueFormat: 'percent',
      series: [
        { name: pick({ nl: 'Sterk eenzaam', en: 'Very lonely' }, lang), categories: col('loneliness', 0, n), values: col('loneliness', 2, n), color: COLORS[1], markers: true },
        { name: pick({ nl: 'Enigszins eenzaam', en: 'Somewhat lonely' }, lang), categories: col('loneliness', 0, n), values: col('loneliness', 3, n), color: COLORS[2], markers: true },
      ],
    });
  }
  return charts;
}
