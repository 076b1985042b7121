/** With privacy set to initials or IDs, no client or contact name appears on a printable output. */
import { runSaveSettings, runEvaluate, runIntervisie, runMaps } from '../../src/engine/commands';
import { readWorkbook } from '../../src/engine/read';
import { Privacy } from '../../src/engine/model';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

const DATE = '2026-11-23';
const PRINTABLE = /^(Netwerkkaart |Evaluatie 2|Intervisie )/;

describe.each<Privacy>(['initials', 'ids'])('privacy: %s', (privacy) => {
  test('network maps, evaluation forms and the intervisie agenda show no names', async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(sampleSheets(), 'create-if-missing');
    const { model } = readWorkbook(await wb.readSheets(), { today: DATE });
    await runSaveSettings(wb, { ...model.settings, privacy });
    const active = model.pairings.filter((p) => p.status === 'active');
    await runMaps(wb, { today: DATE, clients: [active[0].clientId, active[1].clientId] });
    await runEvaluate(wb, { today: DATE, date: DATE });
    await runIntervisie(wb, { today: DATE, date: DATE });
    const sheets = (await wb.readSheets()).filter((s) => PRINTABLE.test(s.name));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(sheets.map((s) => s.rows));
    // Full names (first and last name) of every client and every contact on the drawn maps.
    const names = [
      ...model.clients.map((c) => c.name),
      ...model.contacts.filter((c) => c.clientId === active[0].clientId || c.clientId === active[1].clientId).map((c) => c.name),
    ]
      // Begeleiders are staff and stay named; a client or contact who shares a begeleider's name is left out.
      .filter((n) => /\S+\s+\S{2,}/.test(n) && !model.supervisors.some((s) => s.name === n) && !model.clients.some((c) => c.supervisor === n));
    expect(names.length).toBeGreaterThan(10);
    const shown = names.filter((name) => text.includes(name));
    expect(shown).toEqual([]);
  });
});
