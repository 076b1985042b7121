/**
 * After an erasure, free text that may still name the client by first name is listed for the user
 * (sheet and cell, in the outcome's warnings and counted in the preview), and left as it was: on
 * the Excel path (the test host with Microsoft's library) and the .xlsx path alike.
 */
import { previewErase, runErase } from '../../src/engine/commands';
import { FIRST_NAME_CHECK } from '../../src/engine/privacy/firstName';
import { isoToSerial } from '../../src/engine/read/cells';
import { WorkbookGateway } from '../../src/engine/workbook';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { createExcelHost, MANIFEST_API } from '../excelHost';
import { SAMPLE_DATE, SUBJECT } from './erasureHelpers';

const NOTE = 'Kwam samen met Marloes naar de activiteit; daarna ging het beter.';

async function withNote(gateway: WorkbookGateway): Promise<void> {
  await gateway.writeSheets(sampleSheets(), 'create-if-missing');
  // Another client's concern whose text names the subject by first name only.
  await gateway.appendRows({ sheet: 'Veiligheidssignalen', headerRow: 1, firstColumn: 0, kinds: ['date', 'text', 'text', 'text', 'text'], rows: [[isoToSerial('2026-11-01'), 'C003', null, 'Sandra Jansen', NOTE]] });
}

async function noteCell(gateway: WorkbookGateway): Promise<{ row: number; address: string; value: unknown }> {
  const [sheet] = await gateway.readSheets(['Veiligheidssignalen']);
  const i = sheet.rows.findIndex((r) => r.includes(NOTE));
  const j = sheet.rows[i].indexOf(NOTE);
  return { row: sheet.firstRow + i, address: `${String.fromCharCode(65 + sheet.firstColumn + j)}${sheet.firstRow + i}`, value: sheet.rows[i][j] };
}

const paths: [string, () => WorkbookGateway][] = [
  ['Excel', () => {
    const host = createExcelHost({ apiVersion: MANIFEST_API });
    return createExcelGateway({ excel: host.Excel, office: host.Office });
  }],
  ['.xlsx', () => XlsxWorkbook.create()],
];

test.each(paths)('%s: the preview counts the cell, the erasure lists it with its address and leaves its text', async (_path, make) => {
  const gateway = make();
  await withNote(gateway);
  const preview = await previewErase(gateway, { client: SUBJECT.id, today: SAMPLE_DATE });
  expect(preview.firstNames).toBe(1);
  const outcome = await runErase(gateway, { client: SUBJECT.id, today: SAMPLE_DATE });
  const after = await noteCell(gateway);
  expect(after.value).toBe(NOTE);
  const review = outcome.problems.filter((p) => p.message === FIRST_NAME_CHECK);
  expect(review).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Veiligheidssignalen', row: after.row, address: after.address })]);
}, 120_000);
