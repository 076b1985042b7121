/**
 * `npm run print-check`: prints Kring's evaluation forms and intervisie agenda of the demo to PDF with
 * LibreOffice and checks that every form is on a page of its own. Needs `libreoffice` and
 * `pdftotext` (Debian: libreoffice-calc-nogui poppler-utils); exits 3 when they are missing.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { runEvaluate, runIntervisie, RunOutcome } from '../src/engine/commands';
import { WorkbookGateway } from '../src/engine/workbook';
import { XlsxWorkbook } from '../src/xlsx/gateway';

const DATE = '2026-11-23';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Runs a command on the sample with its writes going to a new workbook that keeps only the sheet
 * `keep` (LibreOffice prints every sheet), and returns that workbook.
 */
async function onlySheet(keep: string, run: (gateway: WorkbookGateway) => Promise<RunOutcome>): Promise<{ wb: XlsxWorkbook; outcome: RunOutcome }> {
  const sample = await XlsxWorkbook.open(path.resolve(__dirname, '..', '..', 'assets', 'sample.xlsx'));
  const wb = XlsxWorkbook.create();
  const gateway: WorkbookGateway = {
    readSheets: (names) => sample.readSheets(names),
    writeSheets: (specs, mode) => wb.writeSheets(specs.filter((s) => s.name === keep), mode),
    appendRows: async () => undefined,
    updateCells: async () => undefined,
  };
  return { wb, outcome: await run(gateway) };
}

async function printed(wb: XlsxWorkbook, keep: string, dir: string): Promise<string[]> {
  const file = path.join(dir, `${keep.replace(/\W+/g, '-')}.xlsx`);
  await wb.save(file);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  const text = execFileSync('pdftotext', ['-layout', file.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

async function main(): Promise<number> {
  if (!has('libreoffice') || !has('pdftotext')) {
    process.stderr.write('print-check: libreoffice and pdftotext are needed (apt-get install libreoffice-calc-nogui poppler-utils)\n');
    return 3;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-print-'));
  const { wb, outcome } = await onlySheet(`Evaluatie ${DATE}`, (g) => runEvaluate(g, { today: DATE, date: DATE }));
  const forms = outcome.evaluations?.length ?? 0;
  const pages = await printed(wb, `Evaluatie ${DATE}`, dir);
  const perPage = pages.map((p) => (p.match(/Evaluatie: /g) ?? []).length);
  let failed = 0;
  if (pages.length !== forms) {
    process.stderr.write(`print-check: ${forms} forms printed on ${pages.length} pages\n`);
    failed++;
  }
  perPage.forEach((n, i) => {
    if (n !== 1) {
      process.stderr.write(`print-check: page ${i + 1} holds ${n} forms\n`);
      failed++;
    }
  });
  const { wb: agenda } = await onlySheet(`Intervisie ${DATE}`, (g) => runIntervisie(g, { today: DATE, date: DATE }));
  const agendaPages = await printed(agenda, `Intervisie ${DATE}`, dir);
  const safety = agendaPages.filter((p) => p.includes('Veiligheid')).length;
  process.stdout.write(`print-check: ${forms} evaluation forms on ${pages.length} A4 pages (one per page: ${failed === 0 ? 'yes' : 'no'}); intervisie agenda on ${agendaPages.length} pages, safety on ${safety}; PDFs in ${dir}\n`);
  process.stdout.write(`${failed === 0 ? 1 : 0} passed, ${failed === 0 ? 0 : 1} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  },
);
