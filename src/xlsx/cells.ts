/** Converting ExcelJS cell values to and from the engine's Cell. */
import type { CellValue } from 'exceljs';
import { Cell } from '../engine/workbook';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A Date as ExcelJS reads it (the local date as UTC midnight) → Excel serial number. */
export function dateToSerial(date: Date): number {
  const serial = (date.getTime() - EXCEL_EPOCH) / 86400000;
  return Math.round(serial * 86400) / 86400;
}

export function fromExcelJs(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    if ('error' in value) return String(value.error);
    if ('richText' in value) return value.richText.map((r) => r.text).join('') || null;
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: string }).error);
      return fromExcelJs(result as CellValue);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    }
  }
  return null;
}

/** Engine cell → ExcelJS value. Strings are always literal text: ExcelJS writes a formula only for { formula }. */
export function toExcelJs(cell: Cell): CellValue {
  if (cell === null) return null;
  return cell;
}
