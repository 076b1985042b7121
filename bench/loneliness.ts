/**
 * The loneliness scale at organisation size: an Eenzaamheid sheet for a bench organisation, with
 * every client measured on three dates (seeded), and the bench row "kring all with and without it".
 * Alone: node lib/bench/loneliness.js (KRING_BENCH_SIZES=10000 by default).
 */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { ITEMS } from '../src/engine/loneliness/scale';
import { Cell } from '../src/engine/workbook';
import { seededRandom } from '../src/sample/random';
import { Organisation, organisation } from './organisation';

export const LONELINESS_DATES = ['2026-03-01', '2026-06-01', '2026-09-01'];

/** The organisation with an Eenzaamheid sheet: every client on each of the dates, all six answers. */
export function withLoneliness(org: Organisation, seed = 23): Organisation {
  const rnd = seededRandom(seed);
  const words = ['ja', 'min of meer', 'nee'];
  const header: Cell[] = ['Cliënt-ID', 'Datum', ...ITEMS.map((i) => `${i.number}. ${i.statement.nl}`), 'Afgenomen door'];
  const rows: Cell[][] = [header];
  for (const client of org.sheets['Cliënten'].slice(1)) {
    for (const date of LONELINESS_DATES) rows.push([client[0], date, ...ITEMS.map(() => words[Math.floor(rnd() * 3)]), client[10]]);
  }
  const sheets = { ...org.sheets, Eenzaamheid: rows };
  return { sheets, counts: { ...org.counts, Eenzaamheid: rows.length - 1 } };
}

async function main(): Promise<void> {
  // Loaded here so that importing withLoneliness (tests) needs no ExcelJS.
  const { child, writeXlsx } = await import('./run');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-bench-lonely-'));
  try {
    for (const size of (process.env.KRING_BENCH_SIZES ?? '10000').split(',').map(Number)) {
      const org = organisation(size);
      const plain = path.join(dir, `org-${size}.xlsx`);
      const lonely = path.join(dir, `org-${size}-lonely.xlsx`);
      await writeXlsx(plain, org.sheets);
      await writeXlsx(lonely, withLoneliness(org).sheets);
      // Alternating pairs, the least CPU of each side compared: on a shared machine one pair alone varies by ±20%.
      const repeat = Number(process.env.KRING_BENCH_REPEAT ?? 3);
      const runs: { a: ReturnType<typeof child>; b: ReturnType<typeof child> }[] = [];
      for (let i = 0; i < repeat; i++) runs.push({ a: child(['all', plain, path.join(dir, 'out-plain.xlsx')]), b: child(['all', lonely, path.join(dir, 'out-lonely.xlsx')]) });
      const least = (side: 'a' | 'b') => runs.map((r) => r[side]).reduce((x, y) => (y.cpuMs < x.cpuMs ? y : x));
      const [a, b] = [least('a'), least('b')];
      const pairs = runs.map((r) => (r.b.cpuMs / r.a.cpuMs).toFixed(2)).join(', ');
      process.stdout.write(
        `| .xlsx (kring CLI path) | all, with Eenzaamheid (${size * LONELINESS_DATES.length} rows: ${size} clients × ${LONELINESS_DATES.length} dates) | ${size} | ${b.ms.toFixed(0)} | ${b.cpuMs.toFixed(0)} | – | – | ${b.peakMb.toFixed(0)} | – | – | – | – | – | – | CPU ${(b.cpuMs / a.cpuMs).toFixed(3)}× the same \`all\` without the sheet (${a.cpuMs.toFixed(0)} ms CPU, ${a.peakMb.toFixed(0)} MB), least of ${repeat} alternating runs each (pairs: ${pairs}) |\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
}
