/**
 * The operations the task pane offers, over any gateway: the Excel gateway in Excel and in the
 * playground (on the test host). Components receive a `KringOps` and never touch Office.
 */
import { runCheck, RunOutcome, runTemplate } from '../engine/commands';
import { Bilingual, Lang } from '../engine/i18n';
import { readWorkbook } from '../engine/read';
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
  };
}
