/** Reads the answers typed into evaluation sheets back, per pairing and date. */
import { normKey } from '../read/normalize';
import { cellText, parseDate, parseInteger, parseBoolean } from '../read/cells';
import { Cell, RawSheet } from '../workbook';
import { DECISIONS, EVALUATION_SHEET, EvaluationDecision, FIELDS, AnswerKey, parseFormKey } from './form';

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
    const m = EVALUATION_SHEET.exec(sheet.name.trim());
    if (!m) continue;
    const date = m[1];
    let current: EvaluationAnswers | null = null;
    sheet.rows.forEach((cells, i) => {
      for (const cell of cells) {
        const key = typeof cell === 'string' ? parseFormKey(cell) : null;
        if (key) {
          current = {
            ...key, date, sheet: sheet.name, row: sheet.firstRow + i, raw: {},
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
