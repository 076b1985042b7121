/** Consent to pairing (Toestemming koppelen) and privacy by default, on the sample's data. */
import { readWorkbook } from '../../../src/engine/read';
import { suggestPairs } from '../../../src/engine/pairing/suggest';
import { suggestionsSheet } from '../../../src/engine/pairing/sheets';
import { parseConsent } from '../../../src/engine/privacy/consent';
import { relabel } from '../../../src/engine/privacy/printout';
import { clientLabel } from '../../../src/engine/sheets/labels';
import { defaultSettings } from '../../../src/engine/settings';
import { settingsSheetSpec, templateSheets } from '../../../src/engine/template';
import { KringModel, Privacy } from '../../../src/engine/model';
import { sampleSheets } from '../../../src/sample/generate';
import { Cell, RawSheet } from '../../../src/engine/workbook';

const TODAY = '2026-11-23';
const CONSENT = 'Toestemming koppelen';

/** The sample as raw sheets, with Cliënten's consent cells changed (or the column removed). */
function sample(consent: Record<string, Cell> = {}, dropColumn = false): RawSheet[] {
  return sampleSheets().map((s) => {
    let header: Cell[] = s.columns.map((c) => c.header);
    let rows = s.rows.map((r) => [...r]);
    if (s.name === 'Cliënten') {
      const at = header.indexOf(CONSENT);
      for (const r of rows) if (String(r[0]) in consent) r[at] = consent[String(r[0])];
      if (dropColumn) {
        header = header.filter((_, i) => i !== at);
        rows = rows.map((r) => r.filter((_, i) => i !== at));
      }
    }
    return { name: s.name, rows: [header, ...rows], firstRow: 1, firstColumn: 0 };
  });
}
const modelOf = (raw: RawSheet[]): KringModel => readWorkbook(raw, { today: TODAY }).model;

describe('consent to pairing', () => {
  test('the words: ja / nee / onbekend in both languages; empty is unknown; anything else is a problem', () => {
    expect(['ja', 'Yes', 'JA', true].map((c) => parseConsent(c))).toEqual(Array(4).fill({ ok: true, value: 'yes' }));
    expect(['nee', 'No', 'ingetrokken', false].map((c) => parseConsent(c))).toEqual(Array(4).fill({ ok: true, value: 'no' }));
    expect(['onbekend', 'unknown', '', null].map((c) => parseConsent(c))).toEqual(Array(4).fill({ ok: true, value: 'unknown' }));
    expect(parseConsent('misschien').ok).toBe(false);
    const { problems } = readWorkbook(sample({ C005: 'misschien' }), { today: TODAY });
    expect(problems.find((p) => p.column === CONSENT)).toMatchObject({ severity: 'error', sheet: 'Cliënten', message: { nl: expect.stringContaining('ja, nee of onbekend'), en: expect.stringContaining('yes, no or unknown') } });
  });

  test("a client with 'nee' is not suggested, and the suggestions say why", () => {
    const base = suggestPairs(modelOf(sample()));
    const client = base.suggestions[0].clientId;
    const result = suggestPairs(modelOf(sample({ [client]: 'nee' })));
    expect(result.suggestions.some((s) => s.clientId === client)).toBe(false);
    const unmatched = result.unmatched.find((u) => u.clientId === client)!;
    expect(unmatched.reason.nl).toMatch(/geen toestemming om te koppelen/);
    expect(unmatched.reason.en).toMatch(/no consent to be paired/);
  });

  test("a netwerker with 'nee' is offered to nobody, not even as an alternative, and is named with why", () => {
    const base = suggestPairs(modelOf(sample()));
    const networker = base.suggestions[0].networkerId;
    const result = suggestPairs(modelOf(sample({ [networker]: 'nee' })));
    expect(result.suggestions.some((s) => s.networkerId === networker || s.alternatives.some((a) => a.networkerId === networker))).toBe(false);
    expect(result.unmatched.find((u) => u.clientId === networker)?.reason.nl).toMatch(/netwerker wordt niet voorgesteld: geen toestemming/);
  });

  test("'onbekend' (or an empty cell) is suggested with a note to ask first; without the column nothing changes", () => {
    const base = suggestPairs(modelOf(sample()));
    const { clientId } = base.suggestions[0];
    for (const value of ['onbekend', null]) {
      const s = suggestPairs(modelOf(sample({ [clientId]: value }))).suggestions.find((x) => x.clientId === clientId)!;
      expect(s.reasons[0].nl).toBe(`toestemming koppelen van ${clientId} is onbekend: vraag het vóór akkoord`);
      expect(s.reasons[0].en).toBe(`consent to pairing of ${clientId} is unknown: ask before accepting`);
    }
    // An older workbook without the column: the same suggestions, scores and reasons as with everyone 'ja'.
    const without = suggestPairs(modelOf(sample({}, true)));
    expect(modelOf(sample({}, true)).clients.every((c) => c.consent === undefined)).toBe(true);
    const everyoneYes = suggestPairs(modelOf(sample(Object.fromEntries(modelOf(sample()).clients.map((c) => [c.id, 'ja'])))));
    expect(without.suggestions.map((s) => [s.networkerId, s.clientId, s.score, s.reasons.length])).toEqual(everyoneYes.suggestions.map((s) => [s.networkerId, s.clientId, s.score, s.reasons.length]));
  });
});

