/**
 * `npm run print-check`: prints the sheets a team lead takes into a meeting — the demo's evaluation
 * forms, intervisie agenda, Koppelvoorstellen, Begeleidersoverzicht, Resultaten and every
 * Netwerkkaart — to PDF with LibreOffice and measures the pages (scripts/printMeasures.ts):
 *
 * - every sheet: A4 pages; no word under 9 pt (`pdftotext -bbox` heights); every text cell of the
 *   printed range on the pages whole (not cut off, not run into its neighbour); no internal key
 *   (KRING-EVAL…); no text printed over text (maps aside, where a crowded ring may touch);
 * - forms: one per page, filling at least 60% of its height;
 * - the agenda (and every sheet printed as a document): no near-empty page before the last;
 * - Koppelvoorstellen: landscape, the header row on every page;
 * - Resultaten: a summary page, then one page per scope (the organisation, each location) with its charts;
 * - loneliness questionnaires: one portrait A4 page per client with its 18 boxes, no scores;
 * - intake forms: one portrait A4 page per client with a box per level of every competence;
 * - Netwerkkaart: one page per map sheet, the maps' frames covering at least half of it, the
 *   client named in the centre of each map, no helper number (a coordinate or a share as 0.5);
 * - the access workbook (often printed for the client): every page names the client in its
 *   header, at most two pages per part, their map drawn (not its drawing data).
 *
 * The page images are kept in test-results/print/ for a reviewer. Needs `libreoffice`,
 * `pdftotext` and `pdftoppm` (Debian: libreoffice-calc-nogui poppler-utils, and
 * fonts-crosextra-carlito for Calibri's metrics); exits 3 when they are missing.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { runAccess, runEvaluate, runIntervisie, runMaps, runIntakeForms, runQuestionnaire, runResults, runSuggest, RunOutcome } from '../src/engine/commands';
import { SheetSpec, WorkbookGateway } from '../src/engine/workbook';
import { intakeCompetences } from '../src/engine/intake/kind';
import { defaultSettings } from '../src/engine/settings';
import { XlsxWorkbook } from '../src/xlsx/gateway';
import { chartFrames, filledShare, keepImages, missingTexts, overlappingWords, Page, pdfPages, printedTexts, smallWords } from './printMeasures';

const DATE = '2026-11-23';
const SHOWN = DATE.split('-').reverse().join('-');
/** A printed evaluation form spans at least this share of the page's printable height. */
const MIN_FORM_FILL = 0.6;
/** A page before the last of a document is not near-empty: its text spans at least this share. */
const MIN_PAGE_FILL = 0.4;
/** The maps cover at least this share of their page. */
const MIN_MAP_SHARE = 0.5;
const IMAGES = path.resolve(__dirname, '..', '..', 'test-results', 'print');

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

interface Printed {
  name: string;
  specs: SheetSpec[];
  outcome: RunOutcome;
  pages: (Page & { text: string; landscape: boolean; a4: boolean; filled: number })[];
  pdf: string;
}

/**
 * Runs a command on the sample with its writes going to a new workbook that keeps only the sheets
 * `keep` accepts (LibreOffice prints every sheet), prints it, and returns its pages.
 */
async function printSheets(name: string, keep: (sheet: string) => boolean, run: (gateway: WorkbookGateway) => Promise<RunOutcome>, dir: string): Promise<Printed> {
  const sample = await XlsxWorkbook.open(path.resolve(__dirname, '..', '..', 'assets', 'sample.xlsx'));
  const wb = XlsxWorkbook.create();
  const specs: SheetSpec[] = [];
  const gateway: WorkbookGateway = {
    readSheets: (names) => sample.readSheets(names),
    writeSheets: (all, mode) => {
      const mine = all.filter((s) => keep(s.name));
      specs.push(...mine);
      return wb.writeSheets(mine, mode);
    },
    appendRows: async () => undefined,
    updateCells: async () => undefined,
  };
  const outcome = await run(gateway);
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
  await wb.save(file);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 300_000 });
  const pdf = file.replace(/\.xlsx$/, '.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const boxes = pdfPages(pdf);
  // A4 is 595 x 842 points, either way round.
  const a4 = (p: Page) => Math.abs(Math.min(p.width, p.height) - 595) < 3 && Math.abs(Math.max(p.width, p.height) - 842) < 3;
  const pages = boxes.map((p, i) => ({ ...p, text: text[i] ?? '', landscape: p.width > p.height, a4: a4(p), filled: filledShare(p) }));
  keepImages(pdf, IMAGES, name);
  return { name, specs, outcome, pages, pdf };
}

