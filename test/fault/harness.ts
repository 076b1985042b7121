/**
 * Shared by the fault tests: the commands as scenarios on the sample, a view of the whole workbook,
 * and the check that a failed command left no half-written state.
 */
import { isDeepStrictEqual } from 'util';
import { runAll, runDecide, runEvaluate, runIntervisie, runMaps, runSaveSettings, runSetDecision, runSuggest, runTemplate } from '../../src/engine/commands';
import { defaultSettings } from '../../src/engine/settings';
import { createExcelGateway, ExcelGateway } from '../../src/excel';
import { isTemporarySheetName, isTemporaryTableName } from '../../src/excel/gateway';
import { sampleSheets } from '../../src/sample/generate';
import { TestHost, WorkbookSnapshot } from '../../src/testhost';
import { createExcelHost, NEWEST_API } from '../excelHost';

export const TODAY = '2026-11-23';
export const INPUT_SHEETS = ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Sociale kaart', 'Begeleiders', 'Instellingen'];
export const REGISTER = 'Koppelingen';

export type Method = 'readSheets' | 'writeSheets' | 'appendRows' | 'updateCells';
/** Which gateway call sent which requests (1-based request numbers, inclusive). */
export interface CallLog {
  method: Method;
  from: number;
  to: number;
}

let host: TestHost;
let uninstall: (() => void) | undefined;

/** A fresh strict host, installed as the global Excel / Office. */
export function newHost(apiVersion = NEWEST_API): TestHost {
  uninstall?.();
  host = createExcelHost({ apiVersion });
  uninstall = host.install(globalThis);
  return host;
}

export function removeHost(): void {
  uninstall?.();
  uninstall = undefined;
}

/** A gateway that records which of its calls sent which requests. */
export function trackedGateway(log: CallLog[]): ExcelGateway {
  const gateway = createExcelGateway();
  const wrap =
    <A extends unknown[], R>(method: Method, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const from = host.stats.syncCount + 1;
      try {
        return await fn(...args);
      } finally {
        log.push({ method, from, to: host.stats.syncCount });
      }
    };
  return {
    ...gateway,
    readSheets: wrap('readSheets', gateway.readSheets),
    writeSheets: wrap('writeSheets', gateway.writeSheets),
    appendRows: wrap('appendRows', gateway.appendRows),
    updateCells: wrap('updateCells', gateway.updateCells),
  };
}

export interface SheetState {
  values: unknown[][];
  info: unknown;
  charts: unknown;
}

export interface WorkbookView {
  names: string[];
  calc: string;
  tables: string[];
  sheets: Map<string, SheetState>;
}

export function view(): WorkbookView {
  const sheets = new Map<string, SheetState>();
  for (const name of host.sheetNames()) sheets.set(name, { values: host.getValues(name), info: host.sheet(name), charts: host.charts(name) });
  return { names: host.sheetNames(), calc: host.calculationMode(), tables: host.tables().map((t) => `${t.name}@${t.address}`), sheets };
}

/** What an input sheet must keep: its values and its tables. */
const inputPart = (s: SheetState | undefined) => s && { values: s.values, tables: (s.info as { tables: unknown }).tables };

/** Deep equality of two views (both built the same way, so strict equality is right). */
export const same = (a: unknown, b: unknown): boolean => isDeepStrictEqual(a, b);

export interface Scenario {
  name: string;
  /** Build the starting workbook on a fresh host (through the gateway, as a user would). */
  prepare(gateway: ExcelGateway): Promise<void>;
  run(gateway: ExcelGateway): Promise<{ sheets: string[] }>;
  /** One mutating gateway call: the whole workbook must be as before or as after the clean run. */
  atomic: boolean;
  /** The register may be as after the clean run (decide appends to it before writing other sheets). */
  registerMayChange?: boolean;
  /** The command replaces output sheets that exist (with different content). */
  replaces?: boolean;
}

