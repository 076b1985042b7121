/** Suggest and decide through the Excel gateway on the strict test host: same result as the engine, bounded syncs. */
import { runDecide, runSetDecision, runSuggest } from '../../src/engine/commands';
import { readWorkbook } from '../../src/engine/read';
import { suggestPairs } from '../../src/engine/pairing/suggest';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';
import { generateInput } from '../../bench/generate';

const TODAY = '2026-11-23';
let host: TestHost;
let uninstall: () => void;

let version = '';
function setup(apiVersion = version) {
  host = createExcelHost({ apiVersion });
  uninstall = host.install(globalThis);
}
afterEach(() => uninstall());

async function loadSample() {
  await createExcelGateway().writeSheets(sampleSheets(), 'create-if-missing');
}

describe.each(API_VERSIONS)('ExcelApi %s', (apiVersion) => {
  beforeAll(() => (version = apiVersion));
  describe('pairing on the test host', () => {
    test('the suggestions written through the Excel gateway are the engine suggestions', async () => {
      setup();
      await loadSample();
      const gateway = createExcelGateway();
      const outcome = await runSuggest(gateway, { today: TODAY });
      expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(outcome.sheets).toEqual(expect.arrayContaining(['Koppelvoorstellen', 'Kandidaat-netwerkers', 'Locatie-overzicht']));
      const { model } = readWorkbook(await gateway.readSheets(), { today: TODAY });
      const expected = suggestPairs(model).suggestions;
      const values = host.getValues('Koppelvoorstellen');
      const header = values[0];
      const rows = values.slice(1, 1 + expected.length);
      expect(rows.map((r) => [r[header.indexOf('Netwerker-ID')], r[header.indexOf('Cliënt-ID')], r[header.indexOf('Score')], r[header.indexOf('Besluit')]])).toEqual(
        expected.map((s) => [s.networkerId, s.clientId, s.score, 'open']),
      );
    });

    test('the number of syncs of suggest does not grow with the number of clients', async () => {
      const syncs: number[] = [];
      // Both sizes stay under the 100,000 cells one read request carries.
      for (const size of [60, 250]) {
        setup();
        const input = generateInput(size, 3, 5);
        for (const [name, rows] of Object.entries(input.sheets)) host.setSheet(name, rows);
        host.resetStats();
        await runSuggest(createExcelGateway(), { today: TODAY });
        syncs.push(host.stats.syncCount);
        expect(host.stats.largestRequestBytes).toBeLessThan(4 * 1024 * 1024);
        uninstall();
      }
      expect(syncs[1]).toBe(syncs[0]);
      setup();
    });

    test('set decisions from the pane, process them: the register grows by the accepted pair only', async () => {
      setup();
      await loadSample();
      const gateway = createExcelGateway();
      const first = await runSuggest(gateway, { today: TODAY });
      const [a, b] = first.suggest!.suggestions;
      await runSetDecision(gateway, a, 'accepted');
      await runSetDecision(gateway, b, 'rejected');
      const registerBefore = host.getValues('Koppelingen').length;
      const decided = await runDecide(gateway, { today: '2026-11-24' });
      expect(decided.decisions).toMatchObject({ accepted: 1, rejected: 1 });
      const register = host.getValues('Koppelingen');
      expect(register).toHaveLength(registerBefore + 1);
      const last = register[register.length - 1];
      expect(last.slice(0, 2)).toEqual([a.networkerId, a.clientId]);
      expect(last).toContain('actief');
      expect(JSON.stringify(host.getValues('Kring afwijzingen'))).toContain(b.clientId);
      // Again: nothing more is added.
      await runDecide(gateway, { today: '2026-11-25' });
      expect(host.getValues('Koppelingen')).toHaveLength(registerBefore + 1);
      const next = await runSuggest(gateway, { today: '2026-11-25' });
      const pairs = next.suggest!.suggestions.map((s) => `${s.networkerId}>${s.clientId}`);
      expect(pairs).not.toContain(`${b.networkerId}>${b.clientId}`);
      expect(next.suggest!.suggestions.map((s) => s.clientId)).not.toContain(a.clientId);
    });
  });

  describe('settings saved from the pane', () => {
    test('values are written in place and read back; a colleague sees the same', async () => {
      setup();
      await loadSample();
      const gateway = createExcelGateway();
      await runSuggest(gateway, { today: TODAY }); // writes Instellingen with defaults
      const { model } = readWorkbook(await gateway.readSheets(), { today: TODAY });
      const changed = { ...model.settings, weights: { ...model.settings.weights, needs: 60 }, locationRule: 'required' as const, privacy: 'initials' as const };
      const { runSaveSettings } = await import('../../src/engine/commands');
      const outcome = await runSaveSettings(gateway, changed);
      expect(outcome.problems).toEqual([]);
      const again = readWorkbook(await gateway.readSheets(), { today: TODAY }).model.settings;
      expect(again.weights.needs).toBe(60);
      expect(again.locationRule).toBe('required');
      expect(again.privacy).toBe('initials');
      expect(again.needMap).toEqual(model.settings.needMap);
    });
  });

  describe('two people processing the same decisions', () => {
    test('one after the other, or with interleaved requests, the register gets each pair once', async () => {
      setup();
      await loadSample();
      const alice = createExcelGateway();
      const bob = createExcelGateway();
      const first = await runSuggest(alice, { today: TODAY });
      const accepted = first.suggest!.suggestions.slice(0, 3);
      for (const p of accepted) await runSetDecision(alice, p, 'accepted');
      const before = host.getValues('Koppelingen').length;
      // Both start at once: their reads and writes interleave on the host.
      await Promise.all([runDecide(alice, { today: TODAY }), runDecide(bob, { today: TODAY })]);
      // And once more, one after the other.
      await runDecide(bob, { today: TODAY });
      const register = host.getValues('Koppelingen').filter((r) => r.some((v) => v !== null && v !== ''));
      expect(register.length).toBe(before + accepted.length);
      const keys = register.slice(1).map((r) => `${r[0]}>${r[1]}>${r[4]}`);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
});
