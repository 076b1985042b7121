/**
 * The Resultaten sheet: a summary table, then one page per scope (the organisation, each
 * location) with its figures over time and three native charts — for a management meeting.
 */
import { displayDate } from '../dates';
import { Lang } from '../i18n';
import { Settings } from '../model';
import { outputName, OUTPUT_TAB_COLOR } from '../sheets/outputs';
import { Cell, CellBlock, ChartSpec, SheetSpec } from '../workbook';
import { Outcomes } from './outcomes';

/** Rows the charts take below a scope's tables (280 px at 20 px a row, and a margin). */
const CHART_ROWS = 16;
const CHART = { width: 420, height: 280 };
const COLORS = ['#1F7A6D', '#C0504D', '#4F81BD'];
/** Columns of the three tables of a scope. */
const AT = { networks: 0, quarters: 5, evaluations: 11 };

export interface ScopeSummary {
  clients: number;
  activePairings: number;
}

export function resultsSheet(scopes: { outcomes: Outcomes; summary: ScopeSummary }[], settings: Settings, today: string, lang: Lang): SheetSpec {
  const en = lang === 'en';
  const scopeName = (o: Outcomes) => (o.location === null ? (en ? 'Organisation' : 'Organisatie') : `${en ? 'Location' : 'Locatie'} ${o.location}`);
  const preamble = en
    ? [
        `Results on ${displayDate(today)}`,
        // Short lines: a long one runs on to the right and shrinks the printed page.
        `Network first / now: median number of contacts on the network maps at the first and the latest measurement date.`,
        `Very small: share of networks with ${settings.smallNetwork} contacts or fewer (latest date). Pairings: active now.`,
        'Rapport and motivation: 1–5, average of the latest evaluation forms.',
      ]
    : [
        `Resultaten op ${displayDate(today)}`,
        `Netwerk begin / nu: mediaan (middelste waarde) van het aantal contacten, op de eerste en de laatste peildatum.`,
        `Heel klein: aandeel netwerken met ${settings.smallNetwork} contacten of minder (laatste peildatum). Koppelingen: nu actief.`,
        'Klik en motivatie: 1–5, gemiddelde van de laatste evaluatieformulieren.',
      ];
  const headerRow = preamble.length + 1;
  const rows: Cell[][] = scopes.map(({ outcomes: o, summary }) => {
    const first = o.networks[0];
    const last = o.networks[o.networks.length - 1];
    const lastEval = o.evaluations[o.evaluations.length - 1];
    return [scopeName(o), summary.clients, summary.activePairings, first?.median ?? null, last?.median ?? null, last?.verySmallShare ?? null, lastEval?.klik ?? null, lastEval?.motivation ?? null];
  });
  const blocks: CellBlock[] = [];
  const charts: ChartSpec[] = [];
  const pageBreaks: number[] = [];
  // The first scope follows the summary on page 1; every further scope starts a page.
  let row = headerRow + 1 + rows.length + 2;
  scopes.forEach(({ outcomes: o }, i) => {
    if (i > 0) pageBreaks.push(row);
    blocks.push({ at: { row, column: 0 }, rows: [[scopeName(o)]], header: true });
    const top = row + 1;
    const tables = scopeTables(o, top, en);
    blocks.push(...tables.blocks);
    const chartRow = top + 2 + Math.max(...tables.blocks.map((b) => b.rows.length));
    charts.push(...scopeCharts(o, top + 2, chartRow, en));
    row = chartRow + CHART_ROWS;
  });
  return {
    name: outputName('results', lang),
    role: 'output',
    preamble,
    columns: [
      { header: en ? 'Scope' : 'Bereik', kind: 'text', width: 24 },
      { header: en ? 'Clients' : 'Cliënten', kind: 'integer', width: 10 },
      { header: en ? 'Pairings' : 'Koppelingen', kind: 'integer', width: 12 },
      { header: en ? 'Network first' : 'Netwerk begin', kind: 'number', width: 14 },
      { header: en ? 'Network now' : 'Netwerk nu', kind: 'number', width: 12 },
      { header: en ? 'Very small' : 'Heel klein', kind: 'percent', width: 11 },
      { header: en ? 'Rapport' : 'Klik', kind: 'score', width: 9 },
      { header: en ? 'Motivation' : 'Motivatie', kind: 'score', width: 11 },
    ],
    rows,
    blocks,
    charts,
    extraWidths: [8, 9, 10, 11, 12, 13, 14].map((column) => ({ column, width: column === 9 ? 30 : 11 })),
    tabColor: OUTPUT_TAB_COLOR,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, pageBreaks, footer: '&P' },
  };
}

