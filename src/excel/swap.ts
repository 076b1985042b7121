/**
 * Building under temporary names, and the swap. Output sheets are built as "Kring tmp 1", … (their
 * tables as "Kring_tmp_1", …); only the last request deletes the sheets being replaced and gives
 * the new ones their real names, positions and protection. After a failure a new Excel.run either
 * deletes the temporary sheets (the swap had not begun) or finishes the swap.
 */

/** Output sheets are built under these names ("Kring tmp 1", …) and take their real names in the last request. */
export const TEMP_SHEET_PREFIX = 'Kring tmp ';
/** Their tables are made under these names ("Kring_tmp_1", …): the real name may still belong to the sheet being replaced. */
export const TEMP_TABLE_PREFIX = 'Kring_tmp_';

/** Whether a sheet name is one the gateway uses for a sheet under construction. */
export function isTemporarySheetName(name: string): boolean {
  return name.toLowerCase().startsWith(TEMP_SHEET_PREFIX.toLowerCase()) && /^\d+$/.test(name.slice(TEMP_SHEET_PREFIX.length));
}

/** Whether a table name is one the gateway uses for a table under construction. */
export function isTemporaryTableName(name: string): boolean {
  return name.toLowerCase().startsWith(TEMP_TABLE_PREFIX.toLowerCase()) && /^\d+$/.test(name.slice(TEMP_TABLE_PREFIX.length));
}

export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true };

/** One output sheet of a write: its real and temporary names, and the sheet it replaces. */
export interface SwapTarget {
  name: string;
  temp: string;
  table?: { temp: string; name: string };
  old?: { id: string; name: string; position: number };
  protect: boolean;
}

export interface SwapPlan {
  /** Ids of the sheets before the write: a sheet with a target's real name and another id is a renamed temporary sheet. */
  originalIds: Set<string>;
  targets: SwapTarget[];
}

export interface SwapItem {
  plan: SwapTarget;
  /** The new sheet (under its temporary name unless `rename` is false). */
  sheet: Excel.Worksheet | undefined;
  rename?: boolean;
  /** The new sheet's table, still under its temporary name. */
  table?: Excel.Table;
  /** The sheet being replaced, still there. */
  old?: Excel.Worksheet;
  /** Protect the new sheet (default: as the spec says). */
  protect?: boolean;
}

/**
 * Queue the swap: delete the replaced sheets, give the new sheets and tables their real names, put
 * them where the old ones were, protect them, restore the calculation mode. The first operation
 * is always a delete or a rename, both of which a recovery can see afterwards; everything the
 * write queued before it (all cells, tables, charts) has then been applied.
 */
export function queueSwap(items: SwapItem[], restoreCalculation: (() => void) | undefined): void {
  for (const it of items) it.old?.delete(); // removes its tables, charts, protection and everything else on it
  for (const it of items) if (it.sheet && it.rename !== false) it.sheet.name = it.plan.name;
  for (const it of items) if (it.table && it.plan.table) it.table.name = it.plan.table.name;
  // In order of position, so that each lands where its old sheet was.
  const placed = items.filter((it) => it.sheet && it.plan.old).sort((a, b) => a.plan.old!.position - b.plan.old!.position);
  for (const it of placed) it.sheet!.position = it.plan.old!.position;
  for (const it of items) if (it.sheet && (it.protect ?? it.plan.protect)) it.sheet.protection.protect(PROTECTION_OPTIONS);
  restoreCalculation?.();
}


/** Write requests after the look at the workbook: sent, succeeded, and whether the one carrying the swap was sent. */
export interface WriteProgress {
  sent: number;
  done: number;
  swapSent: boolean;
}

/**
 * After a failed write, in a new Excel.run (the failed one cannot send more): either roll back
 * (delete the temporary sheets: the workbook is as before) or, when the last request had begun
 * the swap (an old sheet is gone or a temporary sheet has its real name, so every output
 * operation before the swap was applied), roll forward: finish the swap, so that every output
 * sheet is complete. Restores the calculation mode either way.
 */
export async function recoverWrite(excel: typeof Excel, runOptions: Excel.RunOptions, plan: SwapPlan, progress: WriteProgress, mode: Excel.CalculationMode | undefined): Promise<void> {
  // The usual case: the first write request went through (every temporary sheet exists) and a
  // later one, before the one carrying the swap, failed: one request deletes the temporary sheets.
  if (progress.done >= 1 && !progress.swapSent) {
    const fast = await excel
      .run(runOptions, async (context) => {
        for (const t of plan.targets) context.workbook.worksheets.getItem(t.temp).delete();
        if (mode) context.workbook.application.calculationMode = mode;
        await context.sync();
        return true;
      })
      .catch(() => false);
    if (fast) return;
  }
  await excel.run(runOptions, async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    const tables = context.workbook.tables.load('items/name');
    await context.sync(); // 1: what the failed write left
    const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));
    const ids = new Set(sheets.items.map((s) => s.id));
    const started = plan.targets.some((t) => {
      if (t.old && !ids.has(t.old.id)) return true;
      const named = byName.get(t.name.toLowerCase());
      return !!named && !plan.originalIds.has(named.id);
    });
    const protection: { sheet: Excel.Worksheet; state: Excel.WorksheetProtection }[] = [];
    if (!started) {
      for (const t of plan.targets) byName.get(t.temp.toLowerCase())?.delete();
    } else {
      const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const finals = plan.targets.map((t) => byName.get(t.temp.toLowerCase()) ?? byName.get(t.name.toLowerCase()));
      queueSwap(
        plan.targets.map((t, i) => ({
          plan: t,
          sheet: finals[i],
          rename: byName.has(t.temp.toLowerCase()),
          table: t.table && tableNames.has(t.table.temp.toLowerCase()) ? context.workbook.tables.getItem(t.table.temp) : undefined,
          old: t.old && ids.has(t.old.id) ? sheets.items.find((s) => s.id === t.old!.id) : undefined,
          protect: false,
        })),
        undefined,
      );
      plan.targets.forEach((t, i) => {
        const sheet = finals[i];
        if (t.protect && sheet) protection.push({ sheet, state: sheet.protection.load('protected') });
      });
    }
    if (mode) context.workbook.application.calculationMode = mode;
    await context.sync(); // 2: delete the temporary sheets, or finish the swap
    if (protection.length === 0) return;
    for (const p of protection) if (!p.state.protected) p.sheet.protection.protect(PROTECTION_OPTIONS);
    await context.sync(); // 3: protection the swap had not reached
  });
}
