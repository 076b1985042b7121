/**
 * Which cell styles show a date: built-in date formats and custom formats with day or year codes.
 * Kring needs this only to move 1904-system dates onto the 1900 system its engine counts in.
 */
import { XlsxPackage } from '../package';
import { attr, xmlParser } from '../xml';

/** Built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones). */
export const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** A format code shows a calendar date when, outside quotes, escapes and [..], it has d or y. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').split(';')[0];
  return /[dDyY]/.test(bare);
}

/** Per cellXfs index: does the style show a date? */
export async function readDateStyles(pkg: XlsxPackage, part: string | null): Promise<boolean[]> {
  if (!part || !pkg.has(part)) return [];
  const custom = new Map<number, string>();
  const xfNumFmts: number[] = [];
  let inCellXfs = false;
  const parser = xmlParser(part, {
    open(local, attributes) {
      if (local === 'numFmt') custom.set(Number(attr(attributes, 'numFmtId')), attr(attributes, 'formatCode') ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) xfNumFmts.push(Number(attr(attributes, 'numFmtId') ?? 0));
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  await pkg.chunks(part, (t) => parser.write(t));
  parser.close();
  return xfNumFmts.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATES.has(id);
  });
}
