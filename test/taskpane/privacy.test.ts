/** The pane's erasure: a preview per sheet that writes nothing, then the erasure, over the Excel gateway on the test host. */
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { ClientNotFound } from '../../src/engine/commands';
import { createKringOps } from '../../src/taskpane/ops';
import { privacyEn, privacyNl } from '../../src/taskpane/strings/privacy';
import { createExcelHost } from '../excelHost';

test('"Toon wat er weg gaat" names the sheets and writes nothing; "Verwijder deze cliënt" removes what it named', async () => {
  const host = createExcelHost({ apiVersion: '1.7' });
  const gateway = createExcelGateway({ excel: host.Excel, office: host.Office });
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  const ops = createKringOps(gateway, 'nl');
  const before = JSON.stringify(host.sheetNames().map((n) => host.getValues(n)));
  const preview = await ops.previewErase('C001');
  expect(JSON.stringify(host.sheetNames().map((n) => host.getValues(n)))).toBe(before);
  expect(preview.blocked).toBe(false);
  const lines = preview.sheets.map((l) => privacyNl.line(l.sheet, l.rows, l.cells, l.rebuilt));
  expect(lines).toEqual(expect.arrayContaining(['Cliënten: 1 rij(en) weg', 'Koppelingen: 0 rij(en) weg, 1 cel(len) worden "verwijderde cliënt"']));
  expect(privacyEn.line('Contacts', 3, 0, false)).toBe('Contacts: 3 row(s) removed');

  const outcome = await ops.erase('C001');
  expect(outcome.erased!.map((e) => e.sheet)).toEqual(preview.sheets.map((l) => l.sheet));
  expect(host.getValues('Cliënten').some((r) => r[0] === 'C001')).toBe(false);
  await expect(ops.previewErase('C001')).rejects.toBeInstanceOf(ClientNotFound);
  await expect(ops.previewErase('C001')).rejects.toMatchObject({ text: { en: expect.stringContaining('there is no client with ID "C001"') } });
}, 60_000);
