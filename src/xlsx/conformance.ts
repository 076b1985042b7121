/**
 * The two conformance classes of ISO/IEC 29500 a package can be in: Transitional (what most
 * programs write) and Strict (Excel's "Strict Open XML Spreadsheet"). They differ in the namespaces
 * of SpreadsheetML and DrawingML, the relationship types and a few value forms; the package
 * namespaces (relationships parts, content types) and the content types are the same. Kring writes
 * its parts in the class of the package it edits, so one package never mixes both.
 */
export interface Conformance {
  strict: boolean;
  /** SpreadsheetML main. */
  main: string;
  /** r:id and the other relationship-reference attributes. */
  r: string;
  /** DrawingML chart, main and spreadsheet drawing. */
  c: string;
  a: string;
  xdr: string;
  /** Relationship types are this base plus the kind ("…/worksheet"). */
  relBase: string;
}

export const TRANSITIONAL: Conformance = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  relBase: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
};

export const STRICT: Conformance = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  r: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  c: 'http://purl.oclc.org/ooxml/drawingml/chart',
  a: 'http://purl.oclc.org/ooxml/drawingml/main',
  xdr: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
  relBase: 'http://purl.oclc.org/ooxml/officeDocument/relationships/',
};

export function relType(conformance: Conformance, kind: string): string {
  return conformance.relBase + kind;
}

/**
 * A percentage attribute (gap width, label offset): Strict allows only "150%", Transitional's
 * first edition only the bare number (later editions take both).
 */
export function percent(conformance: Conformance, value: number): string {
  return conformance.strict ? `${value}%` : String(value);
}

/** Strict when the workbook's relationship type or its root namespace is Strict's. */
export function conformanceOf(officeDocumentType: string | undefined, rootNamespace: string | undefined): Conformance {
  const strict = (officeDocumentType ?? '').startsWith('http://purl.oclc.org/ooxml/') || rootNamespace === STRICT.main;
  return strict ? STRICT : TRANSITIONAL;
}
