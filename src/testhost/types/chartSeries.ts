/**
 * A chart's series: the series collection, ChartSeries, points, data labels, fill and line
 * formats. Part of the simulated Excel JavaScript API (see ./index).
 */
import { MAX_ROWS, parseRef, splitSheet } from '../address';
import { HostError, notSimulated } from '../errors';
import { MethodSpec, Obj, PropSpec, TypeSpec } from '../runtime';
import { ChartPointState, ChartSeriesState, ChartState, SheetState, findSheet } from '../state';
import { LINE_STYLES, MARKER_STYLES, SeriesT, argsPayload, chartProp, checkEditObjects, isScatterType, rangeArg, seriesT } from './chartSpec';
import { cellsIn, childMethod, int, invalid, isBool, isColor, method, nav, opMethod, prop, wbOf } from './spec';

export const ChartSeriesCollectionType: TypeSpec = {
  name: 'ChartSeriesCollection',
  collection: { itemType: () => ChartSeriesType, items: (c: ChartState) => c.series.map((s) => seriesT(c, s)) },
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (c: ChartState) => c.series.length),
    /** [ExcelApi 1.1] */
    getItemAt: childMethod('1.1', () => ChartSeriesType, (c: ChartState, args, _o, location) => {
      const s = c.series[int(args[0], location)];
      if (!s) throw new HostError('ItemNotFound', { location, details: `no series at ${JSON.stringify(args[0])}` });
      return seriesT(c, s);
    }),
    /** [ExcelApi 1.7] add(name?, index?) */
    add: method('1.7', (obj, args, location) => {
      const box: { t?: SeriesT } = {};
      obj.queue(location, '1.7', args, (c: ChartState) => {
        if (args[0] !== undefined && typeof args[0] !== 'string') throw invalid(location, 'name must be text');
        checkEditObjects(c.sheet, location);
        const series: ChartSeriesState = { name: (args[0] as string | undefined) ?? `Series${c.series.length + 1}`, markerStyle: 'Automatic' };
        if (args[1] === undefined) c.series.push(series);
        else {
          const index = int(args[1], location);
          if (index < 0 || index > c.series.length) throw invalid(location, `index ${index} out of range`);
          c.series.splice(index, 0, series);
        }
        box.t = seriesT(c, series);
      });
      return obj.child(ChartSeriesType, `${obj.path}.add(${JSON.stringify(args[0] ?? '')})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the series was not added' });
        return box.t;
      }).proxy;
    }),
  },
};

/** setValues / setXAxisValues: a Range of one row or one column. */
export function seriesRangeMethod(field: 'values' | 'xValues'): MethodSpec {
  return method('1.7', (obj, args, location) => {
    obj.queue(location, '1.7', argsPayload(args), (t: SeriesT) => {
      const rng = rangeArg(args[0], location);
      if (rng.rect.r0 !== rng.rect.r1 && rng.rect.c0 !== rng.rect.c1) throw invalid(location, 'the range must be one row or one column');
      if (cellsIn(rng.rect) > MAX_ROWS) throw invalid(location, 'range too large');
      checkEditObjects(t.chart.sheet, location);
      t.series[field] = { sheet: rng.sheet, rect: { ...rng.rect } };
    });
  });
}

export const seriesSheet = (t: SeriesT): SheetState => t.chart.sheet;

export function seriesColorProp(name: 'markerBackgroundColor' | 'markerForegroundColor'): PropSpec {
  return chartProp('ChartSeries', name, '1.7', (t: SeriesT) => t.series[name] ?? '', (t: SeriesT, v, location) => {
    if (!isColor(v)) throw invalid(location, `invalid colour ${JSON.stringify(v)}`);
    t.series[name] = String(v).toUpperCase();
  }, seriesSheet);
}

export const ChartSeriesType: TypeSpec = {
  name: 'ChartSeries',
  members: {
    /** [ExcelApi 1.1] */
    name: chartProp('ChartSeries', 'name', '1.1', (t: SeriesT) => t.series.name, (t: SeriesT, v, location) => {
      if (typeof v !== 'string') throw invalid(location, 'name must be text');
      if (v.length > 255) throw invalid(location, 'at most 255 characters');
      t.series.name = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerStyle: chartProp('ChartSeries', 'markerStyle', '1.7', (t: SeriesT) => t.series.markerStyle, (t: SeriesT, v, location) => {
      if (typeof v !== 'string' || !MARKER_STYLES.has(v)) throw invalid(location, `invalid marker style ${JSON.stringify(v)}`);
      t.series.markerStyle = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerSize: chartProp('ChartSeries', 'markerSize', '1.7', (t: SeriesT) => t.series.markerSize ?? 5, (t: SeriesT, v, location) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 2 || v > 72) throw invalid(location, 'marker size must be 2–72');
      t.series.markerSize = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    markerBackgroundColor: seriesColorProp('markerBackgroundColor'),
    /** [ExcelApi 1.7] */
    markerForegroundColor: seriesColorProp('markerForegroundColor'),
    /** [ExcelApi 1.1] */
    format: nav('ChartSeries', 'format', '1.1', () => ChartSeriesFormatType, (t) => t),
    /** [ExcelApi 1.7] */
    hasDataLabels: chartProp('ChartSeries', 'hasDataLabels', '1.7', (t: SeriesT) => !!t.series.hasDataLabels, (t: SeriesT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'hasDataLabels must be boolean');
      t.series.hasDataLabels = v as boolean;
    }, seriesSheet),
    /** [ExcelApi 1.1] */
    points: nav('ChartSeries', 'points', '1.1', () => ChartPointsCollectionType, (t) => t),
    /** [ExcelApi 1.7] */
    setValues: seriesRangeMethod('values'),
    /** [ExcelApi 1.7] */
    setXAxisValues: seriesRangeMethod('xValues'),
    /** [ExcelApi 1.7] */
    delete: opMethod('1.7', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartSeries.delete');
      t.series.deleted = true;
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    }),
  },
};

/** A point of a series (the target of ChartPoint and its data label). */
export interface PointT {
  chart: ChartState;
  series: ChartSeriesState;
  index: number;
  readonly deleted: boolean;
}

export function pointCount(series: ChartSeriesState): number {
  return series.values ? cellsIn(series.values.rect) : 0;
}

export function pointState(p: PointT): ChartPointState {
  if (!p.series.points) p.series.points = new Map();
  let state = p.series.points.get(p.index);
  if (!state) {
    state = { dataLabel: {} };
    p.series.points.set(p.index, state);
  }
  return state;
}

export const ChartPointsCollectionType: TypeSpec = {
  name: 'ChartPointsCollection',
  members: {
    /** [ExcelApi 1.1] */
    count: prop('1.1', (t: SeriesT) => pointCount(t.series)),
    /** [ExcelApi 1.1] The point must exist when the request runs (the series' values decide the count). */
    getItemAt: childMethod('1.1', () => ChartPointType, (t: SeriesT, args, _o, location): PointT => {
      const index = int(args[0], location);
      if (index < 0 || index >= pointCount(t.series)) throw new HostError('ItemNotFound', { location, details: `no point at ${index} (the series has ${pointCount(t.series)})` });
      return {
        chart: t.chart,
        series: t.series,
        index,
        get deleted() {
          return t.deleted;
        },
      };
    }),
  },
};

export const pointSheet = (p: PointT): SheetState => p.chart.sheet;

export const ChartPointType: TypeSpec = {
  name: 'ChartPoint',
  members: {
    /** [ExcelApi 1.7] */
    hasDataLabel: chartProp('ChartPoint', 'hasDataLabel', '1.7', (p: PointT) => !!(p.series.points?.get(p.index)?.hasDataLabel ?? p.series.hasDataLabels), (p: PointT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'hasDataLabel must be boolean');
      pointState(p).hasDataLabel = v as boolean;
    }, pointSheet),
    /** [ExcelApi 1.7] */
    dataLabel: nav('ChartPoint', 'dataLabel', '1.7', () => ChartDataLabelType, (p) => p),
  },
};

export const DATA_LABEL_POSITIONS = new Set(['None', 'Center', 'InsideEnd', 'InsideBase', 'OutsideEnd', 'Left', 'Right', 'Top', 'Bottom', 'BestFit', 'Callout']);

/** A label's formula must be a reference to one cell of a sheet of the workbook: "='Sheet'!$A$1". */
export function checkLabelFormula(p: PointT, v: unknown, location: string, obj: Obj): string {
  if (typeof v !== 'string' || !v.startsWith('=')) throw invalid(location, 'the formula must start with "="');
  const { sheet: sheetName, ref } = splitSheet(v.slice(1));
  const sheet = sheetName === undefined ? p.chart.sheet : findSheet(wbOf(obj), sheetName);
  const rect = parseRef(ref);
  if (!sheet || !rect) throw invalid(location, `invalid reference ${JSON.stringify(v)}`);
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw notSimulated(`${location} referring to more than one cell`);
  return v;
}

export const ChartDataLabelType: TypeSpec = {
  name: 'ChartDataLabel',
  members: {
    /** [ExcelApi 1.7] */
    position: chartProp('ChartDataLabel', 'position', '1.7', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.position ?? 'Right', (p: PointT, v, location) => {
      if (typeof v !== 'string' || !DATA_LABEL_POSITIONS.has(v)) throw invalid(location, `invalid position ${JSON.stringify(v)}`);
      if (isScatterType(p.chart.type) && !['None', 'Center', 'Left', 'Right', 'Top', 'Bottom'].includes(v)) throw invalid(location, `a scatter label cannot be at ${v}`);
      pointState(p).dataLabel.position = v;
    }, pointSheet),
    /** [ExcelApi 1.7] */
    showValue: chartProp('ChartDataLabel', 'showValue', '1.7', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.showValue ?? true, (p: PointT, v, location) => {
      if (!isBool(v)) throw invalid(location, 'showValue must be boolean');
      pointState(p).dataLabel.showValue = v as boolean;
    }, pointSheet),
    /** [ExcelApi 1.8] A label linked to a cell. */
    formula: prop('1.8', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.formula ?? '', (p: PointT, v, obj) => {
      const location = 'ChartDataLabel.formula';
      checkEditObjects(p.chart.sheet, location);
      const formula = checkLabelFormula(p, v, location, obj);
      const state = pointState(p);
      if (!state.hasDataLabel && !p.series.hasDataLabels) throw new HostError('InvalidOperation', { location, details: 'the point has no data label (set hasDataLabel first)' });
      state.dataLabel.formula = formula;
      state.dataLabel.text = undefined;
    }),
    /** [ExcelApi 1.8] Fixed text (replaces a formula). */
    text: chartProp('ChartDataLabel', 'text', '1.8', (p: PointT) => p.series.points?.get(p.index)?.dataLabel.text ?? '', (p: PointT, v, location) => {
      if (typeof v !== 'string') throw invalid(location, 'text must be text');
      const state = pointState(p);
      if (!state.hasDataLabel && !p.series.hasDataLabels) throw new HostError('InvalidOperation', { location, details: 'the point has no data label (set hasDataLabel first)' });
      state.dataLabel.text = v;
      state.dataLabel.formula = undefined;
    }, pointSheet),
  },
};

export const ChartSeriesFormatType: TypeSpec = {
  name: 'ChartSeriesFormat',
  members: {
    /** [ExcelApi 1.1] */
    fill: nav('ChartSeriesFormat', 'fill', '1.1', () => ChartFillType, (t) => t),
    /** [ExcelApi 1.1] */
    line: nav('ChartSeriesFormat', 'line', '1.1', () => ChartLineFormatType, (t) => t),
  },
};

export const ChartFillType: TypeSpec = {
  name: 'ChartFill',
  members: {
    /** [ExcelApi 1.1] */
    setSolidColor: opMethod('1.1', (t: SeriesT, args) => {
      if (!isColor(args[0])) throw invalid('ChartFill.setSolidColor', `invalid colour ${JSON.stringify(args[0])}`);
      checkEditObjects(t.chart.sheet, 'ChartFill.setSolidColor');
      t.series.fill = String(args[0]).toUpperCase();
    }),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartFill.clear');
      t.series.fill = undefined;
    }),
  },
};

export const ChartLineFormatType: TypeSpec = {
  name: 'ChartLineFormat',
  members: {
    /** [ExcelApi 1.1] */
    color: chartProp('ChartLineFormat', 'color', '1.1', (t: SeriesT) => t.series.lineColor ?? '', (t: SeriesT, v, location) => {
      if (!isColor(v)) throw invalid(location, `invalid colour ${JSON.stringify(v)}`);
      t.series.lineColor = String(v).toUpperCase();
    }, seriesSheet),
    /** [ExcelApi 1.7] */
    lineStyle: chartProp('ChartLineFormat', 'lineStyle', '1.7', (t: SeriesT) => t.series.lineStyle ?? 'Automatic', (t: SeriesT, v, location) => {
      if (typeof v !== 'string' || !LINE_STYLES.has(v)) throw invalid(location, `invalid line style ${JSON.stringify(v)}`);
      t.series.lineStyle = v;
    }, seriesSheet),
    /** [ExcelApi 1.7] points */
    weight: chartProp('ChartLineFormat', 'weight', '1.7', (t: SeriesT) => t.series.lineWeight ?? 2.25, (t: SeriesT, v, location) => {
      if (typeof v !== 'number' || !(v >= 0) || v > 1584) throw invalid(location, `invalid weight ${JSON.stringify(v)}`);
      t.series.lineWeight = v;
    }, seriesSheet),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (t: SeriesT) => {
      checkEditObjects(t.chart.sheet, 'ChartLineFormat.clear');
      t.series.lineColor = undefined;
      t.series.lineStyle = undefined;
      t.series.lineWeight = undefined;
    }),
  },
};
