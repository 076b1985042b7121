/** Parsing of single cell values as they arrive from either gateway. Pure; no problems recorded here. */
import { Bilingual } from '../i18n';
import { Day, DAYS } from '../model';
import { Cell } from '../workbook';
import { cleanText, normKey, shorten } from './normalize';

export type Parsed<T> = { ok: true; value: T } | { ok: false; why: Bilingual };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (nl: string, en: string): Parsed<never> => ({ ok: false, why: { nl, en } });

const ERROR_VALUES = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!',
  '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/** The Excel error value in a cell ("#N/A"), or null. */
export function cellError(cell: Cell): string | null {
  return typeof cell === 'string' && ERROR_VALUES.has(cell.trim().toUpperCase()) ? cell.trim().toUpperCase() : null;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cleanText(cell) === '');
}

/** Cell as text: numbers without a trailing ".0", booleans as ja/nee. Null for blank. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  const text = cleanText(cell);
  return text === '' ? null : text;
}

/** A cell's value for quoting in a message: as text, cut short when long. */
export function shown(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? cleanText(cell) : cellText(cell as Cell) ?? String(cell);
  return shorten(text);
}

/** A list in one cell, separated by ; , / or line breaks. */
export function parseList(cell: Cell): string[] {
  const text = cellText(cell);
  if (!text) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[;,/\n\r]+/)) {
    const item = cleanText(part);
    if (item && !seen.has(normKey(item))) {
      seen.add(normKey(item));
      out.push(item);
    }
  }
  return out;
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', '1', 'true', 'waar', 'x', 'actief', 'active']);
const FALSE_WORDS = new Set(['nee', 'n', 'no', '0', 'false', 'onwaar', 'inactief', 'inactive']);

export function parseBoolean(cell: Cell): Parsed<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
  }
  const key = normKey(String(cell));
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(`"${shown(cell)}" is geen ja of nee. Vul ja of nee in.`, `"${shown(cell)}" is not yes or no. Enter yes or no.`);
}

const NUMBER_WORDS: Record<string, number> = {
  nul: 0, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** A whole number within [min, max]. */
export function parseInteger(cell: Cell, min: number, max: number): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  let n: number | undefined;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    const text = cleanText(cell);
    if (/^[+-]?\d+([.,]0+)?$/.test(text)) n = Number(text.replace(',', '.'));
    else n = NUMBER_WORDS[normKey(text)];
  }
  if (n === undefined || !Number.isInteger(n)) {
    return fail(`"${shown(cell)}" is geen heel getal. Vul een getal van ${min} tot en met ${max} in.`, `"${shown(cell)}" is not a whole number. Enter a number from ${min} to ${max}.`);
  }
  if (n < min || n > max) {
    return fail(`${n} ligt buiten het bereik ${min}–${max}. Vul een getal van ${min} tot en met ${max} in.`, `${n} is outside the range ${min}–${max}. Enter a number from ${min} to ${max}.`);
  }
  return ok(n);
}

/** Excel serial date number → ISO date (Excel's 1900 leap-year bug included). */
export function serialToIso(serial: number): string {
  const days = Math.floor(serial);
  const ms = Date.UTC(1899, 11, 30) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO date → Excel serial date number. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, maa: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

function fullYear(y: number, digits: number): number {
  return digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

/** A date from a serial number or text (2026-02-03, 3-2-2026, 3/2/2026, 3.2.26, 3 februari 2026). */
export function parseDate(cell: Cell): Parsed<string | null> {
  if (isBlank(cell)) return ok(null);
  const bad = fail(
    `"${shown(cell)}" is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 3-2-2026.`,
    `"${shown(cell)}" is not a valid date. Write the date as dd-mm-yyyy, for example 3-2-2026.`,
  );
  if (typeof cell === 'number') {
    return cell >= 1 && cell < 2958466 ? ok(serialToIso(cell)) : bad;
  }
  if (typeof cell !== 'string') return bad;
  const text = cleanText(cell).toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(text);
  if (m) return wrap(isoOf(+m[1], +m[2], +m[3]), bad);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return wrap(isoOf(+m[1], +m[2], +m[3]), bad);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return wrap(isoOf(fullYear(+m[3], m[3].length), +m[2], +m[1]), bad);
  m = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.-]+(\d{2}|\d{4})$/.exec(text);
  if (m && MONTHS[m[2]]) return wrap(isoOf(fullYear(+m[3], m[3].length), MONTHS[m[2]], +m[1]), bad);
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (m && MONTHS[m[1]]) return wrap(isoOf(+m[3], MONTHS[m[1]], +m[2]), bad);
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return bad;
}

function wrap(iso: string | null, bad: Parsed<never>): Parsed<string | null> {
  return iso ? ok(iso) : bad;
}

/** A birth year from a year number, a serial date or a text date. A small number is an age, not a year. */
export function parseBirthYear(cell: Cell, currentYear: number): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const digits = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\d+$/.test(cleanText(cell)) ? Number(cleanText(cell)) : null;
  if (digits !== null && digits >= 0 && digits < 1000) {
    return fail(
      `${shown(cell)} lijkt een leeftijd, geen geboortejaar. Vul het geboortejaar (zoals 1980) of de geboortedatum in.`,
      `${shown(cell)} looks like an age, not a birth year. Enter the year of birth (such as 1980) or the date of birth.`,
    );
  }
  let year: number | null = null;
  // Four-digit numbers are years (also impossible ones); larger numbers are serial dates.
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) year = cell;
  else if (typeof cell === 'string' && /^\d{4}$/.test(cleanText(cell))) year = Number(cleanText(cell));
  else {
    const date = parseDate(cell);
    if (date.ok && date.value) year = Number(date.value.slice(0, 4));
  }
  if (year === null || year < 1900 || year > currentYear) {
    return fail(
      `"${shown(cell)}" is geen geldig geboortejaar. Vul een jaartal (zoals 1980) of een geboortedatum in.`,
      `"${shown(cell)}" is not a valid birth year. Enter a year (such as 1980) or a date of birth.`,
    );
  }
  return ok(year);
}

