/** The pane's pure parts: strings, language, error messages, state changes, problem wording. */
import { en, nl, stringsFor, Strings } from '../../src/taskpane/strings';
import { uiLang } from '../../src/taskpane/lang';
import { errorKind, errorMessage } from '../../src/taskpane/errors';
import { initialState, reducer } from '../../src/taskpane/state';
import { problemPlace } from '../../src/taskpane/format';
import { groupProblems } from '../../src/taskpane/summary';
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
