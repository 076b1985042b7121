/** The pane's pure parts: strings, language, error messages, state changes, problem wording. */
import { en, nl, stringsFor, Strings } from '../../src/taskpane/strings';
import { uiLang } from '../../src/taskpane/lang';
import { errorKind, errorMessage } from '../../src/taskpane/errors';
import { decisionCounts, initialState, reducer } from '../../src/taskpane/state';
import { problemPlace } from '../../src/taskpane/format';
import { groupProblems, locationsOf } from '../../src/taskpane/summary';
import { DecideOutcome } from '../../src/taskpane/ops';
import { suggestPairs } from '../../src/engine/pairing/suggest';
import { HostError } from '../../src/testhost';
import { RunOutcome } from '../../src/engine/commands';
import { readWorkbook } from '../../src/engine/read';
import { Problem } from '../../src/engine/problems';

/** Every leaf of a strings object, as "path: value" (functions called with sample arguments). */
function leaves(obj: unknown, prefix = ''): [string, string][] {
  if (typeof obj === 'string') return [[prefix, obj]];
  if (typeof obj === 'function') return [[prefix, String((obj as (...a: unknown[]) => unknown)(2, 3))]];
  if (Array.isArray(obj)) return obj.flatMap((v, i) => leaves(v, `${prefix}[${i}]`));
  return Object.entries(obj as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('strings', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    const keys = (s: Strings) => leaves(s).map(([k]) => k);
    expect(keys(en)).toEqual(keys(nl));
    for (const [key, value] of [...leaves(nl), ...leaves(en)]) expect(`${key}: ${value.trim()}`).not.toMatch(/: $/);
  });

  it('uses the button names of the product', () => {
    expect(nl.welcome.createSheets).toBe('Maak invoerbladen');
    expect(nl.welcome.openSample).toBe('Open voorbeeld');
    expect(nl.check.button).toBe('Controleer werkmap');
    expect(stringsFor('en').check.button).toBe('Check workbook');
    expect(nl.nav).toMatchObject({ check: 'Controleren', pairing: 'Koppelen' });
    expect(nl.pairing.button).toBe('Maak koppelvoorstellen');
    expect(nl.pairing.process).toBe('Verwerk besluiten');
    expect(nl.pairing.allLocations).toBe('Alle locaties');
  });

  it('says what "Verwerk besluiten" did in words', () => {
    expect(nl.pairing.processed(1, 1, 'Koppelingen')).toBe('1 koppeling toegevoegd aan Koppelingen, 1 afgewezen koppeling onthouden.');
    expect(nl.pairing.processed(3, 0, 'Koppelingen')).toBe('3 koppelingen toegevoegd aan Koppelingen, 0 afgewezen koppelingen onthouden.');
    expect(en.pairing.processed(2, 1, 'Pairings')).toBe('2 pairings added to Pairings, 1 rejected pairing remembered.');
    expect(nl.pairing.summary(12, 1, 2)).toBe('12 voorstellen, 1 akkoord, 2 afgewezen.');
    expect(nl.pairing.acceptLabel('An', 'Bo')).toBe('Akkoord: An met Bo');
  });
});

describe('uiLang', () => {
  it('is English for English Office and Dutch otherwise', () => {
    expect(uiLang('en-US')).toBe('en');
    expect(uiLang('EN-gb')).toBe('en');
    expect(uiLang('nl-NL')).toBe('nl');
    expect(uiLang('de-DE')).toBe('nl');
    expect(uiLang(undefined)).toBe('nl');
  });
});

describe('error messages', () => {
  it('maps Office error codes to plain language and never shows the technical message', () => {
    expect(errorKind(new HostError('AccessDenied'))).toBe('protected');
    expect(errorKind({ code: 'InvalidOperationInCellEditMode' })).toBe('cellEditMode');
    expect(errorKind({ debugInfo: { code: 'ApiNotFound' } })).toBe('unsupported');
    expect(errorKind(new TypeError('x is undefined'))).toBe('generic');
    expect(errorKind(undefined)).toBe('generic');
    const text = errorMessage(new HostError('GeneralException'), nl);
    expect(text).toBe(nl.errors.generic);
    expect(text).not.toMatch(/internal error|GeneralException/);
  });
});

