/**
 * `npm run bench`: time and memory of reading and checking generated workbooks through the engine
 * and the xlsx gateway, each beside its floor (ExcelJS alone loading the same file) in the same run.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCheck } from '../src/engine/commands';
import { readWorkbook } from '../src/engine/read';
import { RawSheet } from '../src/engine/workbook';
import { XlsxWorkbook } from '../src/xlsx/gateway';
import { generateInput } from './generate';
import { suggestPairs } from '../src/engine/pairing/suggest';
import { runMaps } from '../src/engine/commands';
import { overviewSheet } from '../src/engine/sheets/networkSheets';
import { createExcelGateway } from '../src/excel';
import { createTestHost } from '../src/testhost';

interface Row {
  case: string;
  size: number;
  ms: number;
  floorMs: number | null;
  heapMb: number;
  peakRssMb: number;
  note?: string;
}

async function measure(fn: () => Promise<unknown> | unknown): Promise<{ ms: number; heapMb: number; peakRssMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Heap still held right after the work (the result is alive), and the process's peak RSS so far.
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  void result;
  return { ms, heapMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function writeXlsx(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const sizes = (process.env.KRING_BENCH_SIZES ?? '200,2000,10000').split(',').map(Number);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-bench-'));
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const input = generateInput(size);
      const raw: RawSheet[] = Object.entries(input.sheets).map(([name, r]) => ({ name, rows: r, firstRow: 1, firstColumn: 0 }));
      const engine = await measure(() => readWorkbook(raw, { today: '2026-11-23' }));
      rows.push({ case: 'engine: read + validate', size, floorMs: null, ...engine });
      const file = path.join(dir, `bench-${size}.xlsx`);
      await writeXlsx(file, input.sheets);
      const floor = await measure(async () => new ExcelJS.Workbook().xlsx.readFile(file));
      const check = await measure(async () => runCheck(await XlsxWorkbook.open(file), { today: '2026-11-23' }));
      rows.push({ case: 'xlsx: kring check (open + read + validate)', size, floorMs: floor.ms, ...check });
    }
    // Pairing: a fifth netwerkers, capacity 1–3, 5 locations; the optimal set against greedy in the same run.
    for (const size of sizes) {
      const input = generateInput(size, 2, 5);
      const raw: RawSheet[] = Object.entries(input.sheets).map(([name, r]) => ({ name, rows: r, firstRow: 1, firstColumn: 0 }));
      const { model } = readWorkbook(raw, { today: '2026-11-23' });
      let optimalTotal = 0;
      let greedyTotal = 0;
      const greedy = await measure(() => (greedyTotal = suggestPairs(model, { assignment: 'greedy' }).total));
      const optimal = await measure(() => (optimalTotal = suggestPairs(model).total));
      rows.push({ case: 'engine: suggest, greedy baseline', size, floorMs: null, ...greedy, note: `total ${greedyTotal.toFixed(0)}` });
      rows.push({
        case: 'engine: suggest, optimal (vs greedy)',
        size,
        floorMs: greedy.ms,
        ...optimal,
        note: `total ${optimalTotal.toFixed(0)} = ${((optimalTotal / Math.max(1, greedyTotal)) * 100).toFixed(2)}% of greedy`,
      });
    }
    // Network maps: 1,000 (and 100) clients with 15 contacts at two dates.
    for (const size of [100, 1000]) {
      const input = generateInput(size, 4, 5, 15);
      const raw: RawSheet[] = Object.entries(input.sheets).map(([name, r]) => ({ name, rows: r, firstRow: 1, firstColumn: 0 }));
      const { model } = readWorkbook(raw, { today: '2026-11-23' });
      rows.push({ case: 'engine: figures + Netwerkoverzicht', size, floorMs: null, ...(await measure(() => overviewSheet(model, 'nl'))) });
      const host = createTestHost({ apiVersion: '1.12' });
      const uninstall = host.install(globalThis);
      for (const [name, r] of Object.entries(input.sheets)) host.setSheet(name, r);
      host.resetStats();
      const viaHost = await measure(() => runMaps(createExcelGateway(), { today: '2026-11-23', clients: ['K000001', 'K000002'] }));
      rows.push({
        case: 'test host: kring maps (overview + 2 maps)',
        size,
        floorMs: null,
        ...viaHost,
        note: `${host.stats.syncCount} syncs, largest request ${(host.stats.largestRequestBytes / 1024).toFixed(0)} KB`,
      });
      uninstall();
      const file = path.join(dir, `maps-${size}.xlsx`);
      await writeXlsx(file, input.sheets);
      const floor = await measure(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        await wb.xlsx.writeBuffer();
      });
      const viaXlsx = await measure(async () => {
        const wb = await XlsxWorkbook.open(file);
        await runMaps(wb, { today: '2026-11-23', clients: ['K000001', 'K000002'] });
        await wb.save(path.join(dir, `maps-${size}-out.xlsx`));
      });
      rows.push({ case: 'xlsx: kring maps (read, write, save)', size, floorMs: floor.ms, ...viaXlsx, note: 'floor: ExcelJS read + write' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = '| case | clients | time (ms) | floor (ms) | ratio to floor | heap held (MB) | peak RSS so far (MB) | note |';
  const lines = [header, '|---|---:|---:|---:|---:|---:|---:|---|'];
  for (const r of rows) {
    lines.push(`| ${r.case} | ${r.size} | ${r.ms.toFixed(0)} | ${r.floorMs === null ? '–' : r.floorMs.toFixed(0)} | ${r.floorMs ? (r.ms / r.floorMs).toFixed(2) : '–'} | ${r.heapMb.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.note ?? ''} |`);
  }
  process.stdout.write(`Floor: for xlsx rows ExcelJS alone loading the same file; for optimal suggest the greedy run; both in the same run.\nKring benchmark — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n${lines.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
