/**
 * The styles part extended by streaming (src/xlsx/write/styles.ts on src/xlsx/tags.ts): the tag
 * scanner copies any chunking of a part exactly, refuses what the XML parser refuses, and the
 * style book appends Kring's entries with the counts and indices right and the user's bytes kept.
 */
import JSZip from 'jszip';
import { XlsxPackage } from '../../src/xlsx/package';
import { TagScanner } from '../../src/xlsx/tags';
import { StyleBook } from '../../src/xlsx/write/styles';
import { XlsxFormatError } from '../../src/xlsx/xml';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- made by hand -->' +
  '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d/m/yyyy &quot;&gt;&quot;"/></x:numFmts>' +
  '<x:fonts count="2"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font><x:font><x:b/></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
  '<x:borders count="1"><x:border/></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
  '<x:cellXfs count="7"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><x:alignment horizontal="center" text="a > b"/></x:xf></x:cellXfs>' +
  '<x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles>' +
  '<x:tableStyles count="0" defaultTableStyle="TableStyleMedium2"/>' +
  '</x:styleSheet>';

interface Seen {
  what: string;
  start: number;
  end: number;
  text: string;
}

/** Every tag the scanner reports, with its offsets and text, scanning `xml` in chunks of `size`. */
function tags(xml: string, size: number): Seen[] {
  const out: Seen[] = [];
  const scanner: TagScanner = new TagScanner('styles', {
    open: (selfClosing, depth) => void out.push({ what: `${depth} <${scanner.name()}${selfClosing ? '/' : ''}`, start: scanner.start, end: scanner.end, text: scanner.tag() }),
    close: (depth) => void out.push({ what: `${depth} </${scanner.name()}`, start: scanner.start, end: scanner.end, text: scanner.tag() }),
  });
  for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.close();
  return out;
}

async function packageWith(xml: string): Promise<XlsxPackage> {
  const zip = new JSZip();
  zip.file('xl/styles.xml', xml);
  return XlsxPackage.load(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

test('the scanner finds the same tags at the same offsets in chunks of any size (comments, quotes with > split anywhere)', () => {
  const whole = tags(STYLES, STYLES.length);
  expect(whole.length).toBeGreaterThan(30);
  for (const t of whole) expect(STYLES.slice(t.start, t.end)).toBe(t.text);
  expect(whole.find((t) => t.text.includes('a > b'))?.what).toBe('3 <x:alignment/');
  for (const size of [1, 2, 3, 5, 7, 11, 64]) expect(tags(STYLES, size)).toEqual(whole);
});

test('the scanner refuses a document type declaration and unbalanced tags, as the XML parser does', () => {
  expect(() => tags('<!DOCTYPE x [<!ENTITY a "b">]><styleSheet/>', 3)).toThrow(XlsxFormatError);
  expect(() => tags('<styleSheet><fonts></styleSheet>', 4)).toThrow(XlsxFormatError);
  expect(() => tags('<styleSheet><fonts>', 4)).toThrow(XlsxFormatError);
});

test('Kring’s styles are appended with their prefix, counts updated, a missing container made in schema order, the rest kept', async () => {
  const pkg = await packageWith(STYLES);
  const book = await StyleBook.scan(pkg, 'xl/styles.xml');
  // The user's formats are known by code; their ids and the next free one follow them.
  expect(book.numFmtId('d/m/yyyy ">"')).toBe(164);
  expect(book.numFmtId('dd-mm-yyyy')).toBe(165);
  const bold = book.xf({ bold: true, fill: '#FFEEAA' });
  expect(bold).toBe(2);
  // A user's cell format with another number format: a copy with its alignment, at the write.
  const copyOf1 = book.withNumFmt(1, '0.00');
  expect(copyOf1).toBe(3);
  expect(book.withNumFmt(1, 'd/m/yyyy ">"')).toBe(1);
  expect(book.withNumFmt(1, '0.00')).toBe(3);
  const dxf = book.dxf('#FF0000');
  expect(dxf).toBe(0);
  expect(book.dateStyles()).toEqual([false, true, false, false]);
  await book.write(pkg);
  const xml = await pkg.text('xl/styles.xml');
  expect(xml).toContain('<x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="d/m/yyyy &quot;&gt;&quot;"/><x:numFmt numFmtId="165" formatCode="dd-mm-yyyy"/></x:numFmts>');
  expect(xml).toContain('<x:fonts count="3"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font><x:font><x:b/></x:font><x:font><x:b/><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts>');
  expect(xml).toContain(
    '<x:xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"></x:xf>' +
      '<x:xf numFmtId="2" applyNumberFormat="1" fontId="1" fillId="0" borderId="0" xfId="0"><x:alignment horizontal="center" text="a > b"/></x:xf></x:cellXfs>',
  );
  expect(xml).toContain('<x:cellXfs count="4">');
  expect(xml).toContain('</x:cellStyles><x:dxfs count="1"><x:dxf><x:fill><x:patternFill patternType="solid"><x:bgColor rgb="FFFF0000"/></x:patternFill></x:fill></x:dxf></x:dxfs><x:tableStyles');
  expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf('<x:numFmts')))).toBe(true);

  // A later write appends after what the first one wrote.
  expect(book.xf({ wrap: true })).toBe(4);
  expect(book.dxf('#00FF00')).toBe(1);
  await book.write(pkg);
  const again = await pkg.text('xl/styles.xml');
  expect(again).toContain('<x:cellXfs count="5">');
  expect(again).toContain('<x:dxfs count="2">');
  expect((await StyleBook.scan(pkg, 'xl/styles.xml')).dateStyles()).toEqual([false, true, false, false, false]);
});