function scopeTables(o: Outcomes, top: number, en: boolean): { blocks: CellBlock[] } {
  const none = (width: number): Cell[][] => [[en ? 'no data yet' : 'nog geen gegevens', ...Array<Cell>(width - 1).fill(null)]];
  const networks: Cell[][] = o.networks.map((n) => [displayDate(n.date), n.clients, n.median, n.verySmallShare]);
  const quarters: Cell[][] = o.quarters.map((q) => [q.quarter.replace('Q', en ? 'Q' : 'K'), q.started, q.active, q.ended, q.reasons.map(([r, n]) => `${r} (${n})`).join('; ') || null]);
  const evaluations: Cell[][] = o.evaluations.map((e) => [displayDate(e.date), e.forms, e.klik, e.motivation]);
  return {
    blocks: [
      {
        at: { row: top, column: AT.networks },
        title: en ? 'Network per measurement date' : 'Netwerk per peildatum',
        header: true,
        rows: [[en ? 'Date' : 'Peildatum', en ? 'Clients' : 'Cliënten', en ? 'Median' : 'Mediaan', en ? 'Very small' : 'Heel klein'], ...(networks.length ? networks : none(4))],
        formats: ['text', 'integer', 'number', 'percent'],
      },
      {
        at: { row: top, column: AT.quarters },
        title: en ? 'Pairings per quarter' : 'Koppelingen per kwartaal',
        header: true,
        rows: [[en ? 'Quarter' : 'Kwartaal', en ? 'Started' : 'Gestart', en ? 'Active' : 'Actief', en ? 'Ended' : 'Beëindigd', en ? 'Reasons for ending' : 'Redenen einde'], ...(quarters.length ? quarters : none(5))],
        formats: ['text', 'integer', 'integer', 'integer', 'text'],
      },
      {
        at: { row: top, column: AT.evaluations },
        title: en ? 'Evaluations' : 'Evaluaties',
        header: true,
        rows: [[en ? 'Date' : 'Datum', en ? 'Forms' : 'Formulieren', en ? 'Rapport' : 'Klik', en ? 'Motivation' : 'Motivatie'], ...(evaluations.length ? evaluations : none(4))],
        formats: ['text', 'integer', 'score', 'score'],
      },
    ],
  };
}

/** Three charts over the data rows (which start at `data`); a table without data gets no chart. */
function scopeCharts(o: Outcomes, data: number, chartRow: number, en: boolean): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const col = (column: number, rows: number) => ({ row: data, column, rows });
  if (o.networks.length) {
    const n = o.networks.length;
    charts.push({
      type: 'line', title: en ? 'Median network size' : 'Mediaan netwerkgrootte', anchor: { row: chartRow, column: AT.networks }, ...CHART, legend: false,
      series: [{ name: en ? 'Median' : 'Mediaan', categories: col(AT.networks, n), values: col(AT.networks + 2, n), color: COLORS[0], markers: true }],
    });
  }
  if (o.quarters.length) {
    const n = o.quarters.length;
    charts.push({
      type: 'column', title: en ? 'Pairings per quarter' : 'Koppelingen per kwartaal', anchor: { row: chartRow, column: AT.quarters }, ...CHART, legend: true,
      series: [
        { name: en ? 'Started' : 'Gestart', categories: col(AT.quarters, n), values: col(AT.quarters + 1, n), color: COLORS[0] },
        { name: en ? 'Active' : 'Actief', categories: col(AT.quarters, n), values: col(AT.quarters + 2, n), color: COLORS[2] },
        { name: en ? 'Ended' : 'Beëindigd', categories: col(AT.quarters, n), values: col(AT.quarters + 3, n), color: COLORS[1] },
      ],
    });
  }
  if (o.evaluations.length) {
    const n = o.evaluations.length;
    charts.push({
      type: 'line', title: en ? 'Rapport and motivation' : 'Klik en motivatie', anchor: { row: chartRow, column: AT.evaluations }, ...CHART, legend: true,
      series: [
        { name: en ? 'Rapport' : 'Klik', categories: col(AT.evaluations, n), values: col(AT.evaluations + 2, n), color: COLORS[0], markers: true },
        { name: en ? 'Motivation' : 'Motivatie', categories: col(AT.evaluations, n), values: col(AT.evaluations + 3, n), color: COLORS[1], markers: true },
      ],
    });
  }
  return charts;
}
