/** Reads back what users typed into Kring's own sheets: decisions and remarks, and remembered rejections. */
import { Bilingual } from '../i18n';
import { pairKey } from '../model';
import { Problem } from '../problems';
import { cellText, parseDate, parseId } from '../read/cells';
import { findSheet } from '../read';
import { normKey } from '../read/normalize';
import { eachRow, locateTable } from '../read/table';
import { Cell, RawSheet } from '../workbook';
import { OUTPUT_NAMES, REJECTIONS_DEF, SUGGESTIONS_DEF } from '../sheets/outputs';

export type Decision = 'open' | 'accepted' | 'rejected';

export interface TypedDecision {
  networkerId: string;
  clientId: string;
  decision: Decision;
  remark: string | null;
  /** The whole row as it was, by column key, to keep a decided pair that is no longer suggested. */
  values: Record<string, Cell>;
  row: number;
}

const DECISION_KEYS: Record<string, Decision> = {
  open: 'open', '': 'open', nogniet: 'open', pending: 'open',
  akkoord: 'accepted', accepted: 'accepted', accept: 'accepted', ja: 'accepted', yes: 'accepted', goedgekeurd: 'accepted', ok: 'accepted',
  afgewezen: 'rejected', rejected: 'rejected', reject: 'rejected', nee: 'rejected', no: 'rejected', afwijzen: 'rejected',
};


/** Decisions and remarks typed in Koppelvoorstellen, keyed by pair. Unknown words are warnings and count as open. */
export function readDecisions(sheets: RawSheet[], problems: Problem[]): Map<string, TypedDecision> {
  const out = new Map<string, TypedDecision>();
  const sheet = findSheet(sheets, OUTPUT_NAMES.suggestions);
  if (!sheet) return out;
  const table = locateTable(sheet, SUGGESTIONS_DEF, []);
  if (!table) return out;
  // The list ends at the first blank row; below it is the list of clients without a suggestion.
  let ended = false;
  let previous = table.sheet.firstRow + table.headerIndex;
  eachRow(table, problems, (row) => {
    if (ended) return;
    if (row.excelRow !== previous + 1) {
      ended = true;
      return;
    }
    previous = row.excelRow;
    const networkerId = parseId(row.cell('networkerId'));
    const clientId = parseId(row.cell('clientId'));
    if (!networkerId || !clientId) return;
    const text = row.text('decision') ?? '';
    let decision = DECISION_KEYS[normKey(text)];
    if (!decision) {
      const why: Bilingual = {
        nl: `"${text}" is geen besluit; Kring laat deze koppeling open. Kies open, akkoord of afgewezen.`,
        en: `"${text}" is not a decision; Kring leaves this pairing open. Choose open, accepted or rejected.`,
      };
      row.report('decision', 'warning', why);
      decision = 'open';
    }
    const values = Object.fromEntries(SUGGESTIONS_DEF.columns.map((c) => [c.key, row.has(c.key) ? row.cell(c.key) : null]));
    out.set(pairKey(networkerId, clientId), { networkerId, clientId, decision, remark: row.text('remark'), values, row: row.excelRow });
  });
  return out;
}

export interface Rejection {
  networkerId: string;
  clientId: string;
  date: string | null;
  remark: string | null;
  /** Excel row in Kring afwijzingen (absent for a rejection made in this round). */
  row?: number;
}

/** Pairs the team rejected earlier (Kring afwijzingen), never suggested again. */
export function readRejections(sheets: RawSheet[]): Rejection[] {
  const sheet = findSheet(sheets, OUTPUT_NAMES.rejections);
  if (!sheet) return [];
  const table = locateTable(sheet, REJECTIONS_DEF, []);
  if (!table) return [];
  const out: Rejection[] = [];
  eachRow(table, [], (row) => {
    const networkerId = parseId(row.cell('networkerId'));
    const clientId = parseId(row.cell('clientId'));
    if (!networkerId || !clientId) return;
    const date = parseDate(row.cell('date'));
    out.push({ networkerId, clientId, date: date.ok ? date.value : null, remark: cellText(row.cell('remark')), row: row.excelRow });
  });
  return out;
}
