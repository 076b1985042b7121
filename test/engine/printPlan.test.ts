/**
 * How printed pages are planned without a program to measure them: wrapped text broken between
 * words (the estimate behind the xlsx row heights and the page plans), and the Begeleidersoverzicht
 * print blocks, whole on their pages. (`npm run print-check` measures the real pages.)
 */
import { A4_BODY_HEIGHT, breakLines, charsPerLine, LINE_HEIGHT, wrappedLines } from '../../src/engine/layout/sheet';
import { supervisorsPrint } from '../../src/engine/results/supervisorsPrint';
import { ColumnSpec } from '../../src/engine/workbook';

test('text breaks between words, a word longer than a line takes lines of its own', () => {
  expect(breakLines('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
  expect(breakLines('kort\nlanger dan dit', 10)).toEqual(['kort', 'langer dan', 'dit']);
  expect(wrappedLines('een twee drie vier', 9 / 1.1 + 1)).toBe(2);
  expect(wrappedLines(`a ${'x'.repeat(25)}`, 10)).toBe(1 + Math.ceil(25 / charsPerLine(10)));
  expect(wrappedLines(null, 10)).toBe(1);
  // A longer line fits in a wider column; a larger font fits fewer characters.
  expect(charsPerLine(56)).toBeGreaterThan(charsPerLine(35));
  expect(charsPerLine(35, 14 / 11)).toBeLessThan(charsPerLine(35));
});

test('Begeleidersoverzicht on paper: a block per begeleider, two side by side, page breaks only between whole blocks', () => {
  const columns: ColumnSpec[] = [
    { header: 'Begeleider', kind: 'text' },
    { header: 'Locatie', kind: 'text' },
    { header: 'Datum training', kind: 'date' },
    ...Array.from({ length: 20 }, (_, i) => ({ header: `Cijfer ${i + 1}`, kind: 'score' as const })),
    { header: 'Heel klein netwerk', kind: 'percent' },
    { header: 'Aandachtspunten', kind: 'text' },
  ];
  const rows = Array.from({ length: 9 }, (_, i) => [`Begeleider ${i + 1}`, 'De Linde', 46000, ...Array(20).fill(3.25), 0.5, i % 2 ? 'evaluaties te laat; niet getraind, wel actieve koppelingen' : null]);
  const preamble = ['Begeleiders op 23-11-2026', `Uitleg ${'van de cijfers '.repeat(20)}`];
  const p = supervisorsPrint(preamble, columns, rows, columns.length + 1, 'nl', '&P');
  const first = columns.length + 1;
  expect(p.print).toMatchObject({ orientation: 'portrait', paper: 'A4', area: { row: 0, column: first, columns: 5 } });
  const blocks = p.blocks.filter((b) => b.rows.length === columns.length);
  expect(blocks.map((b) => b.rows[0][0])).toEqual(rows.map((r) => r[0]));
  expect(blocks.map((b) => b.at.column)).toEqual(rows.map((_, i) => first + (i % 2) * 3));
  // Figures the user's way: 3,3 (one decimal), 50%, dd-mm-yyyy; an empty point of attention as a dash.
  expect(blocks[0].rows.slice(1, 4)).toEqual([['Locatie', 'De Linde'], ['Datum training', '09-12-2025'], ['Cijfer 1', '3,3']]);
  expect(blocks[0].rows[blocks[0].rows.length - 1]).toEqual(['Aandachtspunten: —', null]);
  // The explanations broken into lines that fit the two blocks' width.
  const lines = p.blocks[1].rows.map((r) => String(r[0]));
  expect(lines.length).toBeGreaterThan(1);
  for (const l of lines) expect(l.length).toBeLessThanOrEqual(charsPerLine(2 * (30 + 11) + 2));
  // Every break falls at the top of a pair of blocks, and each page's planned rows fit its A4 body.
  const breaks = p.print.pageBreaks!;
  expect(breaks.length).toBeGreaterThan(0);
  for (const b of breaks) expect(blocks.some((x) => x.at.row === b && x.at.column === first)).toBe(true);
  const heights = new Map<number, number>();
  for (const b of p.blocks) b.rows.forEach((r, i) => heights.set(b.at.row + i, Math.max(heights.get(b.at.row + i) ?? 0, Math.max(wrappedLines(r[0], 30), wrappedLines(r[1] ?? null, 11)) * LINE_HEIGHT)));
  const starts = [0, ...breaks, p.print.area!.rows];
  for (let k = 0; k + 1 < starts.length; k++) {
    let used = 0;
    for (let r = starts[k]; r < starts[k + 1]; r++) used += heights.get(r) ?? LINE_HEIGHT;
    expect(used).toBeLessThanOrEqual(A4_BODY_HEIGHT.portrait);
  }
});
