/**
 * A printable form with read-back: one form per subject (a client) on a dated sheet, a question
 * per row answered by ticking one of a few boxes or by writing in a cell, and a key in the title
 * row that lets Kring find the form again. What was ticked or written is read back by the
 * question's label (in Dutch or English, wherever its row moved) and written back when the sheet
 * is made again, so answers survive a re-run. Used by the loneliness questionnaire and the intake
 * (whose written answers start as what is known now: `defaults`).
 */
import { displayDate } from '../dates';
import { Bilingual, Lang, pick } from '../i18n';
import { isBlank } from '../read/cells';
import { cleanText, escapeRegExp, normKey } from '../read/normalize';
import { Cell, cellAddress, CellBlock, RawSheet } from '../workbook';

export interface FormChoice {
  key: string;
  label: Bilingual;
}

export interface FormQuestion {
  key: string;
  label: Bilingual;
  /** Tick one box (the form's choices); else a free answer in the first box column. */
  ticked: boolean;
}

export interface FormKind {
  /** Part of the key in the title row: KRING-FORM:<id>:<subject>. */
  id: string;
  /** The sheet's name: the prefix and the date (dd-mm-jjjj). */
  prefix: Bilingual;
  /** The boxes of a ticked question, one column each. */
  choices: readonly FormChoice[];
  questions: readonly FormQuestion[];
}

/** The empty box printed for ticking; a box that still holds only this is not ticked. */
export const BOX = '☐';
export const FORM_MARKER = 'KRING-FORM';

export const formKey = (kind: FormKind, subject: string) => `${FORM_MARKER}:${kind.id}:${subject}`;

export function parseFormKey(kind: FormKind, text: string): string | null {
  const prefix = `${FORM_MARKER}:${kind.id}:`;
  const t = text.trim();
  return t.toUpperCase().startsWith(prefix.toUpperCase()) && t.length > prefix.length ? t.slice(prefix.length) : null;
}

const NAME_DATE = '(\\d{2}-\\d{2}-\\d{4}|\\d{4}-\\d{2}-\\d{2})';
export function formSheetPattern(kind: FormKind): RegExp {
  return new RegExp(`^(?:${escapeRegExp(kind.prefix.nl)}|${escapeRegExp(kind.prefix.en)}) ${NAME_DATE}$`, 'i');
}

export function formSheetName(kind: FormKind, date: string, lang: Lang): string {
  return `${pick(kind.prefix, lang)} ${displayDate(date)}`;
}

/** The ISO date in a form sheet's name, or null when the sheet is not one of this kind's. */
export function formSheetDate(kind: FormKind, name: string): string | null {
  const m = formSheetPattern(kind).exec(name.trim());
  if (!m) return null;
  return /^\d{4}/.test(m[1]) ? m[1] : m[1].split('-').reverse().join('-');
}

export interface FormCellRef {
  address: string;
  row: number;
}

export interface FormAnswer {
  /** The choice ticked (null: none, or several: see `ticks`). */
  choice: string | null;
  /** Every box ticked, with its cell. */
  ticks: { choice: string; at: FormCellRef; raw: Cell }[];
  /** A free answer as typed. */
  value: Cell;
  at: FormCellRef;
}

export interface FilledForm {
  subject: string;
  date: string;
  sheet: string;
  /** Excel row of the form's title. */
  row: number;
  answers: Partial<Record<string, FormAnswer>>;
}

function labelIndex(kind: FormKind): Map<string, FormQuestion> {
  const map = new Map<string, FormQuestion>();
  for (const q of kind.questions) for (const l of [q.label.nl, q.label.en]) map.set(normKey(l), q);
  return map;
}

/** A box counts as ticked when it holds anything but the empty box (x, X, ✓, ☒, "ja"). */
export function isTicked(cell: Cell): boolean {
  if (isBlank(cell)) return false;
  return typeof cell !== 'string' || cleanText(cell.split(BOX).join('')) !== '';
}

