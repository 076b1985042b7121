/**
 * Range: values, formulas, number formats, addresses, sub-ranges, clearing and the used range.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, formatAddress } from '../address';
import { HostError, notSimulated } from '../errors';
import { MethodSpec, NULL, PropSpec, TypeSpec } from '../runtime';
import { rectsOverlap, usedRect } from '../state';
import { displayText, readFormula, readValue, writeValue } from '../cells';
import { ConditionalFormatCollectionType } from './conditionalFormats';
import { DataValidationType, RangeFormatType } from './rangeFormat';
import { RangeT, cellsIn, checkContentWrite, checkFormatWrite, checkRect, childMethod, existingCells, fixTableHeaders, grid, int, intersect, invalid, nav, opMethod, prop, wbOf, write2d } from './spec';
import { WorksheetType } from './workbook';

export function rangeProp2d(name: 'values' | 'formulas' | 'numberFormat'): PropSpec {
  const location = `Range.${name}`;
  return prop(
    '1.1',
    (rng: RangeT) => grid(rng, name === 'values' ? readValue : name === 'formulas' ? readFormula : (cell) => cell?.numberFormat ?? 'General'),
    (rng: RangeT, v, obj) => {
      if (name === 'numberFormat') {
        checkFormatWrite(rng.sheet, location, 'allowFormatCells');
        write2d(rng, v, location, (cell, x) => {
          if (typeof x !== 'string') throw invalid(location, `number format must be text, got ${JSON.stringify(x)}`);
          cell.numberFormat = x === 'General' ? undefined : x;
        });
      } else {
        checkContentWrite(rng, location);
        const evaluate = obj.core.evaluate;
        write2d(rng, v, location, (cell, x) => writeValue(cell, x, evaluate, name === 'formulas'));
        fixTableHeaders(wbOf(obj), rng.sheet);
      }
    },
  );
}

export function subRange(location: string, fn: (rng: RangeT, args: unknown[]) => Rect): MethodSpec {
  return childMethod('1.1', () => RangeType, (rng: RangeT, args) => ({ sheet: rng.sheet, rect: checkRect(fn(rng, args), location) }));
}

export const RangeType: TypeSpec = {
  name: 'Range',
  members: {
    /** [ExcelApi 1.1] */
    address: prop('1.1', (rng: RangeT) => formatAddress(rng.sheet.name, rng.rect)),
    /** [ExcelApi 1.1] */
    rowIndex: prop('1.1', (rng: RangeT) => rng.rect.r0),
    /** [ExcelApi 1.1] */
    columnIndex: prop('1.1', (rng: RangeT) => rng.rect.c0),
    /** [ExcelApi 1.1] */
    rowCount: prop('1.1', (rng: RangeT) => rng.rect.r1 - rng.rect.r0 + 1),
    /** [ExcelApi 1.1] */
    columnCount: prop('1.1', (rng: RangeT) => rng.rect.c1 - rng.rect.c0 + 1),
    /** [ExcelApi 1.1] */
    cellCount: prop('1.1', (rng: RangeT) => cellsIn(rng.rect)),
    /** [ExcelApi 1.1] */
    values: rangeProp2d('values'),
    /** [ExcelApi 1.1] */
    formulas: rangeProp2d('formulas'),
    /** [ExcelApi 1.1] */
    numberFormat: rangeProp2d('numberFormat'),
    /** [ExcelApi 1.1] */
    text: prop('1.1', (rng: RangeT) => grid(rng, displayText)),
    /** [ExcelApi 1.1] */
    format: nav('Range', 'format', '1.1', () => RangeFormatType, (rng) => rng),
    /** [ExcelApi 1.8] */
    dataValidation: nav('Range', 'dataValidation', '1.8', () => DataValidationType, (rng) => rng),
    /** [ExcelApi 1.6] */
    conditionalFormats: nav('Range', 'conditionalFormats', '1.6', () => ConditionalFormatCollectionType, (rng) => rng),
    /** [ExcelApi 1.1] */
    worksheet: nav('Range', 'worksheet', '1.1', () => WorksheetType, (rng: RangeT) => rng.sheet),
    /** [ExcelApi 1.1] */
    getCell: subRange('Range.getCell', (rng, a) => {
      const r = rng.rect.r0 + int(a[0], 'Range.getCell');
      const c = rng.rect.c0 + int(a[1], 'Range.getCell');
      return { r0: r, c0: c, r1: r, c1: c };
    }),
    /** [ExcelApi 1.2] */
    getResizedRange: childMethod('1.2', () => RangeType, (rng: RangeT, a) => ({
      sheet: rng.sheet,
      rect: checkRect({ ...rng.rect, r1: rng.rect.r1 + int(a[0], 'Range.getResizedRange'), c1: rng.rect.c1 + int(a[1], 'Range.getResizedRange') }, 'Range.getResizedRange'),
    })),
    /** [ExcelApi 1.1] */
    getOffsetRange: subRange('Range.getOffsetRange', (rng, a) => {
      const dr = int(a[0], 'Range.getOffsetRange');
      const dc = int(a[1], 'Range.getOffsetRange');
      return { r0: rng.rect.r0 + dr, r1: rng.rect.r1 + dr, c0: rng.rect.c0 + dc, c1: rng.rect.c1 + dc };
    }),
    /** [ExcelApi 1.1] */
    getRow: subRange('Range.getRow', (rng, a) => {
      const r = rng.rect.r0 + int(a[0], 'Range.getRow');
      if (r > rng.rect.r1) throw invalid('Range.getRow', 'row outside the range');
      return { ...rng.rect, r0: r, r1: r };
    }),
    /** [ExcelApi 1.1] */
    getColumn: subRange('Range.getColumn', (rng, a) => {
      const c = rng.rect.c0 + int(a[0], 'Range.getColumn');
      if (c > rng.rect.c1) throw invalid('Range.getColumn', 'column outside the range');
      return { ...rng.rect, c0: c, c1: c };
    }),
    /** [ExcelApi 1.1] */
    getEntireColumn: subRange('Range.getEntireColumn', (rng) => ({ ...rng.rect, r0: 0, r1: MAX_ROWS - 1 })),
    /** [ExcelApi 1.1] */
    getEntireRow: subRange('Range.getEntireRow', (rng) => ({ ...rng.rect, c0: 0, c1: MAX_COLUMNS - 1 })),
    /** [ExcelApi 1.1; valuesOnly 1.2] */
    getUsedRange: childMethod('1.1', () => RangeType, (rng: RangeT, args, _o, location) => {
      const used = usedRect(rng.sheet, args[0] === true);
      if (!used || !rectsOverlap(used, rng.rect)) throw new HostError('ItemNotFound', { location, details: 'the range is empty' });
      return { sheet: rng.sheet, rect: intersect(used, rng.rect) };
    }, (args) => (args.length ? '1.2' : undefined)),
    /** [ExcelApi 1.4] */
    getUsedRangeOrNullObject: childMethod('1.4', () => RangeType, (rng: RangeT, args) => {
      const used = usedRect(rng.sheet, args[0] === true);
      if (!used || !rectsOverlap(used, rng.rect)) return NULL;
      return { sheet: rng.sheet, rect: intersect(used, rng.rect) };
    }),
    /** [ExcelApi 1.1] */
    select: opMethod('1.1', (rng: RangeT, _a, obj) => {
      if (rng.sheet.visibility !== 'Visible') throw new HostError('InvalidOperation', { location: 'Range.select', details: 'the sheet is hidden' });
      const wb = wbOf(obj);
      wb.activeSheetId = rng.sheet.id;
      wb.selection = { sheetId: rng.sheet.id, rect: { ...rng.rect } };
    }),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (rng: RangeT, args) => {
      const applyTo = (args[0] ?? 'All') as string;
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw notSimulated(`Range.clear(${applyTo})`);
      if (applyTo !== 'Formats') checkContentWrite(rng, 'Range.clear');
      if (applyTo !== 'Contents') checkFormatWrite(rng.sheet, 'Range.clear', 'allowFormatCells');
      for (const cell of existingCells(rng.sheet, rng.rect)) {
        if (applyTo !== 'Formats') {
          cell.value = undefined;
          cell.formula = undefined;
        }
        if (applyTo !== 'Contents') {
          cell.numberFormat = undefined;
          cell.bold = undefined;
          cell.fill = undefined;
          cell.fontColor = undefined;
          cell.wrap = undefined;
        }
        if (applyTo === 'All') {
          cell.validation = undefined;
          cell.prompt = undefined;
        }
      }
    }),
  },
};
