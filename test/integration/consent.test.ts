/**
 * Consent to pairing on both paths: `kring suggest` on an .xlsx file and Koppelen through the
 * Excel gateway on the strict test host. A client with Toestemming koppelen = nee gets no
 * suggestion (the sheet says why); with the default printout setting no full name is on the sheet.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { runSuggest } from '../../src/engine/commands';
import { readWorkbook } from '../../src/engine/read';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { SheetSpec } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { API_VERSIONS, createExcelHost } from '../excelHost';

const TODAY = '2026-11-23';

/** The sample with consent 'nee' for the client of the first suggestion, and that client's ID. */
async function refusingSample(): Promise<{ sheets: SheetSpec[]; refused: string; names: string[] }> {
  const plain = XlsxWorkbook.create();
  await plain.writeSheets(sampleSheets(), 'create-if-missing');
  const first = JSON.parse(await cli(['suggest', await saved(plain), '--json', '--date', TODAY, '-o', tmpFile()]));
  const refused = first.suggestions[0].client as string;
  const sheets = sampleSheets();
  const clients = sheets.find((s) => s.name === 'Cliënten')!;
  const at = clients.columns.findIndex((c) => c.header === 'Toestemming koppelen');
  expect(at).toBeGreaterThan(0);
  clients.rows.find((r) => r[0] === refused)![at] = 'nee';
  const names = clients.rows.map((r) => String(r[1])).filter((n) => /\S+\s+\S{2,}/.test(n));
  return { sheets, refused, names };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-consent-'));
let files = 0;
const tmpFile = () => path.join(dir, `w${++files}.xlsx`);
async function saved(wb: XlsxWorkbook): Promise<string> {
  const file = tmpFile();
  await wb.save(file);
  return file;
}
async function cli(args: string[]): Promise<string> {
  let out = '';
  const code = await main(args, { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  return out;
}

/** Koppelvoorstellen as rows of text: the suggestion table, then the block of clients without a suggestion. */
function check(rows: unknown[][], refused: string, names: string[]) {
  const header = rows[0].map(String);
  const clientCol = header.indexOf('Cliënt-ID');
  const blockTitle = rows.findIndex((r) => r[0] === 'Cliënten zonder voorstel');
  expect(blockTitle).toBeGreaterThan(1);
  const suggested = rows.slice(1, blockTitle).map((r) => r[clientCol]);
  expect(suggested).not.toContain(refused);
  const unmatched = rows.slice(blockTitle).find((r) => r[0] === refused);
  expect(String(unmatched?.[3])).toMatch(/geen toestemming om te koppelen/);
  const text = JSON.stringify(rows);
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((n) => text.includes(n))).toEqual([]);
}

test('.xlsx path: kring suggest leaves a client without consent out and says why', async () => {
  const { sheets, refused, names } = await refusingSample();
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(sheets, 'create-if-missing');
  const input = await saved(wb);
  const output = tmpFile();
  const json = JSON.parse(await cli(['suggest', input, '-o', output, '--json', '--date', TODAY]));
  expect(json.suggestions.some((s: { client: string }) => s.client === refused)).toBe(false);
  const back = await XlsxWorkbook.open(output);
  check((await back.readSheets()).find((s) => s.name === 'Koppelvoorstellen')!.rows, refused, names);
});

test('Excel path: Koppelen on the test host leaves a client without consent out and says why', async () => {
  const { sheets, refused, names } = await refusingSample();
  const host = createExcelHost({ apiVersion: API_VERSIONS[0] });
  const uninstall = host.install(globalThis);
  try {
    const gateway = createExcelGateway();
    await gateway.writeSheets(sheets, 'create-if-missing');
    const outcome = await runSuggest(gateway, { today: TODAY });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { model } = readWorkbook(await gateway.readSheets(), { today: TODAY });
    expect(model.clients.find((c) => c.id === refused)?.consent).toBe('no');
    check(host.getValues('Koppelvoorstellen'), refused, names);
  } finally {
    uninstall();
  }
});
