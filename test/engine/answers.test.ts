/** Evaluation answers are checked on read-back: a word outside the list is a problem naming the cell and the allowed words. */
import { answerProblems, readEvaluations } from '../../src/engine/evaluation/answers';
import { RawSheet } from '../../src/engine/workbook';

const form = (decision: string): RawSheet => ({
  name: 'Evaluatie 2026-12-15',
  firstRow: 1,
  firstColumn: 0,
  rows: [
    ['Tussentijdse evaluatie', null, null],
    ['Evaluatie: A en B', '15-12-2026', 'KRING-EVAL:C001>C002'],
    ['Klik (1 = geen, 5 = heel goed)', 7, null],
    ['Besluit', decision, null],
  ],
});

test('a decision outside the list: a warning at its cell with the allowed words; the answer does not count', () => {
  const answers = readEvaluations([form('doorgaan')]);
  expect(answers[0].decision).toBeNull();
  const problems = answerProblems(answers);
  const decision = problems.find((p) => p.address === 'B4')!;
  expect(decision).toMatchObject({ severity: 'warning', sheet: 'Evaluatie 2026-12-15', row: 4 });
  expect(decision.message.nl).toContain('"doorgaan"');
  expect(decision.message.nl).toContain('"voortzetten", "bijstellen", "nieuwe koppeling", "beëindigen"');
  // The score 7 is outside 1–5.
  expect(problems.find((p) => p.address === 'B3')!.message.nl).toContain('1 tot en met 5');
});

test('known words, Dutch or English, are read; no problem', () => {
  const answers = readEvaluations([form('Beëindigen')]);
  expect(answers[0].decision).toBe('end');
  expect(answerProblems(answers).filter((p) => p.address === 'B4')).toEqual([]);
});

test('sheets named the new way (dd-mm-jjjj) and the old way (yyyy-mm-dd) are both read, with the same ISO date', () => {
  const old = form('voortzetten');
  const renamed = { ...form('bijstellen'), name: 'Evaluatie 16-12-2026' };
  const answers = readEvaluations([old, renamed]);
  expect(answers.map((a) => [a.date, a.decision])).toEqual([
    ['2026-12-15', 'continue'],
    ['2026-12-16', 'adjust'],
  ]);
});
