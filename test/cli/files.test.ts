/**
 * Issue 23: every file problem on the command line in the user's language with what to do, exit 2,
 * no library text; lock files, read-only files and folders respected; dates typed the user's way.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, promises as fsPromises, readFileSync, statSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { parseDateOption } from '../../src/cli/args';
import { FileProblem, writeProblem } from '../../src/cli/files';
import { main, samplePath } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-files-'));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** No library text, no stack trace, no English in a Dutch message (and the other way round). */
function plain(text: string, lang: 'nl' | 'en') {
  expect(text).not.toMatch(/jszip|zip file|central directory|EACCES|ENOENT|at .*\.js:\d+|Error:|unexpected failure/i);
  if (lang === 'nl') expect(text).not.toMatch(/\b(the|is not|cannot|file|folder)\b/);
  else expect(text).not.toMatch(/\b(het|niet|bestand|map|werkmap)\b/);
}

function sampleCopy(dir: string, name = 'clienten.xlsx'): string {
  const file = path.join(dir, name);
  copyFileSync(samplePath(), file);
  return file;
}

/** An OLE compound file header, with the stream name an encrypted workbook carries (or an old .xls). */
function oleFile(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Buffer.from(encrypted ? 'EncryptedPackage' : 'Workbook', 'utf16le');
  return Buffer.concat([header, Buffer.alloc(504), name, Buffer.alloc(512)]);
}