describe('privacy on Koppelvoorstellen', () => {
  const fullNames = (model: KringModel) => model.clients.map((c) => c.name).filter((n) => /\S+\s+\S{2,}/.test(n));
  const sheetText = (model: KringModel) => {
    const result = suggestPairs(model);
    return JSON.stringify(suggestionsSheet(model, result.suggestions, result.unmatched, new Map(), 'nl'));
  };

  test.each<Privacy>(['initials', 'ids'])('with %s no client name is on the sheet', (privacy) => {
    const model = modelOf(sample());
    model.settings.privacy = privacy;
    const text = sheetText(model);
    expect(fullNames(model).length).toBeGreaterThan(10);
    expect(fullNames(model).filter((n) => text.includes(n))).toEqual([]);
  });

  test('with names, a client without consent appears on other clients’ rows by initials, with consent by name', () => {
    const model = modelOf(sample());
    model.settings.privacy = 'names';
    const result = suggestPairs(model);
    const alternative = result.suggestions.flatMap((s) => s.alternatives)[0];
    const person = model.clients.find((c) => c.id === alternative.networkerId)!;
    expect(person.consent).toBe('yes');
    // "Name (ID)" is how an alternative or another client of the plan is written; their own row has the name alone.
    const asOther = `${person.name} (${person.id})`;
    expect(sheetText(model)).toContain(asOther);
    person.consent = 'unknown';
    expect(sheetText(model)).not.toContain(asOther);
    expect(sheetText(model)).toMatch(new RegExp(`\\(${person.id}\\) \\d`));
  });

  test('new workbooks default to initials: the default settings and the template Instellingen', () => {
    expect(defaultSettings().privacy).toBe('initials');
    const rows = settingsSheetSpec(defaultSettings(), 'nl').rows;
    expect(rows.find((r) => r[0] === 'Privacy op afdrukken')?.[1]).toBe('initialen');
    const en = templateSheets('en').find((s) => s.name === 'Settings')!;
    expect(en.rows.find((r) => r[0] === 'Privacy on printouts')?.[1]).toBe('initialen');
    const clients = templateSheets('en').find((s) => s.name === 'Clients')!;
    expect(clients.columns.find((c) => c.header === 'Consent to pairing')?.list).toEqual(['yes', 'no', 'unknown']);
  });
});

describe('contacts by initials only', () => {
  test('a workbook whose contacts are all initials reads without errors and keeps every contact', () => {
    const raw = sample().map((s) => {
      if (s.name !== 'Contacten') return s;
      const [header, ...rows] = s.rows;
      const name = header.indexOf('Contact');
      const knows = header.indexOf('Kent');
      // Initials made unique per client with a number, as a begeleider would write "J.D. 2".
      const short = (text: string) => text.split(/\s+/).map((w) => `${w[0]}.`).join('') + ` ${text.length}`;
      return {
        ...s,
        rows: [header, ...rows.map((r) => r.map((c, i) => (i === name && c ? short(String(c)) : i === knows && c ? String(c).split(/;\s*/).map(short).join('; ') : c)))],
      };
    });
    const base = readWorkbook(sample(), { today: TODAY });
    const read = readWorkbook(raw, { today: TODAY });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const fresh = read.problems.filter((p) => !base.problems.some((b) => b.sheet === p.sheet && b.row === p.row && b.column === p.column));
    expect(fresh.every((p) => /staat al op deze netwerkkaart/.test(p.message.nl))).toBe(true);
    expect(read.model.contacts.length).toBeGreaterThan(100);
    expect(read.model.contacts.length).toBe(base.model.contacts.length);
    expect(read.model.contacts.every((c) => !/\s\S{2,}\s/.test(c.name))).toBe(true);
  });
});

describe('labels carried from an earlier printout', () => {
  test('an open action carried from an agenda printed with names shows the person as the setting says now', () => {
    const model = modelOf(sample());
    const c = model.clients.find((x) => /\S+\s+\S{2,}/.test(x.name))!;
    for (const earlier of [c.name, c.id, `${c.name} (${c.id})`]) {
      expect(relabel(earlier, model.clients, 'initials')).toBe(clientLabel(c, c.id, 'initials'));
      expect(relabel(earlier, model.clients, 'ids')).toBe(c.id);
    }
    expect(relabel('iemand anders', model.clients, 'initials')).toBe('iemand anders');
  });
});

test('the sample has every consent value; its client with nee is told why in the suggestions', () => {
  const model = modelOf(sample());
  expect(new Set(model.clients.map((c) => c.consent))).toEqual(new Set(['yes', 'no', 'unknown']));
  const result = suggestPairs(model);
  const refused = model.clients.filter((c) => c.consent === 'no' && c.active);
  expect(refused.length).toBeGreaterThan(0);
  for (const c of refused) expect(result.unmatched.find((u) => u.clientId === c.id)?.reason.nl).toMatch(/geen toestemming/);
  const open = model.clients.find((c) => c.consent === 'unknown')!;
  expect(result.suggestions.find((s) => s.clientId === open.id)?.reasons[0].nl).toMatch(/vraag het vóór akkoord/);
});
