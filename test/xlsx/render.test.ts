/**
 * Renders a network map and a three-form sheet written by the xlsx gateway with LibreOffice
 * (when installed): the form sheet prints as one form per page, the map as one page. Set
 * KRING_RENDER_DIR to keep the .xlsx, .pdf and .png files for a look.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { formSheet, mapSheet } from './mapFixtures';

const hasLibreOffice = spawnSync('sh', ['-c', 'command -v libreoffice && command -v pdfinfo'], { encoding: 'utf8' }).status === 0;
const maybe = hasLibreOffice ? test : test.skip;

function render(dir: string, xlsx: string): { pdf: string; pages: number } {
  const home = path.join(dir, 'lo-profile');
  const run = spawnSync('libreoffice', [`-env:UserInstallation=file://${home}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`libreoffice failed: ${run.stderr}`);
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  if (process.env.KRING_RENDER_DIR) spawnSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
  return { pdf, pages };
}

describe('rendering with LibreOffice', () => {
  const dir = process.env.KRING_RENDER_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'kring-render-'));
  beforeAll(() => {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  });

  maybe('three forms print on three pages', async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheets([formSheet(3)], 'replace');
    const file = path.join(dir, 'forms.xlsx');
    await wb.save(file);
    expect(render(dir, file).pages).toBe(3);
  }, 120_000);

  maybe('the network map prints on one page', async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheets([mapSheet()], 'replace');
    const file = path.join(dir, 'map.xlsx');
    await wb.save(file);
    const { pages } = render(dir, file);
    expect(pages).toBeGreaterThanOrEqual(1);
    if (process.env.KRING_RENDER_DIR) expect(readdirSync(dir).some((f) => f.startsWith('map') && f.endsWith('.png'))).toBe(true);
  }, 120_000);
});