/**
 * Findings: every measure is reported. `gate` marks the measures the printouts meet today, which
 * fail the check (and CI) when they break; the others are targets of issue 21 still open (listed,
 * counted, not failing) unless KRING_PRINT_STRICT=1, when every finding fails.
 */
let failed = 0;
let gated = 0;
function failWith(message: string, gate = false): void {
  process.stderr.write(`print-check: ${gate ? '' : '(target) '}${message}\n`);
  failed++;
  if (gate) gated++;
}
const sample = (words: { text: string }[]) => words.slice(0, 6).map((w) => JSON.stringify(w.text)).join(', ');

const fail = failWith;

/** What every printed sheet must satisfy (`gate`: all of it fails the check). */
function common(p: Printed, options: { overlaps?: boolean; document?: boolean; gate?: boolean } = {}): void {
  const fail = (message: string, gate = false) => failWith(message, gate || !!options.gate);
  const notA4 = p.pages.filter((x) => !x.a4).length;
  if (notA4) fail(`${p.name}: ${notA4} of ${p.pages.length} pages not A4`);
  p.pages.forEach((page, i) => {
    const small = smallWords(page);
    if (small.length) fail(`${p.name}: page ${i + 1} has ${small.length} words under 9 pt (${sample(small)}; ${Math.min(...small.map((w) => w.y1 - w.y0)).toFixed(1)} pt high)`);
    const over = options.overlaps === false ? [] : overlappingWords(page);
    if (over.length) fail(`${p.name}: page ${i + 1} prints text over text: ${over.slice(0, 4).map(([a, b]) => `${JSON.stringify(a.text)}/${JSON.stringify(b.text)}`).join(', ')}`);
    if (/KRING-[A-Z]+:/.test(page.text)) fail(`${p.name}: page ${i + 1} shows an internal key (KRING-EVAL:, KRING-FORM:, KRING-SAFE:, KRING-AGENDA: …)`, true);
    if (options.document && i < p.pages.length - 1 && page.filled < MIN_PAGE_FILL) fail(`${p.name}: page ${i + 1} of ${p.pages.length} is near-empty (its text spans ${Math.round(page.filled * 100)}% of the page)`);
  });
  const missing = missingTexts(p.specs.flatMap(printedTexts), p.pages);
  if (missing.length) fail(`${p.name}: ${missing.length} cell texts not whole on the pages: ${missing.slice(0, 5).map((t) => JSON.stringify(t.length > 60 ? `${t.slice(0, 60)}…` : t)).join(', ')}`);
}

/** Netwerkkaart: a page per map sheet, the maps covering half of it, the client named in each map's centre, no helper number. */
function maps(p: Printed): string {
  if (p.pages.length !== p.specs.length) fail(`Netwerkkaart: ${p.specs.length} map sheets printed on ${p.pages.length} pages`);
  const frames = chartFrames(p.pdf, p.pages.length);
  const shares: number[] = [];
  p.specs.forEach((spec, i) => {
    const page = p.pages[i];
    if (!page) return;
    const scatter = (spec.charts ?? []).filter((c) => c.type === 'scatter');
    const own = frames[i].filter((f) => f.y0 < page.height / 2);
    const share = own.reduce((s, f) => s + (f.x1 - f.x0) * (f.y1 - f.y0), 0) / (page.width * page.height);
    shares.push(share);
    if (own.length !== scatter.length || share < MIN_MAP_SHARE) fail(`${spec.name}: ${scatter.length} maps, ${own.length} found on the page covering ${Math.round(share * 100)}% of it (at least ${MIN_MAP_SHARE * 100}%)`);
    const helpers = page.words.filter((w) => /^-?\d*[.,]\d{2,}$/.test(w.text) || /^0[.,]\d+$/.test(w.text));
    if (helpers.length) fail(`${spec.name}: helper numbers printed (${sample(helpers)})`);
    for (const [k, chart] of scatter.entries()) {
      const f = own.sort((a, b) => a.x0 - b.x0)[k];
      const ego = chart.series.find((s) => s.markerSize === 10)?.name ?? '';
      const first = ego.split(/\s+/)[0];
      const cx = f ? (f.x0 + f.x1) / 2 : 0;
      const centred = f && page.words.some((w) => w.text === first && w.x0 > cx - 10 && w.x0 < cx + 40 && w.y0 > f.y0 + (f.y1 - f.y0) * 0.2 && w.y1 < f.y0 + (f.y1 - f.y0) * 0.8);
      if (!centred) fail(`${spec.name}: map ${k + 1} does not name ${JSON.stringify(ego)} in its centre`);
    }
  });
  return shares.length ? `${Math.round(Math.min(...shares) * 100)}–${Math.round(Math.max(...shares) * 100)}%` : 'none';
}

