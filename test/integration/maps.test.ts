/** Network maps through the Excel gateway on the strict test host at the manifest's requirement set. */
import { readFileSync } from 'fs';
import path from 'path';
import { runMaps } from '../../src/engine/commands';
import { createExcelGateway } from '../../src/excel';
import { excelApiVersionFromManifest, TestHost } from '../../src/testhost';
import { createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';
import { generateInput } from '../../bench/generate';

const declaredInManifest = excelApiVersionFromManifest(readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8'));
if (!declaredInManifest) throw new Error('manifest.xml declares no ExcelApi requirement');
const declared: string = declaredInManifest;
let host: TestHost;
let uninstall: () => void;

function setup(version = declared) {
  host = createExcelHost({ apiVersion: version });
  uninstall = host.install(globalThis);
}
afterEach(() => uninstall());

describe('maps on the test host', () => {
  test(`the map chart is created with the members of ExcelApi ${declared}`, async () => {
    setup();
    await createExcelGateway().writeSheets(sampleSheets(), 'create-if-missing');
    const outcome = await runMaps(createExcelGateway(), { today: '2026-11-23', clients: ['C012'] });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.sheets).toEqual(expect.arrayContaining(['Netwerkoverzicht', 'Netwerkkaart C012']));
    const charts = host.charts('Netwerkkaart C012');
    const maps = charts.filter((c) => /scatter/i.test(String(c.type)));
    expect(maps).toHaveLength(2);
    const names = maps[0].series.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Ring 1', 'Ring 2', 'Ring 3', 'Familie']));
    // The overview lists every client, with a row per measurement date (a client without a map once).
    const overview = host.getValues('Netwerkoverzicht');
    const ids = overview.slice(1).map((r) => r[0]);
    expect(new Set(ids).size).toBe(60);
    const dated = new Set(host.getValues('Contacten').slice(1).filter((r) => r[0] !== '').map((r) => `${r[0]}|${r[4]}`));
    expect(overview.slice(1).filter((r) => r[3] !== '').map((r) => `${r[0]}|${r[3]}`).sort()).toEqual([...dated].sort());
    // The latest row of each client is marked.
    expect(overview.slice(1).filter((r) => r[4] === 'ja').length).toBe(new Set([...dated].map((k) => k.split('|')[0])).size);
  });

  test('the number of syncs of maps does not grow with the number of clients', async () => {
    const syncs: number[] = [];
    for (const size of [40, 400]) {
      setup();
      const input = generateInput(size, 5, 5);
      for (const [name, rows] of Object.entries(input.sheets)) host.setSheet(name, rows);
      host.resetStats();
      await runMaps(createExcelGateway(), { today: '2026-11-23', clients: ['K000001', 'K000002'] });
      syncs.push(host.stats.syncCount);
      expect(host.stats.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
      uninstall();
    }
    expect(syncs[1]).toBe(syncs[0]);
    setup();
  });
});