const DAY_WORDS: Record<string, Day> = {};
const dayNames: Record<Day, string[]> = {
  ma: ['ma', 'maa', 'maan', 'maandag', 'mo', 'mon', 'monday'],
  di: ['di', 'din', 'dinsdag', 'tu', 'tue', 'tues', 'tuesday'],
  wo: ['wo', 'woe', 'woensdag', 'we', 'wed', 'wednesday'],
  do: ['do', 'don', 'donderdag', 'th', 'thu', 'thur', 'thurs', 'thursday'],
  vr: ['vr', 'vrij', 'vrijdag', 'fr', 'fri', 'friday'],
  za: ['za', 'zat', 'zaterdag', 'sa', 'sat', 'saturday'],
  zo: ['zo', 'zon', 'zondag', 'su', 'sun', 'sunday'],
};
for (const day of DAYS) for (const word of dayNames[day]) DAY_WORDS[word] = day;

const DAY_GROUPS: Record<string, Day[]> = {
  werkdagen: ['ma', 'di', 'wo', 'do', 'vr'],
  weekdagen: ['ma', 'di', 'wo', 'do', 'vr'],
  weekdays: ['ma', 'di', 'wo', 'do', 'vr'],
  weekend: ['za', 'zo'],
  alledagen: [...DAYS],
  dagelijks: [...DAYS],
  daily: [...DAYS],
  everyday: [...DAYS],
};

/** Days from a list such as "ma wo vr", "maandag; woensdag", "Mon, Wed", "ma-vr". Unknown words are returned apart. */
export function parseDays(cell: Cell): { days: Day[]; unknown: string[] } {
  const text = cellText(cell);
  const found = new Set<Day>();
  const unknown: string[] = [];
  if (!text) return { days: [], unknown };
  // "ma t/m vr": keep the "t/m" (tot en met) together before splitting the list on "/".
  const protectedText = text.replace(/(^|[\s.])t\s*\/\s*m(?=[\s.]|$)/gi, '$1 tm ');
  for (const part of protectedText.split(/[;,/\n\r]+/)) {
    const whole = normKey(part);
    if (!whole) continue;
    if (DAY_GROUPS[whole]) {
      DAY_GROUPS[whole].forEach((d) => found.add(d));
      continue;
    }
    const range = /^\s*([a-zA-Z]+)\.?\s*(?:-|–|t\/?m|tot en met|tot|to)\s*([a-zA-Z]+)\.?\s*$/.exec(part);
    if (range && DAY_WORDS[normKey(range[1])] && DAY_WORDS[normKey(range[2])]) {
      const from = DAYS.indexOf(DAY_WORDS[normKey(range[1])]);
      const to = DAYS.indexOf(DAY_WORDS[normKey(range[2])]);
      for (let i = from; i <= (to >= from ? to : to + 7); i++) found.add(DAYS[i % 7]);
      continue;
    }
    for (const word of part.split(/[\s.+&]+/)) {
      const key = normKey(word);
      if (!key || key === 'en' || key === 'and') continue;
      if (DAY_WORDS[key]) found.add(DAY_WORDS[key]);
      else if (DAY_GROUPS[key]) DAY_GROUPS[key].forEach((d) => found.add(d));
      else unknown.push(shorten(cleanText(word)));
    }
  }
  return { days: DAYS.filter((d) => found.has(d)), unknown };
}

/** A client ID as text: 00123 stays 00123, the number 123 becomes "123". */
export function parseId(cell: Cell): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  return cellText(cell);
}

/** Key under which IDs are compared: case-insensitive, inner spaces ignored. */
export function idKey(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}