/** Checks the workbook after a failed run against the state before and after a clean run. */
export function checkAfterFailure(scenario: Scenario, before: WorkbookView, after: WorkbookView, label: string): void {
  const now = view();
  const where = `${scenario.name}, ${label}`;
  const leftovers = now.names.filter(isTemporarySheetName);
  if (leftovers.length) throw new Error(`${where}: temporary sheets left: ${leftovers.join(', ')}`);
  const tempTables = host.tables().filter((t) => isTemporaryTableName(t.name));
  if (tempTables.length) throw new Error(`${where}: temporary tables left: ${tempTables.map((t) => t.name).join(', ')}`);
  if (now.calc !== before.calc) throw new Error(`${where}: calculation mode ${now.calc}, was ${before.calc}`);

  for (const name of now.names) {
    if (!before.sheets.has(name) && !after.sheets.has(name)) throw new Error(`${where}: unexpected sheet "${name}"`);
  }
  for (const name of new Set([...before.names, ...after.names])) {
    const was = before.sheets.get(name);
    const is = now.sheets.get(name);
    const complete = after.sheets.get(name);
    if (INPUT_SHEETS.includes(name) && was) {
      const ok = same(inputPart(is), inputPart(was)) || (scenario.registerMayChange && name === REGISTER && same(inputPart(is), inputPart(complete)));
      if (!ok) throw new Error(`${where}: input sheet "${name}" changed`);
      continue;
    }
    // An output sheet, or an input sheet the command creates: as before (absent if it was absent), or complete.
    if (!same(is, was) && !same(is, complete)) {
      const state = !is ? 'missing' : !was && !complete ? 'unexpected' : 'half-written';
      throw new Error(`${where}: output sheet "${name}" is ${state}`);
    }
  }
  if (scenario.atomic && !same(now, before) && !same(now, after)) throw new Error(`${where}: the workbook is neither as before nor as after`);
}

export async function decisionsSet(gateway: ExcelGateway) {
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  const first = await runSuggest(gateway, { today: TODAY });
  const [a, b] = first.suggest!.suggestions;
  await runSetDecision(gateway, a, 'accepted');
  await runSetDecision(gateway, b, 'rejected');
}

/** Change every client's name, so that a re-run's output sheets differ from the first run's. */
function renameClients(): void {
  const values = host.getValues('Cliënten');
  for (let r = 1; r < values.length; r++) if (values[r][1]) host.typeInCell('Cliënten', `B${r + 1}`, `${values[r][1]} (nieuw)`);
}

function twoClientsWithMaps(): string[] {
  const contacts = sampleSheets().find((s) => s.name === 'Contacten')!;
  return [...new Set(contacts.rows.map((r) => String(r[0])))].slice(0, 2);
}

const allOptions = () => ({ today: TODAY, date: TODAY, clients: twoClientsWithMaps() });

