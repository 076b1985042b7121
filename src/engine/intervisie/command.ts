/** The intervisie command: Intervisie <date>, with the notes typed in an earlier agenda of that date kept. */
import { Lang } from '../i18n';
import { ReadResult, todayIso } from '../read';
import { finishRun, RunOutcome, settingsIfMissing, startRun } from '../run';
import { Cell, RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { readEvaluations } from '../evaluation/answers';
import { EvaluateOptions } from '../evaluation/command';
import { INTERVISIE_SHEET, sheetDate } from '../evaluation/form';
import { intervisieAgenda, intervisieSheet } from './agenda';

const NOTES_HEADER = /^(notities|notes)$/i;

export function planIntervisie(raw: RawSheet[], read: ReadResult, lang: Lang, date: string): SheetSpec {
  const answers = readEvaluations(raw);
  const spec = intervisieSheet(read.model, intervisieAgenda(read.model, answers, date, lang), date, lang);
  const existing = raw.find((r) => sheetDate(INTERVISIE_SHEET, r.name) === date);
  if (existing) {
    // Notes typed in an earlier agenda of the same date are kept (keyed by begeleider, item, pair).
    spec.name = existing.name;
    const header = existing.rows.findIndex((r) => r.some((c) => typeof c === 'string' && NOTES_HEADER.test(c.trim())));
    if (header >= 0) {
      const notesCol = existing.rows[header].findIndex((c) => typeof c === 'string' && NOTES_HEADER.test(c.trim()));
      const key = (r: Cell[]) => r.slice(0, 4).map((c) => String(c ?? '')).join('|');
      const notes = new Map(existing.rows.slice(header + 1).filter((r) => r[notesCol] !== null && r[notesCol] !== '').map((r) => [key(r), r[notesCol]]));
      spec.rows = spec.rows.map((r) => (notes.has(key(r)) ? [...r.slice(0, 5), notes.get(key(r)) ?? null] : r));
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
