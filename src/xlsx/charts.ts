/**
 * Native Excel charts as DrawingML parts for the .xlsx path:
 *
 * - a chart part (`c:chartSpace` with a barChart, lineChart, scatterChart or pieChart) whose series
 *   refer to the sheet's cells (`'Sheet'!$B$2:$B$10`) and carry cached values, so viewers render
 *   the chart without recalculating;
 * - the sheet's drawing part (`xdr:wsDr`) with one `xdr:oneCellAnchor` per chart (top-left cell +
 *   size in EMU = px × 9525) holding a `graphicFrame` that points at the chart.
 *
 * The package editor (write/editor.ts) places the parts and their relationships.
 */
import { Cell, ChartSeries, ChartSpec, NUMBER_FORMATS, RangeRef } from '../engine/workbook';
import { axisBounds, labelCells, labelPosition, legendShown, lineWeight, linesOn, mapPlotBox, markerSize, markersOn, sheetRangeFormula } from '../engine/layout/charts';
import { Conformance, percent, TRANSITIONAL } from './conformance';
import { escapeXml, XML_HEAD } from './xml';

/** The value of a zero-based cell of the chart's sheet (for the cached values in the chart). */
export type CellOf = (row: number, column: number) => Cell | undefined;

/** EMU per pixel at 96 dpi. */
export const EMU_PER_PX = 9525;


/** `'Sheet name'!$B$2:$B$10` (always quoted, quotes doubled). */
export function refFormula(sheet: string, ref: RangeRef): string {
  return sheetRangeFormula(sheet, ref.row, ref.column, ref.rows, ref.columns ?? 1);
}

function cellsOf(ref: RangeRef, cell: CellOf): (Cell | undefined)[] {
  const out: (Cell | undefined)[] = [];
  const cols = ref.columns ?? 1;
  for (let r = 0; r < ref.rows; r++) for (let c = 0; c < cols; c++) out.push(cell(ref.row + r, ref.column + c));
  return out;
}

