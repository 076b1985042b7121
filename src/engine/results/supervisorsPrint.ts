/**
 * The printed Begeleidersoverzicht: the wide table stays for the screen, and right of it a block
 * per begeleider (each figure on a line of its own, as words and numbers the user's way) that
 * prints on portrait A4, two blocks side by side, whole blocks per page, the explanations above.
 */
import { displayDate, formatNumber } from '../dates';
import { Lang } from '../i18n';
import { A4_BODY_HEIGHT, breakLines, charsPerLine, LINE_HEIGHT, wrappedLines } from '../layout/sheet';
import { serialToIso } from '../read/cells';
import { Cell, CellBlock, ColumnSpec, PrintSpec } from '../workbook';

/** Widths in characters of a block's label and value columns and of the gap between two blocks. */
const LABEL = 30;
const VALUE = 11;
const GAP = 2;
/** Room kept free on a page (Excel and LibreOffice measure text a little differently). */
const SLACK = 30;

/** A figure as printed text: 3,5 or 3.5, 50%, dd-mm-yyyy. */
function shown(v: Cell, column: ColumnSpec, lang: Lang): Cell {
  if (typeof v !== 'number') return v;
  if (column.kind === 'percent') return `${Math.round(v * 100)}%`;
  if (column.kind === 'score') return formatNumber(v, lang);
  if (column.kind === 'date') return displayDate(serialToIso(v));
  return String(v);
}

export interface SupervisorsPrint {
  blocks: CellBlock[];
  extraWidths: { column: number; width: number }[];
  print: PrintSpec;
}

/**
 * The print blocks from column `first` (right of the table): the title and the explanations
 * broken into lines that fit, then per begeleider (a row of the table) a block of label and value
 * rows; the first column is the begeleider's name, the last the points of attention (a wrapped line).
 */
export function supervisorsPrint(preamble: string[], columns: ColumnSpec[], rows: Cell[][], first: number, lang: Lang, footer: string): SupervisorsPrint {
  const blocks: CellBlock[] = [];
  const width = 2 * (LABEL + VALUE) + GAP;
  const lines = preamble.slice(1).flatMap((line) => breakLines(line, charsPerLine(width)));
  blocks.push({ at: { row: 0, column: first }, rows: [[preamble[0] ?? '']], header: true, formats: ['text'] });
  blocks.push({ at: { row: 1, column: first }, rows: lines.map((l) => [l]), formats: ['text'] });
  const last = columns.length - 1;
  const blockRows = (row: Cell[]): Cell[][] => [
    [row[0], null],
    ...columns.slice(1, last).map((c, j) => [c.header, shown(row[j + 1], c, lang)]),
    [`${columns[last].header}: ${row[last] ?? '—'}`, null],
  ];
  const lineCount = ([label, value]: Cell[]) => Math.max(wrappedLines(label, LABEL), wrappedLines(value, VALUE));
  const pageBreaks: number[] = [];
  let top = 1 + lines.length + 1;
  let used = (1 + lines.length + 1) * LINE_HEIGHT;
  for (let i = 0; i < rows.length; i += 2) {
    const pair = rows.slice(i, i + 2).map(blockRows);
    // Side by side, a row is as tall as the taller of its two cells; a blank row below.
    const tall = pair[0].reduce((h, _, r) => h + Math.max(...pair.map((cells) => lineCount(cells[r]))) * LINE_HEIGHT, LINE_HEIGHT);
    if (i > 0 && used + tall > A4_BODY_HEIGHT.portrait - SLACK) {
      pageBreaks.push(top);
      used = 0;
    }
    pair.forEach((cells, k) => blocks.push({ at: { row: top, column: first + k * 3 }, rows: cells, header: true, formats: ['text', 'text'], wrap: true }));
    top += pair[0].length + 1;
    used += tall;
  }
  const extraWidths = [LABEL, VALUE, GAP, LABEL, VALUE].map((w, k) => ({ column: first + k, width: w }));
  return {
    blocks,
    extraWidths,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, pageBreaks, footer, area: { row: 0, column: first, rows: top, columns: 5 } },
  };
}
