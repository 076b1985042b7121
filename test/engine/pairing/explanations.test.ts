/** Issue 23: the joint activity and the alternatives of a suggestion say only what is true. */
import { readWorkbook } from '../../../src/engine/read';
import { otherClientLabel } from '../../../src/engine/privacy/printout';
import { suggestPairs } from '../../../src/engine/pairing/suggest';
import { jointActivity } from '../../../src/engine/pairing/activity';
import { Activity, Client, KringModel, Rule } from '../../../src/engine/model';
import { normKey } from '../../../src/engine/read/normalize';
import { sampleSheets } from '../../../src/sample/generate';
import { RawSheet } from '../../../src/engine/workbook';

function sampleModel(): KringModel {
  const raw: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  return readWorkbook(raw, { today: '2026-11-23' }).model;
}

const at = (place: string | null, location: string | null) => !!place && !!location && normKey(place).includes(normKey(location));

describe('joint activity', () => {
  test.each<Rule>(['preferred', 'required', 'ignored'])('on the sample with location %s: on a day both are free, in a place one of them lives at', (rule) => {
    const model = sampleModel();
    model.settings.locationRule = rule;
    const byId = new Map(model.clients.map((c) => [c.id, c]));
    const result = suggestPairs(model);
    const named = result.suggestions.filter((s) => s.activity);
    expect(named.length).toBeGreaterThan(3);
    for (const s of result.suggestions) {
      if (!s.activity) continue;
      const a = model.activities.find((x) => x.name === s.activity)!;
      const n = byId.get(s.networkerId)!;
      const c = byId.get(s.clientId)!;
      if (a.days.length) expect(a.days.some((d) => n.availability.includes(d) && c.availability.includes(d))).toBe(true);
      if (rule !== 'ignored') expect(at(a.place, n.location) || at(a.place, c.location)).toBe(true);
    }
  });

  const person = (location: string, availability: Client['availability'], interests: string[]): Client =>
    ({ id: location, name: location, location, availability, interests } as unknown as Client);
  const painting: Activity = { name: 'Schilderatelier De Linde', place: 'De Linde', interests: ['schilderen'], days: ['di'], contact: null, origin: { sheet: 'Sociale kaart', row: 2 } } as unknown as Activity;

  test('none when the two are not both free on its day, or it is where neither lives', () => {
    const fatima = person('Het Baken', ['zo', 'di'], ['schilderen']);
    const sam = person('Het Baken', ['zo'], ['schilderen']);
    expect(jointActivity(fatima, sam, [painting], 'preferred')).toBeNull();
    const samTuesday = person('Het Baken', ['zo', 'di'], ['schilderen']);
    expect(jointActivity(fatima, samTuesday, [painting], 'preferred')).toBeNull();
    expect(jointActivity(fatima, samTuesday, [painting], 'ignored')).toBe(painting);
    const lindeClient = person('De Linde', ['di'], ['schilderen']);
    expect(jointActivity(fatima, lindeClient, [painting], 'preferred')).toBe(painting);
  });
});

describe('a higher-scoring alternative', () => {
  test('names whom that netwerker helps in the best overall plan', () => {
    const model = sampleModel();
    const result = suggestPairs(model);
    // Named as on the printout: another client's row shows initials and ID by default (privacy/printout.ts).
    const byId = new Map(model.clients.map((c) => [c.id, c]));
    const names = { get: (id: string) => otherClientLabel(byId.get(id), id, model.settings.privacy) };
    const planned = new Map<string, string[]>();
    for (const s of result.suggestions) planned.set(s.networkerId, [...(planned.get(s.networkerId) ?? []), s.clientId]);
    let seen = 0;
    for (const s of result.suggestions) {
      for (const a of s.alternatives) {
        const line = (lang: 'nl' | 'en') => s.reasons.map((r) => r[lang]).find((r) => r.startsWith(names.get(a.networkerId)));
        if (a.score <= s.score) {
          expect(line('nl')).toBeUndefined();
          continue;
        }
        seen++;
        const others = planned.get(a.networkerId)!;
        expect(others.length).toBeGreaterThan(0);
        for (const o of others) {
          expect(line('nl')).toContain(names.get(o));
          expect(line('en')).toContain(names.get(o));
        }
        expect(line('nl')).toMatch(/beste plan voor de hele groep/);
        expect(line('en')).toMatch(/best plan for the whole group/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
