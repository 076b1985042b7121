/**
 * The bench organisation's workbook with the user's styles part grown to a given size: cell
 * formats and fonts appended to xl/styles.xml (as years of copy and paste from other workbooks
 * leave them), at the package level with JSZip and string edits; every other part as ExcelJS
 * wrote it.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';

function append(xml: string, container: string, child: string, items: string[]): string {
  const open = new RegExp(`<${container}\\b[^>]*>`).exec(xml)!;
  const close = xml.indexOf(`</${container}>`);
  const before = (xml.slice(open.index, close).match(new RegExp(`<${child}\\b`, 'g')) ?? []).length;
  const tag = open[0].replace(/\scount="\d+"/, '').replace(/>$/, ` count="${before + items.length}">`);
  return xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + items.join('') + xml.slice(close);
}

export async function makeHugeStyles(file: string, out: string, bytes: number): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let xml = await zip.file('xl/styles.xml')!.async('string');
  const fonts = Array.from({ length: Math.round(bytes / 500) }, (_, i) => `<font><sz val="${8 + (i % 20)}"/><color rgb="FF${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}"/><name val="Arial"/><family val="2"/></font>`);
  xml = append(xml, 'fonts', 'font', fonts);
  const xfs: string[] = [];
  for (let i = 0, size = xml.length; size < bytes; i++) {
    size += xfs[xfs.push(`<xf numFmtId="${i % 7 === 0 ? 14 : 0}" fontId="${i % fonts.length}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" indent="${i % 15}"/></xf>`) - 1].length;
  }
  xml = append(xml, 'cellXfs', 'xf', xfs);
  zip.file('xl/styles.xml', xml);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return Buffer.byteLength(xml);
}
