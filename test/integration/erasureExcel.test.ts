/**
 * Erasure and the retention period through the Excel gateway, on the strict test host (Microsoft's
 * client library): the client gone from every sheet, their own map sheet deleted, other clients'
 * rows as they were, check with nothing new; the retention clean-up listed by check and removed.
 */
import { runAll, runCheck, runErase, runRetention, runSaveSettings } from '../../src/engine/commands';
import { problemLine } from '../../src/engine/problems';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { RawSheet } from '../../src/engine/workbook';
import { TestHost } from '../../src/testhost';
import { createExcelHost, MANIFEST_API } from '../excelHost';
import { addExclusion, mentionsOf, rowsWithout, SAMPLE_DATE, SUBJECT } from './erasureHelpers';

let host: TestHost;
let uninstall: () => void;

beforeEach(() => {
  host = createExcelHost({ apiVersion: MANIFEST_API });
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

const sheets = (): RawSheet[] => host.sheetNames().map((name) => ({ name, rows: host.getValues(name), firstRow: 1, firstColumn: 0 }));

test('erase through Excel: no cell names the client, their map sheet is gone, other clients unchanged, check finds nothing new', async () => {
  const gateway = createExcelGateway();
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  await runAll(gateway, { today: SAMPLE_DATE, date: SAMPLE_DATE, clients: [SUBJECT.id, 'C002', 'C003'] });
  await addExclusion(gateway);
  const before = sheets();
  expect(before.map((s) => s.name)).toContain('Netwerkkaart C001');
  const checkBefore = (await runCheck(gateway, { today: SAMPLE_DATE })).problems.map((p) => problemLine(p, 'nl'));

  const outcome = await runErase(gateway, { client: SUBJECT.id, today: SAMPLE_DATE });
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const after = sheets();
  expect(after.map((s) => s.name)).not.toContain('Netwerkkaart C001');
  expect(after.flatMap((s) => mentionsOf(s).map((m) => `${s.name}: ${m}`))).toEqual([]);
  for (const name of ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Veiligheidssignalen', 'Eenzaamheid']) {
    expect([name, rowsWithout(after.find((s) => s.name === name)!)]).toEqual([name, rowsWithout(before.find((s) => s.name === name)!)]);
  }
  expect(outcome.erased!.find((e) => e.sheet === 'Cliënten')!.rows).toBe(1);
  const log = host.getValues('Kring verwijderlog');
  expect(log.some((r) => r[2] === 'Uitsluitingen' && r[3] === 1)).toBe(true);
  const checkAfter = (await runCheck(gateway, { today: SAMPLE_DATE })).problems.map((p) => problemLine(p, 'nl'));
  expect(checkAfter.filter((l) => !checkBefore.includes(l))).toEqual([]);
  // A second erasure appends to the log below the first.
  const lines = log.filter((r) => r[1] === 'verwijderen cliënt').length;
  await runErase(gateway, { client: 'C003', today: SAMPLE_DATE });
  expect(host.getValues('Kring verwijderlog').filter((r) => r[1] === 'verwijderen cliënt').length).toBeGreaterThan(lines);
  expect(host.getValues('Cliënten').some((r) => r[0] === 'C003')).toBe(false);
}, 120_000);

test('retention: check lists what is past the period, kring retention removes it with a log, the latest measurement stays', async () => {
  const gateway = createExcelGateway();
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  const today = '2028-09-01';
  const first = await runCheck(gateway, { today });
  await runSaveSettings(gateway, { ...first.read!.model.settings, retentionYears: 1 });
  const listed = await runCheck(gateway, { today, lang: 'en' });
  const lines = listed.problems.map((p) => problemLine(p, 'en'));
  expect(lines.some((l) => l.includes('Koppelingen') && l.includes('ended pairings older than the retention period of 1 years'))).toBe(true);
  expect(lines.some((l) => l.includes('Evaluatie 15-05-2026') && l.includes('older than the retention period'))).toBe(true);
  const contactsBefore = host.getValues('Contacten').filter((r) => r[0] === 'C002').length;

  const outcome = await runRetention(gateway, { today });
  expect(outcome.retention!.length).toBeGreaterThan(2);
  expect(host.sheetNames()).not.toContain('Evaluatie 15-05-2026');
  const register = host.getValues('Koppelingen');
  expect(register.some((r) => r[4] === 'beëindigd')).toBe(false);
  // C002's latest map stays; the earlier one went.
  const contactsAfter = host.getValues('Contacten').filter((r) => r[0] === 'C002').length;
  expect(contactsAfter).toBeGreaterThan(0);
  expect(contactsAfter).toBeLessThan(contactsBefore);
  const log = host.getValues('Kring verwijderlog');
  expect(log.some((r) => r[1] === 'bewaartermijn' && r[2] === 'Contacten')).toBe(true);
  const again = await runCheck(gateway, { today });
  expect(again.problems.filter((p) => /bewaartermijn/.test(p.message.nl))).toEqual([]);
}, 120_000);
