/**
 * The pane's access (AVG art. 15) over the Excel gateway on the test host (Microsoft's client
 * library): the access workbook is built in memory by the browser-safe .xlsx gateway and handed to
 * Excel.createWorkbook; the user's workbook is only read. Where Excel has no createWorkbook with a
 * file (before ExcelApi 1.8), or the file is too big for a request, nothing is sent and the pane says so.
 */
import { runAccess } from '../../src/engine/commands';
import { NewWorkbookUnavailable } from '../../src/engine/hostFeatures';
import { ClientNotFound } from '../../src/engine/privacy/erase';
import { RawSheet } from '../../src/engine/workbook';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { createKringOps } from '../../src/taskpane/ops';
import { privacyEn, privacyNl } from '../../src/taskpane/strings/privacy';
import { TestHost } from '../../src/testhost';
import { XlsxBook } from '../../src/xlsx/book';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { createExcelHost, MANIFEST_API, NEWEST_API } from '../excelHost';
import { everyCell, SUBJECT } from '../integration/erasureHelpers';

async function sampleHost(apiVersion: string) {
  const host = createExcelHost({ apiVersion });
  const gateway = createExcelGateway({ excel: host.Excel, office: host.Office });
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  return { host, gateway, ops: createKringOps(gateway, 'nl') };
}

const workbookOf = (host: TestHost) => JSON.stringify(host.sheetNames().map((n) => [n, host.getValues(n)]));
const values = (sheets: RawSheet[]) => sheets.map((s) => ({ name: s.name, rows: s.rows }));

test('"Maak inzage" opens the access workbook as a new workbook, the same sheets as kring access, the user\'s workbook unchanged', async () => {
  const { host, gateway, ops } = await sampleHost(NEWEST_API);
  const before = workbookOf(host);
  const outcome = await ops.access(SUBJECT.id);
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(workbookOf(host)).toBe(before);
  expect(host.stats.openedWorkbooks).toHaveLength(1);

  const opened = await XlsxWorkbook.fromBuffer(Buffer.from(host.stats.openedWorkbooks[0], 'base64'));
  const sheets = await opened.readSheets(opened.sheetNames());
  expect(sheets[0].name).toBe('Inzage');
  expect(everyCell(sheets[0])).toContain(SUBJECT.name);
  expect(outcome.sheets).toEqual(sheets.map((s) => s.name));
  // What the command line writes for the same workbook and day.
  const cli = XlsxWorkbook.create();
  await runAccess(gateway, cli, { client: SUBJECT.id, today: new Date().toISOString().slice(0, 10) });
  const expected = await XlsxWorkbook.fromBuffer(await cli.toBuffer());
  expect(values(sheets)).toEqual(values(await expected.readSheets(expected.sheetNames())));
  // One request carries the file, under the 4 MB every request keeps to.
  expect(host.stats.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
  expect(privacyNl.accessDone(SUBJECT.id, sheets.length - 1)).toContain('nieuwe werkmap');
  expect(privacyEn.accessDone(SUBJECT.id, 1)).toContain('(1 sheet and a cover sheet)');
}, 120_000);

test('before ExcelApi 1.8: nothing is read or sent, and the message says what to use instead, in Dutch and English', async () => {
  const { host, ops } = await sampleHost(MANIFEST_API);
  expect(ops.features()!.newWorkbook).toBe(false);
  const requests = host.stats.requests.length;
  const error = await ops.access(SUBJECT.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NewWorkbookUnavailable);
  expect(host.stats.requests.length).toBe(requests);
  expect(host.stats.openedWorkbooks).toEqual([]);
  const unavailable = error as NewWorkbookUnavailable;
  expect(unavailable.say('nl')).toContain('ExcelApi 1.8');
  expect(unavailable.say('nl')).toContain('kring access werkmap.xlsx --client ID -o inzage.xlsx');
  expect(unavailable.say('en')).toContain('Excel on the web');
}, 60_000);

test('an unknown client: the engine\'s message, no workbook opened; a file over the request budget is refused before it is sent', async () => {
  const { host, ops } = await sampleHost(NEWEST_API);
  await expect(ops.access('C999')).rejects.toBeInstanceOf(ClientNotFound);
  expect(host.stats.openedWorkbooks).toEqual([]);

  // A budget smaller than the file: the gateway refuses it, Excel never sees it.
  const small = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office, maxRequestBytes: 5_000 }), 'nl');
  const error = await small.access(SUBJECT.id).catch((e: unknown) => e);
  expect(error).toMatchObject({ reason: 'size' });
  expect((error as NewWorkbookUnavailable).say('nl')).toContain('te groot');
  expect(host.stats.openedWorkbooks).toEqual([]);
}, 120_000);

test('the browser-safe package (JSZip alone, no Node zlib) writes the same parts as the Node one', async () => {
  const specs = sampleSheets().slice(0, 3);
  const browser = XlsxBook.create();
  const node = XlsxWorkbook.create();
  await browser.writeSheets(specs, 'replace');
  await node.writeSheets(specs, 'replace');
  const a = await XlsxWorkbook.fromBuffer(await browser.toBytes());
  const b = await XlsxWorkbook.fromBuffer(await node.toBuffer());
  expect(values(await a.readSheets(a.sheetNames()))).toEqual(values(await b.readSheets(b.sheetNames())));
}, 60_000);
