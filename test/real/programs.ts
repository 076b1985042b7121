/**
 * Other programs on the .xlsx path: LibreOffice (headless) and Python's openpyxl, from Debian's
 * packages. CI installs both; a machine without them skips those tests, CI fails instead.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';

function found(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function required(name: string, ok: boolean): boolean {
  if (!ok && process.env.CI) throw new Error(`${name} is needed for this test in CI (see .ci/run)`);
  return ok;
}

export function libreOfficeAvailable(): boolean {
  return required('LibreOffice', found('soffice'));
}

/** Debian's python3 (not another one on the PATH) has python3-openpyxl. */
const PYTHON = '/usr/bin/python3';

export function openpyxlAvailable(): boolean {
  return required('openpyxl (python3-openpyxl)', spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0);
}

/** Opens each file in LibreOffice and saves it again as .xlsx (one LibreOffice run); input → output path. */
export function convertWithLibreOffice(files: string[], outDir: string): Map<string, string> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kring-lo-profile-'));
  const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
  return new Map(files.map((f) => [f, path.join(outDir, path.basename(f))]));
}

/** Runs a Python script with openpyxl; arguments are passed as sys.argv[1:]. */
export function runOpenpyxl(script: string, args: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-py-')), 'script.py');
  writeFileSync(file, script);
  const r = spawnSync(PYTHON, [file, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`openpyxl script failed: ${r.stderr}`);
  return r.stdout;
}
