/**
 * Reads the Eenzaamheid sheet: one row per client per date with the six answers, read tolerant of
 * case, accents and spacing, in Dutch or English. A word Kring does not know is a problem at its
 * cell listing the allowed words; a row with an answer missing gets no score (and a warning).
 */
import { Bilingual } from '../i18n';
import { parseDate, shown, isBlank } from '../read/cells';
import { ReadContext } from '../read/context';
import { normKey } from '../read/normalize';
import { clientRef } from '../read/references';
import { eachRow, LocatedTable } from '../read/table';
import { Cell } from '../workbook';
import { Answer, ANSWER_WORDS, ANSWERS, ITEMS, score, Score } from './scale';

/** One taking of the scale: from a row of Eenzaamheid or from a questionnaire read back. */
export interface LonelinessMeasurement {
  clientId: string;
  date: string;
  /** Answers in item order; null where none (or none Kring knows) was given. */
  answers: (Answer | null)[];
  by: string | null;
  /** Null when an answer is missing. */
  score: Score | null;
  origin: { sheet: string; row: number };
}

const WORDS = new Map<string, Answer>();
for (const a of ANSWERS) for (const w of [ANSWER_WORDS[a].nl, ANSWER_WORDS[a].en]) WORDS.set(normKey(w), a);
for (const [w, a] of [['j', 'yes'], ['y', 'yes'], ['n', 'no'], ['minmeer', 'moreOrLess'], ['somewhat', 'moreOrLess'], ['moreless', 'moreOrLess']] as const) WORDS.set(w, a);

/** An answer word ("Ja", "min-of-meer", "MORE OR LESS", " nee! "), or null when Kring does not know it. */
export function parseAnswer(cell: Cell): Answer | null {
  if (cell === null || typeof cell === 'number') return null;
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return WORDS.get(normKey(cell)) ?? null;
}

export function allowedAnswers(lang: 'nl' | 'en'): string {
  return ANSWERS.map((a) => `"${ANSWER_WORDS[a][lang]}"`).join(', ');
}

export function unknownAnswer(cell: Cell): Bilingual {
  return {
    nl: `"${shown(cell)}" is geen antwoord dat Kring kent, dus deze meting krijgt geen score. Kies ${allowedAnswers('nl')}.`,
    en: `Kring does not know the answer "${shown(cell)}", so this measurement gets no score. Choose ${allowedAnswers('en')}.`,
  };
}

export function incomplete(missing: number[]): Bilingual {
  const list = missing.join(', ');
  return {
    nl: `Uitspraak ${list} ${missing.length === 1 ? 'heeft' : 'hebben'} geen antwoord, dus deze meting krijgt geen score. Vul alle zes antwoorden in.`,
    en: `Statement ${list} ${missing.length === 1 ? 'has' : 'have'} no answer, so this measurement gets no score. Fill in all six answers.`,
  };
}

export function readLoneliness(table: LocatedTable, ctx: ReadContext): LonelinessMeasurement[] {
  const out: LonelinessMeasurement[] = [];
  const missingColumns = ITEMS.filter((item) => !table.columns.has(`q${item.number}`)).map((i) => i.number);
  if (missingColumns.length) {
    const row = table.sheet.firstRow + table.headerIndex;
    ctx.problems.push({
      severity: 'warning',
      sheet: table.sheet.name,
      row,
      column: null,
      message: {
        nl: `Kring vindt geen kolom voor uitspraak ${missingColumns.join(', ')}. Geef elke uitspraak een eigen kolom, met de uitspraak of haar nummer als kop in rij ${row}.`,
        en: `Kring finds no column for statement ${missingColumns.join(', ')}. Give every statement a column of its own, headed by the statement or its number in row ${row}.`,
      },
    });
  }
  eachRow(table, ctx.problems, (row) => {
    const client = clientRef(row, 'clientId', ctx, 'warning');
    const date = row.parse('date', parseDate, null, 'warning');
    const blank: number[] = [];
    const answers = ITEMS.map((item) => {
      const key = `q${item.number}`;
      const cell = row.cell(key);
      if (isBlank(cell)) {
        blank.push(item.number);
        return null;
      }
      const answer = parseAnswer(cell);
      if (!answer) row.report(key, 'warning', unknownAnswer(cell));
      return answer;
    });
    if (!client) return;
    if (!date) {
      if (isBlank(row.cell('date'))) row.report('date', 'warning', { nl: 'De datum is leeg; Kring slaat deze meting over. Vul de datum in waarop de vragen zijn gesteld.', en: 'The date is empty; Kring skips this measurement. Enter the date the questions were asked.' });
      return;
    }
    if (blank.length && table.columns.has(`q${blank[0]}`)) row.report(`q${blank[0]}`, 'warning', incomplete(blank));
    out.push({ clientId: client.id, date, answers, by: row.text('by'), score: score(answers), origin: { sheet: row.sheetName, row: row.excelRow } });
  });
  return out;
}
