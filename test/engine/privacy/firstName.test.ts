/** The first-name check after an erasure: cells listed for the user, never changed by Kring. */
import { FIRST_NAME_CHECK, firstNameOf, firstNameProblems } from '../../../src/engine/privacy/firstName';
import { RawSheet } from '../../../src/engine/workbook';

const sheet = (rows: (string | number | null)[][]): RawSheet => ({ name: 'Veiligheidssignalen', rows, firstRow: 1, firstColumn: 0 });
const who = { id: 'C001', name: 'Marloes S.' };

test('a first name is the first word of a name of two or more words, not an initial', () => {
  expect(firstNameOf('Marloes S.')).toBe('Marloes');
  expect(firstNameOf('Jan de Vries')).toBe('Jan');
  expect(firstNameOf('M. Smit')).toBeNull();
  expect(firstNameOf('Marloes')).toBeNull(); // one word: the full name, which erasure replaces already
  expect(firstNameOf('Al B.')).toBeNull(); // too short to tell from a word
});

test('cells with the first name as a capitalised word are listed with their address; a namesake\'s full name is not', () => {
  const rows = [
    ['Datum', 'Over cliënt-ID', 'Signaal'],
    [46000, 'C003', 'Kwam samen met Marloes naar de activiteit.'],
    [46001, 'C004', 'Marloes K. belde af.'],
    [46002, 'C005', 'marloes-achtige gevallen, Marloesje'],
    [46003, 'C006', 'Niets bijzonders'],
  ];
  const problems = firstNameProblems([sheet(rows)], who, ['Marloes K.', 'Sandra Jansen']);
  expect(problems).toEqual([{ severity: 'warning', sheet: 'Veiligheidssignalen', row: 2, column: 'Signaal', address: 'C2', message: FIRST_NAME_CHECK }]);
  expect(FIRST_NAME_CHECK.en).toContain('look at the cell');
});
