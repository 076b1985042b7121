/**
 * All loneliness measurements: the rows of Eenzaamheid and the questionnaires read back, one per
 * client per date (a row of Eenzaamheid wins over a questionnaire of the same date), and what the
 * figures look up: each client's measurements oldest first, the one on or before a date.
 */
import { FilledForm, readForms } from '../forms/form';
import { Problem } from '../problems';
import { cellText } from '../read/cells';
import { findClient, ReadContext } from '../read/context';
import { RawSheet } from '../workbook';
import { LONELINESS_FORM } from './kind';
import { Answer, ITEMS, score } from './scale';
import { allowedAnswers, LonelinessMeasurement } from './read';
import { displayDate } from '../dates';

/** The questionnaires with anything ticked or written, as measurements (incomplete ones get no score and a warning). */
export function readQuestionnaires(sheets: readonly RawSheet[], ctx: ReadContext): LonelinessMeasurement[] {
  return questionnaireMeasurements(readForms(LONELINESS_FORM, sheets), ctx);
}

export function questionnaireMeasurements(forms: readonly FilledForm[], ctx: ReadContext): LonelinessMeasurement[] {
  const out: LonelinessMeasurement[] = [];
  for (const form of forms) {
    const ticked = ITEMS.map((item) => form.answers[`q${item.number}`]);
    if (!ticked.some(Boolean)) continue;
    const where = (address: string, row: number, nl: string, en: string): Problem => ({ severity: 'warning', sheet: form.sheet, row, column: null, address, message: { nl, en } });
    const client = findClient(ctx, form.subject);
    if (!client) {
      ctx.problems.push(where(`A${form.row}`, form.row, `De vragenlijst van "${form.subject}" hoort bij geen cliënt in het blad Cliënten; Kring telt haar niet mee.`, `The questionnaire of "${form.subject}" belongs to no client in the Clients sheet; Kring does not count it.`));
      continue;
    }
    const answers = ticked.map((a, i): Answer | null => {
      if (a && a.ticks.length > 1) {
        const first = a.ticks[0].at;
        ctx.problems.push(where(first.address, first.row,
          `Bij uitspraak ${ITEMS[i].number} van ${client.id} zijn ${a.ticks.length} vakjes aangekruist; Kring telt dit antwoord niet. Laat één kruisje staan (${allowedAnswers('nl')}).`,
          `Statement ${ITEMS[i].number} of ${client.id} has ${a.ticks.length} boxes ticked; Kring does not count this answer. Leave one tick (${allowedAnswers('en')}).`));
      }
      return (a?.choice as Answer | null | undefined) ?? null;
    });
    const blank = ITEMS.filter((_, i) => !ticked[i]).map((item) => item.number);
    if (blank.length) {
      ctx.problems.push(where(`A${form.row}`, form.row,
        `In de vragenlijst van ${client.id} heeft uitspraak ${blank.join(', ')} geen kruisje, dus deze meting krijgt geen score. Kruis bij elke uitspraak één vakje aan.`,
        `In the questionnaire of ${client.id} statement ${blank.join(', ')} has no tick, so this measurement gets no score. Tick one box for every statement.`));
    }
    out.push({ clientId: client.id, date: form.date, answers, by: cellText(form.answers.by?.value ?? null), score: score(answers), origin: { sheet: form.sheet, row: form.row } });
  }
  return out;
}

/** One measurement per client per date: the first row of Eenzaamheid, else the questionnaire; each further one a warning. */
export function mergeMeasurements(rows: LonelinessMeasurement[], forms: LonelinessMeasurement[], problems: Problem[]): LonelinessMeasurement[] {
  const seen = new Map<string, LonelinessMeasurement>();
  for (const m of [...rows, ...forms]) {
    const key = `${m.clientId}\u0000${m.date}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, m);
      continue;
    }
    problems.push({
      severity: 'warning',
      sheet: m.origin.sheet,
      row: m.origin.row,
      column: null,
      message: {
        nl: `${m.clientId} heeft op ${displayDate(m.date)} al een meting (${first.origin.sheet}, rij ${first.origin.row}); Kring telt alleen die. Verwijder een van beide of corrigeer de datum.`,
        en: `${m.clientId} already has a measurement on ${displayDate(m.date)} (${first.origin.sheet}, row ${first.origin.row}); Kring counts only that one. Remove one of them or correct the date.`,
      },
    });
  }
  return [...seen.values()];
}

/** Scored measurements per client, oldest first. */
export function scoredByClient(measurements: readonly LonelinessMeasurement[]): Map<string, LonelinessMeasurement[]> {
  const out = new Map<string, LonelinessMeasurement[]>();
  for (const m of measurements) {
    if (!m.score) continue;
    if (!out.has(m.clientId)) out.set(m.clientId, []);
    out.get(m.clientId)!.push(m);
  }
  for (const list of out.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}

/** The latest scored measurement on or before `date` (any date when null). */
export function measurementOn(list: readonly LonelinessMeasurement[] | undefined, date: string | null): LonelinessMeasurement | null {
  let found: LonelinessMeasurement | null = null;
  for (const m of list ?? []) {
    if (date !== null && m.date > date) break;
    found = m;
  }
  return found;
}

/**
 * The measurement shown beside each of a client's network maps (dates oldest first; null: undated):
 * each measurement goes to the map closest in time (the earlier on a tie), and a map shows the
 * latest of those — so a scale taken a week after the map stands next to it, and none twice.
 */
export function alignToMaps(list: readonly LonelinessMeasurement[] | undefined, dates: readonly (string | null)[]): (LonelinessMeasurement | null)[] {
  const out: (LonelinessMeasurement | null)[] = dates.map(() => null);
  if (!list?.length || !dates.length) return out;
  const days = (iso: string) => Date.parse(iso) / 86400000;
  for (const m of list) {
    let best = -1;
    let bestGap = Infinity;
    dates.forEach((d, i) => {
      const gap = d === null ? Infinity : Math.abs(days(d) - days(m.date));
      if (gap < bestGap) {
        best = i;
        bestGap = gap;
      }
    });
    // Only undated maps: the latest measurement stands beside the (last) map.
    if (best < 0) best = dates.length - 1;
    const current = out[best];
    if (!current || current.date < m.date) out[best] = m;
  }
  return out;
}
