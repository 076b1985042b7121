/**
 * The task pane's operations over a gateway: the engine's commands with the reads they share. Kept
 * apart from ops.ts so that the engine loads as its own chunk, after the pane is on screen.
 */
import {
  runCheck,
  runDecide,
  runEvaluate,
  runIntervisie,
  runMaps,
  runQuestionnaire,
  runIntake,
  runIntakeForms,
  runResults,
  runSaveSettings,
  runSetDecision,
  runSuggest,
  runTemplate,
  previewErase,
  runAccess,
  runErase,
  runRetention,
} from '../engine/commands';
import { readEvaluations } from '../engine/evaluation/answers';
import { Lang, pick } from '../engine/i18n';
import { findSheet, readWorkbook } from '../engine/read';
import { SheetDef, sheetDef, SHEETS } from '../engine/schema';
import { readDecisions } from '../engine/pairing/readBack';
import { normKey } from '../engine/read/normalize';
import { AppendRequest, Cell, ColumnKind, RawSheet, SheetSpec, WorkbookGateway } from '../engine/workbook';
import { NewWorkbookUnavailable } from '../engine/hostFeatures';
import { hasErrors } from '../engine/problems';
import type { KringGateway, KringOps } from './ops';

/** The gateway with its sheets already read: the command reuses them instead of reading again. */
function readOnce(gateway: WorkbookGateway, raw: RawSheet[]): WorkbookGateway {
  return {
    readSheets: async () => raw,
    writeSheets: (specs, mode) => gateway.writeSheets(specs, mode),
    appendRows: (request) => gateway.appendRows(request),
    updateCells: (sheet, updates, options) => gateway.updateCells(sheet, updates, options),
  };
}

/**
 * The sample's rows for an empty input sheet, in the order of the sheet's own header (matched
 * like the engine matches headers); null when a sample column has no place there.
 */
function sampleRows(sheet: RawSheet, spec: SheetSpec, def: SheetDef | undefined): AppendRequest | null {
  const headerIndex = sheet.rows.findIndex((row) => row.some((c) => c !== null && c !== ''));
  if (headerIndex < 0) return null;
  const header = sheet.rows[headerIndex].map((c) => (typeof c === 'string' ? normKey(c) : ''));
  // The sample's headers are Dutch; the sheet's may be English (Create input sheets in English) or a synonym.
  const names = (h: string) => {
    const col = def?.columns.find((c) => c.nl === h);
    return col ? [col.nl, col.en, ...col.synonyms] : [h];
  };
  const at = spec.columns.map((c) => names(c.header).map((n) => header.indexOf(normKey(n))).find((i) => i >= 0) ?? -1);
  if (at.some((i) => i < 0)) return null;
  const width = header.length;
  const kinds: ColumnKind[] = Array.from({ length: width }, (): ColumnKind => 'text');
  spec.columns.forEach((c, j) => (kinds[at[j]] = c.kind));
  const rows = spec.rows.map((row) => {
    const out: Cell[] = Array(width).fill(null);
    row.forEach((value, j) => {
      if (j < at.length) out[at[j]] = value;
    });
    return out;
  });
  return { sheet: sheet.name, headerRow: sheet.firstRow + headerIndex, firstColumn: sheet.firstColumn, kinds, rows };
}

/** The first row with a value, and whether every row below it is empty (an input sheet as "Maak invoerbladen" left it). */
function hasNoData(sheet: RawSheet): boolean {
  const header = sheet.rows.findIndex((row) => row.some((c) => c !== null && c !== ''));
  return header < 0 || sheet.rows.slice(header + 1).every((row) => row.every((c) => c === null || c === ''));
}

