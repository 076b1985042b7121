/** The shared string table, streamed: rich text runs joined, phonetic runs (rPh) left out. */
import { XlsxPackage } from '../package';
import { decodeXstring, xmlParser } from '../xml';

export async function readSharedStrings(pkg: XlsxPackage, part: string | null): Promise<string[]> {
  if (!part || !pkg.has(part)) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const parser = xmlParser(part, {
    open(local) {
      if (local === 'si') current = [];
      else if (local === 'rPh') phonetic++;
      else if (local === 't' && phonetic === 0) inText = true;
    },
    close(local) {
      if (local === 'si' && current) {
        strings.push(decodeXstring(current.join('')));
        current = null;
      } else if (local === 'rPh') phonetic--;
      else if (local === 't') inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  }, false);
  await pkg.chunks(part, (t) => parser.write(t));
  parser.close();
  return strings;
}
