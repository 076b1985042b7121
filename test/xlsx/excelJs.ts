/** ExcelJS as an independent program on both sides of the xlsx gateway: it writes inputs and reads outputs. */
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

/** A workbook ExcelJS built, opened through the gateway as a file from another program would be. */
export async function fromExcelJs(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** What the gateway would save, as ExcelJS reads it. */
export async function readByExcelJs(source: XlsxWorkbook | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load((await source.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}
