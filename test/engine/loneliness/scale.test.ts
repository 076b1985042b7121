/**
 * Every one of the 3^6 answer combinations scored against an independent table of the published
 * rule (CBS, technical explanation of the loneliness survey; De Jong Gierveld & Van Tilburg 2006):
 * written out here as the answer codes that score 1 per statement, not derived from the engine's items.
 */
import { ANSWERS, Answer, score, levelOf } from '../../../src/engine/loneliness/scale';

// Statement number → the answers that score 1. 1, 4, 6: "ja" and "min of meer"; 2, 3, 5: "nee" and "min of meer".
const SCORES_ONE: Record<number, string[]> = { 1: ['ja', 'mom'], 2: ['nee', 'mom'], 3: ['nee', 'mom'], 4: ['ja', 'mom'], 5: ['nee', 'mom'], 6: ['ja', 'mom'] };
const CODE: Record<Answer, string> = { yes: 'ja', moreOrLess: 'mom', no: 'nee' };
const EMOTIONAL = [1, 4, 6];
const SOCIAL = [2, 3, 5];
const LEVEL_TABLE = ['notLonely', 'notLonely', 'somewhatLonely', 'somewhatLonely', 'somewhatLonely', 'veryLonely', 'veryLonely'];

function* combinations(n: number): Generator<Answer[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (const rest of combinations(n - 1)) for (const a of ANSWERS) yield [...rest, a];
}

test('all 729 combinations score as the published table says', () => {
  let count = 0;
  const totals = new Map<number, number>();
  for (const answers of combinations(6)) {
    count++;
    const point = (n: number) => (SCORES_ONE[n].includes(CODE[answers[n - 1]]) ? 1 : 0);
    const emotional = EMOTIONAL.reduce((s, n) => s + point(n), 0);
    const social = SOCIAL.reduce((s, n) => s + point(n), 0);
    const expected = { total: emotional + social, emotional, social, level: LEVEL_TABLE[emotional + social] };
    expect(score(answers)).toEqual(expected);
    totals.set(expected.total, (totals.get(expected.total) ?? 0) + 1);
  }
  expect(count).toBe(729);
  // Each statement scores 1 on two of its three answers: the totals follow the binomial 2^k·C(6,k).
  expect([...totals.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n)).toEqual([1, 12, 60, 160, 240, 192, 64]);
});

test('a missing answer gives no score; levels at the boundaries', () => {
  expect(score(['yes', 'no', 'no', null, 'no', 'no'])).toBeNull();
  expect(score([])).toBeNull();
  expect([0, 1, 2, 4, 5, 6].map(levelOf)).toEqual(['notLonely', 'notLonely', 'somewhatLonely', 'somewhatLonely', 'veryLonely', 'veryLonely']);
});
