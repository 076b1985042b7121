import { parseBirthYear, parseBoolean, parseDate, parseDays, parseId, parseInteger, parseList, serialToIso, isoToSerial, cellError } from '../../src/engine/read/cells';
import { normKey } from '../../src/engine/read/normalize';

const value = <T>(p: { ok: boolean; value?: T }) => (p.ok ? p.value : 'FAIL');

describe('cell parsing', () => {
  test('normalised keys ignore case, accents, spaces and punctuation', () => {
    expect(normKey('Cliënt-ID')).toBe('clientid');
    expect(normKey(" Hobby's ")).toBe('hobbys');
    expect(normKey('Sociale  kaart')).toBe(normKey('socialekaart'));
  });

  test('dates: serials, ISO, Dutch day-first text, month names', () => {
    expect(value(parseDate(46056))).toBe('2026-02-03');
    expect(value(parseDate('2026-02-03'))).toBe('2026-02-03');
    expect(value(parseDate('3-2-2026'))).toBe('2026-02-03');
    expect(value(parseDate('03/02/2026'))).toBe('2026-02-03');
    expect(value(parseDate('3.2.26'))).toBe('2026-02-03');
    expect(value(parseDate('3 februari 2026'))).toBe('2026-02-03');
    expect(value(parseDate('3 feb. 2026'))).toBe('2026-02-03');
    expect(value(parseDate('2026-02-03T00:00:00'))).toBe('2026-02-03');
    expect(value(parseDate(null))).toBeNull();
    expect(value(parseDate('31-2-2026'))).toBe('FAIL');
    expect(value(parseDate('morgen'))).toBe('FAIL');
    expect(value(parseDate(true))).toBe('FAIL');
    expect(isoToSerial(serialToIso(45000))).toBe(45000);
  });

  test('birth year from a year or a date', () => {
    expect(value(parseBirthYear(1980, 2026))).toBe(1980);
    expect(value(parseBirthYear('1980', 2026))).toBe(1980);
    expect(value(parseBirthYear('12-5-1980', 2026))).toBe(1980);
    expect(value(parseBirthYear(isoToSerial('1980-05-12'), 2026))).toBe(1980);
    expect(value(parseBirthYear(2030, 2026))).toBe('FAIL');
  });

  test('ja/nee in Dutch, English, numbers and booleans', () => {
    for (const yes of ['ja', 'Ja ', 'yes', 'TRUE', 1, true, 'waar']) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['nee', 'NO', 'false', 0, false, 'onwaar']) expect(value(parseBoolean(no))).toBe(false);
    expect(value(parseBoolean(''))).toBeNull();
    expect(value(parseBoolean('misschien'))).toBe('FAIL');
  });

  test('integers with range, number words', () => {
    expect(value(parseInteger(3, 1, 5))).toBe(3);
    expect(value(parseInteger('4', 1, 5))).toBe(4);
    expect(value(parseInteger('vier', 1, 5))).toBe(4);
    expect(value(parseInteger(6, 1, 5))).toBe('FAIL');
    expect(value(parseInteger(2.5, 1, 5))).toBe('FAIL');
    expect(value(parseInteger('#', 1, 5))).toBe('FAIL');
  });

  test('lists split on ; , / and line breaks, without duplicates', () => {
    expect(parseList('koken; wandelen, muziek/tuinieren\nlezen; Koken')).toEqual(['koken', 'wandelen', 'muziek', 'tuinieren', 'lezen']);
    expect(parseList(null)).toEqual([]);
  });

  test('days in Dutch and English, abbreviations, ranges and groups', () => {
    expect(parseDays('ma di wo').days).toEqual(['ma', 'di', 'wo']);
    expect(parseDays('maandag; Woensdag').days).toEqual(['ma', 'wo']);
    expect(parseDays('Mon, Fri, sunday').days).toEqual(['ma', 'vr', 'zo']);
    expect(parseDays('ma-vr').days).toEqual(['ma', 'di', 'wo', 'do', 'vr']);
    expect(parseDays('weekend').days).toEqual(['za', 'zo']);
    expect(parseDays('ma; soms').unknown).toEqual(['soms']);
  });

  test('IDs keep leading zeros; errors are recognised', () => {
    expect(parseId('00123')).toBe('00123');
    expect(parseId(123)).toBe('123');
    expect(cellError('#N/A')).toBe('#N/A');
    expect(cellError('#REF!')).toBe('#REF!');
    expect(cellError('N/A')).toBeNull();
  });
});
