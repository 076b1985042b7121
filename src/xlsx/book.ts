/**
 * The xlsx gateway: the WorkbookGateway interface on a .xlsx package in memory, in Node and in the
 * task pane (./gateway adds files and Node's zlib).
 * Reading streams only the sheets Kring reads (read/); writing replaces or adds Kring's own sheets
 * and sets cells in the register (write/), so every other part of the user's workbook keeps its
 * bytes. With ./package and ./xml, the only code that touches the file format.
 */
import { withoutExisting } from '../engine/append';
import { kringReadsSheet } from '../engine/read/relevant';
import { AppendRequest, CellUpdate, RawSheet, SheetSpec, WorkbookGateway, WriteMode, WriteResult } from '../engine/workbook';
import { TRANSITIONAL } from './conformance';
import { includesBytes, encodeText } from './bytes';
import { CONTENT_TYPE, NS, REL_TYPE, relsXml, XlsxPackage, ZipCodec } from './package';
import { readSharedStrings } from './read/sharedStrings';
import { CellSource, readSheetPart } from './read/sheet';
import { findSheetEntry, readWorkbookIndex, WorkbookIndex } from './read/workbookIndex';
import { WorkbookEditor } from './write/editor';
import { emptyStyles } from './write/styles';
import { FormatReason, XlsxFormatError, XML_HEAD } from './xml';

/** What kind of file it is when it is not a workbook Kring can read: the CLI words it for the user. */
export type FileKind = 'unreadable' | 'password' | 'xls' | 'ods' | 'text' | 'not-found';

export class XlsxGatewayError extends Error {
  constructor(message: string, readonly kind: FileKind, readonly reason: FormatReason | null = null, readonly part: string | null = null) {
    super(message);
  }
}

/** An OLE compound file holds an encrypted workbook (streams EncryptionInfo, EncryptedPackage) or an old .xls. */
function oleKind(data: Uint8Array): FileKind {
  return includesBytes(data, encodeText('EncryptedPackage', 'utf-16le')) ? 'password' : 'xls';
}

/** No zip: a text file (CSV and the like) has no control bytes in its first kilobyte. */
function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 1024);
  return head.length > 0 && !head.some((b) => b < 9 || (b > 13 && b < 32));
}

async function isOpenDocument(pkg: XlsxPackage): Promise<boolean> {
  if (!pkg.has('mimetype')) return false;
  return (await pkg.text('mimetype')).startsWith('application/vnd.oasis.opendocument');
}

