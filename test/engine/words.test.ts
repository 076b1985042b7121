/** Words users know: Dutch decimals, day words in the sentence's language, no "Jaccard", no header twice. */
import { formatNumber } from '../../src/engine/dates';
import { runMaps, runSuggest } from '../../src/engine/commands';
import { recordingGateway as gateway } from './recordingGateway';

test('numbers in Dutch text have a decimal comma', () => {
  expect(formatNumber(67.34, 'nl')).toBe('67,3');
  expect(formatNumber(67.34, 'en')).toBe('67.3');
  expect(formatNumber(0.0381, 'nl', 4)).toBe('0,0381');
});

test('Koppelvoorstellen: alternatives with comma decimals; English reasons name days in English', async () => {
  const g = gateway();
  const outcome = await runSuggest(g.gateway, { today: '2026-11-23' });
  const sheet = g.written.find((s) => s.name === 'Koppelvoorstellen')!;
  const text = JSON.stringify(sheet.rows);
  expect(text).not.toMatch(/\) \d+\.\d/);
  const reasons = outcome.suggest!.suggestions.flatMap((s) => s.reasons.map((r) => r.en)).filter((r) => r.startsWith('both available on'));
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) expect(r).not.toMatch(/\b(ma|di|wo|do|vr|za|zo)\b/);
});

test('Netwerkoverzicht: no "Jaccard", no header twice', async () => {
  const g = gateway();
  await runMaps(g.gateway, { clients: [], date: null, today: '2026-11-23' } as never);
  const overview = g.written.find((s) => s.name === 'Netwerkoverzicht')!;
  const headers = overview.columns.map((c) => c.header);
  expect(headers).not.toContain('Jaccard');
  expect(new Set(headers).size).toBe(headers.length);
});
