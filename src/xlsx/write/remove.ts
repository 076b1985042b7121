/**
 * A sheet taken out of the workbook part: its `<sheet>` entry, its own defined names (print area,
 * titles) and names whose formula points at it; the sheet-scoped names of later sheets and the
 * workbook views' tab indexes move down one, as Excel does when a sheet is deleted.
 */
import { attr, Edit, spans, splice } from '../xml';

/** The opening tag with the numbers of `keys` one lower where they are at least `from`. */
function shifted(xml: string, start: number, openEnd: number, keys: string[], from: number): Edit | null {
  const tag = xml.slice(start, openEnd);
  let changed = false;
  const text = tag.replace(new RegExp(`(\\s(?:${keys.join('|')})=")(\\d+)(")`, 'g'), (m, a: string, n: string, b: string) => {
    if (Number(n) < from || Number(n) === 0) return m;
    changed = true;
    return `${a}${Number(n) - 1}${b}`;
  });
  return changed ? { start, end: openEnd, text } : null;
}

/** The workbook part without the sheet at tab index `tab` (relationship id `relId`, named `name`). */
export function removeSheetFromWorkbookXml(part: string, xml: string, tab: number, relId: string, name: string): string {
  const found = spans(part, xml, (path) => path.length <= 2);
  const edits: Edit[] = [];
  const isRelId = ([k, v]: [string, string]) => k !== 'sheetId' && /(^|:)id$/.test(k) && v === relId;
  const sheet = found.find((s) => s.path.length === 2 && s.path[1] === 'sheets' && s.local === 'sheet' && Object.entries(s.attributes).some(isRelId));
  if (!sheet) throw new Error(`${part} has no sheet with relationship ${relId}`);
  edits.push({ start: sheet.start, end: sheet.end, text: '' });
  const refs = [`'${name.replace(/'/g, "''")}'!`, `${name}!`];
  const names = found.filter((s) => s.path.length === 2 && s.path[1] === 'definedNames' && s.local === 'definedName');
  const container = found.find((s) => s.path.length === 1 && s.local === 'definedNames');
  const nameEdits: Edit[] = [];
  let kept = 0;
  for (const s of names) {
    const local = attr(s.attributes, 'localSheetId');
    const value = xml.slice(s.openEnd, s.end);
    if ((local !== undefined && Number(local) === tab) || refs.some((r) => value.includes(r))) {
      nameEdits.push({ start: s.start, end: s.end, text: '' });
      continue;
    }
    kept++;
    const e = local !== undefined ? shifted(xml, s.start, s.openEnd, ['localSheetId'], tab + 1) : null;
    if (e) nameEdits.push(e);
  }
  // An empty definedNames element is not allowed: it goes whole.
  if (container && names.length && !kept) edits.push({ start: container.start, end: container.end, text: '' });
  else edits.push(...nameEdits);
  const sheetCount = found.filter((s) => s.path.length === 2 && s.path[1] === 'sheets' && s.local === 'sheet').length;
  for (const view of found.filter((s) => s.path.length === 2 && s.path[1] === 'bookViews' && s.local === 'workbookView')) {
    // Later tabs move down one; the deleted tab's place goes to the next sheet, or the one before when it was the last.
    const tag = xml.slice(view.start, view.openEnd).replace(/(\s(?:activeTab|firstSheet)=")(\d+)(")/g, (_m, a: string, n: string, b: string) => {
      const v = Number(n);
      return `${a}${v > tab || (v === tab && tab === sheetCount - 1 && v > 0) ? v - 1 : v}${b}`;
    });
    if (tag !== xml.slice(view.start, view.openEnd)) edits.push({ start: view.start, end: view.openEnd, text: tag });
  }
  return splice(xml, edits);
}
