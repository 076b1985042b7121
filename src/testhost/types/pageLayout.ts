/**
 * Page layout (paper, orientation, zoom, print titles and area), headers and footers, page breaks.
 * Part of the simulated Excel JavaScript API (see ./index).
 */
import { HostError, notSimulated } from '../errors';
import { PropSpec, TypeSpec } from '../runtime';
import { SheetState } from '../state';
import { argsPayload, rectOnSheet } from './chartSpec';
import { invalid, method, nav, opMethod, prop } from './spec';

export const PAPER_TYPES = new Set(['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note']);

export function checkZoom(v: unknown, location: string): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
  if (!v || typeof v !== 'object') throw invalid(location, 'zoom must be an object');
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z)) if (!['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) throw invalid(location, `unknown zoom option ${k}`);
  const pages = (x: unknown) => x === undefined || x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 32767);
  if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages)) throw invalid(location, 'fit-to-pages values must be whole numbers ≥ 0');
  const fit = z.horizontalFitToPages != null || z.verticalFitToPages != null;
  if (z.scale != null) {
    if (fit) throw invalid(location, 'scale and fit-to-pages exclude each other');
    if (typeof z.scale !== 'number' || z.scale < 10 || z.scale > 400) throw invalid(location, 'scale must be 10–400');
    return { scale: z.scale };
  }
  if (!fit) throw invalid(location, 'zoom needs a scale or fit-to-pages values');
  return { horizontalFitToPages: (z.horizontalFitToPages as number | undefined) ?? 0, verticalFitToPages: (z.verticalFitToPages as number | undefined) ?? 0 };
}

export const PageLayoutType: TypeSpec = {
  name: 'PageLayout',
  members: {
    /** [ExcelApi 1.9] */
    orientation: prop('1.9', (s: SheetState) => s.pageLayout.orientation, (s: SheetState, v) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw invalid('PageLayout.orientation', `invalid orientation ${JSON.stringify(v)}`);
      s.pageLayout.orientation = v;
    }),
    /** [ExcelApi 1.9] */
    paperSize: prop('1.9', (s: SheetState) => s.pageLayout.paperSize, (s: SheetState, v) => {
      if (typeof v !== 'string') throw invalid('PageLayout.paperSize', `invalid paper size ${JSON.stringify(v)}`);
      if (!PAPER_TYPES.has(v)) throw notSimulated(`PageLayout.paperSize = ${JSON.stringify(v)}`);
      s.pageLayout.paperSize = v;
    }),
    /** [ExcelApi 1.9] */
    zoom: prop('1.9', (s: SheetState) => ({ ...s.pageLayout.zoom }), (s: SheetState, v) => {
      s.pageLayout.zoom = checkZoom(v, 'PageLayout.zoom');
    }),
    /** [ExcelApi 1.9] */
    printGridlines: prop('1.9', (s: SheetState) => s.pageLayout.printGridlines ?? false, (s: SheetState, v) => {
      if (typeof v !== 'boolean') throw invalid('PageLayout.printGridlines', `invalid value ${JSON.stringify(v)}`);
      s.pageLayout.printGridlines = v;
    }),
    /** [ExcelApi 1.9] */
    headersFooters: nav('PageLayout', 'headersFooters', '1.9', () => HeaderFooterGroupType, (s) => s),
    /** [ExcelApi 1.9] setPrintTitleRows(range or address of whole rows, e.g. "$1:$3") */
    setPrintTitleRows: opMethod('1.9', (s: SheetState, args) => {
      const rect = rectOnSheet(s, args[0], 'PageLayout.setPrintTitleRows');
      s.pageLayout.printTitleRows = { r0: rect.r0, r1: rect.r1 };
    }),
    /** [ExcelApi 1.9] setPrintArea(range or address) */
    setPrintArea: opMethod('1.9', (s: SheetState, args) => {
      s.pageLayout.printArea = { ...rectOnSheet(s, args[0], 'PageLayout.setPrintArea') };
    }),
  },
};

export const HeaderFooterGroupType: TypeSpec = {
  name: 'HeaderFooterGroup',
  members: {
    /** [ExcelApi 1.9] */
    defaultForAllPages: nav('HeaderFooterGroup', 'defaultForAllPages', '1.9', () => HeaderFooterType, (s) => s),
  },
};

export function headerFooterProp(name: 'centerHeader' | 'centerFooter'): PropSpec {
  return prop('1.9', (s: SheetState) => s.pageLayout[name], (s: SheetState, v) => {
    if (typeof v !== 'string') throw invalid(`HeaderFooter.${name}`, 'must be text');
    if (v.length > 255) throw invalid(`HeaderFooter.${name}`, 'at most 255 characters');
    s.pageLayout[name] = v;
  });
}

export const HeaderFooterType: TypeSpec = {
  name: 'HeaderFooter',
  members: {
    /** [ExcelApi 1.9] */
    centerHeader: headerFooterProp('centerHeader'),
    /** [ExcelApi 1.9] */
    centerFooter: headerFooterProp('centerFooter'),
  },
};

export interface PageBreakT {
  sheet: SheetState;
  row: number;
  readonly deleted: boolean;
}

export function pageBreakT(sheet: SheetState, row: number): PageBreakT {
  return {
    sheet,
    row,
    get deleted() {
      return !sheet.pageBreaks.includes(row);
    },
  };
}

export const PageBreakCollectionType: TypeSpec = {
  name: 'PageBreakCollection',
  collection: { itemType: () => PageBreakType, items: (s: SheetState) => s.pageBreaks.map((r) => pageBreakT(s, r)) },
  members: {
    /** [ExcelApi 1.9] add(the range just below the break) */
    add: method('1.9', (obj, args, location) => {
      const box: { t?: PageBreakT } = {};
      obj.queue(location, '1.9', argsPayload(args), (s: SheetState) => {
        const rect = rectOnSheet(s, args[0], location);
        if (rect.r0 === 0) throw invalid(location, 'no page break above the first row');
        if (!s.pageBreaks.includes(rect.r0)) s.pageBreaks = [...s.pageBreaks, rect.r0].sort((a, b) => a - b);
        box.t = pageBreakT(s, rect.r0);
      });
      return obj.child(PageBreakType, `${obj.path}.add(${JSON.stringify(argsPayload(args)[0])})`, () => {
        if (!box.t) throw new HostError('ItemNotFound', { location, details: 'the page break was not added' });
        return box.t;
      }).proxy;
    }),
    /** [ExcelApi 1.9] */
    removePageBreaks: opMethod('1.9', (s: SheetState) => {
      s.pageBreaks = [];
    }),
  },
};

export const PageBreakType: TypeSpec = {
  name: 'PageBreak',
  members: {
    /** [ExcelApi 1.9] */
    rowIndex: prop('1.9', (t: PageBreakT) => t.row),
    /** [ExcelApi 1.9] */
    columnIndex: prop('1.9', () => 0),
  },
};
