/**
 * Conditional formats: the collection, custom and cell-value rules, their range fill and font.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { HostError, notSimulated } from '../errors';
import { PropSpec, TypeSpec } from '../runtime';
import { ConditionalFormatState, SheetState, rectsOverlap } from '../state';
import { RangeT, checkFormatWrite, invalid, isColor, method, nav, opMethod, prop, wbOf } from './spec';

export const CF_OPERATORS = new Set(['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual']);

export interface CfT {
  sheet: SheetState;
  cf: ConditionalFormatState;
  readonly deleted: boolean;
}

export function cfT(sheet: SheetState, cf: ConditionalFormatState): CfT {
  return {
    sheet,
    cf,
    get deleted() {
      return !sheet.conditionalFormats.includes(cf);
    },
  };
}

export const ConditionalFormatCollectionType: TypeSpec = {
  name: 'ConditionalFormatCollection',
  members: {
    /** [ExcelApi 1.6] add(type): "CellValue" and "Custom" are simulated. */
    add: method('1.6', (obj, args, location) => {
      if (args[0] !== 'CellValue' && args[0] !== 'Custom') throw notSimulated(`${location}(${JSON.stringify(args[0])})`);
      const box: { t?: CfT } = {};
      obj.queue(location, '1.6', args, (rng: RangeT) => {
        checkFormatWrite(rng.sheet, location, 'allowFormatCells');
        const cf: ConditionalFormatState = { id: `{cf-${wbOf(obj).nextId++}}`, rect: { ...rng.rect }, type: args[0] as string };
        rng.sheet.conditionalFormats.push(cf);
        box.t = cfT(rng.sheet, cf);
      });
      return obj.child(ConditionalFormatType, `${obj.path}.add(${JSON.stringify(args[0])})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the conditional format was not added' });
        return box.t;
      }).proxy;
    }),
    /** [ExcelApi 1.6] Removes the conditional formats that overlap the range. */
    clearAll: opMethod('1.6', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'ConditionalFormatCollection.clearAll', 'allowFormatCells');
      rng.sheet.conditionalFormats = rng.sheet.conditionalFormats.filter((cf) => !rectsOverlap(cf.rect, rng.rect));
    }),
  },
};

export const ConditionalFormatType: TypeSpec = {
  name: 'ConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    id: prop('1.6', (t: CfT) => t.cf.id),
    /** [ExcelApi 1.6] */
    type: prop('1.6', (t: CfT) => t.cf.type),
    /** [ExcelApi 1.6] */
    cellValue: nav('ConditionalFormat', 'cellValue', '1.6', () => CellValueConditionalFormatType, (t: CfT) => {
      if (t.cf.type !== 'CellValue') throw new HostError('InvalidOperation', { location: 'ConditionalFormat.cellValue', details: `the format is of type ${t.cf.type}` });
      return t;
    }),
    /** [ExcelApi 1.6] */
    custom: nav('ConditionalFormat', 'custom', '1.6', () => CustomConditionalFormatType, (t: CfT) => {
      if (t.cf.type !== 'Custom') throw new HostError('InvalidOperation', { location: 'ConditionalFormat.custom', details: `the format is of type ${t.cf.type}` });
      return t;
    }),
  },
};

export const CustomConditionalFormatType: TypeSpec = {
  name: 'CustomConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    rule: nav('CustomConditionalFormat', 'rule', '1.6', () => ConditionalFormatRuleType, (t) => t),
    /** [ExcelApi 1.6] */
    format: nav('CustomConditionalFormat', 'format', '1.6', () => ConditionalRangeFormatType, (t) => t),
  },
};

export const ConditionalFormatRuleType: TypeSpec = {
  name: 'ConditionalFormatRule',
  members: {
    /** [ExcelApi 1.6] A formula in English, relative to the top-left cell of the range, e.g. "=AND(ISNUMBER(B5),B5<=2)". */
    formula: prop('1.6', (t: CfT) => t.cf.formula ?? '', (t: CfT, v) => {
      const location = 'ConditionalFormatRule.formula';
      if (typeof v !== 'string' || !v.startsWith('=') || v.length < 2) throw invalid(location, 'the formula must start with "="');
      if (v.length > 8192) throw invalid(location, 'formula too long');
      checkFormatWrite(t.sheet, location, 'allowFormatCells');
      t.cf.formula = v;
    }),
  },
};

export const CellValueConditionalFormatType: TypeSpec = {
  name: 'CellValueConditionalFormat',
  members: {
    /** [ExcelApi 1.6] */
    rule: prop('1.6', (t: CfT) => t.cf.rule ?? null, (t: CfT, v) => {
      const location = 'CellValueConditionalFormat.rule';
      const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
      if (!r || typeof r !== 'object') throw invalid(location, 'rule must be an object');
      if (typeof r.operator !== 'string' || !CF_OPERATORS.has(r.operator)) throw invalid(location, `invalid operator ${JSON.stringify(r.operator)}`);
      if (typeof r.formula1 !== 'string' || r.formula1 === '') throw invalid(location, 'formula1 must be text (a number, or a formula starting with "=")');
      const two = r.operator === 'Between' || r.operator === 'NotBetween';
      if (two && typeof r.formula2 !== 'string') throw invalid(location, `${r.operator} needs formula2`);
      checkFormatWrite(t.sheet, location, 'allowFormatCells');
      t.cf.rule = { formula1: r.formula1, operator: r.operator, ...(two ? { formula2: r.formula2 as string } : {}) };
    }),
    /** [ExcelApi 1.6] */
    format: nav('CellValueConditionalFormat', 'format', '1.6', () => ConditionalRangeFormatType, (t) => t),
  },
};

export const ConditionalRangeFormatType: TypeSpec = {
  name: 'ConditionalRangeFormat',
  members: {
    /** [ExcelApi 1.6] */
    fill: nav('ConditionalRangeFormat', 'fill', '1.6', () => ConditionalRangeFillType, (t) => t),
    /** [ExcelApi 1.6] */
    font: nav('ConditionalRangeFormat', 'font', '1.6', () => ConditionalRangeFontType, (t) => t),
  },
};

export function cfColorProp(owner: string, field: 'fill' | 'fontColor'): PropSpec {
  return prop('1.6', (t: CfT) => t.cf[field] ?? null, (t: CfT, v) => {
    if (!isColor(v)) throw invalid(`${owner}.color`, `invalid colour ${JSON.stringify(v)}`);
    checkFormatWrite(t.sheet, `${owner}.color`, 'allowFormatCells');
    t.cf[field] = String(v).toUpperCase();
  });
}

export const ConditionalRangeFillType: TypeSpec = {
  name: 'ConditionalRangeFill',
  members: {
    /** [ExcelApi 1.6] */
    color: cfColorProp('ConditionalRangeFill', 'fill'),
  },
};

export const ConditionalRangeFontType: TypeSpec = {
  name: 'ConditionalRangeFont',
  members: {
    /** [ExcelApi 1.6] */
    color: cfColorProp('ConditionalRangeFont', 'fontColor'),
  },
};
