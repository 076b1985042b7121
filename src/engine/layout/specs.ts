/**
 * What both gateways refuse before writing anything: a sheet spec Excel could not hold. Sheet
 * names (1 to 31 characters, none of : \ / ? * [ ]), each once (ignoring case), table names
 * (letters, digits and underscores, not a cell reference like "T1"), at least one column.
 */
import { FORBIDDEN_SHEET_NAME_CHARS, readsAsCellReference, SHEET_NAME_MAX, SheetSpec } from '../workbook';

/** Whether Excel takes `name` as a sheet name. */
export function validSheetName(name: string): boolean {
  return !!name && name.length <= SHEET_NAME_MAX && !FORBIDDEN_SHEET_NAME_CHARS.test(name);
}

/** Whether Excel takes `name` as a table name. */
export function validTableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !readsAsCellReference(name);
}

/** Throws on the first spec Excel could not hold (see above). */
export function checkSheetSpecs(specs: SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const name = spec.name;
    if (!validSheetName(name)) throw new Error(`Invalid sheet name "${name}"`);
    if (seen.has(name.toLowerCase())) throw new Error(`Sheet "${name}" appears twice`);
    seen.add(name.toLowerCase());
    if (spec.table !== undefined && !validTableName(spec.table)) {
      throw new Error(`Invalid table name "${spec.table}" (letters, digits and underscores, not a cell reference like "T1")`);
    }
    if (spec.columns.length === 0) throw new Error(`Sheet "${name}" has no columns`);
  }
}
