/** Appends rows below the data of an existing sheet in an ExcelJS workbook (the register Koppelingen). */
import ExcelJS from 'exceljs';
import { AppendRequest, Cell, CellUpdate, NUMBER_FORMATS } from '../engine/workbook';
import { withoutExisting } from '../engine/append';
import { fromExcelJs, toExcelJs } from './cells';

export function appendRowsXlsx(workbook: ExcelJS.Workbook, request: AppendRequest): void {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === request.sheet.toLowerCase());
  if (!ws) throw new Error(`sheet "${request.sheet}" not found`);
  // Below the last row that holds a value in the register's columns.
  let last = request.headerRow;
  const width = request.kinds.length;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    for (let j = 0; j < width; j++) {
      const v = row.getCell(request.firstColumn + j + 1).value;
      if (v !== null && v !== undefined && v !== '') {
        last = Math.max(last, r);
        return;
      }
    }
  });
  if (request.skipExisting) {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => rows.push(Array.from({ length: request.firstColumn + width }, (_, j) => fromExcelJs(row.getCell(j + 1).value))));
    request = { ...request, rows: withoutExisting(request, rows, 0) };
  }
  request.rows.forEach((values, i) => {
    values.forEach((value, j) => {
      const cell = ws.getCell(last + 1 + i, request.firstColumn + j + 1);
      cell.numFmt = NUMBER_FORMATS[request.kinds[j] ?? 'text'];
      if (value !== null) cell.value = toExcelJs(value);
    });
  });
  // Grow a table whose header is the register's header row, so the new rows are part of it.
  for (const table of Object.values((ws as unknown as { tables: Record<string, { table?: { tableRef?: string; ref?: string } }> }).tables ?? {})) {
    const model = table.table;
    const ref = model?.tableRef ?? model?.ref;
    const m = ref ? /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref) : null;
    if (!model || !m || Number(m[2]) !== request.headerRow) continue;
    const bottom = Math.max(Number(m[4]), last + request.rows.length);
    const newRef = `${m[1]}${m[2]}:${m[3]}${bottom}`;
    if (model.tableRef !== undefined) model.tableRef = newRef;
    if (model.ref !== undefined) model.ref = newRef;
  }
}

export function updateCellsXlsx(workbook: ExcelJS.Workbook, sheet: string, updates: CellUpdate[]): void {
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) throw new Error(`sheet "${sheet}" not found`);
  for (const u of updates) {
    const cell = ws.getCell(u.row, u.column + 1);
    cell.numFmt = NUMBER_FORMATS[u.kind];
    cell.value = toExcelJs(u.value);
  }
}
