/**
 * Kring's strict Excel test host: an in-memory workbook behind the part of the Excel JavaScript
 * API that Kring uses, with the rules that break add-ins in real Excel (see
 * docs/architecture.md). The client is Microsoft's own Excel client library;
 * its serialized requests are answered by ./protocol from this workbook. Runs in Node
 * (./officejsHost) and in the browser (the playground; no Node-only modules here).
 *
 *   const host = createOfficeJsHost({ apiVersion: '1.20' });
 *   host.setSheet('Cliënten', [['ID', 'Naam'], ['001', 'An']], { table: 'Clienten' });
 *   const uninstall = host.install(globalThis);   // global Excel, Office, OfficeExtension
 *   await Excel.run(async (ctx) => { ... });
 *   host.getValues('Cliënten'); host.cell('Cliënten', 'A2'); host.stats.syncCount;
 *
 * Here: createTestHost (seeding, faults, install). What a test sees: ./api; the inspection of the
 * workbook: ./inspect; the simulated API: ./types over ./state and ./runtime.
 */
import { HostError, HostErrorCode } from './errors';
import { MAX_COLUMNS, Rect, formatRef, parseRef, splitSheet } from './address';
import type { HostClient, TestHost, TestHostOptions, WorkbookSnapshot } from './api';
import { cellInfo, chartInfo, cloneWorkbook, sheetInfo, tableInfo } from './inspect';
import { CellValue, addSheet, checkTableName, deleteSheet, findSheet, newWorkbook, usedRect, WorkbookState } from './state';
import { cellAt, colOf, defaultEvaluate, displayText, ensureCell, readValue, rowOf, writeValue } from './cells';
import { HostCore, HostStats, emptyStats, versionAtLeast } from './core';

export { HostError };
export type { HostErrorCode, HostStats, CellValue };
export type { CellInfo, ChartAxisInfo, ChartInfo, ChartSeriesInfo, HostClient, SeedCell, SheetInfo, TableInfo, TestHost, TestHostOptions, WorkbookSnapshot } from './api';
export { widthForChars } from './types';
export { versionAtLeast } from './core';

