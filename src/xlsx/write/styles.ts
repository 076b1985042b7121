/**
 * The workbook's styles, extended with what Kring's cells need. Existing entries keep their
 * indexes and bytes; new fonts, fills, number formats, cell formats and differential formats
 * (conditional formatting) are appended, reusing what Kring added before in this run. Bold and
 * title fonts derive from the workbook's default font, so Kring's sheets look like the user's.
 */
import { attr, Edit, escapeXml, prefixOf, Span, spans, splice, XML_HEAD } from '../xml';
import { NS } from '../package';

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  /** Font size in points (titles). */
  size?: number;
  wrap?: boolean;
  /** Vertical alignment top (wrapped form rows). */
  top?: boolean;
  /** Editable when the sheet is protected. */
  unlocked?: boolean;
  /** Background colour, hex. */
  fill?: string;
}

/** Number formats every consumer knows by id (ECMA-376 §18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, '@': 49 };

const CONTAINERS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Container = (typeof CONTAINERS)[number];

export const EMPTY_STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS.main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleBook {
  private readonly p: string;
  private readonly containers = new Map<Container, Span>();
  private readonly children = new Map<Container, Span[]>();
  private readonly added = new Map<Container, string[]>();
  private readonly memo = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;

  constructor(private readonly part: string, private readonly xml: string) {
    const found = spans(part, xml, (path, local) => path.length === 0 || (path.length === 1 && (CONTAINERS as readonly string[]).includes(local)) || (path.length === 2 && path[1] !== 'extLst'));
    const root = found.find((s) => s.path.length === 0);
    if (!root || root.local !== 'styleSheet') throw new Error(`${part} is not a styles part`);
    this.p = prefixOf(root.name);
    for (const s of found) {
      if (s.path.length === 1) this.containers.set(s.local as Container, s);
      else if (s.path.length === 2) {
        const key = s.path[1] as Container;
        if (!this.children.has(key)) this.children.set(key, []);
        this.children.get(key)!.push(s);
      }
    }
    for (const f of this.children.get('numFmts') ?? []) {
      const id = Number(attr(f.attributes, 'numFmtId'));
      const code = attr(f.attributes, 'formatCode');
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  private count(c: Container): number {
    return (this.children.get(c)?.length ?? 0) + (this.added.get(c)?.length ?? 0);
  }

  private add(c: Container, xml: string): number {
    const key = `${c}\u0000${xml}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const index = this.count(c);
    if (!this.added.has(c)) this.added.set(c, []);
    this.added.get(c)!.push(xml);
    this.memo.set(key, index);
    return index;
  }

  private source(s: Span): string {
    return this.xml.slice(s.start, s.end);
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The default font with bold and/or another size. */
  private fontId(bold: boolean, size: number | undefined): number {
    if (!bold && size === undefined) return 0;
    const base = this.children.get('fonts')?.[0];
    let font = base ? this.source(base) : `<${this.p}font/>`;
    if (font.endsWith('/>')) font = `${font.slice(0, -2)}></${prefixOf(base?.name ?? '')}font>`;
    const open = font.indexOf('>') + 1;
    let inner = font.slice(open);
    if (size !== undefined) inner = inner.replace(/<(\w+:)?sz\b[^>]*\/>/, '');
    const extra = (bold && !/<(\w+:)?b(\s[^>]*)?\/>/.test(inner) ? `<${this.p}b/>` : '') + (size !== undefined ? `<${this.p}sz val="${size}"/>` : '');
    return this.add('fonts', font.slice(0, open) + extra + inner);
  }

  private fillId(hex: string | undefined): number {
    if (!hex) return 0;
    const p = this.p;
    return this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  /** The cellXfs index of a style (0, the workbook's default, for no style). */
  xf(style: CellStyle): number {
    const numFmtId = this.numFmtId(style.numFmt ?? 'General');
    const fontId = this.fontId(!!style.bold, style.size);
    const fillId = this.fillId(style.fill);
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && !style.wrap && !style.top && !style.unlocked) return 0;
    const p = this.p;
    const xfId = (this.children.get('cellStyleXfs')?.length ?? 0) > 0 ? ' xfId="0"' : '';
    const align = style.wrap || style.top ? `<${p}alignment${style.wrap ? ' wrapText="1"' : ''}${style.top ? ' vertical="top"' : ''}/>` : '';
    const protection = style.unlocked ? `<${p}protection locked="0"/>` : '';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') + (fontId ? ' applyFont="1"' : '') + (fillId ? ' applyFill="1"' : '') + (align ? ' applyAlignment="1"' : '') + (protection ? ' applyProtection="1"' : '');
    return this.add('cellXfs', `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"${xfId}${applies}>${align}${protection}</${p}xf>`);
  }

  /** An existing cell format with another number format (cells Kring sets in the user's register). */
  withNumFmt(base: number, code: string): number {
    const numFmtId = this.numFmtId(code);
    const existing = this.children.get('cellXfs') ?? [];
    const span = existing[base];
    if (!span) return this.xf({ numFmt: code });
    if (Number(attr(span.attributes, 'numFmtId') ?? 0) === numFmtId) return base;
    const xml = this.source(span);
    const openEnd = span.openEnd - span.start;
    let open = xml.slice(0, openEnd).replace(/\s(numFmtId|applyNumberFormat)="[^"]*"/g, '');
    open = open.replace(/^(<[\w:]+)/, `$1 numFmtId="${numFmtId}" applyNumberFormat="1"`);
    return this.add('cellXfs', open + xml.slice(openEnd));
  }

  /** A differential format (conditional formatting): fill and font colour. */
  dxf(fill: string, fontColor?: string): number {
    const p = this.p;
    const font = fontColor ? `<${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` : '';
    return this.add('dxfs', `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`);
  }

  changed(): boolean {
    return this.added.size > 0;
  }

  /** The styles part with the additions (counts updated, missing containers created in schema order). */
  toXml(): string {
    const edits: Edit[] = [];
    for (const [c, items] of this.added) {
      const body = items.join('');
      const total = this.count(c);
      const span = this.containers.get(c);
      if (span) {
        const open = this.xml.slice(span.start, span.openEnd).replace(/\s+count="\d*"/, '').replace(/\/?>$/, '');
        const close = span.selfClosing ? `</${span.name}>` : '';
        edits.push({ start: span.start, end: span.openEnd, text: `${open} count="${total}">${span.selfClosing ? body + close : ''}` });
        if (!span.selfClosing) edits.push({ start: span.end - `</${span.name}>`.length, end: span.end - `</${span.name}>`.length, text: body });
      } else {
        const at = this.insertionPoint(c);
        edits.push({ start: at, end: at, text: `<${this.p}${c} count="${total}">${body}</${this.p}${c}>` });
      }
    }
    return splice(this.xml, edits);
  }

  /** Before the first existing container that comes after `c` in CT_Stylesheet, else before the root's end. */
  private insertionPoint(c: Container): number {
    for (const later of CONTAINERS.slice(CONTAINERS.indexOf(c) + 1)) {
      const span = this.containers.get(later);
      if (span) return span.start;
    }
    return this.xml.lastIndexOf('</');
  }
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
