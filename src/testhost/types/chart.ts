/**
 * Charts: the chart collection (add, getItem) and Chart. Part of the simulated Excel JavaScript
 * API (see ./index).
 */
import { Rect } from '../address';
import { HostError } from '../errors';
import { NULL, TypeSpec } from '../runtime';
import { ChartState, DEFAULT_ROW_HEIGHT, SheetState } from '../state';
import { ChartAxesType, ChartLegendType, ChartPlotAreaType, ChartTitleType } from './chartParts';
import { ChartSeriesCollectionType } from './chartSeries';
import { DEFAULT_CHART_HEIGHT, DEFAULT_CHART_WIDTH, argsPayload, chartProp, chartSheet, checkChartType, checkEditObjects, columnLeft, hasAxes, newAxis, numberProp, rangeArg, seriesFromSource } from './chartSpec';
import { cellsIn, childMethod, int, invalid, method, nav, opMethod, prop, rangeOn, wbOf } from './spec';
import { WorksheetType } from './workbook';

export const ChartCollectionType: TypeSpec = {
  name: 'ChartCollection',
  collection: { itemType: () => ChartType, items: (s: SheetState) => s.charts.slice() },
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (s: SheetState) => s.charts.length),
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => ChartType, (s: SheetState, args, _o, location) => {
      const name = typeof args[0] === 'string' ? args[0].toLowerCase() : undefined;
      const chart = s.charts.find((c) => c.name.toLowerCase() === name);
      if (!chart) throw new HostError('ItemNotFound', { location, details: `no chart ${JSON.stringify(args[0])}` });
      return chart;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => ChartType, (s: SheetState, args) => {
      const name = typeof args[0] === 'string' ? args[0].toLowerCase() : undefined;
      return s.charts.find((c) => c.name.toLowerCase() === name) ?? NULL;
    }),
    /** [ExcelApi 1.1] */
    getItemAt: childMethod('1.1', () => ChartType, (s: SheetState, args, _o, location) => {
      const chart = s.charts[int(args[0], location)];
      if (!chart) throw new HostError('ItemNotFound', { location, details: `no chart at ${JSON.stringify(args[0])}` });
      return chart;
    }),
    /** [ExcelApi 1.1] add(type, sourceData: Range, seriesBy = "Auto") */
    add: method('1.1', (obj, args, location) => {
      const type = checkChartType(args[0], location);
      if (args.length > 3) throw invalid(location, 'too many arguments');
      const box: { chart?: ChartState } = {};
      obj.queue(location, '1.1', argsPayload(args), (s: SheetState) => {
        const by = (args[2] ?? 'Auto') as string;
        if (by !== 'Auto' && by !== 'Columns' && by !== 'Rows') throw invalid(location, `seriesBy ${JSON.stringify(by)}`);
        const src = rangeArg(args[1], location);
        if (cellsIn(src.rect) > 1_000_000) throw invalid(location, 'source range too large for a chart');
        checkEditObjects(s, location);
        const wb = wbOf(obj);
        let n = s.charts.length + 1;
        while (s.charts.some((c) => c.name.toLowerCase() === `chart ${n}`)) n++;
        const chart: ChartState = {
          id: `{chart-${wb.nextId++}}`,
          name: `Chart ${n}`,
          type,
          sheet: s,
          seriesBy: by,
          source: { sheet: src.sheet, rect: { ...src.rect } },
          title: { text: '', visible: false },
          legend: { visible: true, position: 'Right' },
          axes: { category: newAxis(false), value: newAxis(hasAxes(type)) },
          series: seriesFromSource(type, src, by),
          displayBlanksAs: 'NotPlotted',
          hiddenLegendEntries: [],
          top: 0,
          left: 0,
          width: DEFAULT_CHART_WIDTH,
          height: DEFAULT_CHART_HEIGHT,
        };
        s.charts.push(chart);
        box.chart = chart;
      });
      return obj.child(ChartType, `${obj.path}.add(${JSON.stringify(type)})`, () => {
        if (!box.chart) throw new HostError('ItemNotFound', { location, details: 'the chart was not added' });
        return box.chart;
      }).proxy;
    }),
  },
};

