/**
 * The simulated members of the Excel JavaScript API, each annotated with its requirement set
 * (from @types/office-js "[Api set: ExcelApi x]"). Anything not listed throws "not simulated".
 *
 * One file per group of objects (./workbook, ./range, ./rangeFormat, ./tables, ./chartSpec, ./chart,
 * ./chartParts, ./chartSeries, ./pageLayout, ./conditionalFormats), built from the member specs
 * of ./spec. The types refer to each other lazily; once all are defined, the navigation types are
 * registered here.
 */
import { registerNavTypes } from './spec';
import './workbook';
import './range';
import './rangeFormat';
import './tables';
import './chartSpec';
import './chart';
import './chartParts';
import './chartSeries';
import './pageLayout';
import './conditionalFormats';

export { WorkbookType, ApplicationType, WorksheetCollectionType, WorksheetType, FreezePanesType, WorksheetProtectionType } from './workbook';
export { RangeType } from './range';
export { RangeFormatType, RangeFontType, RangeFillType, FormatProtectionType, DataValidationType } from './rangeFormat';
export { TableCollectionType, TableType } from './tables';
export { ChartCollectionType, ChartType } from './chart';
export { CHART_TYPES, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT } from './chartSpec';
export { ChartTitleType, ChartLegendType, ChartLegendEntryCollectionType, ChartLegendEntryType, ChartPlotAreaType, ChartAxesType, ChartAxisType, ChartGridlinesType, ChartAxisTitleType } from './chartParts';
export { ChartSeriesCollectionType, ChartSeriesType, ChartPointsCollectionType, ChartPointType, ChartDataLabelType, ChartSeriesFormatType, ChartFillType, ChartLineFormatType } from './chartSeries';
export { PageLayoutType, HeaderFooterGroupType, HeaderFooterType, PageBreakCollectionType, PageBreakType } from './pageLayout';
export { ConditionalFormatCollectionType, ConditionalFormatType, CustomConditionalFormatType, ConditionalFormatRuleType, CellValueConditionalFormatType, ConditionalRangeFormatType, ConditionalRangeFillType, ConditionalRangeFontType } from './conditionalFormats';
export { registerNavTypes, widthForChars } from './spec';
export { key } from '../cells';

registerNavTypes();
