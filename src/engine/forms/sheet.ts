/**
 * A sheet of printed forms with read-back, one per client, each starting its own portrait A4 page:
 * the questionnaire and the intake. Each kind gives its columns, footer and one client's blocks.
 */
import { displayDate } from '../dates';
import { counted, Lang, pick } from '../i18n';
import { Client } from '../model';
import { OUTPUT_TAB_COLOR } from '../sheets/outputs';
import { CellBlock, ColumnSpec, SheetSpec } from '../workbook';
import { FormKind, formSheetName } from './form';

/** Below the sheet's title line, a blank row and the header. */
export const FIRST_FORM_ROW = 3;

export interface FormsSheetParts {
  kind: FormKind;
  date: string;
  clients: Client[];
  /** Rows one form takes, so that each starts on a new page. */
  rows: number;
  /** The column of the form's key: for Kring, outside the printed page. */
  keyColumn: number;
  /** What the sheet holds, before its date: "Intakeformulieren". */
  title: string;
  columns: ColumnSpec[];
  footer: string;
  /** One client's form from row `top`. */
  form: (client: Client, top: number) => CellBlock[];
}

export function formsSheet(p: FormsSheetParts, lang: Lang): SheetSpec {
  const blocks: CellBlock[] = [];
  const pageBreaks: number[] = [];
  p.clients.forEach((client, k) => {
    const top = FIRST_FORM_ROW + k * p.rows;
    if (k > 0) pageBreaks.push(top);
    blocks.push(...p.form(client, top));
  });
  const count = pick(counted(p.clients.length, { nl: 'cliënt', en: 'client' }, { nl: 'cliënten', en: 'clients' }), lang);
  return {
    name: formSheetName(p.kind, p.date, lang),
    role: 'output',
    preamble: [`${p.title} ${displayDate(p.date)} — ${count}`],
    columns: p.columns,
    rows: [],
    blocks,
    tabColor: OUTPUT_TAB_COLOR,
    protect: true,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      footer: p.footer,
      pageBreaks,
      // The forms only: the key column is for Kring, not for the page.
      area: { row: FIRST_FORM_ROW, column: 0, rows: Math.max(1, p.clients.length) * p.rows, columns: p.keyColumn },
    },
  };
}
