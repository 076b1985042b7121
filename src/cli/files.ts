/**
 * Every file problem of the command line in one place, in the user's language with what to do:
 * reading the input (missing, a folder, no permission, not a workbook, another format, password,
 * damaged) and writing the output (open in Excel or LibreOffice, read-only, no permission).
 */
import { constants, promises as fs, Stats } from 'fs';
import path from 'path';
import { Bilingual, Lang, pick } from '../engine/i18n';
import { XlsxGatewayError, XlsxWorkbook } from '../xlsx/gateway';

/** A file problem worded for the user; the command line prints it and exits 2. */
export class FileProblem extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  say(lang: Lang): string {
    return pick(this.text, lang);
  }
}

const SAVE_AS_XLSX: Bilingual = {
  nl: 'Open het in Excel of LibreOffice, kies Opslaan als en dan Excel-werkmap (.xlsx), en geef Kring dat bestand',
  en: 'Open it in Excel or LibreOffice, choose Save As, then Excel Workbook (.xlsx), and give Kring that file',
};

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

const NO_PERMISSION = new Set(['EACCES', 'EPERM']);

/** Reads the input workbook, or throws a FileProblem that says what is wrong and what to do. */
export async function openInput(file: string): Promise<XlsxWorkbook> {
  const name = path.basename(file);
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new FileProblem({ nl: `${file} is een map, geen bestand. Geef de naam van een werkmap (.xlsx) in die map.`, en: `${file} is a folder, not a file. Give the name of a workbook (.xlsx) in that folder.` });
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') {
      throw new FileProblem({
        nl: `Het bestand ${file} bestaat niet. Controleer de naam (met .xlsx erachter) en de map waarin u de opdracht geeft.`,
        en: `The file ${file} does not exist. Check the name (ending in .xlsx) and the folder you run the command in.`,
      });
    }
    if (NO_PERMISSION.has(errno(e) ?? '')) {
      throw new FileProblem({ nl: `U hebt geen toestemming om ${file} te lezen. Vraag toegang, of kopieer het naar een eigen map.`, en: `You have no permission to read ${file}. Ask for access, or copy it to a folder of your own.` });
    }
    throw new FileProblem({ nl: `${file} kan niet worden gelezen. Controleer of het bestand er is en niet in gebruik is.`, en: `${file} cannot be read. Check that the file exists and is not in use.` });
  }
  try {
    return await XlsxWorkbook.fromBuffer(data, name);
  } catch (e) {
    throw unreadableInput(e, file);
  }
}

/** Any failure of the xlsx gateway on the input, as a FileProblem; other errors pass through. */
export function unreadableInput(e: unknown, file: string): unknown {
  if (!(e instanceof XlsxGatewayError)) return e;
  const ext = path.extname(file).toLowerCase();
  const then = (t: Bilingual): Bilingual => ({ nl: `${t.nl}. ${SAVE_AS_XLSX.nl}.`, en: `${t.en}. ${SAVE_AS_XLSX.en}.` });
  switch (e.kind) {
    case 'password':
      return new FileProblem({
        nl: `${file} is met een wachtwoord beveiligd; Kring kan het niet lezen. Haal in Excel het wachtwoord eraf (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, maak het veld leeg) en sla het op.`,
        en: `${file} is protected with a password; Kring cannot read it. Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear the box) and save it.`,
      });
    case 'xls':
      return new FileProblem(then({ nl: `${file} is een oud Excel-bestand (.xls), geen Excel-werkmap (.xlsx)`, en: `${file} is an old Excel file (.xls), not an Excel workbook (.xlsx)` }));
    case 'ods':
      return new FileProblem(then({ nl: `${file} is een OpenDocument-rekenblad (.ods), geen Excel-werkmap (.xlsx)`, en: `${file} is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)` }));
    case 'text':
      return new FileProblem(
        then(ext === '.csv'
          ? { nl: `${file} is een CSV-bestand (tekst), geen Excel-werkmap (.xlsx)`, en: `${file} is a CSV file (text), not an Excel workbook (.xlsx)` }
          : { nl: `${file} is een tekstbestand, geen Excel-werkmap (.xlsx)`, en: `${file} is a text file, not an Excel workbook (.xlsx)` }),
      );
    case 'not-found':
      return new FileProblem({ nl: `Het bestand ${file} bestaat niet.`, en: `The file ${file} does not exist.` });
    default:
      return new FileProblem(damaged(e, file));
  }
}

