/**
 * XML for the .xlsx path: a safe streaming parser (saxes) and the small tools to splice parts.
 * Every part Kring reads goes through `xmlParser`, so a hostile or broken part fails here, once:
 * a DTD (entity expansion) is refused, undefined entities and malformed XML are errors.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';

/** The file is not a readable workbook (exit 2 in the command line). */
export type FormatReason = 'not-zip' | 'no-workbook' | 'forbidden-dtd' | 'broken-xml' | 'too-large' | 'missing-part' | 'unpack';

/** The file is not a readable workbook (exit 2 in the command line); `reason` and `part` let the CLI say so in the user's words. */
export class XlsxFormatError extends Error {
  constructor(message: string, readonly reason: FormatReason, readonly part: string | null = null) {
    super(message);
  }
}

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(local: string, attributes: Attributes, tag: SaxesTagPlain): void;
  close?(local: string): void;
  text?(text: string): void;
}

/** Local name of a possibly prefixed XML name ("x:c" → "c"). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute by local name ("r:id" and "id" both answer "id"); `prefixed` asks for a namespaced one. */
export function attr(attributes: Attributes, local: string, prefixed = false): string | undefined {
  if (!prefixed && local in attributes) return attributes[local];
  for (const key of Object.keys(attributes)) {
    const i = key.indexOf(':');
    if (i > 0 && key.slice(i + 1) === local && key.slice(0, i) !== 'xmlns') return attributes[key];
  }
  return undefined;
}

/** A parser that feeds the handlers; write() text chunks, then close(). Errors name the part. */
export function xmlParser(part: string, handlers: XmlHandlers, track = true): { write(text: string): void; close(): void; position(): number } {
  // Positions are for splicing; a plain read goes faster without them.
  const parser = new SaxesParser({ position: track });
  parser.on('doctype', () => {
    throw new XlsxFormatError(`${part}: a document type declaration is not allowed in a workbook part`, 'forbidden-dtd', part);
  });
  parser.on('error', (e) => {
    throw new XlsxFormatError(`${part}: broken XML (${e.message})`, 'broken-xml', part);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Attributes, tag as SaxesTagPlain));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const guard = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof XlsxFormatError) throw e;
      throw new XlsxFormatError(`${part}: broken XML (${(e as Error).message})`, 'broken-xml', part);
    }
  };
  return {
    write: (text) => guard(() => parser.write(text)),
    close: () => guard(() => parser.close()),
    position: () => parser.position,
  };
}

export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = xmlParser(part, handlers);
  parser.write(xml);
  parser.close();
}

/** Where an element sits in a part's text: [start, end), the open tag ends at openEnd. */
export interface Span {
  /** Qualified name as written ("x:row"). */
  name: string;
  local: string;
  attributes: Attributes;
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** Local names from the root down to this element's parent. */
  path: string[];
}

/** The elements of a part whose path and name `want` selects, with their offsets. */
export function spans(part: string, xml: string, want: (path: string[], local: string) => boolean): Span[] {
  const found: Span[] = [];
  const stack: { span: Span | null; local: string }[] = [];
  const parser = xmlParser(part, {
    open(local, attributes, tag) {
      const path = stack.map((s) => s.local);
      const end = parser.position();
      let span: Span | null = null;
      if (want(path, local)) {
        span = { name: tag.name, local, attributes, start: xml.lastIndexOf('<', end - 1), openEnd: end, end, selfClosing: !!tag.isSelfClosing, path };
        found.push(span);
      }
      stack.push({ span, local });
    },
    close() {
      const top = stack.pop();
      if (top?.span) top.span.end = parser.position();
    },
  });
  parser.write(xml);
  parser.close();
  return found;
}

/** Prefix ("x:" or "") of a qualified name. */
export function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i + 1);
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping edits (insertions have start === end). */
export function splice(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value as XML; characters XML 1.0 cannot carry are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Spreadsheet text escapes characters XML cannot hold as `_xHHHH_` (ST_Xstring). */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse, for text Kring writes: a literal "_x0041_" must survive a round trip. */
export function encodeXstring(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
