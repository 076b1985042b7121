/**
 * Kring's changes to a package: its output sheets replaced or added (with their table, drawing,
 * charts, print names), cells set in the register, and the shared parts that must agree with them
 * (workbook, its relationships, content types, styles, calculation chain). Every other part keeps
 * its bytes: a rebuilt sheet's old tables and drawings go only when nothing else refers to them.
 */
import { chartProblem } from '../../engine/layout/charts';
import { checkSheetSpecs } from '../../engine/layout/specs';
import { SheetSpec, WriteMode, WriteResult } from '../../engine/workbook';
import { chartXml, drawingXml } from '../charts';
import { relType } from '../conformance';
import { CONTENT_TYPE, Rel, REL, relKind, relativeTarget, relsPathOf, resolveTarget, nextRelId, XlsxPackage } from '../package';
import { readDateStyles } from '../read/dateStyles';
import { findSheetEntry, SheetEntry, WorkbookIndex } from '../read/workbookIndex';
import { attr, Edit, encodeXstring, escapeXml, spans, splice, XML_HEAD } from '../xml';
import { DefinedName, editCalcChain, editContentTypes, editWorkbookXml, NewSheet, sheetRef } from './parts';
import { CellSet, patchSheet } from './patch';
import { removeSheetFromWorkbookXml } from './remove';
import { composeSheet } from './sheet';
import { emptyStyles, StyleBook } from './styles';


/** What one batch of edits changes in the shared parts. */
interface Batch {
  removed: Set<string>;
  added: Map<string, string>;
  /** Part → rels files that point at it, over the whole package (built when a part may go). */
  refs: Map<string, Set<string>> | null;
  goneRels: Set<string>;
}

export class WorkbookEditor {
  private book: StyleBook | null = null;
  /** Relationship parts Kring wrote or removed since content types were last brought in line. */
  private readonly relsTouched = new Set<string>();

  constructor(private readonly pkg: XlsxPackage, readonly index: WorkbookIndex) {}

  private get folder(): string {
    const p = this.index.workbookPart;
    return p.slice(0, p.lastIndexOf('/') + 1);
  }

  async styles(): Promise<StyleBook> {
    if (this.book) return this.book;
    let part = this.index.stylesPart;
    if (!part || !this.pkg.has(part)) {
      // No styles, or a relationship to styles the producer did not write: Kring's own minimal ones.
      if (!part) this.addWorkbookRel(REL.styles, (part = `${this.folder}styles.xml`));
      this.pkg.set(part, emptyStyles(this.index.conformance.main));
      await this.editShared({ removed: new Set(), added: new Map([[part, CONTENT_TYPE.styles]]), refs: null, goneRels: new Set() });
      this.index.stylesPart = part;
    }
    this.book = await StyleBook.scan(this.pkg, part);
    return this.book;
  }

  /** Writes the styles Kring added into the package, once, before it is saved. */
  async finish(): Promise<void> {
    await this.book?.write(this.pkg);
  }

  /** Per cell format, does it show a date (with Kring's additions once it has styled cells). */
  dateStyles(): Promise<boolean[]> {
    return this.book ? Promise.resolve(this.book.dateStyles()) : readDateStyles(this.pkg, this.index.stylesPart);
  }

  private rel(kind: string, fromPart: string, toPart: string, rels: Rel[]): Rel {
    return { id: nextRelId(rels), type: relType(this.index.conformance, kind), target: relativeTarget(fromPart, toPart), external: false };
  }

  /** A part's relationships written (none: its rels part goes), remembered for the content types. */
  private setRels(part: string, rels: Rel[]): void {
    this.pkg.setRels(part, rels);
    this.relsTouched.add(relsPathOf(part));
  }

  private addWorkbookRel(kind: string, part: string): string {
    const rel = this.rel(kind, this.index.workbookPart, part, this.index.workbookRels);
    this.index.workbookRels.push(rel);
    this.setRels(this.index.workbookPart, this.index.workbookRels);
    return rel.id;
  }

  /** A free part name such as xl/tables/table3.xml. */
  private freePart(folder: string, stem: string): string {
    for (let n = 1; ; n++) {
      const part = `${this.folder}${folder}/${stem}${n}.xml`;
      if (!this.pkg.has(part)) return part;
    }
  }

