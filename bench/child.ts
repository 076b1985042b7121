/**
 * One benchmark measurement in a fresh process, so that peak memory belongs to it alone.
 * node lib/bench/child.js <floor|check|suggest|decide|maps|evaluate|intervisie|all> <file.xlsx> <out.xlsx>
 * Prints {"ms":…, "cpuMs":…, "peakMb":…, "inflatedMb":…}: wall time, CPU time of the process (user +
 * system, less disturbed by other load on a shared machine), peak RSS and, for Kring, the bytes of
 * the package it inflated (exact: what it read).
 */
import ExcelJS from 'exceljs';
import { runAll, runCheck, runDecide, runEvaluate, runIntervisie, runMaps, runSetDecision, runSuggest, RunOutcome } from '../src/engine/commands';
import { XlsxWorkbook } from '../src/xlsx/gateway';

const DATE = '2026-11-23';

async function main(): Promise<void> {
  const [command, file, out] = process.argv.slice(2);
  let ms = 0;
  let inflatedMb: number | undefined;
  let cpu = process.cpuUsage();
  if (command === 'floor') {
    const start = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    await wb.xlsx.writeFile(out);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
  } else {
    let wb: XlsxWorkbook;
    if (command === 'decide') {
      // Untimed preparation: suggestions with 100 decisions set, as a team would.
      wb = await XlsxWorkbook.open(file);
      const s = await runSuggest(wb, { today: DATE });
      for (const [i, p] of (s.suggest?.suggestions ?? []).slice(0, 100).entries()) await runSetDecision(wb, p, i % 4 === 3 ? 'rejected' : 'accepted');
      await wb.save(out);
    }
    cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    wb = await XlsxWorkbook.open(command === 'decide' ? out : file);
    const options = { today: DATE, date: DATE };
    const run: Record<string, () => Promise<RunOutcome>> = {
      check: () => runCheck(wb, options),
      suggest: () => runSuggest(wb, options),
      decide: () => runDecide(wb, options),
      maps: () => runMaps(wb, { ...options, clients: [] }),
      evaluate: () => runEvaluate(wb, options),
      intervisie: () => runIntervisie(wb, options),
      all: () => runAll(wb, { ...options, clients: [] }),
    };
    const outcome = await run[command]();
    if (outcome.problems.some((p) => p.severity === 'error')) throw new Error(`${command}: input has errors`);
    if (command !== 'check') await wb.save(out);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    inflatedMb = wb.inflatedBytes() / 2 ** 20;
  }
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, inflatedMb }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
