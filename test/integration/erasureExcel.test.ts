/**
 * Erasure and the retention period through the Excel gateway, on the strict test host (Microsoft's
 * client library): the client gone from every sheet, their own map sheet deleted, other clients'
 * rows as they were, check with nothing new; the retention clean-up listed by check and removed,
 * handled safety concerns and old intervisie agendas too (open concerns and exclusions stay).
 */
import { runAll, runCheck, runErase, runIntervisie, runRetention, runSaveSettings } from '../../src/engine/commands';
import { problemLine } from '../../src/engine/problems';
import { isoToSerial } from '../../src/engine/read/cells';
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

test('retention through Excel: a handled concern and an old agenda go, the open concern, a recent agenda and the exclusions stay', async () => {
  const gateway = createExcelGateway();
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  await runIntervisie(gateway, { today: SAMPLE_DATE, date: SAMPLE_DATE });
  // A second meeting's agenda beside the first (Excel wants table names unique in the workbook).
  await runIntervisie(gateway, { today: '2027-10-01', date: '2027-10-01' });
  expect(host.sheetNames()).toEqual(expect.arrayContaining(['Intervisie 30-11-2026', 'Intervisie 01-10-2027']));
  await gateway.appendRows({ sheet: 'Uitsluitingen', headerRow: 1, firstColumn: 0, kinds: ['text', 'text', 'text'], rows: [['C002', 'C007', 'Veiligheid: grensoverschrijdend gedrag']] });
  // Handled recently: stays, and moves up into the removed row's place.
  await gateway.appendRows({ sheet: 'Veiligheidssignalen', headerRow: 1, firstColumn: 0, kinds: ['date', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date'], rows: [[isoToSerial('2028-05-01'), 'C003', null, null, 'Zorg', 'handmatig', 'afgehandeld', null, isoToSerial('2028-06-01')]] });
  const today = '2028-09-01';
  await runSaveSettings(gateway, { ...(await runCheck(gateway, { today })).read!.model.settings, retentionYears: 1 });
  const lines = (await runCheck(gateway, { today, lang: 'en' })).problems.map((p) => problemLine(p, 'en'));
  expect(lines).toContain('warning: Veiligheidssignalen: 1 row(s) of handled safety concerns (open concerns always stay) older than the retention period of 1 years. Remove them with kring retention (or Apply retention period in the task pane).');
  expect(lines.some((l) => l.startsWith('warning: Intervisie 30-11-2026: This sheet is older'))).toBe(true);
  expect(lines.some((l) => l.includes('Intervisie 01-10-2027'))).toBe(false);
  const exclusions = host.getValues('Uitsluitingen');
  const status = () => host.getValues('Veiligheidssignalen').filter((r) => /^C\d+$/.test(String(r[1]))).map((r) => `${r[1]} ${r[6]}`);
  expect(status()).toEqual(['C001 open', 'C002 afgehandeld', 'C003 afgehandeld']);

  const outcome = await runRetention(gateway, { today });
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(host.sheetNames()).not.toContain('Intervisie 30-11-2026');
  expect(host.sheetNames()).toContain('Intervisie 01-10-2027');
  expect(status()).toEqual(['C001 open', 'C003 afgehandeld']);
  expect(host.getValues('Veiligheidssignalen').find((r) => r[1] === 'C003')![8]).toBe(isoToSerial('2028-06-01'));
  expect(host.getValues('Uitsluitingen')).toEqual(exclusions);
  const log = host.getValues('Kring verwijderlog');
  expect(log.find((r) => r[1] === 'bewaartermijn' && r[2] === 'Veiligheidssignalen')!.slice(3)).toEqual([1, 0]);
  expect(log.some((r) => r[1] === 'bewaartermijn' && r[2] === 'Intervisie 30-11-2026')).toBe(true);
  // The next agenda is made from what is left: the open concern first, nothing about the removed one.
  const next = await runIntervisie(gateway, { today, date: today });
  expect(next.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const agenda = host.getValues('Intervisie 01-09-2028').flat().map(String);
  expect(agenda.some((c) => c.startsWith('KRING-SAFE:C001>'))).toBe(true);
  expect(agenda.some((c) => c.startsWith('KRING-SAFE:C002>'))).toBe(false);
  expect(status()).toEqual(['C001 open', 'C003 afgehandeld']);
}, 120_000);
