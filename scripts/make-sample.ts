/** Regenerates assets/sample.xlsx from the deterministic sample generator: `npm run sample`. */
import path from 'path';
import { sampleSheets } from '../src/sample/generate';
import { XlsxWorkbook } from '../src/xlsx/gateway';

async function run(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', 'assets', 'sample.xlsx');
  const workbook = XlsxWorkbook.create();
  await workbook.writeSheets(sampleSheets(), 'create-if-missing');
  await workbook.save(target);
  process.stdout.write(`sample written to ${target}\n`);
}

run().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
