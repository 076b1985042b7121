/**
 * The bench organisation's workbook made heavy where Kring should not look: another sheet with a
 * data validation over the whole sheet (as Excel Online writes it) and 10,000 merged cells, and a
 * whole-column dropdown on Cliënten. Added at the package level (JSZip and string edits), so the
 * rest of the file is as ExcelJS wrote it.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MERGES = 10_000;

function planningSheet(): string {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= MERGES; r++) {
    rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Week ${r}</t></is></c></row>`);
    merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows.join('')}</sheetData><mergeCells count="${MERGES}">${merges.join('')}</mergeCells>` +
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>"ja,nee"</formula1></dataValidation></dataValidations>' +
    '</worksheet>'
  );
}

/** A dropdown on the whole of column C (Locatie) of the sheet part, before the page setup. */
function withColumnDropdown(sheet: string): string {
  const dv = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C2:C1048576"><formula1>"De Linde,Het Baken"</formula1></dataValidation></dataValidations>';
  const at = sheet.search(/<(pageMargins|pageSetup|headerFooter|drawing|tableParts|extLst)\b|<\/worksheet>/);
  return sheet.slice(0, at) + dv + sheet.slice(at);
}

export async function makeHeavy(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const clientsId = /<sheet [^>]*name="Cliënten"[^>]*r:id="([^"]+)"/.exec(wb)![1];
  const clientsTarget = new RegExp(`Id="${clientsId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${clientsId}"`).exec(rels)![1];
  const clientsPart = `xl/${clientsTarget.replace(/^\/?xl\//, '')}`;
  zip.file(clientsPart, withColumnDropdown(await zip.file(clientsPart)!.async('string')));
  zip.file('xl/worksheets/planning.xml', planningSheet());
  const sheetId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  zip.file('xl/workbook.xml', wb.replace('</sheets>', `<sheet name="Planning" sheetId="${sheetId}" r:id="rIdPlanning"/></sheets>`));
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdPlanning" Type="${REL}/worksheet" Target="worksheets/planning.xml"/></Relationships>`));
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/worksheets/planning.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
