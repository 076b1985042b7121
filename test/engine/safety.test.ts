/** Safety, re-pairing and dates in the engine: what blocks, what flags, what goes on the agenda, what is refused. */
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { pairingsInScope } from '../../src/engine/evaluation/sheets';
import { intervisieAgenda } from '../../src/engine/intervisie/agenda';
import { readWorkbook } from '../../src/engine/read';
import { suggestPairs } from '../../src/engine/pairing/suggest';
import { buildFeatures } from '../../src/engine/pairing/features';
import { Cell } from '../../src/engine/workbook';
import { sheet } from './helpers';

const TODAY = '2026-12-01';

function workbook(extra: { concerns?: Cell[][]; pairings?: Cell[][]; settings?: Cell[][]; contacts?: Cell[][]; forms?: Cell[][] } = {}) {
  return [
    sheet('Cliënten', [
      ['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Hulpvraag', 'Interesses', 'Begeleider', 'Actief'],
      ['N1', 'Nina Eerst', 'A', 'netwerker', 2, null, 'koken', 'Sanne', 'ja'],
      ['N2', 'Noor Twee', 'A', 'netwerker', 2, null, 'wandelen', 'Sanne', 'ja'],
      ['C1', 'Cor Een', 'A', 'deelnemer', 0, 'gesprek', 'koken', 'Sanne', 'ja'],
      ['C2', 'Dien Twee', 'A', 'deelnemer', 0, 'gesprek', 'wandelen', 'Karim', 'ja'],
      ['C3', 'Els Drie', 'A', 'deelnemer', 0, 'gesprek', 'lezen', 'Karim', 'ja'],
    ]),
    sheet('Koppelingen', [['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde'], ...(extra.pairings ?? [])]),
    sheet('Veiligheidssignalen', [['Datum', 'Over cliënt-ID', 'Met cliënt-ID', 'Begeleider', 'Signaal', 'Bron', 'Status', 'Afgesproken actie', 'Afgehandeld op'], ...(extra.concerns ?? [])]),
    ...(extra.settings ? [sheet('Instellingen', [['Instelling', 'Waarde'], ...extra.settings])] : []),
    ...(extra.contacts ? [sheet('Contacten', [['Cliënt-ID', 'Contact', 'Sector', 'Peildatum'], ...extra.contacts])] : []),
    ...(extra.forms ? [sheet('Evaluatie 2026-11-20', extra.forms)] : []),
  ];
}

const read = (raw: ReturnType<typeof workbook>) => readWorkbook(raw, { today: TODAY });

