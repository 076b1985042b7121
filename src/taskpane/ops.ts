/**
 * The operations the task pane offers, over any gateway: the Excel gateway in Excel and in the
 * playground (on the test host). Components receive a `KringOps` and never touch Office.
 */
import { runCheck, runDecide, runMaps, RunOutcome, runSetDecision, runSuggest, runTemplate } from '../engine/commands';
import { Bilingual, Lang, pick } from '../engine/i18n';
import { readWorkbook } from '../engine/read';
import { sheetDef } from '../engine/schema';
import { Decision } from '../engine/sheets/readBack';
import { WorkbookGateway } from '../engine/workbook';

/** Progress of a running operation: step out of total, with a label in both languages. */
export type ProgressListener = (step: number, total: number, label: Bilingual) => void;

export interface KringOps {
  /** "Controleer werkmap": read and validate the input; writes nothing. */
  check(progress?: ProgressListener): Promise<RunOutcome>;
  /** "Maak invoerbladen": add the input sheets that are missing; existing sheets stay as they are. */
  createInputSheets(progress?: ProgressListener): Promise<RunOutcome>;
  /** "Open voorbeeld": add the sample's sheets that are missing. */
  openSample(progress?: ProgressListener): Promise<RunOutcome>;
  /** Select a cell (and activate its sheet), e.g. the cell of a problem. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * "Maak koppelvoorstellen": rebuilds Koppelvoorstellen, Kandidaat-netwerkers and
   * Locatie-overzicht (for one location, or all with null); errors in the input stop it first.
   */
  suggest(location: string | null, progress?: ProgressListener): Promise<RunOutcome>;
  /** Writes the decision of one suggestion into the Besluit cell of Koppelvoorstellen. */
  setDecision(pair: Pair, decision: Decision): Promise<RunOutcome>;
  /** "Verwerk besluiten": accepted pairs into the register Koppelingen, rejected ones remembered. */
  processDecisions(progress?: ProgressListener): Promise<DecideOutcome>;
  /**
   * "Maak netwerkkaart" for the given clients (rebuilt in place), with the Netwerkoverzicht: the
   * chosen date and the one before it, or the latest two with null. With no clients, "Netwerkoverzicht":
   * the overview only (with at most 50 clients with a map the engine draws every client's map too).
   */
  maps(clients: string[], date: string | null, progress?: ProgressListener): Promise<RunOutcome>;
}

/** One suggested pair. */
export interface Pair {
  networkerId: string;
  clientId: string;
}

/** The outcome of "Verwerk besluiten", with what actually changed in the workbook. */
export interface DecideOutcome extends RunOutcome {
  /** Rows added to the register Koppelingen. */
  added: number;
  /** Rejected pairs newly remembered in Kring afwijzingen. */
  remembered: number;
  /** The register's sheet name as it is in the workbook. */
  register: string;
}

/** What the operations need from a gateway: the engine's workbook interface plus selecting a cell. */
export interface KringGateway extends WorkbookGateway {
  selectCell(sheet: string, address: string): Promise<void>;
}

export function createKringOps(gateway: KringGateway, lang: Lang): KringOps {
  return {
    check: (progress) => runCheck(gateway, { lang, progress }),

    async createInputSheets(progress) {
      // New sheets follow the workbook's language when it has one (so "Clients" is not added
      // beside "Cliënten"), else the pane's. The sheets read here are reused by the command.
      const raw = await gateway.readSheets();
      const sheetLang = (raw.length ? readWorkbook(raw).lang : null) ?? lang;
      const once: WorkbookGateway = {
        readSheets: async () => raw,
        writeSheets: (specs, mode) => gateway.writeSheets(specs, mode),
        appendRows: (request) => gateway.appendRows(request),
        updateCells: (sheet, updates) => gateway.updateCells(sheet, updates),
      };
      return runTemplate(once, { lang: sheetLang, progress });
    },

    async openSample() {
      // The sample generator is only needed here: load it on demand.
      const { sampleSheets } = await import('../sample/generate');
      const result = await gateway.writeSheets(sampleSheets(), 'create-if-missing');
      return { command: 'sample', lang, problems: [], sheets: result.written, skipped: result.skipped };
    },

    selectCell: (sheet, address) => gateway.selectCell(sheet, address),

    // No language passed: output sheets follow the workbook's language (read by the command),
    // so an English Office never adds "Pairing suggestions" beside Dutch sheets. Messages are
    // bilingual either way.
    suggest: (location, progress) => runSuggest(gateway, { progress, location }),

    setDecision: (pair, decision) => runSetDecision(gateway, pair, decision, { lang }),

    async processDecisions(progress) {
      const outcome = await runDecide(gateway, { progress });
      const changes = outcome.registerChanges ?? { added: 0, remembered: 0, register: pick(sheetDef('pairings'), outcome.lang) };
      return { ...outcome, added: changes.added, remembered: changes.remembered, register: changes.register };
    },

    // Like suggest: the sheets follow the workbook's language.
    maps: (clients, date, progress) => runMaps(gateway, { clients, date, progress }),
  };
}