describe('pane state', () => {
  const outcome = (sheets: Parameters<typeof readWorkbook>[0]): RunOutcome => {
    const read = readWorkbook(sheets, { today: '2026-11-23' });
    return { command: 'check', lang: 'nl', problems: read.problems, sheets: [], skipped: [], read };
  };
  const empty = outcome([{ name: 'Blad1', rows: [], firstRow: 1, firstColumn: 0 }]);
  const withClients = outcome([
    {
      name: 'Cliënten',
      rows: [
        ['ID', 'Naam', 'Rol', 'Actief'],
        ['C1', 'An', 'netwerker', 'ja'],
        ['C2', 'Bo', 'beide', 'nee'],
        ['C3', null, 'deelnemer', null],
      ],
      firstRow: 1,
      firstColumn: 0,
    },
  ]);

  it('starts loading, then shows the welcome screen for a workbook without input sheets', () => {
    expect(initialState.busy?.op).toBe('loading');
    const s = reducer(initialState, { type: 'read', outcome: empty, list: false });
    expect(s.screen).toBe('welcome');
    expect(s.busy).toBeNull();
    expect(s.checked).toBeNull();
  });

  it('shows the workbook at a glance, and lists problems only after a check', () => {
    let s = reducer(initialState, { type: 'read', outcome: withClients, list: false });
    expect(s.screen).toBe('overview');
    expect(s.summary).toMatchObject({ clients: 3, networkers: 1, activePairings: 0, errors: 1 });
    expect(s.checked).toBeNull();
    s = reducer(reducer(s, { type: 'start', op: 'check' }), { type: 'read', outcome: withClients, list: true });
    expect(s.checked).toHaveLength(1);
    expect(s.checked![0]).toMatchObject({ sheet: 'Cliënten', row: 4, column: 'Naam', address: 'B4' });
  });

  it('keeps the engine step label while busy and clears it when done', () => {
    let s = reducer(initialState, { type: 'start', op: 'check' });
    s = reducer(s, { type: 'progress', step: 1, total: 2, label: { nl: 'Lezen', en: 'Reading' } });
    expect(s.busy).toEqual({ op: 'check', step: 1, total: 2, label: { nl: 'Lezen', en: 'Reading' } });
    expect(reducer(s, { type: 'done' }).busy).toBeNull();
  });

  it('shows an error when the first read fails and offers to try again (no guessing)', () => {
    const s = reducer(initialState, { type: 'failed', error: 'generic' });
    expect(s).toMatchObject({ screen: 'unknown', error: 'generic', busy: null });
    expect(reducer(s, { type: 'start', op: 'loading' }).error).toBeNull();
  });

  it('tells what "Maak invoerbladen" added', () => {
    const wrote = (sheets: string[]) =>
      reducer(initialState, { type: 'wrote', op: 'createInputSheets', outcome: { command: 'template', lang: 'nl', problems: [], sheets, skipped: [] } }).notice;
    expect(wrote(['Cliënten', 'Instellingen'])).toEqual({ kind: 'created', count: 2 });
    expect(wrote([])).toEqual({ kind: 'nothingCreated' });
  });
});

