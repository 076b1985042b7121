/**
 * Seeded property test: the sample workbook, damaged at random (./mutate.ts), run through
 * `kring all` — on an in-memory xlsx workbook and on the strict Excel test host, and as the real
 * command line on .xlsx files. Whatever the damage:
 * - no unhandled exception; the CLI exits 0 or 1 (never 2 for a readable file);
 * - with errors nothing is written (no output file; no sheet touched in the workbook or on the host);
 * - the input file stays byte-for-byte the same;
 * - without errors every input sheet keeps its values; only Kring's own sheets change, and the
 *   register Koppelingen only by appended rows or updated end date / status / end reason cells;
 * - both gateways report the same problems and write the same sheets.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { runAll, RunOutcome } from '../../src/engine/commands';
import { hasErrors } from '../../src/engine/problems';
import { readWorkbook } from '../../src/engine/read';
import { normKey } from '../../src/engine/read/normalize';
import { createExcelGateway } from '../../src/excel';
import { SeedCell } from '../../src/testhost';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { fromExcelJs, readByExcelJs } from '../xlsx/excelJs';
import { FuzzCell, FuzzSheet, mutate } from './mutate';

const TODAY = '2026-11-23';
/** Engine runs on both gateways (the host on every HOST_EVERY-th), and command-line runs on files. */
// Longer hunts: FUZZ_CASES=5000 FUZZ_SEED=1 npx jest test/fuzz
const ENGINE_CASES = Number(process.env.FUZZ_CASES ?? 200);
const HOST_EVERY = 4;
/** Clients kept from the sample for the engine runs (the command-line runs use the whole sample). */
const ENGINE_CLIENTS = 12;
const CLI_CASES = 10;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** Columns of the register whose cells Kring may update (end date, status, end reason). */
const REGISTER_UPDATABLE = new Set(['einddatum', 'einde', 'end', 'enddate', 'status', 'redeneinde', 'reden', 'reason', 'endreason'].map(normKey));

type Grid = Map<string, string>;

function toExcelJs(v: FuzzCell): ExcelJS.CellValue {
  return v as ExcelJS.CellValue;
}

function toSeed(v: FuzzCell): SeedCell {
  if (v instanceof Date) return Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
  return v === '' ? null : v;
}

function fill(wb: ExcelJS.Workbook, sheets: FuzzSheet[]): void {
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = toExcelJs(v);
    }));
  }
  if (!sheets.length) wb.addWorksheet('Blad1');
}

function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = new Map();
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      grid.set(`${r},${c}`, JSON.stringify(v instanceof Date ? v.toISOString() : v));
    }),
  );
  return grid;
}

function gridOfValues(values: unknown[][]): Grid {
  const grid: Grid = new Map();
  values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== '' && v !== null) grid.set(`${r + 1},${c + 1}`, JSON.stringify(v));
  }));
  return grid;
}

/** Differences between two grids of the same sheet, as readable lines. */
function diff(before: Grid, after: Grid, allowed: (key: string, was: string | undefined) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) === after.get(key)) continue;
    if (!allowed(key, before.get(key))) out.push(`${key}: ${before.get(key)?.slice(0, 40)} -> ${after.get(key)?.slice(0, 40)}`);
  }
  return out;
}

/** The register may gain rows below its last row, and change cells in its end date / status / reason columns. */
function registerRule(before: Grid): (key: string, was: string | undefined) => boolean {
  const lastRow = Math.max(0, ...[...before.keys()].map((k) => Number(k.split(',')[0])));
  const updatable = new Set<number>();
  for (const [key, value] of before) {
    const text = JSON.parse(value);
    if (typeof text === 'string' && REGISTER_UPDATABLE.has(normKey(text))) updatable.add(Number(key.split(',')[1]));
  }
  return (key, was) => {
    const [r, c] = key.split(',').map(Number);
    return (r > lastRow && was === undefined) || updatable.has(c);
  };
}

/** Checks one outcome against the before/after grids of the input sheets. */
function checkOutcome(label: string, sheets: FuzzSheet[], outcome: RunOutcome, before: Map<string, Grid>, after: Map<string, Grid>, sheetNamesAfter: string[]): void {
  const errors = hasErrors(outcome.problems);
  for (const p of outcome.problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.sheet).toBe('string');
    expect(p.message.nl.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(p.message.nl.length).toBeLessThan(600);
  }
  if (errors) expect({ label, sheets: outcome.sheets }).toEqual({ label, sheets: [] });
  const register = outcome.read?.model.sheetNames.pairings;
  for (const s of sheets) {
    expect({ label, sheet: s.name, present: sheetNamesAfter.includes(s.name) }).toEqual({ label, sheet: s.name, present: true });
    const rule = !errors && s.name === register ? registerRule(before.get(s.name)!) : undefined;
    expect({ label, sheet: s.name, changed: diff(before.get(s.name)!, after.get(s.name)!, rule) }).toEqual({ label, sheet: s.name, changed: [] });
  }
  if (errors) expect({ label, sheets: sheetNamesAfter }).toEqual({ label, sheets: sheets.length ? sheets.map((s) => s.name) : sheetNamesAfter });
}

