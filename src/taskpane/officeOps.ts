/**
 * The pane's operations on the real workbook: the Excel gateway (the only code that calls
 * Excel.run) behind `KringOps`. In the playground the same gateway runs on the test host's
 * simulated `Excel` global.
 */
import { createExcelGateway } from '../excel';
import { Lang } from '../engine/i18n';
import { createKringOps, KringOps } from './ops';

export function createOfficeOps(lang: Lang): KringOps {
  return createKringOps(createExcelGateway(), lang);
}
