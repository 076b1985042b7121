/** Reads the answers typed into evaluation sheets back, per pairing and date. */
import { pick } from '../i18n';
import { Problem } from '../problems';
import { normKey } from '../read/normalize';
import { cellText, parseDate, parseInteger, parseBoolean } from '../read/cells';
import { Cell, cellAddress, RawSheet } from '../workbook';
import { DECISIONS, EVALUATION_SHEET, EvaluationDecision, FIELDS, AnswerKey, parseFormKey, sheetDate } from './form';

export interface EvaluationAnswers {
  networkerId: string;
  clientId: string;
  /** The evaluation date (from the sheet name). */
  date: string;
  sheet: string;
  /** Excel row of the form's title. */
  row: number;
  /** Raw answers as typed, per field (to write them back on regeneration). */
  raw: Partial<Record<AnswerKey, Cell>>;
  /** Where each answer was typed: its A1 address and the label beside it, as on the sheet. */
  at: Partial<Record<AnswerKey, { address: string; row: number; label: string }>>;
  klik: number | null;
  motivation: number | null;
  load: number | null;
  safety: boolean | null;
  decision: EvaluationDecision | null;
  endReason: string | null;
  nextDate: string | null;
  frequency: string | null;
}

const labelKeys = new Map<string, AnswerKey>();
for (const f of FIELDS) {
  labelKeys.set(normKey(f.label.nl), f.key);
  labelKeys.set(normKey(f.label.en), f.key);
}

function decisionOf(text: string | null): EvaluationDecision | null {
  if (!text) return null;
  const key = normKey(text);
  for (const [d, words] of Object.entries(DECISIONS)) if (key === normKey(words.nl) || key === normKey(words.en)) return d as EvaluationDecision;
  return null;
}

/** A form counts as an evaluation once anything was filled in. */
export function isFilledIn(a: EvaluationAnswers): boolean {
  return Object.keys(a.raw).length > 0;
}

/** Every form in every "Evaluatie YYYY-MM-DD" sheet, with what was filled in. */
export function readEvaluations(sheets: RawSheet[]): EvaluationAnswers[] {
  const out: EvaluationAnswers[] = [];
  for (const sheet of sheets) {
    const date = sheetDate(EVALUATION_SHEET, sheet.name);
    if (!date) continue;
    let current: EvaluationAnswers | null = null;
    sheet.rows.forEach((cells, i) => {
      for (const cell of cells) {
        const key = typeof cell === 'string' ? parseFormKey(cell) : null;
        if (key) {
          current = {
            ...key, date, sheet: sheet.name, row: sheet.firstRow + i, raw: {}, at: {},
            klik: null, motivation: null, load: null, safety: null, decision: null, endReason: null, nextDate: null, frequency: null,
          };
          out.push(current);
          return;
        }
      }
      if (!current) return;
      const labelIndex = cells.findIndex((c) => typeof c === 'string' && labelKeys.has(normKey(c)));
      if (labelIndex < 0) return;
      const field = labelKeys.get(normKey(cells[labelIndex] as string))!;
      const value = cells[labelIndex + 1] ?? null;
      if (value === null || value === '') return;
      current.raw[field] = value;
      current.at[field] = { address: cellAddress(sheet.firstRow + i - 1, sheet.firstColumn + labelIndex + 1), row: sheet.firstRow + i, label: cells[labelIndex] as string };
    });
  }
  for (const a of out) {
    const int = (k: AnswerKey) => {
      const p = parseInteger(a.raw[k] ?? null, 1, 5);
      return p.ok ? p.value : null;
    };
    a.klik = int('klik');
    a.motivation = int('motivation');
    a.load = int('load');
    const safety = parseBoolean(a.raw.safety ?? null);
    a.safety = safety.ok ? safety.value : null;
    a.decision = decisionOf(cellText(a.raw.decision ?? null));
    a.endReason = cellText(a.raw.endReason ?? null);
    a.frequency = cellText(a.raw.frequency ?? null);
    const next = parseDate(a.raw.nextDate ?? null);
    a.nextDate = next.ok ? next.value : null;
  }
  return out;
}

/**
 * Answers Kring cannot use, each with the cell and what it takes: a decision or other word outside
 * its list, a score outside 1–5, a date that is no date. Such an answer counts as not filled in.
 */
export function answerProblems(answers: EvaluationAnswers[]): Problem[] {
  const problems: Problem[] = [];
  for (const a of answers) {
    for (const field of FIELDS) {
      const value = a.raw[field.key];
      const at = a.at[field.key];
      if (value === undefined || value === null || value === '' || !at) continue;
      const text = cellText(value) ?? '';
      let ok = true;
      if (field.kind === 'integer') ok = parseInteger(value, 1, 5).ok;
      else if (field.kind === 'date') ok = parseDate(value).ok;
      else if (field.list) ok = field.list.nl.concat(field.list.en).some((w) => normKey(w) === normKey(text));
      if (ok) continue;
      const allowed = (lang: 'nl' | 'en') =>
        field.kind === 'integer' ? pick({ nl: 'een heel getal van 1 tot en met 5', en: 'a whole number from 1 to 5' }, lang) : field.kind === 'date' ? pick({ nl: 'een datum als 31-12-2026', en: 'a date such as 31-12-2026' }, lang) : field.list![lang].map((w) => `"${w}"`).join(', ');
      problems.push({
        severity: 'warning',
        sheet: a.sheet,
        row: at.row,
        column: null,
        address: at.address,
        message: {
          nl: `${field.label.nl} van ${a.networkerId} en ${a.clientId} in cel ${at.address}: "${text}" kent Kring niet, dus het antwoord telt niet mee. Kies ${allowed('nl')}.`,
          en: `${field.label.en} of ${a.networkerId} and ${a.clientId} in cell ${at.address}: Kring does not know "${text}", so the answer does not count. Choose ${allowed('en')}.`,
        },
      });
    }
  }
  return problems;
}
