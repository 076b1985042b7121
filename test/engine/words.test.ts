/** Words users know: Dutch decimals, day words in the sentence's language, no "Jaccard", no header twice. */
import { formatNumber } from '../../src/engine/dates';
import { runAll, runMaps, runSuggest } from '../../src/engine/commands';
import { counted } from '../../src/engine/i18n';
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

describe('singular and plural (issue 23)', () => {
  test('counted: one and many in both languages', () => {
    const month = [{ nl: 'maand', en: 'month' }, { nl: 'maanden', en: 'months' }] as const;
    expect(counted(1, ...month)).toEqual({ nl: '1 maand', en: '1 month' });
    expect(counted(0, ...month)).toEqual({ nl: '0 maanden', en: '0 months' });
    expect(counted(2, ...month)).toEqual({ nl: '2 maanden', en: '2 months' });
  });

  test.each<['nl' | 'en']>([['nl'], ['en']])('no "1 maanden", "1 contacten" or "(en)" on any sheet kring all writes (%s)', async (lang) => {
    const g = gateway();
    await runAll(g.gateway, { lang, today: '2026-11-23', date: '2026-11-23' } as never);
    expect(g.written.length).toBeGreaterThan(5);
    const cells = g.written.flatMap((s) => [...s.rows.flat(), ...(s.blocks ?? []).flatMap((b) => b.rows.flat())]).filter((c): c is string => typeof c === 'string');
    for (const text of cells) {
      expect(text).not.toMatch(/(^|[^\d,.])1 (maanden|weken|contacten|koppelingen|fouten|waarschuwingen|months|weeks|contacts|pairings|errors|warnings)\b/);
      expect(text).not.toMatch(/[a-z]\((en|s)\)/);
    }
  });
});
