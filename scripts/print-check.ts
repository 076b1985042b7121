/**
 * `npm run print-check`: prints Kring's evaluation forms, intervisie agenda and Koppelvoorstellen of the
 * demo to PDF with LibreOffice and checks that every form is on a page of its own and fills at
 * least 60% of its height (the text's extent, from `pdftotext -bbox`), that
 * Koppelvoorstellen prints on landscape pages with its header row on every page, and that no
 * internal key (KRING-EVAL…) is on any printed page, and that Resultaten prints one A4 page per
 * scope (the organisation, each location) with its charts (loneliness among them), and that every
 * loneliness questionnaire prints on one portrait A4 page of its own, without scores. Needs `libreoffice` and
 * `pdftotext` (Debian: libreoffice-calc-nogui poppler-utils); exits 3 when they are missing.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { runEvaluate, runIntervisie, runQuestionnaire, runResults, runSuggest, RunOutcome } from '../src/engine/commands';
import { WorkbookGateway } from '../src/engine/workbook';
import { XlsxWorkbook } from '../src/xlsx/gateway';

const DATE = '2026-11-23';
/** A printed evaluation form spans at least this share of the page's printable height. */
const MIN_FORM_FILL = 0.6;

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

/** Page margins Kring sets (top and bottom, in points): the header and footer print inside them. */
const MARGIN_TOP = 0.75 * 72;
const MARGIN_BOTTOM = 0.75 * 72;

/**
 * How much of each page's printable height (between the top and bottom margins) the text spans,
 * from the top of its first word to the bottom of its last: from `pdftotext -bbox`, leaving out
 * the page header and footer (which print in the margins).
 */
function filledHeight(pdf: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const height = Number(m[2]);
    const body = [...m[3].matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .map((w) => [Number(w[1]), Number(w[2])])
      .filter(([y0, y1]) => y0 >= MARGIN_TOP - 2 && y1 <= height - MARGIN_BOTTOM + 2);
    if (!body.length) return 0;
    const top = Math.min(...body.map((b) => b[0]));
    const bottom = Math.max(...body.map((b) => b[1]));
    return (bottom - top) / (height - MARGIN_TOP - MARGIN_BOTTOM);
  });
}

/** The printed pages' text, for each page whether it is landscape (wider than high) and A4, and the share of its height the text fills. */
async function printedPages(wb: XlsxWorkbook, keep: string, dir: string): Promise<{ text: string; landscape: boolean; a4: boolean; filled: number }[]> {
  const file = path.join(dir, `${keep.replace(/\W+/g, '-')}.xlsx`);
  await wb.save(file);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  const pdf = file.replace(/\.xlsx$/, '.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  const info = has('pdfinfo') ? execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' }) : '';
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  // A4 is 595 x 842 points, either way round.
  const a4 = (w: number, h: number) => Math.abs(Math.min(w, h) - 595) < 3 && Math.abs(Math.max(w, h) - 842) < 3;
  const filled = filledHeight(pdf);
  return pages.map((p, i) => ({ text: p, landscape: sizes[i] ? sizes[i][0] > sizes[i][1] : false, a4: sizes[i] ? a4(sizes[i][0], sizes[i][1]) : false, filled: filled[i] ?? 0 }));
}

async function printed(wb: XlsxWorkbook, keep: string, dir: string): Promise<string[]> {
  return (await printedPages(wb, keep, dir)).map((p) => p.text);
}

