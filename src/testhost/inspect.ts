/**
 * What the test host shows of its workbook (./api): sheets, cells, tables and charts read from the
 * in-memory state as plain objects, and the deep copy behind snapshot() and restore().
 */
import { Rect, formatAddress, formatRef, letters, parseRef, splitSheet } from './address';
import type { CellInfo, ChartAxisInfo, ChartInfo, ChartSeriesInfo, SheetInfo, TableInfo } from './api';
import { CellState, CellValue, ChartState, RangeRefState, SheetState, TableState, WorkbookState, findSheet, usedRect } from './state';
import { cellAt, displayText, readValue } from './cells';

/**
 * A deep copy that keeps shared references (a chart's series point at its sheet, tables at theirs).
 * By hand rather than structuredClone, whose arrays and objects would come from another realm
 * under a test runner's sandbox.
 */
export function cloneWorkbook(state: WorkbookState): WorkbookState {
  const seen = new Map<unknown, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(copy(v));
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      seen.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  };
  return copy(state) as WorkbookState;
}

export function tableInfo(t: TableState): TableInfo {
  return {
  name: t.name,
  sheet: t.sheet.name,
  address: formatAddress(t.sheet.name, t.rect),
  headerAddress: formatAddress(t.sheet.name, { ...t.rect, r1: t.rect.r0 }),
  bodyAddress: formatAddress(t.sheet.name, { ...t.rect, r0: t.rect.r0 + 1 }),
  style: t.style,
};
}

function refValues(ref: RangeRefState): CellValue[] {
  const out: CellValue[] = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) for (let c = ref.rect.c0; c <= ref.rect.c1; c++) out.push(readValue(cellAt(ref.sheet, r, c)));
  return out;
}

function axisInfo(a: ChartState['axes']['value']): ChartAxisInfo {
  const out: ChartAxisInfo = { visible: a.visible, majorGridlines: a.majorGridlines };
  if (a.minimum !== undefined) out.minimum = a.minimum;
  if (a.maximum !== undefined) out.maximum = a.maximum;
  if (a.categoryType !== undefined) out.categoryType = a.categoryType;
  if (a.baseTimeUnit !== undefined) out.baseTimeUnit = a.baseTimeUnit;
  if (a.majorUnit !== undefined) out.majorUnit = a.majorUnit;
  if (a.majorTimeUnitScale !== undefined) out.majorTimeUnitScale = a.majorTimeUnitScale;
  if (a.numberFormat !== undefined) out.numberFormat = a.numberFormat;
  return out;
}

/** The text a label linked to "='Sheet'!$A$1" shows now. */
function labelText(wb: WorkbookState, formula: string): string | undefined {
  const { sheet, ref } = splitSheet(formula.slice(1));
  const s = sheet === undefined ? undefined : findSheet(wb, sheet);
  const rect = parseRef(ref);
  if (!s || !rect) return undefined;
  return displayText(cellAt(s, rect.r0, rect.c0));
}

