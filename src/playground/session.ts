/**
 * The playground's workbook: a strict Excel test host installed as the page's `Excel` and
 * `Office` globals, so the real task pane and the real Excel gateway run against it.
 */
import { createTestHost, TestHost } from '../testhost';
import { createExcelGateway } from '../excel';
import { Lang } from '../engine/i18n';
import { sampleSheets } from '../sample/generate';
import { createKringOps, KringOps } from '../taskpane/ops';

/** The ExcelApi version the manifest declares (<Set Name="ExcelApi" MinVersion="1.7"/>). */
export const PLAYGROUND_API_VERSION = '1.7';

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
}

/**
 * A fresh workbook on a new host, installed on `window`. 'sample' writes the sample's sheets
 * through the Excel gateway (as "Open voorbeeld" does) and removes the empty first sheet.
 */
export async function createSession(start: Start, lang: Lang): Promise<Session> {
  const host = createTestHost({
    apiVersion: PLAYGROUND_API_VERSION,
    displayLanguage: lang === 'en' ? 'en-US' : 'nl-NL',
    sheets: [{ name: FIRST_SHEET[lang] }],
  });
  host.install(window);
  const gateway = createExcelGateway();
  if (start === 'sample') {
    await gateway.writeSheets(sampleSheets(), 'create-if-missing');
    host.deleteSheet(FIRST_SHEET[lang]);
    host.selectCell(host.sheetNames()[0], 'A1');
  }
  host.resetStats();
  return { id: ++sessions, host, ops: createKringOps(gateway, lang), lang, start };
}