export const ChartType: TypeSpec = {
  name: 'Chart',
  members: {
    /** [ExcelApi 1.7] */
    id: prop('1.7', (c: ChartState) => c.id),
    /** [ExcelApi 1.1] */
    name: chartProp('Chart', 'name', '1.1', (c: ChartState) => c.name, (c: ChartState, v, location) => {
      if (typeof v !== 'string' || v.trim() === '' || v.length > 255) throw invalid(location, `invalid chart name ${JSON.stringify(v)}`);
      c.name = v;
    }, chartSheet),
    /** [ExcelApi 1.7] */
    chartType: chartProp('Chart', 'chartType', '1.7', (c: ChartState) => c.type, (c: ChartState, v, location) => {
      c.type = checkChartType(v, location);
    }, chartSheet),
    /** [ExcelApi 1.1] points */
    top: numberProp('Chart', 'top'),
    /** [ExcelApi 1.1] points */
    left: numberProp('Chart', 'left'),
    /** [ExcelApi 1.1] points */
    width: numberProp('Chart', 'width'),
    /** [ExcelApi 1.1] points */
    height: numberProp('Chart', 'height'),
    /** [ExcelApi 1.1] */
    title: nav('Chart', 'title', '1.1', () => ChartTitleType, (c) => c),
    /** [ExcelApi 1.1] */
    legend: nav('Chart', 'legend', '1.1', () => ChartLegendType, (c) => c),
    /** [ExcelApi 1.1] */
    axes: nav('Chart', 'axes', '1.1', () => ChartAxesType, (c) => c),
    /** [ExcelApi 1.1] */
    series: nav('Chart', 'series', '1.1', () => ChartSeriesCollectionType, (c) => c),
    /** [ExcelApi 1.2] */
    worksheet: nav('Chart', 'worksheet', '1.2', () => WorksheetType, (c: ChartState) => c.sheet),
    /** [ExcelApi 1.8] */
    displayBlanksAs: chartProp('Chart', 'displayBlanksAs', '1.8', (c: ChartState) => c.displayBlanksAs, (c: ChartState, v, location) => {
      if (v !== 'NotPlotted' && v !== 'Zero' && v !== 'Interplotted') throw invalid(location, `invalid value ${JSON.stringify(v)}`);
      c.displayBlanksAs = v;
    }, chartSheet),
    /** [ExcelApi 1.8] */
    plotArea: nav('Chart', 'plotArea', '1.8', () => ChartPlotAreaType, (c) => c),
    /** [ExcelApi 1.1] setPosition(startCell, endCell?): top-left at startCell; with endCell the chart covers startCell:endCell. */
    setPosition: method('1.1', (obj, args, location) => {
      if (args[0] === undefined) throw invalid(location, 'startCell is required');
      obj.queue(location, '1.1', argsPayload(args), (c: ChartState) => {
        const cell = (a: unknown): Rect => {
          if (typeof a === 'string') return rangeOn(c.sheet, a, location).rect;
          const r = rangeArg(a, location);
          if (r.sheet !== c.sheet) throw invalid(location, 'the cell is on another sheet');
          return r.rect;
        };
        checkEditObjects(c.sheet, location);
        const start = cell(args[0]);
        c.left = columnLeft(c.sheet, start.c0);
        c.top = start.r0 * DEFAULT_ROW_HEIGHT;
        c.anchor = { r: start.r0, c: start.c0 };
        if (args[1] !== undefined && args[1] !== null) {
          const end = cell(args[1]);
          c.width = columnLeft(c.sheet, end.c1 + 1) - c.left;
          c.height = (end.r1 + 1) * DEFAULT_ROW_HEIGHT - c.top;
          if (c.width <= 0 || c.height <= 0) throw invalid(location, 'endCell is above or left of startCell');
        }
      });
    }),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (c: ChartState) => {
      checkEditObjects(c.sheet, 'Chart.delete');
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    }),
  },
};
