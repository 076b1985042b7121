/**
 * The Resultaten step: "Maak resultaten" over the Excel gateway on the test host (Microsoft's
 * client library, both API levels), the preview's figures against the engine's sheet, and the
 * pane's state and main sheet.
 */
import { createExcelGateway } from '../../src/excel';
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { readWorkbook } from '../../src/engine/read';
import { isoToSerial } from '../../src/engine/read/cells';
import { planResults } from '../../src/engine/results/plan';
import { sampleSheets } from '../../src/sample/generate';
import { mainSheet } from '../../src/taskpane/mainSheet';
import { createKringOps } from '../../src/taskpane/ops';
import { medianChart, resultsPreview } from '../../src/taskpane/resultsPreview';
import { initialState, reducer } from '../../src/taskpane/state';
import { nl as nlStrings, en as enStrings } from '../../src/taskpane/strings';
import { API_VERSIONS, createExcelHost } from '../excelHost';

const TODAY = '2026-11-23';

describe.each(API_VERSIONS)('"Maak resultaten" on the test host at ExcelApi %s', (apiVersion) => {
  it('writes Begeleidersoverzicht and Resultaten with native charts, one page per scope', async () => {
    const host = createExcelHost({ apiVersion, sheets: [{ name: 'Blad1' }] });
    const ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), 'nl');
    await ops.openSample();
    const progress: string[] = [];
    const outcome = await ops.results((step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
    expect(progress).toEqual(['1/2 Invoer en evaluaties lezen', '2/2 Bladen schrijven']);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.sheets).toEqual(expect.arrayContaining(['Begeleidersoverzicht', 'Resultaten']));
    expect(mainSheet({ op: 'results', outcome })).toBe('Resultaten');

    // Four scopes (organisation + three locations), each with a median-network and a pairings chart.
    const charts = host.charts('Resultaten');
    const titles = charts.map((c) => c.title);
    expect(titles.filter((t) => t === 'Mediaan netwerkgrootte')).toHaveLength(4);
    expect(titles.filter((t) => t === 'Koppelingen per kwartaal')).toHaveLength(4);
    const median = charts.find((c) => c.title === 'Mediaan netwerkgrootte')!;
    expect(median.type).toBe('LineMarkers');
    // The organisation's chart shows every measurement date of the sample, read live from the sheet.
    // Dates as dates, on an axis spaced by time (a gap of a year shows as one).
    expect(median.series[0].xValuesData).toEqual(['2025-09-01', '2026-03-01', '2026-09-01'].map(isoToSerial));
    expect(median.axes?.category).toMatchObject({ categoryType: 'DateAxis', baseTimeUnit: 'Days', majorTimeUnitScale: 'Months', majorUnit: 6 });
    expect(median.axes?.category.numberFormat).toBe(apiVersion === '1.7' ? undefined : '[$-413]mmm yy');
    expect(host.getText('Resultaten').flat()).toContain('01-03-2026');
    // Shares read as percentages on the loneliness chart's axis where the format can be set (ExcelApi 1.8).
    const lonely = charts.find((c) => c.title?.startsWith('Eenzaamheid'))!;
    expect(lonely.axes?.value.numberFormat).toBe(apiVersion === '1.7' ? undefined : '0%');
    expect(outcome.results![0].networks.map((n) => n.median)).toEqual(median.series[0].valuesData);
    // Page setup needs ExcelApi 1.9: there, a landscape A4 and a page break before each scope (the summary is page 1).
    const sheet = host.sheet('Resultaten');
    if (apiVersion !== '1.7') {
      expect(sheet.pageBreaks).toHaveLength(4);
      expect(sheet.pageLayout.orientation).toBe('Landscape');
    }
  });
});

describe('the Resultaten preview', () => {
  const raw = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const read = readWorkbook(raw, { today: TODAY });
  const answers = readEvaluations(raw);

  it('shows the same figures as the Resultaten sheet, for the organisation and each location', () => {
    const plan = planResults(raw, read, 'nl', TODAY);
    for (const o of plan.results) {
      const preview = resultsPreview(read.model, answers, TODAY, o.location, 'nl');
      expect(preview.outcomes).toEqual(o);
    }
  });

  it('lists the begeleiders with an untrained-with-active-pairings or overdue flag, per scope', () => {
    const plan = planResults(raw, read, 'nl', TODAY);
    const flagged = plan.supervisors.filter((s) => s.flags.some((f) => f === 'untrainedActive' || f === 'overdue')).map((s) => s.name);
    const preview = resultsPreview(read.model, answers, TODAY, null, 'nl');
    expect(preview.attention.map((a) => a.name)).toEqual(flagged);
    expect(preview.attention.every((a) => !a.flags.includes('noCandidates'))).toBe(true);
    // A location's preview names only that location's begeleiders.
    const location = plan.results[1].location!;
    const atLocation = resultsPreview(read.model, answers, TODAY, location, 'nl').attention.map((a) => a.name);
    for (const name of atLocation) expect(plan.supervisors.find((s) => s.name === name)!.location).toBe(location);
  });

  it('draws the median line from the axis up, dates left to right', () => {
    const o = resultsPreview(read.model, answers, TODAY, null, 'nl').outcomes;
    const chart = medianChart(o);
    expect(chart.points.map((p) => p.date)).toEqual(['2025-09-01', '2026-03-01', '2026-09-01']);
    const xs = chart.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // By time: six months and six months apart, so the middle point halfway (here even spacing is right).
    expect(xs[1] - xs[0]).toBeCloseTo(((xs[2] - xs[0]) * 181) / 365, 6);
    // A date two weeks after the first stands close to it, and its label makes way for the first.
    const near = medianChart({ ...o, networks: [o.networks[0], { ...o.networks[0], date: '2025-09-15' }, ...o.networks.slice(1)] });
    const [a, b, , d] = near.points;
    expect(b.x - a.x).toBeLessThan(15);
    expect([a.labelled, b.labelled, d.labelled]).toEqual([true, false, true]);
    for (const p of chart.points) {
      expect(p.y).toBeLessThanOrEqual(chart.baseline);
      expect(p.y).toBeGreaterThanOrEqual(chart.top - 0.001);
      expect(chart.baseline - p.y).toBeCloseTo(((chart.baseline - chart.top) * p.value) / chart.max, 6);
    }
  });
});

describe('the Resultaten step in the pane state and texts', () => {
  it('keeps the written sheets, clears them when a new run starts', () => {
    const outcome = { command: 'results', lang: 'nl' as const, problems: [], sheets: ['Begeleidersoverzicht', 'Resultaten', 'Instellingen'], skipped: [] };
    const state = reducer(initialState, { type: 'resultsMade', outcome });
    expect(state.results).toMatchObject({ blocked: false, sheets: ['Begeleidersoverzicht', 'Resultaten'] });
    expect(reducer(state, { type: 'start', op: 'results' }).results).toBeNull();
  });

  it('has every text in Dutch and English, with the step in the navigation', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(enStrings.results)).toEqual(keys(nlStrings.results));
    expect(nlStrings.nav.results).toBe('Resultaten');
    expect(enStrings.nav.results).toBe('Results');
    expect(nlStrings.results.made('Begeleidersoverzicht en Resultaten', 2)).toBe('De bladen Begeleidersoverzicht en Resultaten zijn gemaakt.');
  });
});