async function main(): Promise<number> {
  if (!has('libreoffice') || !has('pdftotext')) {
    process.stderr.write('print-check: libreoffice and pdftotext are needed (apt-get install libreoffice-calc-nogui poppler-utils)\n');
    return 3;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-print-'));
  const { wb, outcome } = await onlySheet(`Evaluatie ${DATE.split('-').reverse().join('-')}`, (g) => runEvaluate(g, { today: DATE, date: DATE }));
  const forms = outcome.evaluations?.length ?? 0;
  const formPages = await printedPages(wb, `Evaluatie ${DATE.split('-').reverse().join('-')}`, dir);
  const pages = formPages.map((p) => p.text);
  const perPage = pages.map((p) => (p.match(/Evaluatie: /g) ?? []).length);
  let failed = 0;
  // Each form uses its A4 page: the text spans at least 60% of the printable height.
  const fills = formPages.map((p) => p.filled);
  fills.forEach((f, i) => {
    if (f < MIN_FORM_FILL) {
      process.stderr.write(`print-check: form page ${i + 1} fills ${Math.round(f * 100)}% of the page height (at least ${MIN_FORM_FILL * 100}%)\n`);
      failed++;
    }
  });
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
  const { wb: agenda } = await onlySheet(`Intervisie ${DATE.split('-').reverse().join('-')}`, (g) => runIntervisie(g, { today: DATE, date: DATE }));
  const agendaPages = await printed(agenda, `Intervisie ${DATE.split('-').reverse().join('-')}`, dir);
  const safety = agendaPages.filter((p) => p.includes('Veiligheid')).length;
  // Koppelvoorstellen: landscape, the header row on every page.
  const { wb: suggestions } = await onlySheet('Koppelvoorstellen', (g) => runSuggest(g, { today: DATE }));
  const suggestionPages = await printedPages(suggestions, 'Koppelvoorstellen', dir);
  const portrait = suggestionPages.filter((p) => !p.landscape).length;
  const withoutHeader = suggestionPages.filter((p) => !/Netwerker-ID/.test(p.text)).length;
  if (portrait || withoutHeader) {
    process.stderr.write(`print-check: Koppelvoorstellen: ${portrait} of ${suggestionPages.length} pages portrait, ${withoutHeader} without the header row\n`);
    failed++;
  }
  // Resultaten: one A4 page per scope, each with its own heading and its charts.
  const { wb: results, outcome: resultsOutcome } = await onlySheet('Resultaten', (g) => runResults(g, { today: DATE }));
  const scopes = (resultsOutcome.results ?? []).map((o) => (o.location === null ? 'Organisatie' : `Locatie ${o.location}`));
  const resultPages = await printedPages(results, 'Resultaten', dir);
  const scopeOnPage = resultPages.map((p) => scopes.filter((s) => new RegExp(`^\\s*${s}\\s*$`, 'm').test(p.text)));
  const misplaced = resultPages.filter((p, i) => !p.a4 || scopeOnPage[i].length !== 1 || !/Mediaan netwerkgrootte/.test(p.text) || !/Eenzaamheid: aandeel sterk/.test(p.text)).length;
  if (resultPages.length !== scopes.length || misplaced) {
    process.stderr.write(`print-check: Resultaten: ${scopes.length} scopes on ${resultPages.length} pages; per page: ${scopeOnPage.map((s) => s.join('+') || '-').join(', ')}; ${misplaced} pages not one A4 scope with its charts\n`);
    failed++;
  }
  // Loneliness questionnaires: one portrait A4 page per client, filling the page, no scores on it.
  const questionnaire = `Vragenlijst ${DATE.split('-').reverse().join('-')}`;
  const { wb: lonely, outcome: lonelyOutcome } = await onlySheet(questionnaire, (g) => runQuestionnaire(g, { today: DATE, date: DATE, location: 'De Linde' }));
  const asked = lonelyOutcome.questionnaires?.length ?? 0;
  const questionnairePages = await printedPages(lonely, questionnaire, dir);
  const badQuestionnaires = questionnairePages.filter((p) => !p.a4 || p.landscape || (p.text.match(/Vragenlijst: hoe voelt u zich\?/g) ?? []).length !== 1 || p.filled < MIN_FORM_FILL || /score|eenzaam \(|\(0–6\)/i.test(p.text) || (p.text.match(/☐/g) ?? []).length !== 18).length;
  if (questionnairePages.length !== asked || badQuestionnaires || !asked) {
    process.stderr.write(`print-check: ${asked} questionnaires on ${questionnairePages.length} pages; ${badQuestionnaires} pages not one portrait A4 form with 18 boxes, filled at least ${MIN_FORM_FILL * 100}%, without scores\n`);
    failed++;
  }
  const qFills = questionnairePages.map((p) => p.filled);
  // No internal key on any printed page.
  const keyed = [...pages, ...agendaPages, ...suggestionPages.map((p) => p.text), ...resultPages.map((p) => p.text), ...questionnairePages.map((p) => p.text)].filter((p) => /KRING-[A-Z]+:/.test(p)).length;
  if (keyed) {
    process.stderr.write(`print-check: ${keyed} printed pages show an internal key (KRING-EVAL:, KRING-FORM:, KRING-SAFE:, KRING-AGENDA: …)\n`);
    failed++;
  }
  const fillText = fills.length ? `${Math.round(Math.min(...fills) * 100)}–${Math.round(Math.max(...fills) * 100)}%` : 'none';
  process.stdout.write(`print-check: ${forms} evaluation forms on ${pages.length} A4 pages (one per page: ${perPage.every((n) => n === 1) && pages.length === forms ? 'yes' : 'no'}; page height filled: ${fillText}); intervisie agenda on ${agendaPages.length} pages, safety on ${safety}; Koppelvoorstellen on ${suggestionPages.length} pages (landscape: ${portrait ? 'no' : 'yes'}, header on every page: ${withoutHeader ? 'no' : 'yes'}); Resultaten: ${scopes.length} scopes on ${resultPages.length} A4 pages; ${asked} loneliness questionnaires on ${questionnairePages.length} A4 pages (filled: ${qFills.length ? `${Math.round(Math.min(...qFills) * 100)}–${Math.round(Math.max(...qFills) * 100)}%` : 'none'}); internal key printed: ${keyed ? 'yes' : 'no'}; PDFs in ${dir}\n`);
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