export const scenarios: Scenario[] = [
  { name: 'template (empty workbook)', prepare: async () => undefined, run: (g) => runTemplate(g, { today: TODAY }), atomic: true },
  { name: 'suggest', prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined), run: (g) => runSuggest(g, { today: TODAY }), atomic: true },
  {
    name: 'suggest again (replacing its sheets)',
    prepare: async (g) => {
      await g.writeSheets(sampleSheets(), 'create-if-missing');
      await runSuggest(g, { today: TODAY });
      renameClients();
    },
    run: (g) => runSuggest(g, { today: TODAY }),
    atomic: true,
    replaces: true,
  },
  {
    name: 'maps (2 clients)',
    prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined),
    run: (g) => runMaps(g, { today: TODAY, clients: twoClientsWithMaps() }),
    atomic: true,
  },
  {
    name: 'maps again (replacing the maps)',
    prepare: async (g) => {
      await g.writeSheets(sampleSheets(), 'create-if-missing');
      await runMaps(g, { today: TODAY, clients: twoClientsWithMaps() });
      renameClients();
    },
    run: (g) => runMaps(g, { today: TODAY, clients: twoClientsWithMaps() }),
    atomic: true,
    replaces: true,
  },
  { name: 'evaluate', prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined), run: (g) => runEvaluate(g, { today: TODAY, date: TODAY }), atomic: true },
  { name: 'intervisie', prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined), run: (g) => runIntervisie(g, { today: TODAY, date: TODAY }), atomic: true },
  // Two clients' maps: sixty add nothing to what is checked, only time (every operation of the swap is cut).
  { name: 'all', prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined), run: (g) => runAll(g, allOptions()), atomic: true },
  {
    name: 'all again (replacing every output sheet)',
    prepare: async (g) => {
      await g.writeSheets(sampleSheets(), 'create-if-missing');
      await runAll(g, allOptions());
      renameClients();
    },
    run: (g) => runAll(g, allOptions()),
    atomic: true,
    replaces: true,
  },
  { name: 'decide (one accepted, one rejected)', prepare: decisionsSet, run: (g) => runDecide(g, { today: '2026-11-24' }), atomic: false, registerMayChange: true },
  { name: 'save settings (new sheet)', prepare: (g) => g.writeSheets(sampleSheets(), 'create-if-missing').then(() => undefined), run: (g) => runSaveSettings(g, { ...defaultSettings(), smallNetwork: 7 }), atomic: true },
  {
    name: 'save settings (existing sheet)',
    prepare: async (g) => {
      await g.writeSheets(sampleSheets(), 'create-if-missing');
      await runSaveSettings(g, defaultSettings());
    },
    run: (g) => runSaveSettings(g, { ...defaultSettings(), smallNetwork: 7, evaluationOverdueWeeks: 9 }),
    atomic: true,
  },
];

/**
 * Operation counts after which a request is made to fail part-way: a few spread over the request,
 * every one of its last `tail` operations (the swap at the end of a write), and "all" (a lost response).
 */
export function cutPoints(ops: number, tail: number): number[] {
  const points = new Set<number>([1, 2, Math.floor(ops / 4), Math.floor(ops / 2), Math.floor((ops * 3) / 4)]);
  for (let m = Math.max(1, ops - tail); m < ops; m++) points.add(m);
  points.add(Infinity);
  return [...points].filter((m) => m >= 1 && (m < ops || m === Infinity)).sort((a, b) => a - b);
}

/** The starting workbook, the clean run's requests and result, for one scenario. */
export interface Prepared {
  start: WorkbookSnapshot;
  before: WorkbookView;
  after: WorkbookView;
  /** Requests of the clean run, and which gateway call sent them. */
  requests: number;
  operations: number[];
  log: CallLog[];
  /** Sheets the clean run wrote. */
  written: string[];
  /** Restore the start, make request k fail (optionally after some operations), run, check. */
  failAndCheck(k: number, label: string, afterOperations?: number): Promise<void>;
}

export async function prepare(scenario: Scenario, apiVersion = NEWEST_API): Promise<Prepared> {
  newHost(apiVersion);
  await scenario.prepare(createExcelGateway());
  const start = host.snapshot();
  const before = view();
  const log: CallLog[] = [];
  host.resetStats();
  const outcome = await scenario.run(trackedGateway(log));
  const after = view();
  const requests = host.stats.syncCount;
  const operations = host.stats.requests.map((r) => r.operations);
  expect(requests).toBeGreaterThan(0);
  expect(after.names.filter(isTemporarySheetName)).toEqual([]);
  if (scenario.replaces) {
    const replaced = outcome.sheets.filter((name) => before.sheets.has(name) && !same(before.sheets.get(name), after.sheets.get(name)));
    expect(replaced.length).toBeGreaterThan(0);
  }
  return {
    start,
    before,
    after,
    requests,
    operations,
    log,
    written: outcome.sheets,
    async failAndCheck(k, label, afterOperations) {
      host.restore(start);
      host.resetStats();
      host.failAtSync(k, 'GeneralException', afterOperations === undefined ? undefined : { afterOperations });
      let error: unknown;
      await scenario.run(createExcelGateway()).catch((e) => (error = e));
      if (!error) throw new Error(`${scenario.name}, ${label}: the command did not fail`);
      checkAfterFailure(scenario, before, after, label);
    },
  };
}

export function currentHost(): TestHost {
  return host;
}
