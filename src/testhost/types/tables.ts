/**
 * Tables: the table collection and Table. Part of the simulated Excel JavaScript API (see
 * ./index).
 */
import { MAX_ROWS, splitSheet } from '../address';
import { HostError, notSimulated } from '../errors';
import { NULL, TypeSpec, objectOf } from '../runtime';
import { SheetState, TableState, WorkbookState, checkTableName, findSheet, rectsOverlap } from '../state';
import { RangeType } from './range';
import { MAX_MATERIALISED, RangeT, TABLE_STYLE, cellsIn, checkFormatWrite, childMethod, fixTableHeaders, invalid, method, nav, opMethod, prop, rangeOn, wbOf } from './spec';
import { WorksheetType } from './workbook';

export interface TablesT {
  wb: WorkbookState;
  sheet?: SheetState;
}

export function findTable(t: TablesT, k: unknown): TableState | undefined {
  if (typeof k !== 'string') return undefined;
  const list = t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet);
  return list.find((x) => x.name.toLowerCase() === k.toLowerCase()) ?? list.find((x) => x.id === k);
}

export const TableCollectionType: TypeSpec = {
  name: 'TableCollection',
  collection: { itemType: () => TableType, items: (t: TablesT) => t.wb.tables.filter((x) => !t.sheet || x.sheet === t.sheet) },
  members: {
    /** [ExcelApi 1.1] */
    getItem: childMethod('1.1', () => TableType, (t: TablesT, args, _o, location) => {
      const table = findTable(t, args[0]);
      if (!table) throw new HostError('ItemNotFound', { location, details: `no table ${JSON.stringify(args[0])}` });
      return table;
    }),
    /** [ExcelApi 1.4] */
    getItemOrNullObject: childMethod('1.4', () => TableType, (t: TablesT, args) => findTable(t, args[0]) ?? NULL),
    /** [ExcelApi 1.1 / 1.3: address as a Range object from 1.3] */
    add: method('1.1', (obj, args, location) => {
      const box: { table?: TableState } = {};
      const rangeObj = objectOf(args[0]);
      const payload = [rangeObj ? { range: rangeObj.path } : args[0], args[1]];
      obj.queue(location, rangeObj ? '1.3' : '1.1', payload, (t: TablesT) => {
        const wb = t.wb;
        let rng: RangeT;
        if (rangeObj) {
          rng = rangeObj.live() as RangeT;
          if (t.sheet && rng.sheet !== t.sheet) throw invalid(location, 'the range is on another sheet');
        } else {
          if (typeof args[0] !== 'string') throw invalid(location, 'address must be text or a Range');
          const { sheet: named } = splitSheet(args[0]);
          const sheet = named !== undefined ? findSheet(wb, named) : t.sheet ?? wb.sheets.find((s) => s.id === wb.activeSheetId);
          if (!sheet || (t.sheet && sheet !== t.sheet)) throw invalid(location, `address ${JSON.stringify(args[0])} is not on this sheet`);
          rng = rangeOn(sheet, args[0], location);
        }
        if (args[1] !== true) throw notSimulated('TableCollection.add with hasHeaders other than true');
        checkFormatWrite(rng.sheet, location);
        const rect = { ...rng.rect };
        if (rect.r1 === rect.r0) rect.r1 += 1; // Excel adds one empty body row under a header-only range
        if (cellsIn(rect) > MAX_MATERIALISED || rect.r1 >= MAX_ROWS) throw invalid(location, 'range too large for a table');
        const overlap = wb.tables.find((x) => x.sheet === rng.sheet && rectsOverlap(x.rect, rect));
        if (overlap) throw invalid(location, `the range overlaps table ${overlap.name}`);
        let n = wb.tables.length + 1;
        while (wb.tables.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
        const table: TableState = { id: `{table-${wb.nextId++}}`, name: `Table${n}`, sheet: rng.sheet, rect, style: 'TableStyleMedium2' };
        wb.tables.push(table);
        fixTableHeaders(wb, rng.sheet);
        box.table = table;
      });
      return obj.child(TableType, `${obj.path}.add(${JSON.stringify(payload[0])})`, () => {
        if (!box.table) throw new HostError('ItemNotFound', { location, details: 'the table was not added' });
        return box.table;
      }).proxy;
    }),
  },
};

export const TableType: TypeSpec = {
  name: 'Table',
  members: {
    /** [ExcelApi 1.1] */
    id: prop('1.1', (t: TableState) => t.id),
    /** [ExcelApi 1.1] */
    name: prop('1.1', (t: TableState) => t.name, (t: TableState, v, obj) => {
      t.name = checkTableName(wbOf(obj), v, t);
    }),
    /** [ExcelApi 1.1] */
    style: prop('1.1', (t: TableState) => t.style, (t: TableState, v) => {
      if (typeof v !== 'string' || !TABLE_STYLE.test(v)) throw invalid('Table.style', `unknown style ${JSON.stringify(v)}`);
      t.style = v;
    }),
    /** [ExcelApi 1.2] */
    worksheet: nav('Table', 'worksheet', '1.2', () => WorksheetType, (t: TableState) => t.sheet),
    /** [ExcelApi 1.1] */
    getRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect } })),
    /** [ExcelApi 1.1] */
    getHeaderRowRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r0 } })),
    /** [ExcelApi 1.1] */
    getDataBodyRange: childMethod('1.1', () => RangeType, (t: TableState) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 + 1 } })),
    /** [ExcelApi 1.1] */
    delete: opMethod('1.1', (t: TableState, _a, obj) => {
      checkFormatWrite(t.sheet, 'Table.delete');
      const wb = wbOf(obj);
      wb.tables = wb.tables.filter((x) => x !== t);
      t.deleted = true;
    }),
  },
};