  async writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<WriteResult> {
    const result: WriteResult = { written: [], skipped: [] };
    checkSheetSpecs(specs);
    const batch: Batch = { removed: new Set(), added: new Map(), refs: null, goneRels: new Set() };
    const added: NewSheet[] = [];
    const rebuilt = new Set<number>();
    const rebuiltIds = new Set<number>();
    const names: DefinedName[] = [];
    const styles = await this.styles();
    const tables = await this.tableNames(batch);
    for (const spec of specs) {
      const existing = findSheetEntry(this.index, spec.name);
      if (existing && (mode === 'create-if-missing' || spec.role === 'input')) {
        result.skipped.push(existing.name);
        continue;
      }
      let entry: SheetEntry;
      if (existing) {
        if (existing.kind !== 'worksheet' || !existing.part) throw new Error(`the sheet "${existing.name}" is not a worksheet; rename it so Kring can write its own`);
        await this.removeOwned(existing.part, batch, tables);
        entry = existing;
        rebuilt.add(this.index.sheets.indexOf(existing));
        rebuiltIds.add(existing.sheetId);
      } else {
        const part = this.freePart('worksheets', 'sheet');
        this.pkg.set(part, '');
        const relId = this.addWorkbookRel(REL.worksheet, part);
        const sheetId = Math.max(0, ...this.index.sheets.map((s) => s.sheetId)) + 1;
        entry = { name: spec.name, sheetId, relId, part, kind: REL.worksheet };
        this.index.sheets.push(entry);
        added.push({ name: spec.name, sheetId, relId });
        batch.added.set(part, CONTENT_TYPE.worksheet);
      }
      const tab = this.index.sheets.indexOf(entry);
      const sheetRels: Rel[] = [];
      const relTo = (kind: string, part: string) => {
        const rel = this.rel(kind, entry.part!, part, sheetRels);
        sheetRels.push(rel);
        return rel.id;
      };
      const tablePart = spec.table ? this.freePart('tables', 'table') : null;
      const tableRelId = tablePart ? relTo(REL.table, tablePart) : undefined;
      // The charts Excel can draw (the others the Excel gateway leaves out with a warning).
      const charts = (spec.charts ?? []).filter((chart) => !chartProblem(chart));
      const drawingPart = charts.length ? this.freePart('drawings', 'drawing') : null;
      const drawingRelId = drawingPart ? relTo(REL.drawing, drawingPart) : undefined;
      const conformance = this.index.conformance;
      const composed = composeSheet(spec, styles, { date1904: this.index.date1904, tableRelId, drawingRelId, conformance });
      this.pkg.set(entry.part!, composed.xml);
      if (tablePart && composed.table) {
        const name = uniqueName(composed.table.name, tables.names);
        tables.names.add(name.toLowerCase());
        this.pkg.set(tablePart, tableXml(conformance.main, ++tables.maxId, name, composed.table.ref, composed.table.columns));
        batch.added.set(tablePart, CONTENT_TYPE.table);
      }
      if (drawingPart) {
        const chartRels: Rel[] = [];
        for (const chart of charts) {
          const chartPart = this.freePart('charts', 'chart');
          this.pkg.set(chartPart, chartXml(chart, entry.name, composed.cell, conformance));
          batch.added.set(chartPart, CONTENT_TYPE.chart);
          chartRels.push(this.rel(REL.chart, drawingPart, chartPart, chartRels));
        }
        this.pkg.set(drawingPart, drawingXml(charts, chartRels.map((r) => r.id), conformance));
        this.setRels(drawingPart, chartRels);
        batch.added.set(drawingPart, CONTENT_TYPE.drawing);
      }
      this.setRels(entry.part!, sheetRels);
      if (composed.printTitles) names.push({ name: '_xlnm.Print_Titles', localSheetId: tab, value: sheetRef(entry.name) + composed.printTitles });
      if (composed.printArea) names.push({ name: '_xlnm.Print_Area', localSheetId: tab, value: sheetRef(entry.name) + composed.printArea });
      result.written.push(spec.name);
    }
    if (!result.written.length) return result;
    const wb = this.index.workbookPart;
    this.pkg.set(wb, editWorkbookXml(wb, await this.pkg.text(wb), added, rebuilt, names, this.index.conformance.r));
    await this.editCalcChain(rebuiltIds, new Set(), batch);
    await this.editShared(batch);
    return result;
  }