function damaged(e: XlsxGatewayError, file: string): Bilingual {
  const part = e.part;
  switch (e.reason) {
    case 'not-zip':
    case 'no-workbook':
      return { nl: `${file} is geen Excel-werkmap (.xlsx). ${SAVE_AS_XLSX.nl}.`, en: `${file} is not an Excel workbook (.xlsx). ${SAVE_AS_XLSX.en}.` };
    case 'forbidden-dtd':
      return {
        nl: `${file} is niet gelezen: het onderdeel ${part} bevat een documenttypedefinitie (DTD), wat een werkmap nooit nodig heeft. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
        en: `${file} was not read: its part ${part} holds a document type declaration (DTD), which a workbook never needs. Open it in Excel and save it again as an Excel workbook (.xlsx).`,
      };
    case 'too-large':
      return {
        nl: `${file} is niet gelezen: het onderdeel ${part} pakt uit tot meer dan 256 MB (een zip-bom?). Open het in Excel en sla het opnieuw op.`,
        en: `${file} was not read: its part ${part} unpacks to more than 256 MB (a zip bomb?). Open it in Excel and save it again.`,
      };
    default:
      return {
        nl: `${file} is beschadigd${part ? ` (het onderdeel ${part} is onleesbaar)` : ''}. Open het in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het nog eens.`,
        en: `${file} is damaged${part ? ` (its part ${part} cannot be read)` : ''}. Open it in Excel, save it again as an Excel workbook (.xlsx) and try again.`,
      };
  }
}

/** The lock files Excel (~$name.xlsx) and LibreOffice (.~lock.name.xlsx#) keep beside a file they have open. */
export function lockFiles(file: string): { lock: string; by: 'Excel' | 'LibreOffice' }[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  return [
    { lock: path.join(dir, `~$${base}`), by: 'Excel' },
    { lock: path.join(dir, `.~lock.${base}#`), by: 'LibreOffice' },
  ];
}

async function exists(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/**
 * Before writing `target`: refused when Excel or LibreOffice has it open (a later save there would
 * overwrite Kring's work), when it is read-only (unless `force`), or when its folder cannot be written.
 * Returns the mode to give the new file, so it keeps its permissions.
 */
export async function checkTarget(target: string, force: boolean): Promise<number | null> {
  const dir = path.dirname(target);
  for (const { lock, by } of lockFiles(target)) {
    if (await exists(lock)) {
      throw new FileProblem({
        nl: `${target} is geopend in ${by}. Sluit het daar eerst: anders overschrijft de volgende keer opslaan in ${by} het werk van Kring (of andersom). Of schrijf naar een ander bestand met -o. Is het nergens open? Verwijder dan ${path.basename(lock)} in ${dir}.`,
        en: `${target} is open in ${by}. Close it there first: otherwise the next save in ${by} overwrites Kring's work (or the other way round). Or write to another file with -o. Is it not open anywhere? Then delete ${path.basename(lock)} in ${dir}.`,
      });
    }
  }
  const dirStat = await exists(dir);
  if (!dirStat?.isDirectory()) {
    throw new FileProblem({ nl: `De map ${dir} bestaat niet. Maak hem eerst aan, of kies met -o een bestand in een bestaande map.`, en: `The folder ${dir} does not exist. Create it first, or choose a file in an existing folder with -o.` });
  }
  const stat = await exists(target);
  if (stat?.isDirectory()) throw new FileProblem({ nl: `${target} is een map; kies met -o een bestandsnaam die eindigt op .xlsx.`, en: `${target} is a folder; choose a file name ending in .xlsx with -o.` });
  if (stat && (stat.mode & 0o222) === 0 && !force) {
    throw new FileProblem({
      nl: `${target} is alleen-lezen; Kring overschrijft het niet. Schrijf met -o naar een ander bestand, of geef --force om het toch te doen (het blijft daarna alleen-lezen).`,
      en: `${target} is read-only; Kring does not overwrite it. Write to another file with -o, or give --force to do it anyway (it stays read-only afterwards).`,
    });
  }
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw noPermission(dir);
  }
  return stat ? stat.mode & 0o7777 : null;
}

function noPermission(dir: string): FileProblem {
  return new FileProblem({
    nl: `U hebt geen toestemming om te schrijven in de map ${dir}. Kies met -o een bestand in een map waarin u mag schrijven (bijvoorbeeld uw Documenten).`,
    en: `You have no permission to write in the folder ${dir}. Choose a file in a folder you can write to with -o (your Documents, for example).`,
  });
}

/** Saves the workbook to `target` (checked first), keeping the permissions an existing file had. */
export async function saveTo(workbook: XlsxWorkbook, target: string, force: boolean): Promise<void> {
  const mode = await checkTarget(target, force);
  try {
    await workbook.save(target);
    if (mode !== null) await fs.chmod(target, mode);
  } catch (e) {
    throw writeProblem(e, target);
  }
}

/** A failure while writing, as a FileProblem that names the folder or the file; other errors pass through. */
export function writeProblem(e: unknown, target: string): unknown {
  const code = errno(e);
  if (code && NO_PERMISSION.has(code)) return noPermission(path.dirname(target));
  if (code === 'EROFS') return new FileProblem({ nl: `De map ${path.dirname(target)} is alleen-lezen. Kies met -o een andere map.`, en: `The folder ${path.dirname(target)} is read-only. Choose another folder with -o.` });
  if (code === 'ENOSPC') return new FileProblem({ nl: `De schijf is vol; ${target} is niet geschreven. Maak ruimte vrij of kies met -o een andere schijf.`, en: `The disk is full; ${target} was not written. Free some space or choose another disk with -o.` });
  if (code === 'EBUSY') return new FileProblem({ nl: `${target} is in gebruik door een ander programma. Sluit het daar en probeer opnieuw.`, en: `${target} is in use by another program. Close it there and try again.` });
  return e;
}
