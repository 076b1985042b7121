/**
 * Workbook, Application, the worksheet collection, Worksheet, freeze panes and sheet protection.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { MAX_ROWS } from '../address';
import { HostError, notSimulated } from '../errors';
import { NULL, TypeSpec } from '../runtime';
import { SheetState, WorkbookState, addSheet, checkSheetName, deleteSheet, findSheet, renameSheetReferences, usedRect } from '../state';
import { ChartCollectionType } from './chart';
import { PageBreakCollectionType, PageLayoutType } from './pageLayout';
import { RangeType } from './range';
import { COLOR, PROTECTION_OPTIONS, checkRect, childMethod, int, invalid, method, nav, opMethod, prop, rangeOn, wbOf } from './spec';
import { TableCollectionType } from './tables';

export const WorkbookType: TypeSpec = {
  name: 'Workbook',
  members: {
    worksheets: nav('Workbook', 'worksheets', '1.1', () => WorksheetCollectionType, (wb) => wb),
    tables: nav('Workbook', 'tables', '1.1', () => TableCollectionType, (wb) => ({ wb })),
    application: nav('Workbook', 'application', '1.1', () => ApplicationType, (wb) => wb),
    getSelectedRange: childMethod('1.1', () => RangeType, (wb: WorkbookState) => {
      const sel = wb.selection;
      const sheet = wb.sheets.find((s) => s.id === (sel?.sheetId ?? wb.activeSheetId));
      if (!sheet) throw new HostError('ItemNotFound', { location: 'Workbook.getSelectedRange' });
      return { sheet, rect: sel && sel.sheetId === sheet.id ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }),
  },
};

export const ApplicationType: TypeSpec = {
  name: 'Application',
  members: {
    /** [ExcelApi 1.1 for get, 1.8 for set] */
    calculationMode: prop('1.1', (wb: WorkbookState) => wb.calculationMode, (wb: WorkbookState, v) => {
      if (v !== 'Automatic' && v !== 'AutomaticExceptTables' && v !== 'Manual') throw invalid('Application.calculationMode', `unknown mode ${JSON.stringify(v)}`);
      wb.calculationMode = v;
    }, '1.8'),
    /** [ExcelApi 1.8] A new workbook from a file (base64 .xlsx), or an empty one; it opens with open(). */
    createWorkbook: childMethod('1.8', () => WorkbookCreatedType, (_wb, args, _o, location) => {
      const file = args[0];
      if (file !== undefined && file !== null && (typeof file !== 'string' || !isBase64Package(file))) throw invalid(location, 'the file is not a base64 .xlsx package');
      return { file: typeof file === 'string' ? file : '' };
    }),
    /** [ExcelApi 1.9] */
    suspendScreenUpdatingUntilNextSync: opMethod('1.9', (_wb, _args, obj) => {
      obj.core.stats.screenUpdatingSuspensions++;
    }),
  },
};