  /** Deletes one of Kring's sheets (an erased client's own): its part, what it owns, its workbook entry and names. */
  async deleteSheet(sheet: string): Promise<void> {
    const entry = findSheetEntry(this.index, sheet);
    if (!entry?.part || entry.kind !== REL.worksheet) return;
    if (this.index.sheets.filter((s) => s.kind === REL.worksheet).length < 2) throw new Error('a workbook needs at least one sheet');
    const batch: Batch = { removed: new Set(), added: new Map(), refs: null, goneRels: new Set() };
    await this.removeOwned(entry.part, batch, await this.tableNames(batch));
    this.pkg.remove(entry.part);
    batch.removed.add(entry.part);
    const tab = this.index.sheets.indexOf(entry);
    const wb = this.index.workbookPart;
    this.pkg.set(wb, removeSheetFromWorkbookXml(wb, await this.pkg.text(wb), tab, entry.relId, entry.name));
    this.index.sheets.splice(tab, 1);
    const rel = this.index.workbookRels.findIndex((r) => r.id === entry.relId);
    if (rel >= 0) this.index.workbookRels.splice(rel, 1);
    this.setRels(wb, this.index.workbookRels);
    await this.editCalcChain(new Set([entry.sheetId]), new Set(), batch);
    await this.editShared(batch);
  }

  /** Sets cells of an existing worksheet; returns nothing, the sheet's other content stays. */
  async setCells(sheet: string, sets: CellSet[], stylesBelow = 0): Promise<void> {
    const entry = findSheetEntry(this.index, sheet);
    if (!entry?.part || entry.kind !== REL.worksheet) throw new Error(`sheet "${sheet}" not found`);
    if (!sets.length) return;
    const styles = await this.styles();
    const patched = patchSheet(entry.part, await this.pkg.text(entry.part), sets, styles, this.index.date1904, stylesBelow);
    this.pkg.set(entry.part, patched.xml);
    const batch: Batch = { removed: new Set(), added: new Map(), refs: null, goneRels: new Set() };
    await this.editCalcChain(new Set(), new Set(patched.formulasRemoved.map((r) => `${entry.sheetId}!${r}`)), batch);
    await this.editShared(batch);
  }

