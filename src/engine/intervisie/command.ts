/** The intervisie command: Intervisie <date>, following up the earlier agendas; what was typed in this date's agenda is kept. */
import { Lang } from '../i18n';
import { ReadResult, todayIso } from '../read';
import { finishRun, RunOutcome, settingsIfMissing, startRun } from '../run';
import { closeConcerns } from '../safety/register';
import { registerClosings } from '../safety/state';
import { RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { readEvaluations } from '../evaluation/answers';
import { EvaluateOptions } from '../evaluation/command';
import { INTERVISIE_SHEET, sheetDate } from '../evaluation/form';
import { intervisieAgenda } from './agenda';
import { AGENDA_COLUMNS, intervisieSheet, rowIdentity } from './agendaSheet';
import { readAgendas } from './memory';

export function planIntervisie(raw: RawSheet[], read: ReadResult, lang: Lang, date: string): { spec: SheetSpec; closings: ReturnType<typeof registerClosings> } {
  const answers = readEvaluations(raw);
  const memory = readAgendas(raw);
  const agenda = intervisieAgenda(read.model, answers, date, lang, memory);
  const spec = intervisieSheet(read.model, agenda, date, lang, memory.heads.get(date) ?? {});
  const existing = raw.find((r) => sheetDate(INTERVISIE_SHEET, r.name) === date);
  if (existing) spec.name = existing.name;
  // What was typed in this date's agenda (notes, action, who, done) stays with its line; earlier notes of a recurring item are shown.
  const typed = new Map(memory.lines.filter((l) => l.date === date).map((l) => [l.identity, l.typed]));
  const earlier = new Map<string, { date: string; notes: string }>();
  for (const l of memory.lines) if (l.date < date && typeof l.typed.notes === 'string' && l.typed.notes.trim()) earlier.set(l.identity, { date: l.date, notes: l.typed.notes.trim() });
  const at = (key: string) => AGENDA_COLUMNS.findIndex((c) => c.key === key);
  spec.rows = spec.rows.map((r) => {
    const identity = rowIdentity(String(r[at('supervisor')] ?? ''), String(r[at('key')] ?? ''));
    const legacy = rowIdentity(String(r[at('supervisor')] ?? ''), ['item', 'networker', 'client'].map((k) => String(r[at(k)] ?? '')).join('|'));
    const kept = typed.get(identity) ?? typed.get(legacy);
    const out = [...r];
    if (kept) for (const [key, value] of Object.entries(kept)) out[at(key)] = value ?? null;
    const before = earlier.get(identity);
    if (before && !String(r[at('key')]).startsWith('KRING-ACT:')) out[at('reason')] = `${out[at('reason')]} — ${lang === 'en' ? 'last time' : 'vorige keer'} (${before.date.split('-').reverse().join('-')}): ${before.notes}`;
    return out;
  });
  return { spec, closings: registerClosings(read.model, memory.closings) };
}

/** Intervisie <date>: per begeleider open safety concerns first, the fixed safety item, what needs attention, and the open actions. */
export async function runIntervisie(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'intervisie', options, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
  if (blocked) return outcome;
  const { spec, closings } = planIntervisie(raw, read, lang, options.date ?? options.today ?? todayIso());
  outcome.mainSheet = spec.name;
  const done = await finishRun(gateway, options, outcome, 2, [spec, ...settingsIfMissing(raw, read, lang)], { nl: 'Intervisie-agenda schrijven', en: 'Writing the intervisie agenda' });
  // A concern marked done in an agenda is closed in the register too.
  done.sheets.push(...(await closeConcerns(gateway, raw, closings, lang)));
  return done;
}
