/** Names and columns of Kring's own sheets, in Dutch and English; used to write them and to read back what users typed. */
import { Lang, pick } from '../i18n';
import { SheetDef } from '../schema';
import { Cell, ColumnKind, ColumnSpec, PrintSpec } from '../workbook';

export const OUTPUT_TAB_COLOR = '#1F7A6D';

export const OUTPUT_NAMES = {
  suggestions: { nl: 'Koppelvoorstellen', en: 'Pairing suggestions', synonyms: ['Suggestions'] },
  candidates: { nl: 'Kandidaat-netwerkers', en: 'Candidate networkers', synonyms: [] as string[] },
  locations: { nl: 'Locatie-overzicht', en: 'Location overview', synonyms: [] as string[] },
  rejections: { nl: 'Kring afwijzingen', en: 'Kring rejections', synonyms: ['Afwijzingen', 'Rejections'] },
  supervisors: { nl: 'Begeleidersoverzicht', en: 'Support worker overview', synonyms: [] as string[] },
  results: { nl: 'Resultaten', en: 'Results', synonyms: [] as string[] },
};

/**
 * How Kring's tables print: landscape A4, every column on the page width, the header row on every
 * page, the sheet's name above and the page number below. `headerRow` is the zero-based row of
 * the header (0 without a preamble; preamble lines plus a blank row before it otherwise).
 */
export function tablePrint(title: string, lang: Lang, preambleLines = 0): PrintSpec {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: preambleLines ? preambleLines + 1 : 0,
    header: title,
    footer: pick({ nl: 'Pagina &P — afgedrukt &D', en: 'Page &P — printed &D' }, lang),
  };
}

export type OutputKey = keyof typeof OUTPUT_NAMES;

/** A column of one of Kring's output sheets: its key (rows are built by key), header in both languages, kind and width. */
export interface OutputColumn {
  key: string;
  nl: string;
  en: string;
  kind: ColumnKind;
  width: number;
  editable?: boolean;
}

export function outputColumn(key: string, nl: string, en: string, kind: ColumnKind, width: number, editable = false): OutputColumn {
  return { key, nl, en, kind, width, editable };
}

/** The sheet's columns in one language. */
export function columnsFor(columns: readonly OutputColumn[], lang: Lang): ColumnSpec[] {
  return columns.map((c) => ({ header: pick(c, lang), kind: c.kind, width: c.width, ...(c.editable ? { editable: true } : {}) }));
}

/** An output row in the order of its columns, from values by column key (missing ones empty). */
export function rowOf(columns: readonly { key: string }[], values: Record<string, Cell | undefined>): Cell[] {
  return columns.map((c) => values[c.key] ?? null);
}

export function outputName(key: OutputKey, lang: Lang): string {
  return pick(OUTPUT_NAMES[key], lang);
}

export const DECISION_WORDS = {
  open: { nl: 'open', en: 'open' },
  accepted: { nl: 'akkoord', en: 'accepted' },
  rejected: { nl: 'afgewezen', en: 'rejected' },
};

/** The columns of Koppelvoorstellen that are read back (matching like input sheets). */
export const SUGGESTIONS_DEF: SheetDef = {
  key: 'clients',
  ...OUTPUT_NAMES.suggestions,
  intro: { nl: '', en: '' },
  columns: [
    { key: 'networkerId', nl: 'Netwerker-ID', en: 'Networker ID', synonyms: [], required: true, kind: 'text', width: 12 },
    { key: 'networker', nl: 'Netwerker', en: 'Networker', synonyms: [], kind: 'text', width: 14 },
    { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: [], required: true, kind: 'text', width: 9 },
    { key: 'client', nl: 'Cliënt', en: 'Client', synonyms: [], kind: 'text', width: 14 },
    { key: 'location', nl: 'Locatie', en: 'Location', synonyms: [], kind: 'text', width: 10 },
    { key: 'score', nl: 'Score', en: 'Score', synonyms: [], kind: 'score', width: 6 },
    { key: 'why', nl: 'Toelichting', en: 'Explanation', synonyms: [], kind: 'text', width: 34 },
    { key: 'alt1', nl: 'Alternatief 1', en: 'Alternative 1', synonyms: [], kind: 'text', width: 12 },
    { key: 'alt2', nl: 'Alternatief 2', en: 'Alternative 2', synonyms: [], kind: 'text', width: 12 },
    { key: 'activity', nl: 'Gezamenlijke activiteit', en: 'Joint activity', synonyms: ['Activiteit', 'Activity'], kind: 'text', width: 14 },
    {
      key: 'decision', nl: 'Besluit', en: 'Decision', synonyms: [], required: true, kind: 'text', width: 12,
      list: { nl: Object.values(DECISION_WORDS).map((w) => w.nl), en: Object.values(DECISION_WORDS).map((w) => w.en) },
    },
    { key: 'remark', nl: 'Opmerking', en: 'Remark', synonyms: ['Opmerkingen', 'Remarks'], kind: 'text', width: 10 },
  ],
};

export const REJECTIONS_DEF: SheetDef = {
  key: 'pairings',
  ...OUTPUT_NAMES.rejections,
  intro: { nl: '', en: '' },
  columns: [
    { key: 'networkerId', nl: 'Netwerker-ID', en: 'Networker ID', synonyms: [], required: true, kind: 'text', width: 13 },
    { key: 'clientId', nl: 'Cliënt-ID', en: 'Client ID', synonyms: [], required: true, kind: 'text', width: 11 },
    { key: 'date', nl: 'Datum', en: 'Date', synonyms: [], kind: 'date', width: 12 },
    { key: 'remark', nl: 'Opmerking', en: 'Remark', synonyms: [], kind: 'text', width: 40 },
  ],
};
