/** The register and Kring afwijzingen never contradict each other: the register wins, and a contradiction is reported. */
import { runCheck, runDecide, runSetDecision, runSuggest } from '../../src/engine/commands';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';

const TODAY = '2026-11-23';
describe.each(API_VERSIONS)('ExcelApi %s', (apiVersion) => {
  let host: TestHost;
  let uninstall: () => void;

  beforeEach(async () => {
    host = createExcelHost({ apiVersion });
    uninstall = host.install(globalThis);
    await createExcelGateway().writeSheets(sampleSheets(), 'create-if-missing');
  });
  afterEach(() => uninstall());

  const rejected = () => JSON.stringify(host.getValues('Kring afwijzingen'));
  const running = (n: string, c: string) => host.getValues('Koppelingen').filter((r) => r[0] === n && r[1] === c && r[4] === 'actief').length;

  test('rejecting a processed, accepted suggestion and processing again: the pair runs and is not remembered as rejected', async () => {
    const gateway = createExcelGateway();
    const [a, b] = (await runSuggest(gateway, { today: TODAY })).suggest!.suggestions;
    await runSetDecision(gateway, a, 'accepted');
    await runSetDecision(gateway, b, 'rejected');
    await runDecide(gateway, { today: TODAY });
    await runSetDecision(gateway, a, 'rejected');
    const again = await runDecide(gateway, { today: TODAY });
    expect(running(a.networkerId, a.clientId)).toBe(1);
    expect(rejected()).not.toContain(`"${a.clientId}"`);
    expect(again.registerChanges?.remembered).toBe(0);
    expect(again.problems.some((p) => p.severity === 'warning' && /loopt al in Koppelingen/.test(p.message.nl))).toBe(true);
  });

  test('a pair added to the register by hand while it is in Kring afwijzingen: check reports it, the register wins, processing cleans the list', async () => {
    const gateway = createExcelGateway();
    const [, b] = (await runSuggest(gateway, { today: TODAY })).suggest!.suggestions;
    await runSetDecision(gateway, b, 'rejected');
    await runDecide(gateway, { today: TODAY });
    expect(rejected()).toContain(`"${b.clientId}"`);
    // Someone types the pair into the register as active.
    const register = host.getValues('Koppelingen');
    const row = register.findIndex((r) => r.every((v) => v === null || v === '')) + 1 || register.length + 1;
    host.typeInCell('Koppelingen', `A${row}`, b.networkerId);
    host.typeInCell('Koppelingen', `B${row}`, b.clientId);
    host.typeInCell('Koppelingen', `E${row}`, 'actief');
    const checked = await runCheck(gateway, { today: TODAY });
    const problem = checked.problems.find((p) => p.sheet === 'Kring afwijzingen');
    expect(problem).toMatchObject({ severity: 'warning' });
    expect(problem!.row).toBeGreaterThan(1);
    expect(problem!.message.nl).toContain('Het register telt');
    await runDecide(gateway, { today: TODAY });
    expect(rejected()).not.toContain(`"${b.clientId}"`);
    expect(running(b.networkerId, b.clientId)).toBe(1);
  });
});
