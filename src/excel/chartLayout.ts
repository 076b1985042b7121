/**
 * Layout helpers shared by both gateways (pure: no Office.js, no ExcelJS).
 *
 * A map-like scatter (fixed equal bounds on both axes, axes hidden) must draw circles as circles:
 * its inner plot area has to be square. Excel sizes the plot area itself (title above, legend
 * below), so both gateways place it explicitly: the Excel gateway with ChartPlotArea.inside*
 * (ExcelApi 1.8), the xlsx gateway with a `c:manualLayout` of the inner plot area.
 */
import { ChartSpec } from '../engine/workbook';

/** A rectangle inside the chart, in pixels from the chart's top-left corner. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Is this chart drawn as a map (equal fixed bounds on both axes, no axes)? */
export function isMapChart(chart: ChartSpec): boolean {
  return chart.type === 'scatter' && chart.axisMin !== undefined && chart.axisMax !== undefined && chart.axisMax > chart.axisMin && !!chart.hideAxes;
}

/** Whether the chart shows a legend (the same default in both gateways). */
export function legendShown(chart: ChartSpec): boolean {
  return chart.legend ?? (chart.series.length > 1 || chart.type === 'pie');
}

/** Approximate rows of a bottom legend: entries (key + name in Calibri 9) packed into the chart's width. */
function legendRows(chart: ChartSpec, width: number): number {
  const entries = chart.series.filter((s) => !s.hideInLegend).map((s) => 26 + Math.min(s.name.length, 40) * 6);
  if (entries.length === 0) return 0;
  const room = Math.max(60, width - 20);
  let rows = 1;
  let used = 0;
  for (const w of entries) {
    if (used > 0 && used + w > room) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/**
 * The square inner plot area of a map chart, centred horizontally between the title and the
 * legend; undefined for other charts (Excel's automatic layout).
 */
export function mapPlotBox(chart: ChartSpec): PlotBox | undefined {
  if (!isMapChart(chart)) return undefined;
  const width = Math.max(1, chart.width);
  const height = Math.max(1, chart.height);
  const top = chart.title ? 36 : 10;
  const rows = legendShown(chart) ? legendRows(chart, width) : 0;
  const bottom = rows > 0 ? rows * 18 + 14 : 10;
  const side = Math.floor(Math.max(20, Math.min(width - 20, height - top - bottom)));
  return { left: Math.round((width - side) / 2), top, width: side, height: side };
}
