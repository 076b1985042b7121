/**
 * A range's format (font, fill, protection, widths and heights, wrapping) and its data validation.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { notSimulated } from '../errors';
import { TypeSpec } from '../runtime';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, ListRule, Prompt } from '../state';
import { colOf, displayText, ensureCell, rowOf } from '../cells';
import { MAX_MATERIALISED, RangeT, cellFormatProp, cellsIn, checkFormatWrite, existingCells, forEachCell, invalid, isBool, isColor, nav, opMethod, prop, uniform, widthForChars } from './spec';

export const RangeFormatType: TypeSpec = {
  name: 'RangeFormat',
  members: {
    /** [ExcelApi 1.2] */
    columnWidth: prop('1.2', (rng: RangeT) => {
      let first: number | undefined;
      for (let c = rng.rect.c0; c <= rng.rect.c1; c++) {
        const w = rng.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
        if (first === undefined) first = w;
        else if (w !== first) return null;
      }
      return first;
    }, (rng: RangeT, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1345) throw invalid('RangeFormat.columnWidth', `invalid width ${JSON.stringify(v)}`);
      checkFormatWrite(rng.sheet, 'RangeFormat.columnWidth', 'allowFormatColumns');
      for (let c = rng.rect.c0; c <= rng.rect.c1; c++) rng.sheet.columnWidths.set(c, v);
    }),
    /** [ExcelApi 1.1] The rows' height in points, null when they differ. */
    rowHeight: prop('1.1', (rng: RangeT) => {
      if (rng.rect.r1 - rng.rect.r0 > 100_000) throw notSimulated('RangeFormat.rowHeight of more than 100000 rows');
      const heights = new Set<number>();
      for (let r = rng.rect.r0; r <= rng.rect.r1; r++) heights.add(rng.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }, (rng: RangeT, v) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 409) throw invalid('RangeFormat.rowHeight', `invalid height ${JSON.stringify(v)}`);
      checkFormatWrite(rng.sheet, 'RangeFormat.rowHeight', 'allowFormatRows');
      if (rng.rect.r1 - rng.rect.r0 > 100_000) throw notSimulated('RangeFormat.rowHeight on more than 100000 rows');
      for (let r = rng.rect.r0; r <= rng.rect.r1; r++) rng.sheet.rowHeights.set(r, v);
    }),
    /** [ExcelApi 1.1] */
    wrapText: cellFormatProp('RangeFormat', 'wrapText', '1.1', (c) => c?.wrap ?? false, (c, v) => {
      c.wrap = v ? true : undefined;
    }, isBool),
    /** [ExcelApi 1.1] Excel.VerticalAlignment. */
    verticalAlignment: cellFormatProp('RangeFormat', 'verticalAlignment', '1.1', (c) => c?.vertical ?? 'Bottom', (c, v) => {
      c.vertical = v === 'Bottom' ? undefined : (v as string);
    }, (v) => typeof v === 'string' && ['Center', 'Bottom', 'Top', 'Justify', 'Distributed'].includes(v)),
    /** [ExcelApi 1.1] */
    font: nav('RangeFormat', 'font', '1.1', () => RangeFontType, (rng) => rng),
    /** [ExcelApi 1.1] */
    fill: nav('RangeFormat', 'fill', '1.1', () => RangeFillType, (rng) => rng),
    /** [ExcelApi 1.2] */
    protection: nav('RangeFormat', 'protection', '1.2', () => FormatProtectionType, (rng) => rng),
    /** [ExcelApi 1.2] */
    autofitColumns: opMethod('1.2', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'RangeFormat.autofitColumns', 'allowFormatColumns');
      const widest = new Map<number, number>();
      for (const [k, cell] of rng.sheet.cells) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r < rng.rect.r0 || r > rng.rect.r1 || c < rng.rect.c0 || c > rng.rect.c1) continue;
        widest.set(c, Math.max(widest.get(c) ?? 0, displayText(cell).length));
      }
      for (const [c, chars] of widest) rng.sheet.columnWidths.set(c, widthForChars(chars));
    }),
    /** [ExcelApi 1.2] */
    autofitRows: opMethod('1.2', (rng: RangeT) => checkFormatWrite(rng.sheet, 'RangeFormat.autofitRows', 'allowFormatRows')),
  },
};