/** Base64 of a zip (an .xlsx starts with the zip signature PK\x03\x04, "UEsDB" in base64). */
function isBase64Package(text: string): boolean {
  return text.length % 4 === 0 && text.startsWith('UEsDB') && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

export const WorkbookCreatedType: TypeSpec = {
  name: 'WorkbookCreated',
  members: {
    /** [ExcelApi 1.8] Opens the new workbook in its own window; this workbook stays as it is. */
    open: opMethod('1.8', (created: { file: string }, _a, obj) => {
      obj.core.stats.openedWorkbooks.push(created.file);
    }),
  },
};

export const WorksheetCollectionType: TypeSpec = {
  name: 'WorksheetCollection',
  collection: { itemType: () => WorksheetType, items: (wb: WorkbookState) => wb.sheets.slice() },
  members: {
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => WorksheetType, (wb: WorkbookState, args, _o, location) => {
      const sheet = typeof args[0] === 'string' ? findSheet(wb, args[0]) : undefined;
      if (!sheet) throw new HostError('ItemNotFound', { location, details: `no sheet ${JSON.stringify(args[0])}` });
      return sheet;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => WorksheetType, (wb: WorkbookState, args) => (typeof args[0] === 'string' ? findSheet(wb, args[0]) : undefined) ?? NULL),
    /** [ExcelApi 1.1] */
    getActiveWorksheet: childMethod('1.1', () => WorksheetType, (wb: WorkbookState, _a, _o, location) => {
      const sheet = wb.sheets.find((s) => s.id === wb.activeSheetId);
      if (!sheet) throw new HostError('ItemNotFound', { location });
      return sheet;
    }),
    /** [ExcelApi 1.1] */
    add: method('1.1', (obj, args, location) => {
      const box: { sheet?: SheetState } = {};
      obj.queue(location, '1.1', args, (wb: WorkbookState) => {
        if (args[0] !== undefined && typeof args[0] !== 'string') throw invalid(location, 'name must be text');
        box.sheet = addSheet(wb, args[0] as string | undefined);
      });
      return obj.child(WorksheetType, `${obj.path}.add(${JSON.stringify(args[0] ?? '')})`, () => {
        if (!box.sheet) throw new HostError('ItemNotFound', { location, details: 'the sheet was not added' });
        return box.sheet;
      }).proxy;
    }),
  },
};

export const WorksheetType: TypeSpec = {
  name: 'Worksheet',
  members: {
    /** [ExcelApi 1.1] */
    id: prop('1.1', (s: SheetState) => s.id),
    /** [ExcelApi 1.1] */
    name: prop('1.1', (s: SheetState) => s.name, (s: SheetState, v, obj) => {
      const old = s.name;
      s.name = checkSheetName(wbOf(obj), v, s);
      renameSheetReferences(wbOf(obj), old, s.name);
    }),
    /** [ExcelApi 1.1] */
    position: prop('1.1', (s: SheetState, obj) => wbOf(obj).sheets.indexOf(s), (s: SheetState, v, obj) => {
      const wb = wbOf(obj);
      const p = int(v, 'Worksheet.position');
      if (p < 0 || p >= wb.sheets.length) throw invalid('Worksheet.position', `position ${p} out of range`);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(p, 0, s);
    }),
    /** [ExcelApi 1.7] */
    tabColor: prop('1.7', (s: SheetState) => s.tabColor, (s: SheetState, v) => {
      if (typeof v !== 'string' || (v !== '' && !COLOR.test(v))) throw invalid('Worksheet.tabColor', `invalid colour ${JSON.stringify(v)}`);
      s.tabColor = v.startsWith('#') ? v.toUpperCase() : v;
    }),
    /** [ExcelApi 1.1 for reading visibility; 1.2 for setting it] */
    visibility: prop('1.1', (s: SheetState) => s.visibility, (s: SheetState, v, obj) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalid('Worksheet.visibility', `unknown visibility ${JSON.stringify(v)}`);
      const wb = wbOf(obj);
      if (v !== 'Visible' && s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length <= 1) {
        throw new HostError('InvalidOperation', { location: 'Worksheet.visibility', details: 'cannot hide the last visible sheet' });
      }
      s.visibility = v;
    }, '1.2'),
    /** [ExcelApi 1.1] */
    tables: nav('Worksheet', 'tables', '1.1', () => TableCollectionType, (s: SheetState, obj) => ({ wb: wbOf(obj), sheet: s })),
    /** [ExcelApi 1.7] */
    freezePanes: nav('Worksheet', 'freezePanes', '1.7', () => FreezePanesType, (s) => s),
    /** [ExcelApi 1.2] */
    protection: nav('Worksheet', 'protection', '1.2', () => WorksheetProtectionType, (s) => s),
    /** [ExcelApi 1.1] */
    charts: nav('Worksheet', 'charts', '1.1', () => ChartCollectionType, (s) => s),
    /** [ExcelApi 1.9] */
    pageLayout: nav('Worksheet', 'pageLayout', '1.9', () => PageLayoutType, (s) => s),
    /** [ExcelApi 1.9] */
    horizontalPageBreaks: nav('Worksheet', 'horizontalPageBreaks', '1.9', () => PageBreakCollectionType, (s) => s),
    /** [ExcelApi 1.1] */
    getRange: childMethod('1.1', () => RangeType, (s: SheetState, args, _o, location) => rangeOn(s, args[0] as string | undefined, location)),
    /** [ExcelApi 1.1] */
    getCell: childMethod('1.1', () => RangeType, (s: SheetState, args, _o, location) => {
      const r = int(args[0], location);
      const c = int(args[1], location);
      return { sheet: s, rect: checkRect({ r0: r, c0: c, r1: r, c1: c }, location) };
    }),
    /** [ExcelApi 1.1; valuesOnly 1.2] */
    getUsedRange: childMethod('1.1', () => RangeType, (s: SheetState, args) => ({ sheet: s, rect: usedRect(s, args[0] === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } }), (args) => (args.length ? '1.2' : undefined)),
    /** [ExcelApi 1.4] */
    getUsedRangeOrNullObject: childMethod('1.4', () => RangeType, (s: SheetState, args) => {
      const rect = usedRect(s, args[0] === true);
      return rect ? { sheet: s, rect } : NULL;
    }),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (s: SheetState, _a, obj) => deleteSheet(wbOf(obj), s)),
    /** [ExcelApi 1.1] */
    activate: opMethod('1.1', (s: SheetState, _a, obj) => {
      if (s.visibility !== 'Visible') throw new HostError('InvalidOperation', { location: 'Worksheet.activate', details: 'the sheet is hidden' });
      const wb = wbOf(obj);
      wb.activeSheetId = s.id;
      if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }),
  },
};

