/** updateCells beyond one request (a sheet compacted on erasure): requests within the budget, every value written; a protected form protected again. */
import { createExcelGateway } from '../../src/excel';
import { CellUpdate } from '../../src/engine/workbook';
import { createExcelHost, MANIFEST_API } from '../excelHost';

test('many cells go in several requests, each within the budget, all written', async () => {
  const host = createExcelHost({ apiVersion: MANIFEST_API });
  const uninstall = host.install(globalThis);
  try {
    const rows = Array.from({ length: 2000 }, (_, i) => [`r${i}`, i, 'x']);
    host.setSheet('Contacten', [['Naam', 'Getal', 'Tekst'], ...rows]);
    const budget = 60_000;
    const gateway = createExcelGateway({ maxRequestBytes: budget });
    const updates: CellUpdate[] = rows.flatMap((_, i) => [
      { row: i + 2, column: 0, value: `n${i}`, kind: 'text' as const },
      { row: i + 2, column: 1, value: i * 2, kind: 'number' as const },
    ]);
    host.resetStats();
    await gateway.updateCells('Contacten', updates);
    expect(host.stats.syncCount).toBeGreaterThan(3);
    // The model charges more than the library sends (test/excel/budget.test.ts): a request passes the budget by one run at most.
    expect(host.stats.largestRequestBytes).toBeLessThan(budget * 1.1);
    const values = host.getValues('Contacten');
    expect(values[1]).toEqual(['n0', 0, 'x']);
    expect(values[2000]).toEqual(['n1999', 3998, 'x']);
  } finally {
    uninstall();
  }
});
