/** The test host's fault injection (whole and partial requests), snapshots, and references that follow a renamed sheet. */
import { HostError, TestHost } from '../../src/testhost';
import { createOfficeJsHost as createTestHost } from '../../src/testhost/officejsHost';

let host: TestHost;
beforeEach(() => {
  host = createTestHost({ apiVersion: '1.12' });
});

async function writeThree(h: TestHost): Promise<unknown> {
  return h.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').values = [[1]];
    ws.getRange('A2').values = [[2]];
    ws.getRange('A3').values = [[3]];
    await context.sync();
  }).then(
    () => undefined,
    (e) => e,
  );
}

describe('failAtSync', () => {
  it('fails a request before anything of it is applied (default)', async () => {
    host.failAtSync(1);
    const error = await writeThree(host);
    expect(error).toMatchObject({ name: 'RichApi.Error' });
    expect((error as HostError).code).toBe('GeneralException');
    expect(host.getValues('Sheet1')).toEqual([]);
    expect(host.stats.requests.map((r) => r.error)).toEqual(['GeneralException']);
  });

  it('fails part-way: the operations before the failure are applied, as in Excel', async () => {
    host.failAtSync(1, 'GeneralException', { afterOperations: 2 });
    const error = await writeThree(host);
    expect((error as HostError).code).toBe('GeneralException');
    expect((error as HostError).message + JSON.stringify((error as HostError).debugInfo)).toMatch(/after 2 of 3 operations/);
    expect(host.getValues('Sheet1')).toEqual([[1], [2]]);
  });

  it('loses the response: everything applied, the client sees an error', async () => {
    host.failAtSync(1, 'GeneralException', { afterOperations: Infinity });
    const error = await writeThree(host);
    expect((error as HostError).code).toBe('GeneralException');
    expect(host.getValues('Sheet1')).toEqual([[1], [2], [3]]);
  });

  it('counts from now and fires once', async () => {
    await writeThree(host);
    host.failAtSync(2);
    expect(await writeThree(host)).toBeUndefined();
    expect(await writeThree(host)).toMatchObject({ name: 'RichApi.Error' });
    expect(await writeThree(host)).toBeUndefined();
  });
});

describe('snapshot and restore', () => {
  it('puts back sheets, cells, tables, charts, protection and the calculation mode', async () => {
    host.setSheet('Data', [['Naam', 'N'], ['a', 1], ['b', 2]], { table: 'Tabel' });
    const snapshot = host.snapshot();
    const before = { names: host.sheetNames(), data: host.sheet('Data'), values: host.getValues('Data'), tables: host.tables() };
    await host.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A2').values = [['x']];
      ws.charts.add('ColumnClustered', ws.getRange('B1:B3'), 'Columns');
      ws.protection.protect();
      context.workbook.worksheets.add('Nieuw');
      context.workbook.application.calculationMode = 'Manual';
      await context.sync();
    });
    expect(host.calculationMode()).toBe('Manual');
    host.restore(snapshot);
    expect({ names: host.sheetNames(), data: host.sheet('Data'), values: host.getValues('Data'), tables: host.tables() }).toEqual(before);
    expect(host.charts('Data')).toEqual([]);
    expect(host.calculationMode()).toBe('Automatic');
    // The restored workbook works as before, and the snapshot can be used again.
    await host.Excel.run(async (context) => {
      context.workbook.tables.getItem('Tabel').name = 'Hernoemd';
      await context.sync();
    });
    expect(host.tables()[0].name).toBe('Hernoemd');
    host.restore(snapshot);
    expect(host.tables()[0]).toMatchObject({ name: 'Tabel', sheet: 'Data' });
  });
});

describe('renaming a sheet', () => {
  it('updates the formulas of cells and chart labels that refer to it, as Excel does', async () => {
    await host.Excel.run(async (context) => {
      const tmp = context.workbook.worksheets.add('Tijdelijk 1');
      tmp.getRange('A1:B2').values = [[0, 'Ego'], [1, 'An']];
      const chart = tmp.charts.add('XYScatter', tmp.getRange('A1:A2'), 'Columns');
      const point = chart.series.getItemAt(0).points.getItemAt(1);
      point.hasDataLabel = true;
      point.dataLabel.formula = "='Tijdelijk 1'!$B$2";
      const other = context.workbook.worksheets.getItem('Sheet1');
      other.getRange('A1').formulas = [["='Tijdelijk 1'!B2"]];
      await context.sync();
      tmp.name = 'Kaart';
      await context.sync();
    });
    const [chart] = host.charts('Kaart');
    expect(chart.series[0].labels).toEqual([{ index: 1, formula: "='Kaart'!$B$2", text: 'An' }]);
    expect(host.cell('Sheet1', 'A1').formula).toBe("='Kaart'!B2");
  });
});
