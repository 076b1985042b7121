/**
 * Where things are in a package: the workbook part (from the root relationships), its sheets in
 * tab order with their parts (from the workbook's relationships), the shared strings, the styles
 * and the date system. Any part names, relative or absolute targets.
 */
import { Conformance, conformanceOf } from '../conformance';
import { Rel, REL, relKind, resolveTarget, XlsxPackage } from '../package';
import { attr, parseXml, XlsxFormatError } from '../xml';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part, or null when its relationship is missing. */
  part: string | null;
  /** worksheet, chartsheet, dialogsheet, xlMacrosheet… (the relationship's kind). */
  kind: string;
}

export interface WorkbookIndex {
  workbookPart: string;
  workbookRels: Rel[];
  sheets: SheetEntry[];
  date1904: boolean;
  /** Parts named by the workbook's relationships (a producer may name one it did not write). */
  sharedStringsPart: string | null;
  stylesPart: string | null;
  /** Transitional or Strict: the class Kring writes its parts in. */
  conformance: Conformance;
}

export async function readWorkbookIndex(pkg: XlsxPackage): Promise<WorkbookIndex> {
  const rootRels = await pkg.rels('');
  const office = rootRels.find((r) => relKind(r) === REL.officeDocument && !r.external);
  const workbookPart = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  if (!pkg.has(workbookPart)) throw new XlsxFormatError('the package has no workbook part (is this a .xlsx file?)', 'no-workbook');
  const workbookRels = await pkg.rels(workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let rootNamespace: string | undefined;
  parseXml(workbookPart, await pkg.text(workbookPart), {
    open(local, attributes, tag) {
      if (rootNamespace === undefined) rootNamespace = attributes[tag.name.includes(':') ? `xmlns:${tag.name.split(':')[0]}` : 'xmlns'] ?? '';
      if (local === 'workbookPr') date1904 = isTrue(attr(attributes, 'date1904'));
      if (local !== 'sheet') return;
      const relId = attr(attributes, 'id', true) ?? '';
      const rel = byId.get(relId);
      sheets.push({
        name: attr(attributes, 'name') ?? '',
        sheetId: Number(attr(attributes, 'sheetId') ?? 0),
        relId,
        part: rel && !rel.external ? pkg.nameOf(resolveTarget(workbookPart, rel.target)) : null,
        kind: rel ? relKind(rel) : 'missing',
      });
    },
  });
  const partOf = (kind: string) => {
    const rel = workbookRels.find((r) => relKind(r) === kind && !r.external);
    return rel ? pkg.nameOf(resolveTarget(workbookPart, rel.target)) : null;
  };
  return {
    workbookPart: pkg.nameOf(workbookPart),
    workbookRels,
    sheets,
    date1904,
    sharedStringsPart: partOf(REL.sharedStrings),
    stylesPart: partOf(REL.styles),
    conformance: conformanceOf(office?.type, rootNamespace),
  };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** A sheet by name, ignoring case (Excel's rule for sheet names). */
export function findSheetEntry(index: WorkbookIndex, name: string): SheetEntry | undefined {
  const key = name.toLowerCase();
  return index.sheets.find((s) => s.name.toLowerCase() === key);
}
