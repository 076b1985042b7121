/**
 * Failures part-way through a request: Excel applies a request's operations in order and stops at
 * one that fails, keeping those before it; a response can also be lost after everything was
 * applied. For every request that writes sheets or appends to the register, the request stops
 * after a few spread-out operations, after each operation of its tail (in the last request of a
 * write: the swap of temporary and real sheets), and after all of them; the workbook must then be
 * as before or complete, as in faults.test.ts.
 */
import { cutPoints, prepare, removeHost, scenarios } from './harness';
import { API_VERSIONS } from '../excelHost';

afterEach(() => removeHost());

const matrix: string[] = [];
afterAll(() => {
  if (process.env.KRING_FAULT_MATRIX) console.log(matrix.join('\n'));
});

describe('a request that stops part-way leaves no half-written state', () => {
  // At the manifest's minimum and the newest set: the feature checks change what a request holds.
  test.each(scenarios.flatMap((s) => API_VERSIONS.map((v) => [s.name, v, s] as const)))('%s at ExcelApi %s', async (_name, apiVersion, scenario) => {
    const run = await prepare(scenario, apiVersion);
    let cuts = 0;
    for (const call of run.log) {
      if (call.method !== 'writeSheets' && call.method !== 'appendRows') continue;
      for (let k = call.from; k <= call.to; k++) {
        const ops = run.operations[k - 1];
        // The swap: at most 5 operations per sheet written, and the calculation mode.
        const tail = call.method === 'appendRows' ? ops : k === call.to ? 6 * run.written.length + 4 : 0;
        for (const m of cutPoints(ops, tail)) {
          await run.failAndCheck(k, `request ${k} of ${run.requests} (${call.method}) fails after ${m} of ${ops} operations`, m);
          cuts++;
        }
      }
    }
    matrix.push(`${`${scenario.name} (${apiVersion})`.padEnd(42)} ${String(cuts).padStart(3)} partial failures: all checks passed`);
  }, 300_000);
});