describe('pane state: Koppelen', () => {
  const sheets: Parameters<typeof readWorkbook>[0] = [
    {
      name: 'Cliënten',
      rows: [
        ['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Actief'],
        ['N1', 'Nora', 'Noord', 'netwerker', 2, 'koken', null, 'ja'],
        ['C1', 'Cas', 'Noord', 'deelnemer', null, 'koken', 'koken', 'ja'],
        ['C2', 'Dirk', 'noord ', 'deelnemer', null, 'film', 'film', 'ja'],
        ['C3', 'Eva', 'Zuid', 'deelnemer', null, null, null, 'ja'],
      ],
      firstRow: 1,
      firstColumn: 0,
    },
  ];
  const read = readWorkbook(sheets, { today: '2026-11-23' });
  const suggest = suggestPairs(read.model);
  const outcome: RunOutcome = {
    command: 'suggest',
    lang: 'nl',
    problems: [
      { severity: 'warning', sheet: 'Koppelvoorstellen', row: 3, column: 'Besluit', message: { nl: 'x', en: 'x' } },
      { severity: 'warning', sheet: 'Cliënten', row: 3, column: 'Naam', message: { nl: 'y', en: 'y' } },
    ],
    sheets: ['Koppelvoorstellen', 'Kandidaat-netwerkers', 'Locatie-overzicht'],
    skipped: [],
    read,
    suggest,
    typedDecisions: [{ networkerId: 'n1', clientId: 'c1', decision: 'rejected' }],
  };

  it('lists each location once, sorted', () => {
    expect(locationsOf(read.model.clients)).toEqual(['Noord', 'Zuid']);
    expect(locationsOf([{ location: 'Zuid' }, { location: null }, { location: ' ' }, { location: 'Het Baken' }])).toEqual(['Het Baken', 'Zuid']);
  });

  it('shows the suggestions with names, the decisions standing in the sheet, and only the warnings about Koppelvoorstellen', () => {
    expect(suggest.suggestions.length).toBeGreaterThan(0);
    let s = reducer(initialState, { type: 'view', view: 'pairing' });
    expect(s.view).toBe('pairing');
    s = reducer(reducer(s, { type: 'start', op: 'suggest' }), { type: 'suggested', outcome, location: null });
    const round = s.pairing!;
    expect(round.blocked).toBe(false);
    expect(round.round).toBe(1);
    expect(round.suggestions.map((x) => [x.networkerName, x.clientName])).toEqual(suggest.suggestions.map((x) => [x.networkerId === 'N1' ? 'Nora' : x.networkerId, { C1: 'Cas', C2: 'Dirk', C3: 'Eva' }[x.clientId]]));
    expect(round.problems.map((p) => p.sheet)).toEqual(['Koppelvoorstellen']);
    // Decisions are keyed ignoring case, as the engine reads them.
    const c1 = round.suggestions.find((x) => x.clientId === 'C1')!;
    expect(s.decisions[c1.key]).toBe('rejected');
    expect(decisionCounts(s)).toMatchObject({ rejected: 1 });
    expect(round.unmatched.map((u) => u.clientName)).toContain('Eva');
  });

  it('marks a decision as saving until the sheet has it, and keeps it when the write fails', () => {
    let s = reducer(initialState, { type: 'suggested', outcome, location: null });
    const key = s.pairing!.suggestions[0].key;
    s = reducer(s, { type: 'decisionSaving', key });
    expect(s.saving[key]).toBe(true);
    s = reducer(s, { type: 'decisionSaved', key, decision: 'accepted' });
    expect(s.saving[key]).toBeUndefined();
    expect(s.decisions[key]).toBe('accepted');
    s = reducer(reducer(s, { type: 'decisionSaving', key }), { type: 'decisionFailed', key, problems: [], error: 'protected' });
    expect(s).toMatchObject({ error: 'protected', saving: {} });
    expect(s.decisions[key]).toBe('accepted');
  });

  it('a round stopped by errors lists every problem and keeps the decisions', () => {
    let s = reducer(initialState, { type: 'suggested', outcome, location: null });
    const decisions = s.decisions;
    const error: Problem = { severity: 'error', sheet: 'Cliënten', row: 2, column: 'Naam', message: { nl: 'z', en: 'z' } };
    s = reducer(s, { type: 'suggested', outcome: { ...outcome, problems: [error, ...outcome.problems], suggest: undefined, sheets: [] }, location: null });
    expect(s.pairing).toMatchObject({ blocked: true, round: 2, suggestions: [] });
    expect(s.pairing!.problems).toHaveLength(3);
    expect(s.decisions).toBe(decisions);
  });

  it('tells what "Verwerk besluiten" changed, with the warnings about decisions only', () => {
    const decided: DecideOutcome = {
      command: 'decide',
      lang: 'nl',
      problems: [
        { severity: 'warning', sheet: 'Koppelvoorstellen', row: 4, column: null, message: { nl: 'vol', en: 'full' } },
        { severity: 'warning', sheet: 'Cliënten', row: 3, column: 'Naam', message: { nl: 'y', en: 'y' } },
      ],
      sheets: ['Koppelingen', 'Kring afwijzingen'],
      skipped: [],
      decisions: { accepted: 2, rejected: 1, open: 3 },
      added: 1,
      remembered: 1,
      register: 'Koppelingen',
      ended: [],
    };
    let s = reducer(initialState, { type: 'start', op: 'processDecisions' });
    s = reducer(s, { type: 'processed', outcome: decided });
    expect(s.processed).toMatchObject({ added: 1, remembered: 1, register: 'Koppelingen', blocked: [] });
    expect(s.processed!.warnings.map((p) => p.message.nl)).toEqual(['vol']);
    // The next round starts without the old message.
    expect(reducer(s, { type: 'start', op: 'suggest' }).processed).toBeNull();
  });
});