/** The OLE compound file's signature (D0 CF 11 E0): an encrypted workbook or an old .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export class XlsxBook implements WorkbookGateway {
  private readonly editor: WorkbookEditor;
  private strings: Promise<string[]> | null = null;
  private dates: Promise<boolean[]> | null = null;

  /** Use the factories (create here; XlsxWorkbook's create, open and fromBuffer in Node). */
  constructor(protected readonly pkg: XlsxPackage, private readonly index: WorkbookIndex) {
    this.editor = new WorkbookEditor(pkg, index);
  }

  /** A new, empty workbook (`kring template`, the access workbook). */
  static create(): XlsxBook {
    return new XlsxBook(...XlsxBook.emptyParts());
  }

  protected static emptyParts(codec?: ZipCodec): [XlsxPackage, WorkbookIndex] {
    const pkg = XlsxPackage.empty(codec);
    pkg.set('[Content_Types].xml', `${XML_HEAD}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/></Types>`);
    pkg.set('_rels/.rels', relsXml([{ id: 'rId1', type: REL_TYPE('officeDocument'), target: 'xl/workbook.xml', external: false }]));
    pkg.set('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr/><bookViews><workbookView/></bookViews><sheets/></workbook>`);
    const workbookRels = [{ id: 'rId1', type: REL_TYPE('styles'), target: 'styles.xml', external: false }];
    pkg.set('xl/_rels/workbook.xml.rels', relsXml(workbookRels));
    pkg.set('xl/styles.xml', emptyStyles(TRANSITIONAL.main));
    return [pkg, { workbookPart: 'xl/workbook.xml', workbookRels, sheets: [], date1904: false, sharedStringsPart: null, stylesPart: 'xl/styles.xml', conformance: TRANSITIONAL }];
  }

  /** The package and its index, or the reason it is no workbook Kring can read. */
  protected static async loadParts(data: Uint8Array, label: string, codec?: ZipCodec): Promise<[XlsxPackage, WorkbookIndex]> {
    // An encrypted (password-protected) workbook is an OLE compound file, not a zip.
    if (data.length >= 4 && OLE_MAGIC.every((b, i) => data[i] === b)) {
      const kind = oleKind(data);
      throw new XlsxGatewayError(kind === 'password' ? `${label} is password-protected` : `${label} is an old .xls file`, kind);
    }
    let pkg: XlsxPackage;
    try {
      pkg = await XlsxPackage.load(data, codec);
    } catch (e) {
      if (looksLikeText(data)) throw new XlsxGatewayError(`${label} is a text file, not a workbook`, 'text');
      throw unreadable(label, e);
    }
    try {
      return [pkg, await readWorkbookIndex(pkg)];
    } catch (e) {
      if (await isOpenDocument(pkg).catch(() => false)) throw new XlsxGatewayError(`${label} is an OpenDocument spreadsheet`, 'ods');
      throw unreadable(label, e);
    }
  }

  /** Bytes of the package inflated so far (reading and the parts edited). */
  inflatedBytes(): number {
    return this.pkg.inflatedBytes;
  }

  /** Sheet names in tab order (worksheets only). */
  sheetNames(): string[] {
    return this.index.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  }

  /** The finished package's bytes. */
  async toBytes(): Promise<Uint8Array> {
    await this.finish();
    return this.pkg.toBytes();
  }

  /** Finishes what the edits left open (content types, styles); a workbook needs a sheet. */
  protected async finish(): Promise<void> {
    if (!this.index.sheets.length) throw new Error('a workbook needs at least one sheet');
    await this.editing(() => this.editor.finish());
  }

  private async cellSource(): Promise<CellSource> {
    this.strings ??= readSharedStrings(this.pkg, this.index.sharedStringsPart);
    this.dates ??= this.index.date1904 ? this.editor.dateStyles() : Promise.resolve([]);
    return { sharedStrings: await this.strings, dateStyles: await this.dates, date1904: this.index.date1904 };
  }

  /**
   * The worksheets with their used data; without names, every worksheet but only those Kring
   * reads with their cells (the others by name, empty), so the user's other sheets cost nothing.
   */
  async readSheets(names?: string[]): Promise<RawSheet[]> {
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    const entries = this.index.sheets.filter((s) => s.kind === 'worksheet' && s.part && (!wanted || wanted.has(s.name.toLowerCase())));
    const out: RawSheet[] = [];
    try {
      const source = await this.cellSource();
      for (const s of entries) {
        const read = wanted || kringReadsSheet(s.name);
        out.push(read ? await readSheetPart(this.pkg, s.part!, s.name, source) : { name: s.name, rows: [], firstRow: 1, firstColumn: 0 });
      }
    } catch (e) {
      throw unreadable('the workbook', e);
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<WriteResult> {
    const result = await this.editing(() => this.editor.writeSheets(specs, mode));
    this.dates = null;
    return result;
  }

  /** A part Kring must edit (content types, styles, the register) that turns out broken is an unreadable file. */
  private async editing<T>(edit: () => Promise<T>): Promise<T> {
    try {
      return await edit();
    } catch (e) {
      throw unreadable('the workbook', e);
    }
  }

  /** Rows below the last row with a value in the register's columns, inside its table when the header is a table's. */
  async appendRows(request: AppendRequest): Promise<void> {
    const [sheet] = await this.readSheets([request.sheet]);
    if (!sheet) throw new Error(`sheet "${request.sheet}" not found`);
    const width = request.kinds.length;
    let last = request.headerRow;
    sheet.rows.forEach((row, i) => {
      for (let j = 0; j < width; j++) {
        const v = row[request.firstColumn + j - sheet.firstColumn];
        if (v !== null && v !== undefined && v !== '') last = Math.max(last, sheet.firstRow + i);
      }
    });
    const rows = withoutExisting(request, sheet.rows, sheet.firstColumn);
    const sets = rows.flatMap((values, i) =>
      values.map((value, j) => ({ row: last + 1 + i, column: request.firstColumn + j, value, kind: request.kinds[j] ?? 'text' })),
    );
    if (!sets.length) return;
    const entry = findSheetEntry(this.index, request.sheet)!;
    await this.editing(async () => {
      await this.editor.setCells(entry.name, sets, request.headerRow);
      await this.editor.growTables(entry.name, request.headerRow, last + rows.length);
    });
    this.dates = null;
  }

  /** Deletes Kring's sheets by name (an erased client's own map); absent ones are left alone. */
  async deleteSheets(names: string[]): Promise<void> {
    await this.editing(async () => {
      for (const name of names) await this.editor.deleteSheet(name);
    });
    this.dates = null;
  }

  async updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    await this.editing(() => this.editor.setCells(sheet, updates.map((u) => ({ row: u.row, column: u.column, value: u.value, kind: u.kind }))));
    this.dates = null;
  }
}

function unreadable(label: string, e: unknown): Error {
  if (e instanceof XlsxGatewayError) return e;
  if (e instanceof XlsxFormatError) return new XlsxGatewayError(`${label} is not a readable .xlsx file (${e.message})`, 'unreadable', e.reason, e.part);
  return e as Error;
}