/** The operations themselves; loaded after the pane's first paint (see createKringOps). */
export function createOps(gateway: KringGateway, lang: Lang): KringOps {
  return {
    async check(progress) {
      // One read for the check, the open decisions and the evaluation answers.
      const raw = await gateway.readSheets();
      const outcome = await runCheck(readOnce(gateway, raw), { lang, progress });
      const decisions = [...readDecisions(raw, []).values()];
      return { ...outcome, openDecisions: decisions.filter((d) => d.decision === 'open').length, answers: readEvaluations(raw) };
    },

    async createInputSheets(progress) {
      // New sheets follow the workbook's language when it has one (so "Clients" is not added
      // beside "Cliënten"), else the pane's. The sheets read here are reused by the command.
      const raw = await gateway.readSheets();
      const sheetLang = (raw.length ? readWorkbook(raw).lang : null) ?? lang;
      return runTemplate(readOnce(gateway, raw), { lang: sheetLang, progress });
    },

    async openSample() {
      // The sample generator is only needed here: load it on demand.
      const { sampleSheets } = await import('../sample/generate');
      // Sheets that are missing are added; input sheets that are still empty (as "Maak
      // invoerbladen" made them) are filled; sheets with data are left alone.
      const raw = await gateway.readSheets();
      const add: SheetSpec[] = [];
      const fill: AppendRequest[] = [];
      const skipped: string[] = [];
      for (const spec of sampleSheets()) {
        // An input sheet is found by its Dutch or English name (or a synonym), as the reader finds it.
        const def = SHEETS.find((d) => d.nl === spec.name);
        const existing = findSheet(raw, def ?? { nl: spec.name, en: spec.name, synonyms: [] });
        const request = existing && hasNoData(existing) ? sampleRows(existing, spec, def) : null;
        if (!existing) add.push(spec);
        else if (request) fill.push(request);
        else skipped.push(existing.name);
      }
      const written: string[] = [];
      if (add.length) written.push(...(await gateway.writeSheets(add, 'create-if-missing')).written);
      // Kring never rebuilds an input sheet: the sample's rows go below the empty sheet's header.
      for (const request of fill) {
        await gateway.appendRows(request);
        written.push(request.sheet);
      }
      return { command: 'sample', lang, problems: [], sheets: written, skipped, filled: fill.length };
    },

    selectCell: (sheet, address) => gateway.selectCell(sheet, address),

    previewErase: (client) => previewErase(gateway, { client }),

    // The access workbook is built in memory as an .xlsx (the .xlsx gateway, loaded only here)
    // and opened by Excel as a new workbook: nothing of it goes into the user's own.
    async access(client, progress) {
      if (!gateway.openWorkbook || gateway.features?.().newWorkbook === false) throw new NewWorkbookUnavailable('version');
      const { XlsxBook } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/book');
      const target = XlsxBook.create();
      const outcome = await runAccess(gateway, target, { client, progress });
      if (hasErrors(outcome.problems)) return outcome;
      await gateway.openWorkbook(await target.toBytes());
      return outcome;
    },
    erase: (client, progress) => runErase(gateway, { client, progress }),
    retention: (progress) => runRetention(gateway, { progress }),

    // No language passed: output sheets follow the workbook's language (read by the command),
    // so an English Office never adds "Pairing suggestions" beside Dutch sheets. Messages are
    // bilingual either way.
    suggest: (location, progress) => runSuggest(gateway, { progress, location }),

    setDecision: (pair, decision) => runSetDecision(gateway, pair, decision, { lang }),

    async processDecisions(progress) {
      const outcome = await runDecide(gateway, { progress });
      const changes = outcome.registerChanges ?? { added: 0, remembered: 0, register: pick(sheetDef('pairings'), outcome.lang) };
      return { ...outcome, added: changes.added, remembered: changes.remembered, register: changes.register, ended: outcome.ended ?? [] };
    },

    // Like suggest: the sheets follow the workbook's language.
    maps: (clients, dates, progress) => runMaps(gateway, { clients, dates, progress }),

    evaluate: ({ date, location, supervisor }, progress) => runEvaluate(gateway, { date, location, supervisor, progress }),

    async intervisie(date, progress) {
      // The engine reports no steps here: the pane reports them, the last one just before the
      // write, so Cancel stops before anything is written.
      progress?.(1, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
      const raw = await gateway.readSheets();
      const guarded: WorkbookGateway = {
        ...readOnce(gateway, raw),
        writeSheets: (specs, mode) => {
          progress?.(2, 2, { nl: 'Agenda schrijven', en: 'Writing the agenda' });
          return gateway.writeSheets(specs, mode);
        },
      };
      return runIntervisie(guarded, { date });
    },

    // Like suggest: the sheets follow the workbook's language.
    questionnaire: ({ date, location }, progress) => runQuestionnaire(gateway, { date, location, progress }),

    intakeForms: ({ date, location }, progress) => runIntakeForms(gateway, { date, location, progress }),
    // Without accepted ids only read: nothing is written before the user confirms.
    intake: (accept, progress) => runIntake(gateway, { apply: accept !== null, accept, progress }),

    // Like suggest: the sheets follow the workbook's language.
    results: (progress) => runResults(gateway, { progress }),

    async saveSettings(settings) {
      // A settings sheet that has to be made follows the workbook's language, else the pane's.
      const raw = await gateway.readSheets();
      const sheetLang = (raw.length ? readWorkbook(raw).lang : null) ?? lang;
      return runSaveSettings(readOnce(gateway, raw), settings, { lang: sheetLang });
    },

    features: () => (gateway.features ? gateway.features() : null),
  };
}

