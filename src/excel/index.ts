export { createExcelGateway, charsToPoints, layoutOf, planBlocks } from './gateway';
export type { ExcelGateway, ExcelGatewayOptions, ExcelFeatures, ExcelWriteResult, SheetLayout } from './gateway';