async function main(): Promise<number> {
  if (!has('libreoffice') || !has('pdftotext') || !has('pdftoppm')) {
    process.stderr.write('print-check: libreoffice, pdftotext and pdftoppm are needed (apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito)\n');
    return 3;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-print-'));
  const at = { today: DATE, date: DATE };
  // Evaluation forms: one per A4 page, filling it.
  const forms = await printSheets(`Evaluatie ${SHOWN}`, (s) => s === `Evaluatie ${SHOWN}`, (g) => runEvaluate(g, at), dir);
  const count = forms.outcome.evaluations?.length ?? 0;
  common(forms, { gate: true });
  forms.pages.forEach((p, i) => {
    const n = (p.text.match(/Evaluatie: /g) ?? []).length;
    if (p.filled < MIN_FORM_FILL) fail(`form page ${i + 1} fills ${Math.round(p.filled * 100)}% of the page height (at least ${MIN_FORM_FILL * 100}%)`, true);
    if (n !== 1) fail(`page ${i + 1} holds ${n} forms`, true);
  });
  if (forms.pages.length !== count) fail(`${count} forms printed on ${forms.pages.length} pages`, true);
  // The intervisie agenda: a meeting document.
  const agenda = await printSheets(`Intervisie ${SHOWN}`, (s) => s === `Intervisie ${SHOWN}`, (g) => runIntervisie(g, at), dir);
  common(agenda, { document: true });
  // Koppelvoorstellen: landscape, the header row on every page, every explanation whole.
  const suggestions = await printSheets('Koppelvoorstellen', (s) => s === 'Koppelvoorstellen', (g) => runSuggest(g, { today: DATE }), dir);
  common(suggestions, { document: true, gate: true });
  const portrait = suggestions.pages.filter((p) => !p.landscape).length;
  const withoutHeader = suggestions.pages.filter((p) => !/Netwerker-ID/.test(p.text)).length;
  if (portrait || withoutHeader) fail(`Koppelvoorstellen: ${portrait} of ${suggestions.pages.length} pages portrait, ${withoutHeader} without the header row`, true);
  // Begeleidersoverzicht and Resultaten.
  const supervisors = await printSheets('Begeleidersoverzicht', (s) => s === 'Begeleidersoverzicht', (g) => runResults(g, { today: DATE }), dir);
  common(supervisors, { document: true, gate: true });
  // A block per begeleider, each whole on one page: its name and its last line (the points of attention) on the same page.
  const names = (supervisors.specs[0]?.rows ?? []).map((r) => String(r[0]));
  const split = supervisors.pages.filter((p) => names.filter((n) => p.text.includes(n)).length !== (p.text.match(/Aandachtspunten:/g) ?? []).length).length;
  const found = names.filter((n) => supervisors.pages.some((p) => p.text.includes(n))).length;
  if (split || found !== names.length) fail(`Begeleidersoverzicht: ${found} of ${names.length} begeleiders printed; ${split} pages with a block split over two pages`, true);
  const results = await printSheets('Resultaten', (s) => s === 'Resultaten', (g) => runResults(g, { today: DATE }), dir);
  common(results, { gate: true });
  const scopes = (results.outcome.results ?? []).map((o) => (o.location === null ? 'Organisatie' : `Locatie ${o.location}`));
  // Page 1: the summary of every scope; then a page per scope with its heading and its charts.
  const scopeOnPage = results.pages.map((p) => scopes.filter((s) => new RegExp(`^\\s*${s}\\s*$`, 'm').test(p.text)));
  const summary = results.pages[0]?.text ?? '';
  const summaryBad = scopeOnPage[0]?.length !== 0 || !scopes.every((s) => summary.includes(s));
  const misplaced = results.pages.slice(1).filter((p, i) => scopeOnPage[i + 1].length !== 1 || !p.words.some((w) => w.text === 'netwerkgrootte')).length;
  if (results.pages.length !== scopes.length + 1 || summaryBad || misplaced) fail(`Resultaten: ${scopes.length} scopes on ${results.pages.length} pages (a summary page, then one per scope); per page: ${scopeOnPage.map((s) => s.join('+') || '-').join(', ')}; ${misplaced} pages not one scope with its charts`, true);
  // Loneliness questionnaires: one portrait A4 page per client, filling the page, no scores on it.
  const questionnaire = `Vragenlijst ${SHOWN}`;
  const lonely = await printSheets(questionnaire, (s) => s === questionnaire, (g) => runQuestionnaire(g, { today: DATE, date: DATE, location: 'De Linde' }), dir);
  common(lonely);
  const asked = lonely.outcome.questionnaires?.length ?? 0;
  const badQuestionnaires = lonely.pages.filter((p) => p.landscape || (p.text.match(/Vragenlijst: hoe voelt u zich\?/g) ?? []).length !== 1 || p.filled < MIN_FORM_FILL || /score|eenzaam \(|\(0–6\)/i.test(p.text) || (p.text.match(/☐/g) ?? []).length !== 18).length;
  if (lonely.pages.length !== asked || badQuestionnaires || !asked) fail(`${asked} questionnaires on ${lonely.pages.length} pages; ${badQuestionnaires} pages not one portrait A4 form with 18 boxes, filled at least ${MIN_FORM_FILL * 100}%, without scores`, true);
  // Intake forms: one portrait A4 page per client, filling the page, five boxes per competence.
  const intakeName = `Intake ${SHOWN}`;
  const intake = await printSheets(intakeName, (s) => s === intakeName, (g) => runIntakeForms(g, { today: DATE, date: DATE, location: 'De Linde' }), dir);
  common(intake);
  const intakes = intake.outcome.intakeForms?.length ?? 0;
  const boxes = 5 * intakeCompetences(defaultSettings()).length;
  const badIntakes = intake.pages.filter((p) => p.landscape || (p.text.match(/Intake: wat kunt u, wat wilt u\?/g) ?? []).length !== 1 || p.filled < MIN_FORM_FILL || (p.text.match(/☐/g) ?? []).length !== boxes).length;
  if (intake.pages.length !== intakes || badIntakes || !intakes) fail(`${intakes} intake forms on ${intake.pages.length} pages; ${badIntakes} pages not one portrait A4 form with ${boxes} boxes, filled at least ${MIN_FORM_FILL * 100}%`, true);
  // Every Netwerkkaart of the demo, one page each.
  const mapSheets = await printSheets('Netwerkkaart', (s) => s.startsWith('Netwerkkaart '), (g) => runMaps(g, { today: DATE }), dir);
  common(mapSheets, { overlaps: false });
  const mapShare = maps(mapSheets);
  // The access workbook of one client, as the client gets it on paper.
  const access = await printSheets('Inzage', () => true, (g) => runAccess(g, g, { client: 'C001', today: DATE }), dir);
  common(access, { gate: true });
  const unnamed = access.pages.filter((p) => !p.text.includes('Inzage Marloes S. (C001)')).length;
  const mapPages = access.pages.filter((p) => /Netwerkkaart M\.S\. \(C001\)/.test(p.text)).length;
  if (unnamed || access.pages.length > 2 * access.specs.length || mapPages !== 1) fail(`Inzage: ${access.specs.length} parts on ${access.pages.length} pages, ${unnamed} without the client in the header, the map on ${mapPages} pages`, true);
  const all = [forms, agenda, suggestions, supervisors, results, lonely, intake, mapSheets, access];
  const pages = (p: Printed) => `${p.pages.length} ${p.pages.length === 1 ? 'page' : 'pages'}`;
  process.stdout.write(
    `print-check: ${count} evaluation forms on ${pages(forms)}; intervisie agenda on ${pages(agenda)}; Koppelvoorstellen on ${pages(suggestions)}; Begeleidersoverzicht on ${pages(supervisors)}; Resultaten: ${scopes.length} scopes on ${pages(results)}; ${asked} loneliness questionnaires on ${pages(lonely)}; ${intakes} intake forms on ${pages(intake)}; ${mapSheets.specs.length} Netwerkkaart sheets on ${pages(mapSheets)} (maps cover ${mapShare} of their page); the access workbook's ${access.specs.length} parts on ${pages(access)}; smallest word ${Math.min(...all.flatMap((p) => p.pages.flatMap((x) => x.words.map((w) => w.y1 - w.y0)))).toFixed(1)} pt high; page images in ${IMAGES}; PDFs in ${dir}\n`,
  );
  const strict = process.env.KRING_PRINT_STRICT === '1';
  const failing = strict ? failed : gated;
  process.stdout.write(`${failing === 0 ? 1 : 0} passed, ${failing === 0 ? 0 : 1} failed (${gated} failing findings; ${failed - gated} findings on targets still open${strict ? ', counted as failing (KRING_PRINT_STRICT=1)' : ''})\n`);
  return failing === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  },
);
