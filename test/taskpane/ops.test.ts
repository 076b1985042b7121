/** The pane's operations over the Excel gateway on the strict test host (no DOM, no Office). */
import { createTestHost, TestHost } from '../../src/testhost';
import { createExcelGateway } from '../../src/excel';
import { createKringOps, KringOps } from '../../src/taskpane/ops';
import { summarize } from '../../src/taskpane/summary';
import { sampleSheets } from '../../src/sample/generate';

const INPUT_SHEETS = ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Sociale kaart', 'Begeleiders', 'Instellingen'];

let host: TestHost;
let ops: KringOps;

function setup(lang: 'nl' | 'en', firstSheet = 'Blad1') {
  host = createTestHost({ apiVersion: '1.7', sheets: [{ name: firstSheet }] });
  ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), lang);
}

describe('KringOps on the test host', () => {
  it('sees an empty workbook as one without input sheets', async () => {
    setup('nl');
    const outcome = await ops.check();
    expect(summarize(outcome.read!).hasInputSheets).toBe(false);
  });

  it('"Maak invoerbladen" adds the Dutch input sheets, then the pane sees them', async () => {
    setup('nl');
    const progress: string[] = [];
    const outcome = await ops.createInputSheets((step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
    expect(progress).toEqual(['1/1 Invoerbladen maken']);
    for (const name of INPUT_SHEETS) expect(host.sheetNames()).toContain(name);
    expect(outcome.sheets).toEqual(expect.arrayContaining(INPUT_SHEETS));
    const summary = summarize((await ops.check()).read!);
    expect(summary).toMatchObject({ hasInputSheets: true, clients: 0, networkers: 0, activePairings: 0 });
  });

  it('"Create input sheets" in English Office on an empty workbook writes English sheets', async () => {
    setup('en', 'Sheet1');
    await ops.createInputSheets();
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['Clients', 'Competences', 'Settings']));
  });

  it('"Create input sheets" follows a Dutch workbook even in English Office (no "Clients" beside "Cliënten")', async () => {
    setup('en');
    host.setSheet('Cliënten', [['ID', 'Naam'], ['C1', 'An']]);
    const outcome = await ops.createInputSheets();
    expect(host.sheetNames()).not.toContain('Clients');
    expect(host.sheetNames()).toContain('Competenties');
    expect(outcome.skipped).toContain('Cliënten');
    expect(host.getValues('Cliënten')).toEqual([['ID', 'Naam'], ['C1', 'An']]);
  });

  it('"Open voorbeeld" writes the sample, which checks without errors', async () => {
    setup('nl');
    const opened = await ops.openSample();
    expect(opened.sheets).toEqual(sampleSheets().map((s) => s.name));
    const outcome = await ops.check();
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const summary = summarize(outcome.read!);
    expect(summary.hasInputSheets).toBe(true);
    expect(summary.clients).toBe(sampleSheets()[0].rows.length);
    expect(summary.networkers).toBeGreaterThan(0);
    expect(summary.activePairings).toBeGreaterThan(0);
  });

  it('a problem has an address that selectCell selects', async () => {
    setup('nl');
    await ops.createInputSheets();
    host.typeInCell('Cliënten', 'A2', 'K001');
    const { problems } = await ops.check();
    const noName = problems.find((p) => p.severity === 'error' && p.column === 'Naam');
    expect(noName).toMatchObject({ sheet: 'Cliënten', row: 2, address: 'B2' });
    await ops.selectCell(noName!.sheet, noName!.address!);
    expect(host.selection()).toEqual({ sheet: 'Cliënten', address: 'B2' });
    expect(host.activeSheet()).toBe('Cliënten');
  });
});
