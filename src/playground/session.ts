/**
 * The playground's workbook: the strict Excel test host's in-memory workbook behind Microsoft's
 * Excel client library (loaded by playground.html from officejs/, unmodified), so the real task
 * pane, the real Excel gateway and the real library run from click to serialized request.
 */
import { createTestHost, TestHost } from '../testhost';
import { OfficeJsGlobal, officeJsClient } from '../testhost/officejs';
import { createExcelGateway } from '../excel';
import { Lang } from '../engine/i18n';
import { sampleSheets } from '../sample/generate';
import { createKringOps, KringGateway, KringOps } from '../taskpane/ops';

/** The ExcelApi version the manifest declares (<Set Name="ExcelApi" MinVersion="1.7"/>): ?api=1.7 runs the host there. */
export const MANIFEST_API_VERSION = '1.7';
/** The version the playground runs by default: a current Excel, with every feature Kring uses. */
export const PLAYGROUND_API_VERSION = '1.20';

export interface SessionOptions {
  /** ExcelApi version of the host, e.g. "1.7" (default PLAYGROUND_API_VERSION). */
  apiVersion?: string;
  /** Milliseconds every workbook read and write of the pane waits first: a slow Excel, to try Cancel. */
  slowMs?: number;
}

/** The ExcelApi version of a query parameter ("1.7"), or the default when missing or malformed. */
export function apiVersionOf(param: string | null): string {
  return param && /^1\.\d{1,2}$/.test(param.trim()) ? param.trim() : PLAYGROUND_API_VERSION;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The gateway with a pause before each call into the workbook. */
function slowed(gateway: KringGateway, ms: number): KringGateway {
  if (!(ms > 0)) return gateway;
  return {
    readSheets: () => wait(ms).then(() => gateway.readSheets()),
    writeSheets: (specs, mode) => wait(ms).then(() => gateway.writeSheets(specs, mode)),
    appendRows: (request) => wait(ms).then(() => gateway.appendRows(request)),
    updateCells: (sheet, updates, options) => wait(ms).then(() => gateway.updateCells(sheet, updates, options)),
    deleteSheets: gateway.deleteSheets && ((names) => wait(ms).then(() => gateway.deleteSheets!(names))),
    selectCell: (sheet, address) => gateway.selectCell(sheet, address),
    features: gateway.features && (() => gateway.features!()),
  };
}

/** Excel's name for the first sheet of a new workbook. */
const FIRST_SHEET: Record<Lang, string> = { nl: 'Blad1', en: 'Sheet1' };

export type Start = 'sample' | 'empty';

let sessions = 0;

export interface Session {
  /** Counts the sessions of this page: a new workbook gets a new pane and grid. */
  id: number;
  host: TestHost;
  ops: KringOps;
  lang: Lang;
  start: Start;
  apiVersion: string;
}

/**
 * A fresh workbook on a new host, installed on `window`. 'sample' writes the sample's sheets
 * through the Excel gateway (as "Open voorbeeld" does) and removes the empty first sheet.
 */
export async function createSession(start: Start, lang: Lang, options: SessionOptions = {}): Promise<Session> {
  const apiVersion = options.apiVersion ?? PLAYGROUND_API_VERSION;
  const displayLanguage = lang === 'en' ? 'en-US' : 'nl-NL';
  const host = createTestHost({ apiVersion, displayLanguage, sheets: [{ name: FIRST_SHEET[lang] }] }, officeJsClient(window as unknown as OfficeJsGlobal, displayLanguage));
  host.install(window);
  const gateway = createExcelGateway();
  if (start === 'sample') {
    await gateway.writeSheets(sampleSheets(), 'create-if-missing');
    host.deleteSheet(FIRST_SHEET[lang]);
    host.selectCell(host.sheetNames()[0], 'A1');
  }
  host.resetStats();
  return { id: ++sessions, host, ops: createKringOps(slowed(gateway, options.slowMs ?? 0), lang), lang, start, apiVersion };
}