/** Every form of this kind on every sheet of its name, with what was ticked or written. */
export function readForms(kind: FormKind, sheets: readonly RawSheet[]): FilledForm[] {
  const labels = labelIndex(kind);
  const out: FilledForm[] = [];
  for (const sheet of sheets) {
    const date = formSheetDate(kind, sheet.name);
    if (!date) continue;
    let current: FilledForm | null = null;
    sheet.rows.forEach((cells, i) => {
      const excelRow = sheet.firstRow + i;
      const subject = cells.map((c) => (typeof c === 'string' ? parseFormKey(kind, c) : null)).find((s) => s !== null);
      if (subject) {
        current = { subject, date, sheet: sheet.name, row: excelRow, answers: {} };
        out.push(current);
        return;
      }
      if (!current) return;
      const at = cells.findIndex((c) => typeof c === 'string' && labels.has(normKey(c)));
      if (at < 0) return;
      const question = labels.get(normKey(cells[at] as string))!;
      const ref = (j: number): FormCellRef => ({ address: cellAddress(excelRow - 1, sheet.firstColumn + j), row: excelRow });
      const answer: FormAnswer = { choice: null, ticks: [], value: null, at: ref(at + 1) };
      if (question.ticked) {
        kind.choices.forEach((choice, k) => {
          const raw = cells[at + 1 + k] ?? null;
          if (isTicked(raw)) answer.ticks.push({ choice: choice.key, at: ref(at + 1 + k), raw });
        });
        if (answer.ticks.length === 1) answer.choice = answer.ticks[0].choice;
        if (!answer.ticks.length) return;
      } else {
        answer.value = cells[at + 1] ?? null;
        if (isBlank(answer.value)) return;
      }
      current.answers[question.key] = answer;
    });
  }
  return out;
}

export interface FormLayout {
  /** Font size of the form's text (the title 4 points larger), and the height of a question's row, in points. */
  fontSize: number;
  /** Font size of the boxes to tick. */
  boxSize: number;
  rowHeight: number;
  inputFill: string;
}

/**
 * The cells of one form from `top`: a title row with the key (in column `keyColumn`, outside
 * the printed area), facts about the subject, an instruction, the boxes' header and a row per
 * question; ticks and answers of `kept` written back, else a written answer's default.
 */
export function formBlocks(kind: FormKind, subject: string, top: number, title: Cell[], facts: Cell[][], instruction: string, kept: FilledForm | undefined, keyColumn: number, layout: FormLayout, lang: Lang, defaults: Partial<Record<string, Cell>> = {}): { blocks: CellBlock[]; rows: number } {
  const width = 1 + kind.choices.length;
  const pad = (cells: Cell[]) => [...cells, ...Array<Cell>(Math.max(0, width - cells.length)).fill(null)];
  const blocks: CellBlock[] = [];
  let row = top;
  blocks.push({ at: { row, column: 0 }, rows: [pad(title)], header: true, formats: Array(width).fill('text'), fontSize: layout.fontSize + 4 });
  blocks.push({ at: { row, column: keyColumn }, rows: [[formKey(kind, subject)]], formats: ['text'] });
  row += 2;
  if (facts.length) {
    blocks.push({ at: { row, column: 0 }, rows: facts.map(pad), formats: Array(width).fill('text'), fontSize: layout.fontSize });
    row += facts.length + 1;
  }
  blocks.push({ at: { row, column: 0 }, rows: [pad([instruction])], formats: Array(width).fill('text'), fontSize: layout.fontSize, wrap: true, minRowHeight: layout.rowHeight });
  row += 2;
  blocks.push({ at: { row, column: 0 }, rows: [[null, ...kind.choices.map((c) => pick(c.label, lang))]], header: true, formats: Array(width).fill('text'), fontSize: layout.fontSize });
  row += 1;
  // The questions first, then their boxes: rows that continue each other travel as one range (Excel gateway).
  kind.questions.forEach((q, i) => {
    // The question wraps in its column; the boxes are large enough to tick on paper.
    blocks.push({ at: { row: row + i, column: 0 }, rows: [[pick(q.label, lang)]], formats: ['text'], fontSize: layout.fontSize, wrap: true, fixedRowHeight: layout.rowHeight });
  });
  for (const q of kind.questions) {
    const answer = kept?.answers[q.key];
    const cells: Cell[] = q.ticked ? kind.choices.map((c) => answer?.ticks.find((t) => t.choice === c.key)?.raw ?? BOX) : [answer?.value ?? defaults[q.key] ?? null];
    blocks.push({
      at: { row, column: 1 },
      rows: [cells],
      formats: cells.map(() => 'text'),
      editable: cells.map(() => true),
      inputFill: layout.inputFill,
      // A written answer runs on over the empty cells beside it.
      fontSize: q.ticked ? layout.boxSize : layout.fontSize,
      // Aligned with the question (wrapped cells align the same way on both paths).
      wrap: q.ticked,
      fixedRowHeight: layout.rowHeight,
    });
    row += 1;
  }
  return { blocks, rows: row - top };
}