export const RangeFontType: TypeSpec = {
  name: 'RangeFont',
  members: {
    /** [ExcelApi 1.1] */
    bold: cellFormatProp('RangeFont', 'bold', '1.1', (c) => c?.bold ?? false, (c, v) => {
      c.bold = v ? true : undefined;
    }, isBool),
    /** [ExcelApi 1.1] */
    color: cellFormatProp('RangeFont', 'color', '1.1', (c) => c?.fontColor ?? '#000000', (c, v) => {
      c.fontColor = String(v).toUpperCase();
    }, isColor),
    /** [ExcelApi 1.1] Points, 1 to 409 (Excel refuses others). */
    size: cellFormatProp('RangeFont', 'size', '1.1', (c) => c?.fontSize ?? 11, (c, v) => {
      c.fontSize = v === 11 ? undefined : (v as number);
    }, (v) => typeof v === 'number' && v >= 1 && v <= 409),
  },
};

export const RangeFillType: TypeSpec = {
  name: 'RangeFill',
  members: {
    /** [ExcelApi 1.1] */
    color: cellFormatProp('RangeFill', 'color', '1.1', (c) => c?.fill ?? '#FFFFFF', (c, v) => {
      c.fill = String(v).toUpperCase();
    }, isColor),
    /** [ExcelApi 1.1] */
    clear: opMethod('1.1', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'RangeFill.clear', 'allowFormatCells');
      for (const cell of existingCells(rng.sheet, rng.rect)) cell.fill = undefined;
    }),
  },
};

export const FormatProtectionType: TypeSpec = {
  name: 'FormatProtection',
  members: {
    /** [ExcelApi 1.2] */
    locked: cellFormatProp('FormatProtection', 'locked', '1.2', (c) => c?.locked ?? true, (c, v) => {
      c.locked = v ? undefined : false;
    }, isBool, '-never-'),
  },
};

export function checkRule(v: unknown): ListRule {
  const location = 'DataValidation.rule';
  if (!v || typeof v !== 'object') throw invalid(location, 'rule must be an object');
  const keys = Object.keys(v);
  if (keys.length !== 1) throw invalid(location, 'a rule has exactly one rule type');
  if (keys[0] !== 'list') throw notSimulated(`DataValidation.rule.${keys[0]}`);
  const list = (v as { list: { inCellDropDown?: unknown; source?: unknown } }).list;
  if (!list || typeof list.source !== 'string') throw notSimulated('DataValidation.rule.list.source other than text');
  if (list.source.length === 0 || list.source.length > 255) throw invalid(location, `list source must be 1–255 characters (got ${list.source.length})`);
  if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== 'boolean') throw invalid(location, 'inCellDropDown must be boolean');
  return { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } };
}

export function checkPrompt(v: unknown): Prompt {
  const location = 'DataValidation.prompt';
  const p = v as Partial<Prompt> | null;
  if (!p || typeof p !== 'object') throw invalid(location, 'prompt must be an object');
  const title = p.title ?? '';
  const message = p.message ?? '';
  if (typeof title !== 'string' || title.length > 32) throw invalid(location, 'title must be text of at most 32 characters');
  if (typeof message !== 'string' || message.length > 255) throw invalid(location, 'message must be text of at most 255 characters');
  return { showPrompt: p.showPrompt ?? true, title, message };
}

export const DataValidationType: TypeSpec = {
  name: 'DataValidation',
  members: {
    /** [ExcelApi 1.8] */
    rule: prop('1.8', (rng: RangeT) => uniform(rng, (c) => c?.validation ?? {}), (rng: RangeT, v) => {
      const rule = checkRule(v);
      checkFormatWrite(rng.sheet, 'DataValidation.rule');
      if (cellsIn(rng.rect) > MAX_MATERIALISED) throw notSimulated(`DataValidation.rule on more than ${MAX_MATERIALISED} cells`);
      forEachCell(rng.rect, (r, c) => {
        ensureCell(rng.sheet, r, c).validation = rule;
      });
    }),
    /** [ExcelApi 1.8] */
    prompt: prop('1.8', (rng: RangeT) => uniform(rng, (c) => c?.prompt ?? { showPrompt: false, title: '', message: '' }), (rng: RangeT, v) => {
      const prompt = checkPrompt(v);
      checkFormatWrite(rng.sheet, 'DataValidation.prompt');
      forEachCell(rng.rect, (r, c) => {
        ensureCell(rng.sheet, r, c).prompt = prompt;
      });
    }),
    /** [ExcelApi 1.8] */
    clear: opMethod('1.8', (rng: RangeT) => {
      checkFormatWrite(rng.sheet, 'DataValidation.clear');
      for (const cell of existingCells(rng.sheet, rng.rect)) {
        cell.validation = undefined;
        cell.prompt = undefined;
      }
    }),
  },
};