describe('fuzzing kring all on a damaged sample workbook', () => {
  test(`${ENGINE_CASES} damaged workbooks through both gateways`, async () => {
    let withErrors = 0;
    for (let n = 0; n < ENGINE_CASES; n++) {
      const seed = SEED + n;
      const { sheets, log } = mutate(seed, 1 + (n % 6), ENGINE_CLIENTS);
      const label = `seed ${seed}: ${log.join('; ')}`;

      const input = new ExcelJS.Workbook();
      fill(input, sheets);
      const xlsx = await fromExcelJs(input);
      const before = new Map(input.worksheets.map((ws) => [ws.name, gridOfWorksheet(ws)] as const));
      let outcome: RunOutcome;
      try {
        outcome = await runAll(xlsx, { today: TODAY });
      } catch (e) {
        throw new Error(`${label}: unhandled ${(e as Error).stack}`);
      }
      const output = await readByExcelJs(xlsx);
      const after = new Map(output.worksheets.map((ws) => [ws.name, gridOfWorksheet(ws)] as const));
      checkOutcome(label, sheets, outcome, before, after, output.worksheets.map((ws) => ws.name));
      if (hasErrors(outcome.problems)) withErrors++;

      if (n % HOST_EVERY !== 0) continue;
      const seeds = sheets.length ? sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(toSeed)) })) : [{ name: 'Blad1', rows: [] }];
      const host = createExcelHost({ apiVersion: NEWEST_API, sheets: seeds });
      const uninstall = host.install(globalThis);
      try {
        const hostBefore = new Map(host.sheetNames().map((name) => [name, gridOfValues(host.getValues(name))] as const));
        let viaExcel: RunOutcome;
        try {
          viaExcel = await runAll(createExcelGateway(), { today: TODAY });
        } catch (e) {
          throw new Error(`${label}: unhandled on the test host ${(e as Error).stack}`);
        }
        const hostAfter = new Map(host.sheetNames().map((name) => [name, gridOfValues(host.getValues(name))] as const));
        checkOutcome(`${label} (test host)`, sheets, viaExcel, hostBefore, hostAfter, host.sheetNames());
        expect({ label, problems: viaExcel.problems }).toEqual({ label, problems: outcome.problems });
        expect({ label, sheets: viaExcel.sheets }).toEqual({ label, sheets: outcome.sheets });
      } finally {
        uninstall();
      }
    }
    // The damage is varied: some workbooks still run, others stop with errors.
    expect(withErrors).toBeGreaterThan(ENGINE_CASES / 10);
    expect(withErrors).toBeLessThan(ENGINE_CASES);
  }, 60000 + ENGINE_CASES * 400);

  test(`${CLI_CASES} damaged .xlsx files through kring all --json`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-fuzz-'));
    const codes: number[] = [];
    for (let n = 0; n < CLI_CASES; n++) {
      const seed = SEED + 100000 + n;
      const { sheets, log } = mutate(seed, 1 + (n % 4));
      const label = `seed ${seed}: ${log.join('; ')}`;
      const file = path.join(dir, `in-${n}.xlsx`);
      const out = path.join(dir, `out-${n}.xlsx`);
      const wb = new ExcelJS.Workbook();
      fill(wb, sheets);
      await wb.xlsx.writeFile(file);
      const bytes = readFileSync(file);
      let stdout = '';
      let stderr = '';
      const code = await main(['all', file, '--json', '-o', out, '--date', TODAY], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
      codes.push(code);
      expect({ label, code, stderr: code === 0 || code === 1 ? '' : stderr }).toEqual({ label, code: code === 0 ? 0 : 1, stderr: '' });
      const summary = JSON.parse(stdout) as { problems: { severity: string }[]; sheets: string[] };
      expect(code).toBe(summary.problems.some((p) => p.severity === 'error') ? 1 : 0);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect({ label, written: existsSync(out) }).toEqual({ label, written: code === 0 });
      if (code !== 0) continue;
      const input = new ExcelJS.Workbook();
      await input.xlsx.load(bytes as unknown as ArrayBuffer);
      const output = new ExcelJS.Workbook();
      await output.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      const before = new Map(input.worksheets.map((ws) => [ws.name, gridOfWorksheet(ws)] as const));
      const after = new Map(output.worksheets.map((ws) => [ws.name, gridOfWorksheet(ws)] as const));
      const register = readWorkbook(await (await XlsxWorkbook.open(file)).readSheets(), { today: TODAY }).model.sheetNames.pairings;
      for (const s of sheets) {
        expect({ label, sheet: s.name, present: after.has(s.name) }).toEqual({ label, sheet: s.name, present: true });
        const rule = s.name === register ? registerRule(before.get(s.name)!) : undefined;
        expect({ label, sheet: s.name, changed: diff(before.get(s.name)!, after.get(s.name)!, rule) }).toEqual({ label, sheet: s.name, changed: [] });
      }
    }
    expect(codes).toContain(0);
    expect(codes).toContain(1);
  }, 60000);
});
