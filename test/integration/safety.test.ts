/** Safety through the Excel gateway, on the strict test host (Microsoft's client library): recorded, blocked, followed up. */
import { runDecide, runEvaluate, runIntervisie, runSuggest } from '../../src/engine/commands';
import { createExcelGateway } from '../../src/excel';
import { TestHost } from '../../src/testhost';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { sampleSheets } from '../../src/sample/generate';

const DATE = '2026-12-01';
const SHEET = 'Evaluatie 01-12-2026';
let host: TestHost;
let uninstall: () => void;

afterEach(() => uninstall());

/** Types an answer next to its label in one pairing's form, as a user would. */
function type(pair: string, label: string, text: string) {
  const values = host.getValues(SHEET);
  let inForm = false;
  for (let r = 0; r < values.length; r++) {
    for (const v of values[r]) if (typeof v === 'string' && v.startsWith('KRING-EVAL:')) inForm = v === `KRING-EVAL:${pair}`;
    if (inForm && values[r][0] === label) return host.typeInCell(SHEET, `B${r + 1}`, text);
  }
  throw new Error(`label ${label} not found for ${pair}`);
}

describe.each(API_VERSIONS)('ExcelApi %s', (apiVersion) => {
  beforeEach(() => {
    host = createExcelHost({ apiVersion });
    uninstall = host.install(globalThis);
  });

  test('a concern on a form that ends the pairing lands in Veiligheidssignalen once, blocks the netwerker and opens the agenda', async () => {
    const gateway = createExcelGateway();
    await gateway.writeSheets(sampleSheets(), 'create-if-missing');
    const first = await runEvaluate(gateway, { date: DATE, today: DATE });
    const model = first.read!.model;
    const yvonne = model.clients.find((c) => c.name === 'Yvonne Meijer')!;
    const hans = model.clients.find((c) => c.name === 'Hans Peters')!;
    const pair = `${yvonne.id}>${hans.id}`;
    type(pair, 'Zorgen over veiligheid', 'ja');
    type(pair, 'Toelichting veiligheid', 'Hans vertelde dat Yvonne geld leende');
    type(pair, 'Besluit', 'beëindigen');
    type(pair, 'Reden (bij beëindigen of nieuwe koppeling)', 'veiligheid');

    const decided = await runDecide(gateway, { today: DATE });
    expect(decided.ended).toContainEqual({ networkerId: yvonne.id, clientId: hans.id, date: DATE });
    expect(decided.recordedConcerns!.map((c) => [c.about, c.with, c.text])).toEqual([[yvonne.id, hans.id, 'Hans vertelde dat Yvonne geld leende']]);
    const register = () => host.getValues('Veiligheidssignalen').filter((r) => r.includes('Hans vertelde dat Yvonne geld leende'));
    expect(register()).toHaveLength(1);
    await runDecide(gateway, { today: DATE });
    expect(register()).toHaveLength(1);

    const suggest = await runSuggest(gateway, { today: DATE, explain: true });
    expect(suggest.suggest!.suggestions.some((s) => s.networkerId === yvonne.id)).toBe(false);
    expect(suggest.suggest!.blocked.some((b) => b.networkerId === yvonne.id && b.rule === 'safety')).toBe(true);

    await runIntervisie(gateway, { date: DATE, today: DATE });
    const agenda = host.getValues('Intervisie 01-12-2026').filter((r) => r[0] === hans.supervisor);
    expect(agenda[0][1]).toBe('Veiligheidssignaal (open)');
    expect(String(agenda[0][4])).toContain('“Hans vertelde dat Yvonne geld leende”');
  });
});