  /** Tables of a sheet whose header row is `headerRow` grow down to `bottom` (rows appended below them). */
  async growTables(sheet: string, headerRow: number, bottom: number): Promise<void> {
    const entry = findSheetEntry(this.index, sheet);
    if (!entry?.part) return;
    for (const rel of await this.pkg.rels(entry.part)) {
      if (relKind(rel) !== REL.table || rel.external) continue;
      const part = resolveTarget(entry.part, rel.target);
      if (!this.pkg.has(part)) continue;
      const xml = await this.pkg.text(part);
      const found = spans(part, xml, (path, local) => path.length === 0 || (path.length === 1 && local === 'autoFilter'));
      const edits: Edit[] = [];
      for (const s of found) {
        const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(attr(s.attributes, 'ref') ?? '');
        if (!m || Number(m[2]) !== headerRow || Number(m[4]) >= bottom) continue;
        const open = xml.slice(s.start, s.openEnd).replace(/(\sref=")[^"]*"/, `$1${m[1]}${m[2]}:${m[3]}${bottom}"`);
        edits.push({ start: s.start, end: s.openEnd, text: open });
      }
      if (edits.length) this.pkg.set(part, splice(xml, edits));
    }
  }

  /** The rels targets of a rebuilt sheet go, with what they own, unless another part still refers to them. */
  private async removeOwned(part: string, batch: Batch, tables: { names: Set<string> }): Promise<void> {
    if (!batch.refs) batch.refs = await this.references();
    const rels = await this.pkg.rels(part);
    const relsPart = relsPathOf(part);
    batch.goneRels.add(relsPart.toLowerCase());
    if (this.pkg.has(relsPart)) this.relsTouched.add(relsPart);
    this.pkg.remove(relsPart);
    for (const rel of rels) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      const holders = [...(batch.refs.get(target.toLowerCase()) ?? [])].filter((r) => !batch.goneRels.has(r));
      if (holders.length || !this.pkg.has(target)) continue;
      if (relKind(rel) === REL.table) {
        const name = /\sname="([^"]*)"/.exec((await this.pkg.text(target)).slice(0, 2000))?.[1];
        if (name) tables.names.delete(name.toLowerCase());
      }
      await this.removeOwned(target, batch, tables);
      this.pkg.remove(target);
      batch.removed.add(target);
    }
  }

  /** Every part that a rels file points at, with the rels files that do. */
  private async references(): Promise<Map<string, Set<string>>> {
    const refs = new Map<string, Set<string>>();
    for (const relsPart of this.pkg.parts().filter((p) => p.toLowerCase().endsWith('.rels'))) {
      const owner = relsPart.replace(/_rels\/([^/]*)\.rels$/i, '$1');
      for (const rel of await this.pkg.rels(owner)) {
        if (rel.external) continue;
        const target = resolveTarget(owner, rel.target).toLowerCase();
        if (!refs.has(target)) refs.set(target, new Set());
        refs.get(target)!.add(relsPart.toLowerCase());
      }
    }
    return refs;
  }

  /** Names and the highest id of the workbook's tables (names are unique across a workbook). */
  private async tableNames(batch: Batch): Promise<{ names: Set<string>; maxId: number }> {
    const names = new Set<string>();
    let maxId = 0;
    const ct = await this.pkg.text('[Content_Types].xml');
    const parts = spans('[Content_Types].xml', ct, (path, local) => path.length === 1 && local === 'Override')
      .filter((s) => attr(s.attributes, 'ContentType') === CONTENT_TYPE.table)
      .map((s) => (attr(s.attributes, 'PartName') ?? '').replace(/^\//, ''));
    for (const part of parts) {
      if (!this.pkg.has(part) || batch.removed.has(part)) continue;
      const root = spans(part, await this.pkg.text(part), (path) => path.length === 0)[0];
      if (!root) continue;
      for (const key of ['name', 'displayName']) {
        const v = attr(root.attributes, key);
        if (v) names.add(v.toLowerCase());
      }
      maxId = Math.max(maxId, Number(attr(root.attributes, 'id') ?? 0));
    }
    return { names, maxId };
  }

  private async editCalcChain(sheetIds: Set<number>, cells: Set<string>, batch: Batch): Promise<void> {
    if (!sheetIds.size && !cells.size) return;
    const rel = this.index.workbookRels.find((r) => relKind(r) === REL.calcChain && !r.external);
    if (!rel) return;
    const part = resolveTarget(this.index.workbookPart, rel.target);
    if (!this.pkg.has(part)) return;
    const xml = await this.pkg.text(part);
    const edited = editCalcChain(part, xml, sheetIds, cells);
    if (edited === xml) return;
    if (edited !== null) return this.pkg.set(part, edited);
    this.pkg.remove(part);
    batch.removed.add(part);
    this.index.workbookRels.splice(this.index.workbookRels.indexOf(rel), 1);
    this.setRels(this.index.workbookPart, this.index.workbookRels);
  }

  /** Content types for what the batch added and removed, the relationship parts Kring wrote included. */
  private async editShared(batch: Batch): Promise<void> {
    for (const rels of this.relsTouched) {
      if (this.pkg.has(rels)) batch.added.set(this.pkg.nameOf(rels), CONTENT_TYPE.relationships);
      else batch.removed.add(rels);
    }
    this.relsTouched.clear();
    if (!batch.removed.size && !batch.added.size) return;
    const ct = '[Content_Types].xml';
    const xml = await this.pkg.text(ct);
    const edited = editContentTypes(xml, batch.removed, batch.added);
    if (edited !== xml) this.pkg.set(ct, edited);
  }
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  return candidate;
}

function tableXml(main: string, id: number, name: string, ref: string, columns: string[]): string {
  // A line break in a column name is written _x000a_, as Excel does.
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(encodeXstring(c)).replace(/\r?\n/g, '_x000a_')}"/>`).join('');
  return (
    `${XML_HEAD}<table xmlns="${main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
