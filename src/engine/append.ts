/** What both gateways do before appending rows to a sheet such as the register. Pure. */
import { AppendRequest, Cell } from './workbook';

/** The request's rows minus those the sheet already holds (see AppendRequest.skipExisting). */
export function withoutExisting(request: AppendRequest, values: Cell[][], usedColumn: number): Cell[][] {
  const skip = request.skipExisting;
  if (!skip) return request.rows;
  const norm = (v: Cell | undefined) => String(v ?? '').trim().toUpperCase();
  const at = (row: Cell[], j: number) => row[request.firstColumn + j - usedColumn];
  const unless = skip.unless ? new Set(skip.unless.values.map((v) => norm(v))) : null;
  const present = new Set(
    values.filter((row) => !(unless && skip.unless && unless.has(norm(at(row, skip.unless.column))))).map((row) => skip.keys.map((j) => norm(at(row, j))).join('\u0000')),
  );
  return request.rows.filter((row) => !present.has(skip.keys.map((j) => norm(row[j])).join('\u0000')));
}

