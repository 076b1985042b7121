/**
 * A chart's parts: title, legend and its entries, plot area, axes with their gridlines and titles.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { HostError, notSimulated } from '../errors';
import { NavSpec, PropSpec, TypeSpec } from '../runtime';
import { ChartAxisState, ChartState, SheetState } from '../state';
import { LEGEND_POSITIONS, chartProp, chartSheet, hasAxes, isScatterType, textProp } from './chartSpec';
import { childMethod, int, invalid, isBool, nav, prop } from './spec';

export const ChartTitleType: TypeSpec = {
  name: 'ChartTitle',
  members: { ...textProp('ChartTitle', (c: ChartState) => c.title, chartSheet) },
};

export const ChartLegendType: TypeSpec = {
  name: 'ChartLegend',
  members: {
    /** [ExcelApi 1.1] */
    visible: chartProp('ChartLegend', 'visible', '1.1', (c: ChartState) => c.legend.visible, (c: ChartState, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      c.legend.visible = v as boolean;
    }, chartSheet),
    /** [ExcelApi 1.1] */
    position: chartProp('ChartLegend', 'position', '1.1', (c: ChartState) => c.legend.position, (c: ChartState, v, location) => {
      if (typeof v !== 'string' || !LEGEND_POSITIONS.has(v)) throw invalid(location, `invalid legend position ${JSON.stringify(v)}`);
      c.legend.position = v;
    }, chartSheet),
    /** [ExcelApi 1.7] */
    legendEntries: nav('ChartLegend', 'legendEntries', '1.7', () => ChartLegendEntryCollectionType, (c) => c),
  },
};

export interface LegendEntryT {
  chart: ChartState;
  index: number;
  readonly deleted: boolean;
}

export const ChartLegendEntryCollectionType: TypeSpec = {
  name: 'ChartLegendEntryCollection',
  collection: { itemType: () => ChartLegendEntryType, items: (c: ChartState) => legendEntries(c) },
  members: {
    /** [ExcelApi 1.7] One entry per series (the chart types Kring makes); hidden entries stay in the collection. */
    getItemAt: childMethod('1.7', () => ChartLegendEntryType, (c: ChartState, args, _o, location) => {
      const entry = legendEntries(c)[int(args[0], location)];
      if (!entry) throw new HostError('ItemNotFound', { location, details: `no legend entry at ${JSON.stringify(args[0])}` });
      return entry;
    }),
  },
};

export function legendEntries(c: ChartState): LegendEntryT[] {
  // A pie's legend lists its slices (points), which the host does not model.
  if (!hasAxes(c.type)) throw notSimulated('legend entries of a pie or doughnut chart');
  const series = c.series.slice();
  return series.map((s, index) => ({
    chart: c,
    index,
    get deleted() {
      return !!c.deleted || !!s.deleted;
    },
  }));
}

export const ChartLegendEntryType: TypeSpec = {
  name: 'ChartLegendEntry',
  members: {
    /** [ExcelApi 1.7] */
    visible: chartProp('ChartLegendEntry', 'visible', '1.7', (e: LegendEntryT) => !e.chart.hiddenLegendEntries.includes(e.index), (e: LegendEntryT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      const hidden = e.chart.hiddenLegendEntries.filter((i) => i !== e.index);
      if (v === false) hidden.push(e.index);
      e.chart.hiddenLegendEntries = hidden.sort((a, b) => a - b);
    }, (e: LegendEntryT) => e.chart.sheet),
    /** [ExcelApi 1.8] */
    index: prop('1.8', (e: LegendEntryT) => e.index),
  },
};

export const ChartPlotAreaType: TypeSpec = {
  name: 'ChartPlotArea',
  members: {
    /** [ExcelApi 1.8] points */
    insideLeft: plotAreaProp('insideLeft'),
    /** [ExcelApi 1.8] points */
    insideTop: plotAreaProp('insideTop'),
    /** [ExcelApi 1.8] points */
    insideWidth: plotAreaProp('insideWidth'),
    /** [ExcelApi 1.8] points */
    insideHeight: plotAreaProp('insideHeight'),
  },
};

export function plotAreaProp(name: 'insideLeft' | 'insideTop' | 'insideWidth' | 'insideHeight'): PropSpec {
  return chartProp('ChartPlotArea', name, '1.8', (c: ChartState) => {
    const v = c.plotArea?.[name];
    if (v === undefined) throw notSimulated(`reading ChartPlotArea.${name} of an automatic layout`);
    return v;
  }, (c: ChartState, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalid(location, `invalid value ${JSON.stringify(v)}`);
    const size = name === 'insideLeft' || name === 'insideWidth' ? c.width : c.height;
    if (v > size) throw invalid(location, `${v} pt is larger than the chart (${size} pt)`);
    c.plotArea = { ...c.plotArea, [name]: v };
  }, chartSheet);
}

export interface AxisT {
  chart: ChartState;
  which: 'category' | 'value';
}

export function axisNav(name: 'categoryAxis' | 'valueAxis', which: AxisT['which']): NavSpec {
  return nav('ChartAxes', name, '1.1', () => ChartAxisType, (c: ChartState): AxisT => {
    // Excel has no axes on pie and doughnut charts.
    if (!hasAxes(c.type)) throw new HostError('InvalidOperation', { location: `ChartAxes.${name}`, details: `a ${c.type} chart has no axes` });
    return { chart: c, which };
  });
}

