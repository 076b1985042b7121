/** Cells as worksheet XML: text always as an inline string (never a formula), numbers, booleans. */
import { Cell, cellAddress } from '../../engine/workbook';
import { DAYS_1904 } from '../read/sheet';
import { encodeXstring, escapeXml } from '../xml';

/** `<c>` for a value at a zero-based column of a 1-based row; a null value keeps only the style. */
export function cellXml(row: number, column: number, value: Cell, style: number, prefix = ''): string {
  const r = cellAddress(row - 1, column);
  const s = style ? ` s="${style}"` : '';
  const c = `${prefix}c`;
  if (value === null || value === undefined) return `<${c} r="${r}"${s}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<${c} r="${r}"${s}><${prefix}v>${value}</${prefix}v></${c}>` : `<${c} r="${r}"${s}/>`;
  if (typeof value === 'boolean') return `<${c} r="${r}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  const text = escapeXml(encodeXstring(value));
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<${c} r="${r}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${text}</${prefix}t></${prefix}is></${c}>`;
}

/** A date serial of the engine (1900 system) as the workbook counts it. */
export function dateForWorkbook(value: Cell, date1904: boolean): Cell {
  return date1904 && typeof value === 'number' ? value - DAYS_1904 : value;
}
