/**
 * Regression guard for Excel's limits (not timed): through Microsoft's client library every command
 * keeps each request (the release request included: the real serialized bytes) and response under
 * 4 MB, and its number of syncs grows only with the volume of data (one request per ~100,000 cells
 * read or per request budget written), never per client, sheet, form or chart.
 */
import { runAll, runCheck, runDecide, runEvaluate, runIntervisie, runMaps, runSetDecision, runSuggest, RunOutcome } from '../../src/engine/commands';
import { WorkbookGateway } from '../../src/engine/workbook';
import { createExcelGateway } from '../../src/excel';
import { createExcelHost, NEWEST_API } from '../excelHost';
import { organisation } from '../../bench/organisation';

const DATE = '2026-11-23';
const LIMIT = 4 * 1024 * 1024;
const COMMANDS: Record<string, (g: WorkbookGateway) => Promise<RunOutcome>> = {
  check: (g) => runCheck(g, { today: DATE }),
  suggest: (g) => runSuggest(g, { today: DATE }),
  decide: (g) => runDecide(g, { today: DATE }),
  maps: (g) => runMaps(g, { today: DATE, clients: [] }),
  evaluate: (g) => runEvaluate(g, { today: DATE, date: DATE }),
  intervisie: (g) => runIntervisie(g, { today: DATE, date: DATE }),
  all: (g) => runAll(g, { today: DATE, date: DATE, clients: [] }),
};

async function measure(command: string, clients: number) {
  const org = organisation(clients);
  const host = createExcelHost({ apiVersion: NEWEST_API });
  const uninstall = host.install(globalThis);
  try {
    for (const [name, rows] of Object.entries(org.sheets)) host.setSheet(name, rows);
    const gateway = createExcelGateway();
    if (command === 'decide') {
      const s = await runSuggest(gateway, { today: DATE });
      for (const p of s.suggest!.suggestions.slice(0, 5)) await runSetDecision(gateway, p, 'accepted');
    }
    host.resetStats();
    const outcome = await COMMANDS[command](gateway);
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const dataMb = Buffer.byteLength(JSON.stringify(Object.values(org.sheets))) / 2 ** 20;
    return { syncs: host.stats.syncCount, request: host.stats.largestRequestBytes, response: host.stats.largestResponseBytes, dataMb, sentMb: host.stats.totalBytes / 2 ** 20 };
  } finally {
    uninstall();
  }
}

describe.each(Object.keys(COMMANDS))('%s on the test host', (command) => {
  test('requests stay under 4 MB; syncs grow with the data volume only', async () => {
    // 160 clients in three locations of more than 50: no map per client, as at 1,500 (maps per client are budgeted in test/excel/budget).
    const small = await measure(command, 160);
    const large = await measure(command, 1500);
    for (const m of [small, large]) {
      expect(m.request).toBeLessThan(LIMIT);
      expect(m.response).toBeLessThan(LIMIT);
    }
    // Ten times the clients: at most one extra request per MB of input read and per 2 MB written —
    // a sync per client, form or chart would be hundreds.
    expect(large.syncs - small.syncs).toBeLessThanOrEqual(Math.ceil(large.dataMb) + Math.ceil(large.sentMb / 2) + 1);
  });
});