export const ChartAxesType: TypeSpec = {
  name: 'ChartAxes',
  members: {
    /** [ExcelApi 1.1] */
    categoryAxis: axisNav('categoryAxis', 'category'),
    /** [ExcelApi 1.1] */
    valueAxis: axisNav('valueAxis', 'value'),
  },
};

export const axisOf = (a: AxisT): ChartAxisState => a.chart.axes[a.which];
export const axisSheet = (a: AxisT): SheetState => a.chart.sheet;

export function axisBoundProp(name: 'minimum' | 'maximum'): PropSpec {
  return chartProp('ChartAxis', name, '1.1', (a: AxisT) => {
    const v = axisOf(a)[name];
    if (v === undefined) throw notSimulated(`reading the automatic ChartAxis.${name}`);
    return v;
  }, (a: AxisT, v, location) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(location, `expected a number, got ${JSON.stringify(v)}`);
    if (a.which === 'category' && !isScatterType(a.chart.type)) throw invalid(location, 'a category axis has no minimum or maximum (only the X axis of a scatter chart)');
    const axis = axisOf(a);
    const other = name === 'minimum' ? axis.maximum : axis.minimum;
    if (other !== undefined && (name === 'minimum' ? v >= other : v <= other)) throw invalid(location, 'the minimum must be below the maximum');
    axis[name] = v;
  }, axisSheet);
}

const CATEGORY_TYPES = new Set(['Automatic', 'TextAxis', 'DateAxis']);
const TIME_UNITS = new Set(['Days', 'Months', 'Years']);

export const ChartAxisType: TypeSpec = {
  name: 'ChartAxis',
  members: {
    /** [ExcelApi 1.1] */
    title: nav('ChartAxis', 'title', '1.1', () => ChartAxisTitleType, (a: AxisT) => a),
    /** [ExcelApi 1.1] */
    minimum: axisBoundProp('minimum'),
    /** [ExcelApi 1.1] */
    maximum: axisBoundProp('maximum'),
    /** [ExcelApi 1.7] */
    visible: chartProp('ChartAxis', 'visible', '1.7', (a: AxisT) => axisOf(a).visible, (a: AxisT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      axisOf(a).visible = v as boolean;
    }, axisSheet),
    /** [ExcelApi 1.1] */
    majorGridlines: nav('ChartAxis', 'majorGridlines', '1.1', () => ChartGridlinesType, (a: AxisT) => a),
    /** [ExcelApi 1.7] */
    categoryType: categoryAxisProp('categoryType', CATEGORY_TYPES, 'Automatic'),
    /** [ExcelApi 1.7] */
    baseTimeUnit: categoryAxisProp('baseTimeUnit', TIME_UNITS, 'Days'),
    /** [ExcelApi 1.7] */
    majorTimeUnitScale: categoryAxisProp('majorTimeUnitScale', TIME_UNITS, 'Days'),
    /** [ExcelApi 1.8] */
    numberFormat: chartProp('ChartAxis', 'numberFormat', '1.8', (a: AxisT) => axisOf(a).numberFormat ?? 'General', (a: AxisT, v, location) => {
      if (typeof v !== 'string' || v === '') throw invalid(location, `numberFormat must be a format code, got ${JSON.stringify(v)}`);
      axisOf(a).numberFormat = v;
    }, axisSheet),
    /** [ExcelApi 1.1] */
    majorUnit: chartProp('ChartAxis', 'majorUnit', '1.1', (a: AxisT) => {
      const v = axisOf(a).majorUnit;
      if (v === undefined) throw notSimulated('reading the automatic ChartAxis.majorUnit');
      return v;
    }, (a: AxisT, v, location) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw invalid(location, `majorUnit must be a positive number, got ${JSON.stringify(v)}`);
      axisOf(a).majorUnit = v;
    }, axisSheet),
  },
};

/** A property only a category axis of a chart with categories has (not a scatter's X axis, not a value axis). */
function categoryAxisProp(name: 'categoryType' | 'baseTimeUnit' | 'majorTimeUnitScale', allowed: Set<string>, initial: string): PropSpec {
  return chartProp('ChartAxis', name, '1.7', (a: AxisT) => axisOf(a)[name] ?? initial, (a: AxisT, v, location) => {
    if (a.which !== 'category' || isScatterType(a.chart.type)) throw invalid(location, `${name} is for the category axis of a chart with categories`);
    if (typeof v !== 'string' || !allowed.has(v)) throw invalid(location, `invalid ${name} ${JSON.stringify(v)}`);
    axisOf(a)[name] = v;
  }, axisSheet);
}

export const ChartGridlinesType: TypeSpec = {
  name: 'ChartGridlines',
  members: {
    /** [ExcelApi 1.1] */
    visible: chartProp('ChartGridlines', 'visible', '1.1', (a: AxisT) => axisOf(a).majorGridlines, (a: AxisT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'visible must be boolean');
      axisOf(a).majorGridlines = v as boolean;
    }, axisSheet),
  },
};

export const ChartAxisTitleType: TypeSpec = {
  name: 'ChartAxisTitle',
  members: { ...textProp('ChartAxisTitle', (a: AxisT) => a.chart.axes[a.which].title, (a: AxisT) => a.chart.sheet) },
};