export function chartInfo(wb: WorkbookState, c: ChartState): ChartInfo {
  const info: ChartInfo = {
    name: c.name,
    type: c.type,
    seriesBy: c.seriesBy,
    source: c.source && formatAddress(c.source.sheet.name, c.source.rect),
    title: c.title.visible ? c.title.text : undefined,
    legend: { ...c.legend },
    categoryAxisTitle: c.axes.category.title.visible ? c.axes.category.title.text : undefined,
    valueAxisTitle: c.axes.value.title.visible ? c.axes.value.title.text : undefined,
    top: c.top,
    left: c.left,
    width: c.width,
    height: c.height,
    anchor: c.anchor && formatRef({ r0: c.anchor.r, c0: c.anchor.c, r1: c.anchor.r, c1: c.anchor.c }),
    series: c.series.map((s) => {
      const out: ChartSeriesInfo = { name: s.name, markerStyle: s.markerStyle };
      if (s.values) {
        out.values = formatAddress(s.values.sheet.name, s.values.rect);
        out.valuesData = refValues(s.values);
      }
      if (s.xValues) {
        out.xValues = formatAddress(s.xValues.sheet.name, s.xValues.rect);
        out.xValuesData = refValues(s.xValues);
      }
      for (const k of ['fill', 'lineColor', 'lineStyle', 'markerBackgroundColor', 'markerForegroundColor', 'markerSize', 'hasDataLabels'] as const) if (s[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = s[k];
      if (s.lineWeight !== undefined) out.lineWeight = s.lineWeight;
      const labels = [...(s.points ?? new Map()).entries()]
        .filter(([, p]) => p.hasDataLabel ?? s.hasDataLabels)
        .sort((a, b) => a[0] - b[0])
        .map(([index, p]) => {
          const label: { index: number; formula?: string; text?: string; position?: string } = { index };
          if (p.dataLabel.formula) {
            label.formula = p.dataLabel.formula;
            label.text = labelText(wb, p.dataLabel.formula);
          } else if (p.dataLabel.text !== undefined) label.text = p.dataLabel.text;
          if (p.dataLabel.position) label.position = p.dataLabel.position;
          return label;
        });
      if (labels.length) out.labels = labels;
      return out;
    }),
    axes: c.type === 'Pie' || c.type === 'Doughnut' ? undefined : { category: axisInfo(c.axes.category), value: axisInfo(c.axes.value) },
    displayBlanksAs: c.displayBlanksAs,
    hiddenLegendEntries: [...c.hiddenLegendEntries],
    plotArea: c.plotArea && { ...c.plotArea },
  };
  for (const k of Object.keys(info) as (keyof ChartInfo)[]) if (info[k] === undefined) delete info[k];
  return info;
}

export function sheetInfo(wb: WorkbookState, s: SheetState): SheetInfo {
  const used = usedRect(s, false);
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...s.columnWidths].sort((a, b) => a[0] - b[0])) columnWidths[letters(c)] = w;
  return {
    name: s.name,
    position: wb.sheets.indexOf(s),
    tabColor: s.tabColor,
    visibility: s.visibility,
    freezeRows: s.freezeRows,
    protected: s.protected,
    protectionOptions: { ...s.protectionOptions },
    usedAddress: used ? formatRef(used) : undefined,
    columnWidths,
    rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [r + 1, h])),
    tables: wb.tables.filter((t) => t.sheet === s).map(tableInfo),
    pageLayout: {
      orientation: s.pageLayout.orientation,
      paperSize: s.pageLayout.paperSize,
      zoom: { ...s.pageLayout.zoom },
      centerHeader: s.pageLayout.centerHeader,
      centerFooter: s.pageLayout.centerFooter,
      ...(s.pageLayout.printArea ? { printArea: { ...s.pageLayout.printArea } } : {}),
      ...(s.pageLayout.printGridlines ? { printGridlines: true } : {}),
      ...(s.pageLayout.printTitleRows ? { printTitleRows: `$${s.pageLayout.printTitleRows.r0 + 1}:$${s.pageLayout.printTitleRows.r1 + 1}` } : {}),
    },
    pageBreaks: [...s.pageBreaks],
    conditionalFormats: s.conditionalFormats.map((cf) => {
      const out: SheetInfo['conditionalFormats'][number] = { address: formatRef(cf.rect), type: cf.type };
      if (cf.rule) out.rule = { ...cf.rule };
      if (cf.formula) out.formula = cf.formula;
      if (cf.fill) out.fill = cf.fill;
      if (cf.fontColor) out.fontColor = cf.fontColor;
      return out;
    }),
  };
}

export function cellInfo(s: SheetState, rect: Rect): CellInfo {
  const c: CellState | undefined = cellAt(s, rect.r0, rect.c0);
  return {
    address: formatAddress(s.name, { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 }),
    value: readValue(c),
    formula: c?.formula,
    numberFormat: c?.numberFormat ?? 'General',
    text: displayText(c),
    bold: c?.bold ?? false,
    fontSize: c?.fontSize ?? 11,
    fill: c?.fill,
    wrap: c?.wrap ?? false,
    locked: c?.locked !== false,
    validation: c?.validation,
    prompt: c?.prompt,
  };
}