export const FreezePanesType: TypeSpec = {
  name: 'WorksheetFreezePanes',
  members: {
    /** [ExcelApi 1.7] */
    freezeRows: method('1.7', (obj, args, location) => {
      if (args[0] === undefined) throw notSimulated('WorksheetFreezePanes.freezeRows() without a count');
      obj.queue(location, '1.7', args, (s: SheetState) => {
        const n = int(args[0], location);
        if (n < 0 || n >= MAX_ROWS) throw invalid(location, `count ${n}`);
        s.freezeRows = n;
      });
    }),
    /** [ExcelApi 1.7] */
    unfreeze: opMethod('1.7', (s: SheetState) => {
      s.freezeRows = 0;
    }),
  },
};

export const WorksheetProtectionType: TypeSpec = {
  name: 'WorksheetProtection',
  members: {
    /** [ExcelApi 1.2] */
    protected: prop('1.2', (s: SheetState) => s.protected),
    /** [ExcelApi 1.2 for options; 1.7 for password] */
    protect: opMethod('1.2', (s: SheetState, args, obj) => {
      if (s.protected) throw new HostError('InvalidOperation', { location: 'WorksheetProtection.protect', details: 'the sheet is already protected' });
      const options = (args[0] ?? {}) as Record<string, unknown>;
      if (typeof options !== 'object') throw invalid('WorksheetProtection.protect', 'options must be an object');
      for (const [k, v] of Object.entries(options)) {
        if (k === 'selectionMode') continue;
        if (!PROTECTION_OPTIONS.has(k) || typeof v !== 'boolean') throw invalid('WorksheetProtection.protect', `unknown option ${k}`);
      }
      void obj;
      s.protected = true;
      s.protectionOptions = { ...(options as Record<string, boolean>) };
    }, (args) => (args[1] !== undefined ? '1.7' : undefined)),
    /** [ExcelApi 1.2; 1.7 for password] */
    unprotect: opMethod('1.2', (s: SheetState) => {
      s.protected = false;
      s.protectionOptions = {};
    }, (args) => (args[0] !== undefined ? '1.7' : undefined)),
  },
};
