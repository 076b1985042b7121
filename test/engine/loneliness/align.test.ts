/** Which measurement stands beside which network map: the closest in time, none twice; the latest on or before a date. */
import { alignToMaps, measurementOn } from '../../../src/engine/loneliness/measurements';
import { LonelinessMeasurement } from '../../../src/engine/loneliness/read';
import { score } from '../../../src/engine/loneliness/scale';

const m = (date: string): LonelinessMeasurement => ({ clientId: 'C1', date, answers: [], by: null, score: score(['yes', 'no', 'no', 'no', 'yes', 'no']), origin: { sheet: 'Eenzaamheid', row: 2 } });

test('a scale taken a week after the map stands beside it; a map without a close measurement gets none', () => {
  const list = [m('2026-03-08'), m('2026-09-03')];
  expect(alignToMaps(list, ['2026-03-01', '2026-06-01', '2026-09-01']).map((x) => x?.date ?? null)).toEqual(['2026-03-08', null, '2026-09-03']);
  // Two measurements closest to one map: the later one shows.
  expect(alignToMaps([m('2026-02-20'), m('2026-03-05')], ['2026-03-01', '2026-09-01']).map((x) => x?.date ?? null)).toEqual(['2026-03-05', null]);
  // Only undated maps: the latest measurement beside the last one.
  expect(alignToMaps(list, [null]).map((x) => x?.date ?? null)).toEqual(['2026-09-03']);
  expect(alignToMaps(undefined, ['2026-03-01'])).toEqual([null]);
});

test('the measurement on or before a date (the pairing\'s start)', () => {
  const list = [m('2026-03-01'), m('2026-09-01')];
  expect(measurementOn(list, '2026-02-28')).toBeNull();
  expect(measurementOn(list, '2026-05-01')?.date).toBe('2026-03-01');
  expect(measurementOn(list, null)?.date).toBe('2026-09-01');
});
