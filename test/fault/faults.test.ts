/**
 * "No half-written state": every command, with a failure injected at each of its requests (syncs).
 *
 * For each command: a clean run counts its requests N and gives the complete result; then, from
 * the same starting workbook (a snapshot of the test host), request k = 1..N fails before
 * anything of it is applied, and the workbook must afterwards be either as before or have
 * complete output sheets (equal to the clean run's): input sheets keep their values (the register
 * may only have its complete, successful update), no temporary sheet or table is left, the
 * calculation mode is restored. Failures part-way through a request: partial.test.ts.
 */
import { runDecide } from '../../src/engine/commands';
import { createExcelGateway } from '../../src/excel';
import { CallLog, REGISTER, currentHost, decisionsSet, newHost, prepare, removeHost, scenarios, trackedGateway } from './harness';
import { API_VERSIONS } from '../excelHost';

afterEach(() => removeHost());

const matrix: string[] = [];
afterAll(() => {
  if (process.env.KRING_FAULT_MATRIX) console.log(matrix.join('\n'));
});

describe('a failure at any request leaves no half-written state', () => {
  // At the manifest's minimum and the newest set: the feature checks change what a request holds.
  test.each(scenarios.flatMap((s) => API_VERSIONS.map((v) => [s.name, v, s] as const)))('%s at ExcelApi %s', async (_name, apiVersion, scenario) => {
    const run = await prepare(scenario, apiVersion);
    for (let k = 1; k <= run.requests; k++) await run.failAndCheck(k, `request ${k} of ${run.requests} fails`);
    const calls = run.log.map((c) => `${c.method} ${c.from}${c.to > c.from ? `-${c.to}` : ''}`).join(', ');
    matrix.push(`${`${scenario.name} (${apiVersion})`.padEnd(42)} ${String(run.requests).padStart(2)} requests (${calls}): each failed, all checks passed`);
  }, 300_000);
});

describe('the register', () => {
  test('a failure while appending to the register leaves it as before', async () => {
    const host = newHost();
    await decisionsSet(createExcelGateway());
    const start = host.snapshot();
    const register = host.getValues(REGISTER);
    const log: CallLog[] = [];
    host.resetStats();
    await runDecide(trackedGateway(log), { today: '2026-11-24' });
    const appended = currentHost().getValues(REGISTER);
    expect(appended).toHaveLength(register.length + 1);
    const append = log.find((c) => c.method === 'appendRows')!;
    // Where the data ends; the rows; the co-authoring check (rows a colleague appended meanwhile).
    expect(append.to - append.from + 1).toBe(3);
    const written = append.from + 1;
    const ops = host.stats.requests[written - 1].operations;
    // A failure of the check after the rows went in leaves the register complete.
    host.restore(start);
    host.resetStats();
    host.failAtSync(append.to, 'GeneralException');
    await expect(runDecide(createExcelGateway(), { today: '2026-11-24' })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(host.getValues(REGISTER)).toEqual(appended);
    for (let k = append.from; k <= written; k++) {
      // Before anything is applied, and after each operation of the request but the last.
      for (const m of Array.from({ length: ops }, (_, i) => i)) {
        host.restore(start);
        host.resetStats();
        host.failAtSync(k, 'GeneralException', { afterOperations: m });
        await expect(runDecide(createExcelGateway(), { today: '2026-11-24' })).rejects.toMatchObject({ code: 'GeneralException' });
        expect(host.getValues(REGISTER)).toEqual(register);
        expect(host.sheetNames()).not.toContain('Kring afwijzingen');
      }
    }
  });
});