/** ExcelApi MinVersion declared in a manifest (`<Set Name="ExcelApi" MinVersion="1.7"/>`), if any. */
export function excelApiVersionFromManifest(xml: string): string | undefined {
  const sets = xml.match(/<(?:\w+:)?Set\b[^>]*>/g) ?? [];
  for (const tag of sets) {
    const name = /\bName\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
    if (name?.toLowerCase() !== 'excelapi') continue;
    return /\bMinVersion\s*=\s*["']([^"']+)["']/.exec(tag)?.[1] ?? '1.1';
  }
  return undefined;
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;


/**
 * A test host: the in-memory workbook and its inspection, with `client` in front of it —
 * Microsoft's Excel client library and the protocol host (officeJsClient; in Node createOfficeJsHost).
 */
export function createTestHost(options: TestHostOptions, client: (core: HostCore, isSetSupported: (name: string, minVersion?: string | number) => boolean) => HostClient): TestHost {
  if (!/^1\.\d+$/.test(options.apiVersion)) throw new Error(`apiVersion must look like "1.7", got ${JSON.stringify(options.apiVersion)}`);
  const listeners = new Set<() => void>();
  const core: HostCore = {
    wb: newWorkbook(),
    apiVersion: options.apiVersion,
    evaluate: options.evaluateFormula ?? defaultEvaluate,
    requestLimitBytes: options.requestLimitBytes ?? DEFAULT_LIMIT,
    responseLimitBytes: options.responseLimitBytes ?? DEFAULT_LIMIT,
    stats: emptyStats(),
    faults: new Map(),
    notify: () => listeners.forEach((l) => l()),
  };
  const wb = core.wb;

  const isSetSupported = (name: string, minVersion?: string | number): boolean => {
    if (name.toLowerCase() !== 'excelapi') return false;
    if (minVersion === undefined) return true;
    return versionAtLeast(core.apiVersion, typeof minVersion === 'number' ? minVersion.toFixed(1) : minVersion);
  };

  const clientNs = client(core, isSetSupported);

  // --- seeding / inspection -------------------------------------------------------------------

  const sheetOf = (name: string) => {
    const s = findSheet(wb, name);
    if (!s) throw new Error(`test host: no sheet "${name}"`);
    return s;
  };
  const rectOf = (address: string): Rect => {
    const rect = parseRef(splitSheet(address).ref);
    if (!rect) throw new Error(`test host: invalid address "${address}"`);
    return rect;
  };
  const areaOf = (name: string, address?: string): Rect | undefined => {
    if (address) return rectOf(address);
    const used = usedRect(sheetOf(name), true);
    return used ? { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } : undefined;
  };

  const host: TestHost = {
    Excel: clientNs.Excel,
    Office: clientNs.Office,
    OfficeExtension: clientNs.OfficeExtension as TestHost['OfficeExtension'],
    apiVersion: core.apiVersion,
    get stats() {
      return core.stats;
    },
    resetStats() {
      core.stats = emptyStats();
    },
    failAtSync(n, code = 'GeneralException', opts = {}) {
      core.faults.set(core.stats.syncCount + n, { code, afterOperations: opts.afterOperations ?? 0 });
    },
    snapshot() {
      return { state: cloneWorkbook(wb) } as unknown as WorkbookSnapshot;
    },
    restore(snapshot) {
      const copy = cloneWorkbook((snapshot as unknown as { state: WorkbookState }).state);
      for (const k of Object.keys(wb) as (keyof WorkbookState)[]) delete wb[k];
      Object.assign(wb, copy);
      core.notify();
    },
    calculationMode: () => wb.calculationMode,
    install(globalObj: object = globalThis) {
      const g = globalObj as Record<string, unknown>;
      const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
      clientNs.activate?.();
      g.Excel = clientNs.Excel;
      g.Office = clientNs.Office;
      g.OfficeExtension = clientNs.OfficeExtension;
      return () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete g[k];
          else g[k] = v;
        }
      };
    },
    isSetSupported,

    setSheet(name, rows, opts = {}) {
      let sheet = findSheet(wb, name);
      if (sheet) {
        sheet.cells.clear();
        for (const t of wb.tables.filter((x) => x.sheet === sheet)) t.deleted = true;
        wb.tables = wb.tables.filter((x) => x.sheet !== sheet);
        for (const c of sheet.charts) c.deleted = true;
        sheet.charts = [];
        sheet.conditionalFormats = [];
        sheet.pageBreaks = [];
      } else {
        sheet = addSheet(wb, name);
      }
      const at = rectOf(opts.at ?? 'A1');
      const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (opts.numberFormat) ensureCell(sheet!, at.r0 + i, at.c0 + j).numberFormat = opts.numberFormat;
          if (v === null || v === '') return;
          ensureCell(sheet!, at.r0 + i, at.c0 + j).value = v;
        }),
      );
      if (opts.table) {
        checkTableName(wb, opts.table);
        const rect = { r0: at.r0, c0: at.c0, r1: at.r0 + Math.max(1, rows.length - 1), c1: at.c0 + Math.max(0, width - 1) };
        wb.tables.push({ id: `{table-${wb.nextId++}}`, name: opts.table, sheet, rect, style: 'TableStyleMedium2' });
      }
      core.notify();
    },
    addSheet(name) {
      addSheet(wb, name);
      core.notify();
    },
    deleteSheet(name) {
      deleteSheet(wb, sheetOf(name));
      core.notify();
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    sheet: (name) => sheetInfo(wb, sheetOf(name)),
    getValues(name, address) {
      const s = sheetOf(name);
      const rect = areaOf(name, address);
      if (!rect) return [];
      const out: CellValue[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: CellValue[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(readValue(cellAt(s, r, c)));
        out.push(row);
      }
      return out;
    },
    getText(name, address) {
      const s = sheetOf(name);
      const rect = areaOf(name, address);
      if (!rect) return [];
      const out: string[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: string[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(displayText(cellAt(s, r, c)));
        out.push(row);
      }
      return out;
    },
    cell: (name, address) => cellInfo(sheetOf(name), rectOf(address)),
    tables: () => wb.tables.map(tableInfo),
    charts: (name) => sheetOf(name).charts.map((c) => chartInfo(wb, c)),
    activeSheet: () => wb.sheets.find((s) => s.id === wb.activeSheetId)?.name,
    selection() {
      const sel = wb.selection;
      const s = sel && wb.sheets.find((x) => x.id === sel.sheetId);
      return s && sel ? { sheet: s.name, address: formatRef(sel.rect) } : undefined;
    },
    typeInCell(name, address, input) {
      const s = sheetOf(name);
      const rect = rectOf(address);
      const cell = ensureCell(s, rect.r0, rect.c0);
      if (s.protected && cell.locked !== false) throw new HostError('AccessDenied', { location: address, details: 'the cell is locked' });
      writeValue(cell, input, core.evaluate);
      core.notify();
    },
    selectCell(name, address) {
      const s = sheetOf(name);
      wb.activeSheetId = s.id;
      wb.selection = { sheetId: s.id, rect: rectOf(address) };
      core.notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) {
    host.setSheet(seed.name, seed.rows ?? [], { at: seed.at, table: seed.table });
  }
  return host;
}

export { rowOf, colOf, MAX_COLUMNS };
