/** Evaluation forms through the Excel gateway on the strict test host: protected, answers typed survive. */
import { runDecide, runEvaluate, runIntervisie } from '../../src/engine/commands';
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';

const DATE = '2026-11-23';
let host: TestHost;
let uninstall: () => void;

afterEach(() => uninstall());

/** Types an answer next to its label in the form of one pairing, as a user would. */
function type(sheet: string, pair: string, label: string, text: string) {
  const values = host.getValues(sheet);
  let inForm = false;
  for (let r = 0; r < values.length; r++) {
    for (const v of values[r]) if (typeof v === 'string' && v.startsWith('KRING-EVAL:')) inForm = v === `KRING-EVAL:${pair}`;
    if (inForm && values[r][0] === label) {
      host.typeInCell(sheet, `B${r + 1}`, text);
      return;
    }
  }
  throw new Error(`label ${label} not found for ${pair}`);
}

describe.each(API_VERSIONS)('ExcelApi %s', (apiVersion) => {
  describe('evaluation on the test host', () => {
    beforeEach(() => {
      host = createExcelHost({ apiVersion: apiVersion });
      uninstall = host.install(globalThis);
    });
    test('forms are written protected with input cells open; typed answers survive regeneration; decisions end pairings', async () => {
      const gateway = createExcelGateway();
      await gateway.writeSheets(sampleSheets(), 'create-if-missing');
      const first = await runEvaluate(gateway, { date: DATE, today: DATE });
      const sheet = `Evaluatie ${DATE.split('-').reverse().join('-')}`;
      expect(first.sheets).toEqual(expect.arrayContaining([sheet, 'Evaluatieoverzicht']));
      expect(host.sheet(sheet).protected).toBe(true);
      const [a, b] = first.evaluations!;
      type(sheet, `${a.networkerId}>${a.clientId}`, 'Klik (1 = geen, 5 = heel goed)', '4');
      type(sheet, `${a.networkerId}>${a.clientId}`, 'Acties', '+31 6 bellen');
      type(sheet, `${b.networkerId}>${b.clientId}`, 'Besluit', 'nieuwe koppeling');
      // A locked (prefilled) cell cannot be typed over.
      expect(() => host.typeInCell(sheet, 'B5', 'x')).toThrow();

      host.resetStats();
      await runEvaluate(gateway, { date: DATE, today: DATE });
      const answers = readEvaluations(await gateway.readSheets()).filter((x) => x.date === DATE);
      expect(answers).toHaveLength(first.evaluations!.length);
      expect(answers.find((x) => x.clientId === a.clientId)).toMatchObject({ klik: 4 });
      expect(answers.find((x) => x.clientId === a.clientId)!.raw.actions).toBe('+31 6 bellen');
      expect(answers.find((x) => x.clientId === b.clientId)).toMatchObject({ decision: 'newPairing' });

      const decided = await runDecide(gateway, { today: DATE });
      expect(decided.ended).toEqual([{ networkerId: b.networkerId, clientId: b.clientId, date: DATE }]);
      const register = host.getValues('Koppelingen');
      const row = register.find((r) => r[0] === b.networkerId && r[1] === b.clientId && r[4] === 'beëindigd');
      expect(row).toBeDefined();

      await runIntervisie(gateway, { date: DATE, today: DATE });
      expect(host.sheetNames()).toContain(`Intervisie ${DATE.split('-').reverse().join('-')}`);
    });
  });
});