describe('reading: every problem in the user language, with what to do, exit 2', () => {
  test.each<['nl' | 'en', RegExp]>([
    ['nl', /Het bestand .*bestaatniet\.xlsx bestaat niet\. Controleer de naam/],
    ['en', /The file .*bestaatniet\.xlsx does not exist\. Check the name/],
  ])('a missing file (%s)', async (lang, expected) => {
    const r = await run(['check', path.join(tmp(), 'bestaatniet.xlsx'), '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(expected);
    plain(r.err, lang);
  });

  test('no permission to read it (as the file system says: EACCES), and any other failure: a plain sentence, never the library text', async () => {
    const file = sampleCopy(tmp());
    const eacces = Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
    const spy = jest.spyOn(fsPromises, 'readFile').mockRejectedValueOnce(eacces);
    const r = await run(['check', file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`U hebt geen toestemming om ${file} te lezen. Vraag toegang, of kopieer het naar een eigen map.`);
    plain(r.err, 'nl');
    spy.mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    const other = await run(['check', file, '--lang', 'en']);
    expect(other.code).toBe(2);
    expect(other.err).toContain('cannot be read. Check that the file exists and is not in use.');
    plain(other.err, 'en');
    spy.mockRestore();
  });

  test('a folder instead of a file', async () => {
    const r = await run(['check', tmp()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is een map, geen bestand/);
  });

  const saveAs = { nl: /Opslaan als en dan Excel-werkmap \(\.xlsx\)/, en: /Save As, then Excel Workbook \(\.xlsx\)/ };
  test.each<['nl' | 'en']>([['nl'], ['en']])('a .csv, an old .xls, an .ods: save it as an Excel workbook (%s)', async (lang) => {
    const dir = tmp();
    const csv = path.join(dir, 'clienten.csv');
    writeFileSync(csv, 'ID;Naam;Locatie\nC001;Ann;De Linde\n');
    const xls = path.join(dir, 'oud.xls');
    writeFileSync(xls, oleFile(false));
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    zip.file('content.xml', '<office:document-content/>');
    const ods = path.join(dir, 'rekenblad.ods');
    writeFileSync(ods, await zip.generateAsync({ type: 'nodebuffer' }));
    const kinds = {
      [csv]: { nl: /CSV-bestand \(tekst\), geen Excel-werkmap/, en: /CSV file \(text\), not an Excel workbook/ },
      [xls]: { nl: /oud Excel-bestand \(\.xls\)/, en: /old Excel file \(\.xls\)/ },
      [ods]: { nl: /OpenDocument-rekenblad \(\.ods\)/, en: /OpenDocument spreadsheet \(\.ods\)/ },
    };
    for (const [file, words] of Object.entries(kinds)) {
      const r = await run(['suggest', file, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(words[lang]);
      expect(r.err).toMatch(saveAs[lang]);
      plain(r.err, lang);
    }
  });

  test('a password-protected workbook: how to remove the password', async () => {
    const file = path.join(tmp(), 'geheim.xlsx');
    writeFileSync(file, oleFile(true));
    const r = await run(['check', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/met een wachtwoord beveiligd.*Versleutelen met wachtwoord/);
    plain(r.err, 'nl');
  });

  test('a damaged workbook names the part, never the parser text', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types');
    const file = path.join(tmp(), 'kapot.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run(['check', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is damaged|is not an Excel workbook/);
    plain(r.err, 'en');
  });
});

describe('writing: open files, read-only files and folders', () => {
  test.each([
    ['Excel', (f: string) => path.join(path.dirname(f), `~$${path.basename(f)}`)],
    ['LibreOffice', (f: string) => path.join(path.dirname(f), `.~lock.${path.basename(f)}#`)],
  ])('a file open in %s is refused for --in-place and for -o onto it; nothing written', async (by, lockOf) => {
    const dir = tmp();
    const file = sampleCopy(dir);
    const before = readFileSync(file);
    writeFileSync(lockOf(file), 'lock');
    const r = await run(['suggest', file, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`is geopend in ${by}. Sluit het daar eerst`);
    expect(readFileSync(file).equals(before)).toBe(true);
    const other = sampleCopy(dir, 'bron.xlsx');
    const onto = await run(['suggest', other, '-o', file, '--lang', 'en']);
    expect(onto.code).toBe(2);
    expect(onto.err).toContain(`is open in ${by}. Close it there first`);
    expect(readFileSync(file).equals(before)).toBe(true);
    // Another output beside it is fine.
    expect((await run(['suggest', other, '-o', path.join(dir, 'ander.xlsx')])).code).toBe(0);
  });

  test('a read-only file is refused unless --force, and stays read-only after --force', async () => {
    const file = sampleCopy(tmp());
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = await run(['suggest', file, '--in-place']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is alleen-lezen; Kring overschrijft het niet.*--force/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const forced = await run(['suggest', file, '--in-place', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  test('an unexpected failure while writing: a plain sentence in the user language, nothing of the error itself', async () => {
    const dir = tmp();
    const spy = jest.spyOn(XlsxWorkbook.prototype, 'save').mockRejectedValueOnce(new Error('boom at writer.js:12'));
    const r = await run(['suggest', sampleCopy(dir), '-o', path.join(dir, 'uit.xlsx')]);
    spy.mockRestore();
    expect(r.code).toBe(2);
    expect(r.err).toBe('kring: er ging onverwacht iets mis; er is niets geschreven. Probeer het opnieuw, of meld het aan wie Kring beheert.\n');
  });

  test('an existing output keeps its permissions (a private 600 file stays private)', async () => {
    const file = sampleCopy(tmp());
    chmodSync(file, 0o600);
    expect((await run(['suggest', file, '--in-place'])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  test('no permission to write in the folder: which folder, and what to do', async () => {
    const dir = tmp();
    const locked = path.join(dir, 'gedeeld');
    mkdirSync(locked);
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/x/.a.xlsx.1.tmp'"), { code: 'EACCES' });
    const problem = writeProblem(eacces, path.join(locked, 'a-kring.xlsx')) as FileProblem;
    expect(problem).toBeInstanceOf(FileProblem);
    expect(problem.say('nl')).toBe(`U hebt geen toestemming om te schrijven in de map ${locked}. Kies met -o een bestand in een map waarin u mag schrijven (bijvoorbeeld uw Documenten).`);
    expect(problem.say('en')).toMatch(/^You have no permission to write in the folder /);
    // For real where the file system enforces it (not as root).
    if (process.getuid?.() !== 0) {
      const input = sampleCopy(dir);
      chmodSync(locked, 0o555);
      const r = await run(['suggest', input, '-o', path.join(locked, 'uit.xlsx')]);
      chmodSync(locked, 0o755);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`geen toestemming om te schrijven in de map ${locked}`);
    }
    const missing = await run(['suggest', sampleCopy(dir, 'b.xlsx'), '-o', path.join(dir, 'nergens', 'uit.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/De map .*nergens bestaat niet/);
  });
});

describe('dates typed the user way', () => {
  test('dd-mm-jjjj and jjjj-mm-dd are the same date', () => {
    for (const d of ['01-12-2026', '1-12-2026', '01/12/2026', '01.12.2026', '2026-12-01']) expect(parseDateOption('--date', d)).toBe('2026-12-01');
  });

  test('ambiguous and impossible dates are refused with an example, in the user language', async () => {
    const input = sampleCopy(tmp());
    const cases: [string, 'nl' | 'en', RegExp][] = [
      ['01-12-26', 'nl', /schrijf het jaar voluit.*bijvoorbeeld 01-12-2026 of 2026-12-01/],
      ['31-02-2026', 'nl', /die dag bestaat niet \(bijvoorbeeld 01-12-2026/],
      ['2026-13-45', 'en', /that day does not exist \(for example 01-12-2026/],
      ['december', 'en', /is not a date: write dd-mm-yyyy or yyyy-mm-dd/],
    ];
    for (const [d, lang, expected] of cases) {
      const r = await run(['evaluate', input, '--date', d, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toMatch(expected);
      expect(r.err).toContain(lang === 'nl' ? 'Gebruik: kring' : 'Usage: kring');
    }
  });

  test('evaluate --date 01-12-2026 works as 2026-12-01', async () => {
    const dir = tmp();
    const a = await run(['evaluate', sampleCopy(dir), '--date', '01-12-2026', '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).sheets).toContain('Evaluatie 01-12-2026');
  });
});