test('an open concern about a netwerker blocks every new pairing for them, with its rule; a handled one only flags', () => {
  const open = read(workbook({ concerns: [['20-11-2026', 'N1', null, 'Sanne', 'Grenzen niet gerespecteerd', 'handmatig', 'open', null, null]] }));
  expect(open.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const result = suggestPairs(open.model, { explain: true });
  expect(result.suggestions.map((s) => s.networkerId)).not.toContain('N1');
  expect(result.blocked.filter((b) => b.networkerId === 'N1' && b.clientId !== 'N1').every((b) => b.rule === 'safety')).toBe(true);
  expect(result.unmatched.find((u) => u.clientId === 'N1')!.reason.nl).toContain('open veiligheidssignaal van 20-11-2026');

  const handled = read(workbook({ concerns: [['20-11-2026', 'N1', null, 'Sanne', 'Grenzen', 'handmatig', 'afgehandeld', 'gesprek', '25-11-2026']] }));
  const again = suggestPairs(handled.model);
  const n1 = again.suggestions.find((s) => s.networkerId === 'N1')!;
  expect(n1.safety.map((f) => f.nl)).toEqual(['eerder veiligheidssignaal over de netwerker, afgehandeld op 25-11-2026 (Veiligheidssignalen rij 2)']);
});

test('the setting "flag only" suggests the netwerker but says so on the suggestion', () => {
  const r = read(workbook({
    concerns: [['20-11-2026', 'N1', null, 'Sanne', 'Grenzen', 'handmatig', 'open', null, null]],
    settings: [['Open veiligheidssignaal blokkeert koppelen', 'nee']],
  }));
  expect(r.model.settings.safetyBlocks).toBe(false);
  const s = suggestPairs(r.model).suggestions.find((x) => x.networkerId === 'N1')!;
  expect(s.safety[0].nl).toContain('open veiligheidssignaal over de netwerker (gemeld 20-11-2026');
});

test('a client whose pairing ended with "nieuwe koppeling" goes first, and the Waarom? says why; a netwerker who stopped is never suggested', () => {
  const r = read(workbook({
    pairings: [
      ['N1', 'C1', '01-03-2026', '20-11-2026', 'beëindigd', 'nieuwe koppeling'],
      ['N2', 'C3', '01-03-2026', '20-11-2026', 'beëindigd', 'netwerker is gestopt'],
      ['N2', 'C2', '01-03-2026', null, 'actief', null],
    ],
  }));
  const result = suggestPairs(r.model);
  expect(result.suggestions.map((s) => s.networkerId)).not.toContain('N2');
  const c1 = result.suggestions.find((s) => s.clientId === 'C1');
  const c3 = result.suggestions.find((s) => s.clientId === 'C3');
  expect(c3!.parts.priority).toBe(1);
  expect(c3!.reasons.map((x) => x.nl)).toContain('voorrang: de vorige netwerker is gestopt (20-11-2026)');
  // C1 may not get N1 again (ended before), and N2 stopped: no netwerker left, but C1 is first in line.
  expect(c1).toBeUndefined();
  expect(buildFeatures(r.model).get('C1')!.repair!.nl).toBe('voorrang: de vorige koppeling is beëindigd met "nieuwe koppeling" (20-11-2026)');
  // The stopped netwerker's running pairing is on the next agenda.
  const agenda = intervisieAgenda(r.model, [], TODAY);
  expect(agenda.items.find((i) => i.flag === 'stopped' && i.clientId === 'C2')!.reason.nl).toContain('netwerker is gestopt');
});

test('a concern about a person (not a pairing) entered by hand opens the agenda of their begeleider, in full, until handled', () => {
  const raw = workbook({ concerns: [['03-11-2026', 'C3', null, null, "Buren horen 's nachts geschreeuw", 'handmatig', null, null, null]] });
  const agenda = intervisieAgenda(read(raw).model, [], TODAY);
  const item = agenda.items.find((i) => i.flag === 'concern')!;
  expect(item.supervisor).toBe('Karim');
  expect(item.reason.nl).toBe("over E.D. (C3) (gemeld 03-11-2026, 4 weken open; handmatig): “Buren horen 's nachts geschreeuw”");
  expect(item.reason.en).toContain('open for 4 weeks');
});

test('a "ja" on a form not yet processed is on the agenda too, and a heavy load is an item of its own', () => {
  const forms: Cell[][] = [
    ['Tussentijdse evaluatie', null],
    ['KRING-EVAL:N1>C1', null],
    ['Belasting netwerker (1 = licht, 5 = zwaar)', 5],
    ['Zorgen over veiligheid', 'ja'],
    ['Toelichting veiligheid', 'Cor leent geld van Nina'],
  ];
  const raw = workbook({ pairings: [['N1', 'C1', '01-03-2026', null, 'actief', null]], forms });
  const model = read(raw).model;
  const agenda = intervisieAgenda(model, readEvaluations(raw), TODAY);
  const concern = agenda.items.find((i) => i.flag === 'concern')!;
  expect(concern.reason.nl).toContain('“Cor leent geld van Nina”');
  expect(concern.reason.nl).toContain('nog niet verwerkt');
  expect(agenda.items.find((i) => i.flag === 'load')!.reason.nl).toBe('belasting netwerker 5 van 5 (zwaar, evaluatie 20-11-2026)');
});

test('dates that cannot be right: impossible is an error at the cell, a mistyped year a warning, a stray measurement date a warning naming its rows', () => {
  const contacts: Cell[][] = [];
  for (const c of ['C1', 'C2', 'C3', 'N1', 'N2']) for (let i = 0; i < 3; i++) contacts.push([c, `${c}-${i}`, 'Familie', '01-09-2026']);
  contacts.push(['C3', 'late', 'Familie', '15-09-2026']);
  const stray = read(workbook({ contacts }));
  const warning = stray.problems.find((p) => p.message.nl.includes('15-09-2026'))!;
  expect(warning).toMatchObject({ severity: 'warning', sheet: 'Contacten', row: 17 });
  expect(warning.message.nl).toContain('terwijl 5 cliënten 01-09-2026 hebben');

  const bad = read(workbook({ contacts: [['C1', 'A', 'Familie', '31-02-2026'], ['C1', 'B', 'Familie', '01-09-2062']] }));
  expect(bad.problems.find((p) => p.row === 2)).toMatchObject({ severity: 'error', column: 'Peildatum', address: 'D2' });
  expect(bad.problems.find((p) => p.row === 3)).toMatchObject({ severity: 'warning', column: 'Peildatum' });
  expect(bad.problems.find((p) => p.row === 3)!.message.nl).toContain('meer dan een jaar na vandaag');
});

test('no evaluation form for a pairing that starts after the evaluation date', () => {
  const r = read(workbook({ pairings: [['N1', 'C1', '01-03-2026', null, 'actief', null], ['N2', 'C2', '10-12-2026', null, 'actief', null]] }));
  expect(pairingsInScope(r.model, { date: TODAY }, new Set()).map((p) => p.clientId)).toEqual(['C1']);
});
