/** The intervisie command: Intervisie <date>, with the notes typed in an earlier agenda of that date kept. */
import { Lang } from '../i18n';
import { ReadResult, todayIso } from '../read';
import { normKey } from '../read/normalize';
import { finishRun, RunOutcome, settingsIfMissing, startRun } from '../run';
import { Cell, RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { readEvaluations } from '../evaluation/answers';
import { EvaluateOptions } from '../evaluation/command';
import { INTERVISIE_SHEET, sheetDate } from '../evaluation/form';
import { AGENDA_COLUMNS, intervisieAgenda, intervisieSheet } from './agenda';

/** The columns that name an agenda row (begeleider, item, pair), and where the notes go. */
const KEY_COLUMNS = 4;
const NOTES_AT = AGENDA_COLUMNS.findIndex((c) => c.key === 'notes');
const NOTES = AGENDA_COLUMNS[NOTES_AT];
const isNotesHeader = (c: Cell) => typeof c === 'string' && [NOTES.nl, NOTES.en].some((h) => normKey(h) === normKey(c));

export function planIntervisie(raw: RawSheet[], read: ReadResult, lang: Lang, date: string): SheetSpec {
  const answers = readEvaluations(raw);
  const spec = intervisieSheet(read.model, intervisieAgenda(read.model, answers, date, lang), date, lang);
  const existing = raw.find((r) => sheetDate(INTERVISIE_SHEET, r.name) === date);
  if (existing) {
    // Notes typed in an earlier agenda of the same date are kept (keyed by begeleider, item, pair).
    spec.name = existing.name;
    const header = existing.rows.findIndex((r) => r.some(isNotesHeader));
    if (header >= 0) {
      const notesCol = existing.rows[header].findIndex(isNotesHeader);
      const key = (r: Cell[]) => r.slice(0, KEY_COLUMNS).map((c) => String(c ?? '')).join('|');
      const notes = new Map(existing.rows.slice(header + 1).filter((r) => r[notesCol] !== null && r[notesCol] !== '').map((r) => [key(r), r[notesCol]]));
      spec.rows = spec.rows.map((r) => (notes.has(key(r)) ? r.map((c, i) => (i === NOTES_AT ? notes.get(key(r)) ?? null : c)) : r));
    }
  }
  return spec;
}

/** Intervisie <date>: per begeleider the pairings that need attention, and safety as a fixed item. */
export async function runIntervisie(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'intervisie', options, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
  if (blocked) return outcome;
  const spec = planIntervisie(raw, read, lang, options.date ?? options.today ?? todayIso());
  outcome.mainSheet = spec.name;
  return finishRun(gateway, options, outcome, 2, [spec, ...settingsIfMissing(raw, read, lang)], { nl: 'Intervisie-agenda schrijven', en: 'Writing the intervisie agenda' });
}