describe('problem wording', () => {
  const p = (over: Partial<Problem>): Problem => ({ severity: 'error', sheet: 'Cliënten', row: 7, column: 'Naam', message: { nl: 'x', en: 'x' }, ...over });

  it('says sheet, row and column in the UI language', () => {
    expect(problemPlace(p({}), nl)).toBe('Cliënten, rij 7, kolom Naam');
    expect(problemPlace(p({}), en)).toBe('Cliënten, row 7, column Naam');
    expect(problemPlace(p({ row: null, column: null }), nl)).toBe('Cliënten, hele blad');
  });

  it('groups errors and warnings', () => {
    const groups = groupProblems([p({}), p({ severity: 'warning' }), p({ row: 8 })]);
    expect(groups.errors.map((x) => x.row)).toEqual([7, 8]);
    expect(groups.warnings).toHaveLength(1);
  });
});

describe('dates, evaluations due, cancel (pure)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseTypedDate, showDate } = require('../../src/taskpane/dates') as typeof import('../../src/taskpane/dates');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluationsDue } = require('../../src/taskpane/summary') as typeof import('../../src/taskpane/summary');

  it('reads dates the Dutch way and shows them per language', () => {
    expect(parseTypedDate('31-12-2026')).toBe('2026-12-31');
    expect(parseTypedDate('1/2/26')).toBe('2026-02-01');
    expect(parseTypedDate('2026-12-31')).toBe('2026-12-31');
    expect(parseTypedDate('3 mrt 2026')).toBe('2026-03-03');
    expect(parseTypedDate('31-02-2026')).toBeNull();
    expect(parseTypedDate('morgen')).toBeNull();
    expect(showDate('2026-03-03', 'nl')).toBe('03-03-2026');
    expect(showDate('2026-03-03', 'en')).toBe('3 Mar 2026');
  });

  it('an active pairing is due without a filled-in evaluation in the last evaluationOverdueWeeks weeks', () => {
    const model = readWorkbook([]).model;
    model.settings.evaluationOverdueWeeks = 12;
    const origin = { sheet: 'Koppelingen', row: 2 };
    model.pairings = [
      { networkerId: 'N1', clientId: 'C1', start: '2026-01-01', end: null, status: 'active', endReason: null, origin },
      { networkerId: 'N2', clientId: 'C2', start: '2026-05-01', end: null, status: 'active', endReason: null, origin },
      { networkerId: 'N3', clientId: 'C3', start: '2025-01-01', end: null, status: 'ended', endReason: null, origin },
    ];
    const answer = (date: string, raw: Record<string, string>) =>
      ({ networkerId: 'N1', clientId: 'C1', date, sheet: `Evaluatie ${date}`, row: 3, raw, klik: null, motivation: null, load: null, safety: null, decision: null, endReason: null, nextDate: null, frequency: null }) as never;
    expect(evaluationsDue(model, [], '2026-06-01')).toEqual([{ networkerId: 'N1', clientId: 'C1' }]);
    // An empty form is not an evaluation yet; a filled-in one is.
    expect(evaluationsDue(model, [answer('2026-05-15', {})], '2026-06-01')).toHaveLength(1);
    expect(evaluationsDue(model, [answer('2026-05-15', { klik: '4' })], '2026-06-01')).toEqual([]);
  });

  it('Cancel: only while the operation can be cancelled; then a notice that nothing was written', () => {
    let s = reducer(initialState, { type: 'start', op: 'evaluate', cancellable: true });
    expect(s.busy).toMatchObject({ op: 'evaluate', cancellable: true });
    s = reducer(s, { type: 'cancelRequested' });
    expect(s.busy?.cancelling).toBe(true);
    s = reducer(s, { type: 'cancelled' });
    expect(s.busy).toBeNull();
    expect(s.notice).toEqual({ kind: 'cancelled' });
    expect(stringsFor('nl').cancelled).toBe('Geannuleerd; er is niets geschreven.');
    // Not cancellable: the request changes nothing.
    const loading = reducer(initialState, { type: 'cancelRequested' });
    expect(loading.busy).toEqual(initialState.busy);
    // A new operation clears the cancelled notice.
    expect(reducer(s, { type: 'start', op: 'suggest' }).notice).toBeNull();
  });
});