describe.each([
  ['UTF-8', (t: string) => Buffer.from(t, 'utf8')],
  ['UTF-8 with a byte order mark', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
  ['UTF-16LE', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16BE', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
])('a styles part in %s with text beyond ASCII', (_name, encode) => {
  test('Kring’s entries go in at the right bytes, in the part’s encoding; the user’s bytes stay', async () => {
    const xml = STYLES.replace('<x:name val="Arial"/>', '<x:name val="ＭＳ Ｐゴシック"/>').replace('d/m/yyyy', '€ d/m/yyyy').replace('<x:border/>', '<x:border/><!-- ü -->');
    const bytes = encode(xml);
    const zip = new JSZip();
    zip.file('xl/styles.xml', bytes);
    const pkg = await XlsxPackage.load(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const book = await StyleBook.scan(pkg, 'xl/styles.xml');
    expect(book.xf({ bold: true })).toBe(2);
    expect(book.withNumFmt(1, '0.00')).toBe(3);
    expect(book.dxf('#FF0000')).toBe(0);
    await book.write(pkg);
    const out = Buffer.concat(await (async () => { const parts: Uint8Array[] = []; for await (const b of pkg.bytes('xl/styles.xml')) parts.push(b); return parts; })());
    // Up to Kring's first insertion the bytes are the user's.
    const first = encode(xml.slice(0, xml.indexOf('</x:numFmts>'))).length;
    expect(out.subarray(0, first).equals(bytes.subarray(0, first))).toBe(true);
    const text = await pkg.text('xl/styles.xml');
    expect(text).toContain('<x:font><x:b/><x:sz val="10"/><x:name val="ＭＳ Ｐゴシック"/></x:font></x:fonts>');
    expect(text).toContain('<x:xf numFmtId="2" applyNumberFormat="1" fontId="1" fillId="0" borderId="0" xfId="0"><x:alignment horizontal="center" text="a > b"/></x:xf></x:cellXfs>');
    expect(text).toContain('<x:border/><!-- ü --></x:borders>');
    expect(text).toContain('</x:cellStyles><x:dxfs count="1">');
  });
});