function numRef(sheet: string, ref: RangeRef, cell: CellOf, formatCode = 'General'): string {
  const values = cellsOf(ref, cell);
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numRef><c:f>${escapeXml(refFormula(sheet, ref))}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function strRef(sheet: string, ref: RangeRef, cell: CellOf): string {
  const values = cellsOf(ref, cell);
  const pts = values
    .map((v, i) => (v === null || v === undefined || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strRef><c:f>${escapeXml(refFormula(sheet, ref))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Category labels: text (strRef) unless every label is a number (dates: with their format). */
function catRef(sheet: string, ref: RangeRef, cell: CellOf, dates = false): string {
  const numeric = cellsOf(ref, cell).every((v) => typeof v === 'number');
  return numeric ? numRef(sheet, ref, cell, dates ? NUMBER_FORMATS.date : 'General') : strRef(sheet, ref, cell);
}

function rgb(color: string | undefined): string | undefined {
  const m = color && /^#?([0-9A-Fa-f]{6})$/.exec(color);
  return m ? m[1].toUpperCase() : undefined;
}

function solidFill(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
}

function richText(text: string, size: number, bold: boolean, rotate = false): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="nl-NL" sz="${size}"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, size: number, rotate = false): string {
  return `<c:title>${richText(text, size, size >= 1400, rotate)}<c:overlay val="0"/></c:title>`;
}

/** EMU per point (line widths). */
const EMU_PER_PT = 12700;

/** Series-wide labels off (the points with a label carry their own `c:dLbl`). */
const LABEL_FLAGS_OFF = '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';

const DRAWINGML_LABEL_POSITION = { outsideEnd: 'outEnd', bestFit: 'bestFit', right: 'r' } as const;

/**
 * Data labels whose text comes from cells: one `c:dLbl` per point with a non-blank label cell,
 * its text the cell's (cached) value as rich text, beside the point. Viewers show the text as
 * written (Excel does not relink it to the cells; the output sheet is rebuilt on each run).
 */
function labelsXml(chart: ChartSpec, s: ChartSeries, cell: CellOf): string {
  if (!s.labels) return '';
  const pos = DRAWINGML_LABEL_POSITION[labelPosition(chart)];
  let xml = '';
  for (const { index: i, row, column } of labelCells(s)) {
    const v = cell(row, column);
    if (v === null || v === undefined || v === '') continue;
    xml +=
      `<c:dLbl><c:idx val="${i}"/><c:layout/>` +
      `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="900"/><a:t>${escapeXml(String(v))}</a:t></a:r></a:p></c:rich></c:tx>` +
      `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`;
  }
  return `<c:dLbls>${xml}${LABEL_FLAGS_OFF}</c:dLbls>`;
}

/** The line of a line or scatter series: width (pt → EMU), colour, dashes; or none. */
function lineXml(chart: ChartSpec, s: ChartSeries, color: string | undefined): string {
  if (!linesOn(chart, s)) return '<a:ln w="19050"><a:noFill/></a:ln>';
  const weight = lineWeight(s);
  const width = weight !== undefined ? Math.round(weight * EMU_PER_PT) : 28575;
  return `<a:ln w="${width}" cap="rnd">${color ? solidFill(color) : ''}${s.dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln>`;
}

function markerXml(chart: ChartSpec, s: ChartSeries, color: string | undefined): string {
  if (!markersOn(chart, s)) return '<c:marker><c:symbol val="none"/></c:marker>';
  const size = markerSize(s) ?? 6;
  return `<c:marker><c:symbol val="circle"/><c:size val="${size}"/>${color ? `<c:spPr>${solidFill(color)}<a:ln w="9525">${solidFill(color)}</a:ln></c:spPr>` : ''}</c:marker>`;
}

function seriesXml(chart: ChartSpec, s: ChartSeries, i: number, sheet: string, cell: CellOf): string {
  const color = rgb(s.color);
  let xml = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const labels = labelsXml(chart, s, cell);
  switch (chart.type) {
    case 'column':
    case 'bar':
      if (color) xml += `<c:spPr>${solidFill(color)}</c:spPr>`;
      xml += '<c:invertIfNegative val="0"/>';
      xml += labels;
      if (s.categories) xml += `<c:cat>${catRef(sheet, s.categories, cell)}</c:cat>`;
      xml += `<c:val>${numRef(sheet, s.values, cell)}</c:val>`;
      break;
    case 'pie':
      // Slices keep the theme's colours (varyColors); one series colour would paint every slice.
      xml += labels;
      if (s.categories) xml += `<c:cat>${catRef(sheet, s.categories, cell)}</c:cat>`;
      xml += `<c:val>${numRef(sheet, s.values, cell)}</c:val>`;
      break;
    case 'line':
    case 'scatter': {
      xml += `<c:spPr>${lineXml(chart, s, color)}</c:spPr>`;
      xml += markerXml(chart, s, color);
      xml += labels;
      if (chart.type === 'line') {
        if (s.categories) xml += `<c:cat>${catRef(sheet, s.categories, cell, !!chart.dateAxis)}</c:cat>`;
        xml += `<c:val>${numRef(sheet, s.values, cell)}</c:val>`;
      } else {
        if (s.x) xml += `<c:xVal>${numRef(sheet, s.x, cell)}</c:xVal>`;
        xml += `<c:yVal>${numRef(sheet, s.values, cell)}</c:yVal>`;
      }
      xml += '<c:smooth val="0"/>';
      break;
    }
  }
  return `${xml}</c:ser>`;
}

const AX_CAT = 500000001;
const AX_VAL = 500000002;

interface AxisOptions {
  gridlines?: boolean;
  crossBetween?: 'between' | 'midCat';
  min?: number;
  max?: number;
  hidden?: boolean;
  /** The category labels' offset, in the package's form of a percentage. */
  labelOffset?: string;
  /** Date axis: a label every this many months. */
  stepMonths?: number;
  /** A fixed number format for the labels (not the source cells'). */
  format?: string;
}

function axisXml(kind: 'catAx' | 'dateAx' | 'valAx', id: number, cross: number, pos: 'b' | 'l', title: string | undefined, options: AxisOptions): string {
  const max = options.max !== undefined ? `<c:max val="${options.max}"/>` : '';
  const min = options.min !== undefined ? `<c:min val="${options.min}"/>` : '';
  let xml = `<c:${kind}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling><c:delete val="${options.hidden ? 1 : 0}"/><c:axPos val="${pos}"/>`;
  if (options.gridlines && !options.hidden) xml += '<c:majorGridlines/>';
  if (title) xml += titleXml(title, 1000, pos === 'l');
  const format = options.format;
  xml += `<c:numFmt formatCode="${escapeXml(format ?? 'General')}" sourceLinked="${format ? 0 : 1}"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  // Dates read across, never turned on their side (a turned label is hard to read on paper).
  if (kind === 'dateAx') xml += '<c:txPr><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>';
  xml += `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/>`;
  if (kind === 'catAx') xml += `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="${options.labelOffset ?? '100'}"/><c:noMultiLvlLbl val="0"/>`;
  // A date axis chosen, not guessed (auto 0): points stand at their date, a gap of months shows as one.
  else if (kind === 'dateAx') {
    xml += `<c:auto val="0"/><c:lblOffset val="${options.labelOffset ?? '100'}"/><c:baseTimeUnit val="days"/>`;
    if (options.stepMonths) xml += `<c:majorUnit val="${options.stepMonths}"/><c:majorTimeUnit val="months"/>`;
  }
  else xml += `<c:crossBetween val="${options.crossBetween ?? 'between'}"/>`;
  return `${xml}</c:${kind}>`;
}

/** The `c:chartSpace` part of one chart. xAxisTitle titles the category (scatter: X) axis, yAxisTitle the value axis. */
export function chartXml(chart: ChartSpec, sheet: string, cell: CellOf, ns: Conformance = TRANSITIONAL): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i, sheet, cell)).join('');
  const axIds = `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
  const hidden = !!chart.hideAxes;
  // Fixed bounds on the value axis, and on the X axis of a scatter; hidden axes lose their gridlines too.
  const { min, max } = axisBounds(chart);
  const bounds: AxisOptions = { min, max, hidden };
  let plot: string;
  switch (chart.type) {
    case 'column':
    case 'bar': {
      const horizontal = chart.type === 'bar';
      plot =
        `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="${percent(ns, 150)}"/>${axIds}</c:barChart>` +
        axisXml('catAx', AX_CAT, AX_VAL, horizontal ? 'l' : 'b', chart.xAxisTitle, { hidden, labelOffset: percent(ns, 100) }) +
        axisXml('valAx', AX_VAL, AX_CAT, horizontal ? 'b' : 'l', chart.yAxisTitle, { gridlines: true, ...bounds });
      break;
    }
    case 'line': {
      const markers = chart.series.some((s) => markersOn(chart, s));
      plot =
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="${markers ? 1 : 0}"/>${axIds}</c:lineChart>` +
        axisXml(chart.dateAxis ? 'dateAx' : 'catAx', AX_CAT, AX_VAL, 'b', chart.xAxisTitle, { hidden, labelOffset: percent(ns, 100), stepMonths: chart.dateAxis?.stepMonths, format: chart.dateAxis?.format }) +
        axisXml('valAx', AX_VAL, AX_CAT, 'l', chart.yAxisTitle, { gridlines: true, ...bounds, format: chart.valueFormat && NUMBER_FORMATS[chart.valueFormat] });
      break;
    }
    case 'scatter':
      plot =
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axIds}</c:scatterChart>` +
        axisXml('valAx', AX_CAT, AX_VAL, 'b', chart.xAxisTitle, { crossBetween: 'midCat', ...bounds }) +
        axisXml('valAx', AX_VAL, AX_CAT, 'l', chart.yAxisTitle, { gridlines: true, crossBetween: 'midCat', ...bounds });
      break;
    case 'pie':
      plot = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
      break;
  }
  const legend = legendShown(chart);
  const hiddenEntries = chart.type === 'pie' ? '' : chart.series.map((s, i) => (s.hideInLegend ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : '')).join('');
  const box = mapPlotBox(chart);
  // A map: a square inner plot area (fractions of the chart), so equal bounds give round circles.
  const layout = box
    ? `<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${frac(box.left, chart.width)}"/><c:y val="${frac(box.top, chart.height)}"/><c:w val="${frac(box.width, chart.width)}"/><c:h val="${frac(box.height, chart.height)}"/></c:manualLayout></c:layout>`
    : '<c:layout/>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${ns.c}" xmlns:a="${ns.a}" xmlns:r="${ns.r}">` +
    '<c:date1904 val="0"/><c:lang val="nl-NL"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    (chart.title ? `${titleXml(chart.title, 1400)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>') +
    `<c:plotArea>${layout}${plot}</c:plotArea>` +
    (legend ? `<c:legend><c:legendPos val="b"/>${hiddenEntries}<c:overlay val="0"/></c:legend>` : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    `<c:spPr>${solidFill('FFFFFF')}<a:ln w="9525">${solidFill('D9D9D9')}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}

function frac(part: number, whole: number): string {
  return String(Math.round((part / Math.max(1, whole)) * 10000) / 10000);
}

/** One anchor of a drawing: the chart's top-left cell and its size in pixels. */
export function anchorXml(chart: ChartSpec, relId: string, shapeId: number, NS: Conformance = TRANSITIONAL): string {
  const cx = Math.round(Math.max(1, chart.width) * EMU_PER_PX);
  const cy = Math.round(Math.max(1, chart.height) * EMU_PER_PX);
  const name = escapeXml(chart.title || `Chart ${shapeId - 1}`);
  return (
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${chart.anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame>' +
    '<xdr:clientData/>' +
    '</xdr:oneCellAnchor>'
  );
}

/** The drawing part of a sheet: one anchor per chart, chart i related as relIds[i]. */
export function drawingXml(charts: ChartSpec[], relIds: string[], NS: Conformance = TRANSITIONAL): string {
  const anchors = charts.map((chart, i) => anchorXml(chart, relIds[i], i + 2, NS)).join('');
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors}</xdr:wsDr>`;
}
