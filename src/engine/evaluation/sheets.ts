/** The Evaluatie <date> sheet (one printable form per pairing, answers kept) and the Evaluatieoverzicht. */
import { displayDate, weeksBetween } from '../dates';
import { counted, Lang, pick } from '../i18n';
import { Client, KringModel, Pairing, pairKey } from '../model';
import { mapChange, mapFigures, NetworkMap, networkMaps } from '../networks/figures';
import { clientLabel } from '../sheets/labels';
import { nameCell } from '../privacy/printout';
import { OUTPUT_TAB_COLOR, tablePrint } from '../sheets/outputs';
import { isoToSerial } from '../read/cells';
import { Cell, CellBlock, ColumnKind, SheetSpec } from '../workbook';
import { A4_BODY_HEIGHT, LINE_HEIGHT, TITLE_FONT, wrappedLines } from '../layout/sheet';
import { EvaluationAnswers, isFilledIn } from './answers';
import { allowedWordsNote, DECISIONS, EVALUATION_PREFIX, FIELDS, formKey, OVERVIEW_SHEET } from './form';

export interface EvaluationScope {
  location?: string | null;
  supervisor?: string | null;
  /** The evaluation date: pairings that start later get no form. */
  date?: string | null;
}

/** Rows one form takes (its facts, a blank row, the heading, the questions, the note), so that each starts on a new page. */
const FACT_ROWS = 11;
export const FORM_ROWS = FACT_ROWS + 1 + 1 + FIELDS.length + 1;
/** Column widths of a form: question, answer (portrait A4 at 100%). */
const FORM_WIDTHS = [35, 56];
/** Room kept free on a form's page (LibreOffice and Excel measure text a little differently). */
const FORM_SLACK = 10;
const INPUT_FILL = '#FFF2CC';
/**
 * Heights of the answer rows in points: about 1 cm for a score or a word from a list, 1,8 cm for a
 * free text, so there is room to write by hand on the printed form, and the form fills its A4
 * page. The columns are as wide as a portrait A4 page at 100%.
 */
export const ANSWER_ROW_HEIGHT = { short: 28, long: 50 };

/** A question's row height for writing by hand: a score or a word from a list, or a free text. */
function answerHeight(field: (typeof FIELDS)[number]): number {
  return field.list || field.kind !== 'text' ? ANSWER_ROW_HEIGHT.short : ANSWER_ROW_HEIGHT.long;
}

export function evaluationSheetName(date: string, lang: Lang): string {
  // dd-mm-jjjj, as dates are written everywhere else; sheets named the ISO way are still read.
  return `${pick(EVALUATION_PREFIX, lang)} ${displayDate(date)}`;
}

const fmt = (iso: string | null) => displayDate(iso);

function describeMap(map: NetworkMap | undefined, model: KringModel, lang: Lang): string {
  if (!map) return pick({ nl: 'geen netwerkkaart', en: 'no network map' }, lang);
  const f = mapFigures(map, model.settings);
  const parts = Object.entries(f.bySector).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`);
  return `${pick(counted(f.size, { nl: 'contact', en: 'contact' }, { nl: 'contacten', en: 'contacts' }), lang)} (${fmt(map.date) || pick({ nl: 'zonder datum', en: 'undated' }, lang)})${parts.length ? ': ' + parts.join(', ') : ''}`;
}

/** The client's supervisor, else the netwerker's, else none. */
export function supervisorOf(p: Pick<Pairing, 'networkerId' | 'clientId'>, byId: Map<string, Client>): string | null {
  return byId.get(p.clientId)?.supervisor ?? byId.get(p.networkerId)?.supervisor ?? null;
}

/** Which pairings get a form: active ones in scope, plus those that already have a form on this date's sheet. */
export function pairingsInScope(model: KringModel, scope: EvaluationScope, keepForms: Set<string>): Pairing[] {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
  const inScope = (p: Pairing) =>
    (!scope.location || norm(byId.get(p.clientId)?.location) === norm(scope.location)) &&
    (!scope.supervisor || norm(supervisorOf(p, byId)) === norm(scope.supervisor));
  const seen = new Set<string>();
  const list: Pairing[] = [];
  // Latest row first, so a pair that was ended and started again counts as its current row.
  for (const p of [...model.pairings].reverse()) {
    const key = pairKey(p.networkerId, p.clientId);
    if (seen.has(key)) continue;
    // No form for a pairing that starts after the evaluation date (it would say "Duur 0 weken").
    if (scope.date && p.start && p.start > scope.date && !keepForms.has(key)) continue;
    if ((p.status === 'active' && inScope(p)) || keepForms.has(key)) {
      seen.add(key);
      list.push(p);
    }
  }
  return list.sort(
    (a, b) =>
      (supervisorOf(a, byId) ?? '\uffff').localeCompare(supervisorOf(b, byId) ?? '\uffff') ||
      (byId.get(a.clientId)?.name ?? a.clientId).localeCompare(byId.get(b.clientId)?.name ?? b.clientId),
  );
}

export function evaluationSheet(
  model: KringModel,
  date: string,
  pairings: Pairing[],
  kept: Map<string, EvaluationAnswers>,
  previous: EvaluationAnswers[],
  lang: Lang,
): SheetSpec {
  const { settings } = model;
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const maps = networkMaps(model.contacts);
  const blocks: CellBlock[] = [];
  const pageBreaks: number[] = [];
  const firstFormRow = 3; // preamble, blank, header
  // The title line (14 pt), a blank row and the header above the first form.
  const firstPageRows = TITLE_FONT.size * 1.4 + 2 * LINE_HEIGHT;
  pairings.forEach((p, k) => {
    const top = firstFormRow + k * FORM_ROWS;
    if (k > 0) pageBreaks.push(top);
    const n = byId.get(p.networkerId);
    const c = byId.get(p.clientId);
    const networker = clientLabel(n, p.networkerId, settings.privacy);
    const client = clientLabel(c, p.clientId, settings.privacy);
    const clientMaps = (maps.get(p.clientId) ?? []).filter((m) => (m.date ?? '') <= date);
    const atStart = [...clientMaps].reverse().find((m) => !p.start || (m.date ?? '') <= p.start) ?? clientMaps[0];
    const now = clientMaps[clientMaps.length - 1];
    const change = atStart && now && atStart !== now ? mapChange(atStart, now) : null;
    const earlier = previous
      .filter((a) => isFilledIn(a) && a.networkerId === p.networkerId && a.clientId === p.clientId && a.date < date)
      .sort((a, b) => b.date.localeCompare(a.date))[0];
    const weeks = p.start ? weeksBetween(p.start, date) : null;
    const ended = p.status !== 'active';
    const facts: Cell[][] = [
      [`${pick({ nl: 'Evaluatie', en: 'Evaluation' }, lang)}: ${networker} ${pick({ nl: 'en', en: 'and' }, lang)} ${client}`, fmt(date)],
      [pick({ nl: 'Netwerker', en: 'Networker' }, lang), networker],
      [pick({ nl: 'Cliënt', en: 'Client' }, lang), client],
      [pick({ nl: 'Begeleider', en: 'Support worker' }, lang), supervisorOf(p, byId) ?? (pick({ nl: '(geen)', en: '(none)' }, lang))],
      [pick({ nl: 'Startdatum', en: 'Start date' }, lang), fmt(p.start) || (pick({ nl: 'onbekend', en: 'unknown' }, lang))],
      [pick({ nl: 'Duur', en: 'Duration' }, lang), weeks === null ? (pick({ nl: 'onbekend', en: 'unknown' }, lang)) : `${pick(counted(weeks, { nl: 'week', en: 'week' }, { nl: 'weken', en: 'weeks' }), lang)} (${pick(counted(Math.round(weeks / 4.345), { nl: 'maand', en: 'month' }, { nl: 'maanden', en: 'months' }), lang)})`],
      [pick({ nl: 'Netwerk bij de start', en: 'Network at the start' }, lang), describeMap(atStart, model, lang)],
      [pick({ nl: 'Netwerk nu', en: 'Network now' }, lang), describeMap(now, model, lang)],
      [pick({ nl: 'Veranderd', en: 'Change' }, lang), change ? `+${change.added} ${pick({ nl: 'erbij', en: 'added' }, lang)}, −${change.lost} ${pick({ nl: 'weg', en: 'lost' }, lang)}, ${change.kept} ${pick({ nl: 'gebleven', en: 'kept' }, lang)}` : pick({ nl: 'nog geen tweede kaart', en: 'no second map yet' }, lang)],
      [pick({ nl: 'Vorige evaluatie', en: 'Previous evaluation' }, lang), earlier ? fmt(earlier.date) : pick({ nl: 'nog niet', en: 'none yet' }, lang)],
      [
        'Status',
        ended
          ? `${pick({ nl: 'Koppeling beëindigd', en: 'Pairing ended' }, lang)}${p.end ? ` ${pick({ nl: 'op', en: 'on' }, lang)} ${fmt(p.end)}` : ''}${p.endReason ? ` (${p.endReason})` : ''}`
          : pick({ nl: 'actief', en: 'active' }, lang),
      ],
    ];
    blocks.push({ at: { row: top, column: 0 }, rows: facts, header: true, formats: ['text', 'text'], wrap: true });
    // The pairing's key, which lets Kring find the answers again; unwrapped in the narrow last column.
    blocks.push({ at: { row: top, column: 2 }, rows: [[formKey(p.networkerId, p.clientId)]], formats: ['text'] });
    const inputTop = top + facts.length + 1;
    blocks.push({ at: { row: inputTop, column: 0 }, rows: [[pick({ nl: 'In te vullen door de begeleider', en: 'To be filled in by the support worker' }, lang), null]], header: true, formats: ['text', 'text'] });
    const answers = kept.get(pairKey(p.networkerId, p.clientId));
    const note = allowedWordsNote(lang);
    // The form on one page: when its texts run long, the free-text rows give up room (down to a score row's).
    const lines = (cells: Cell[]) => Math.max(...cells.map((v, j) => wrappedLines(v, FORM_WIDTHS[j])));
    const fixed = [...facts, [null], [null], [null, note]].reduce((h, cells) => h + lines(cells) * LINE_HEIGHT, 0);
    // As both gateways do: a row whose text takes more than a line is as tall as its text, else its answer's height.
    const wanted = FIELDS.map((field) => {
      const n = lines([pick(field.label, lang), answers?.raw[field.key] ?? null]);
      return n > 1 ? n * LINE_HEIGHT : answerHeight(field);
    });
    const free = FIELDS.filter((field, i) => answerHeight(field) === ANSWER_ROW_HEIGHT.long && wanted[i] === ANSWER_ROW_HEIGHT.long).length;
    const room = A4_BODY_HEIGHT.portrait - FORM_SLACK - (k === 0 ? firstPageRows : 0);
    const over = fixed + wanted.reduce((a, b) => a + b, 0) - room;
    const long = Math.max(ANSWER_ROW_HEIGHT.short, ANSWER_ROW_HEIGHT.long - (over > 0 && free ? Math.ceil(over / free) : 0));
    FIELDS.forEach((field, i) => {
      const kind: ColumnKind = field.kind === 'date' ? 'date' : field.kind === 'integer' ? 'integer' : 'text';
      blocks.push({
        at: { row: inputTop + 1 + i, column: 0 },
        rows: [[pick(field.label, lang), answers?.raw[field.key] ?? null]],
        formats: ['text', kind],
        editable: [false, true],
        lists: [null, field.list ? field.list[lang] : null],
        inputFill: INPUT_FILL,
        wrap: true,
        minRowHeight: answerHeight(field) === ANSWER_ROW_HEIGHT.long ? long : ANSWER_ROW_HEIGHT.short,
      });
    });
    // Under the answers, in the wide column (four lines rather than seven under the questions).
    blocks.push({ at: { row: inputTop + 1 + FIELDS.length, column: 1 }, rows: [[note]], formats: ['text'], wrap: true });
  });
  const title = `${pick({ nl: 'Tussentijdse evaluatie', en: 'Interim evaluation' }, lang)} ${fmt(date)}`;
  return {
    name: evaluationSheetName(date, lang),
    role: 'output',
    preamble: [`${title} — ${pairings.length} ${pairings.length === 1 ? pick({ nl: 'koppeling', en: 'pairing' }, lang) : pick({ nl: 'koppelingen', en: 'pairings' }, lang)}`],
    columns: [
      { header: pick({ nl: 'Onderdeel', en: 'Question' }, lang), kind: 'text', width: FORM_WIDTHS[0] },
      { header: pick({ nl: 'Antwoord', en: 'Answer' }, lang), kind: 'text', width: FORM_WIDTHS[1] },
      { header: pick({ nl: 'Kenmerk', en: 'Key' }, lang), kind: 'text', width: 6 },
    ],
    rows: [],
    tabColor: OUTPUT_TAB_COLOR,
    blocks,
    protect: true,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      header: title,
      footer: pick({ nl: 'Pagina &P — afgedrukt &D', en: 'Page &P — printed &D' }, lang),
      pageBreaks,
      // Lines to write on: the answers are filled in by hand on paper too.
      gridlines: true,
      // Questions and answers only: the pairing's key in column C is for Kring, not for the page.
      area: { row: 0, column: 0, rows: firstFormRow + Math.max(1, pairings.length) * FORM_ROWS, columns: 2 },
    },
  };
}

/** Evaluatieoverzicht: every answer of every evaluation sheet in one table, so trends show. */
export function evaluationOverviewSheet(model: KringModel, answers: EvaluationAnswers[], lang: Lang): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const yesNo = (b: boolean | null) => (b === null ? null : b ? (pick({ nl: 'ja', en: 'yes' }, lang)) : pick({ nl: 'nee', en: 'no' }, lang));
  const sorted = [...answers].sort((a, b) => a.networkerId.localeCompare(b.networkerId) || a.clientId.localeCompare(b.clientId) || a.date.localeCompare(b.date));
  return {
    name: pick(OVERVIEW_SHEET, lang),
    role: 'output',
    columns: [
      { header: pick({ nl: 'Datum', en: 'Date' }, lang), kind: 'date', width: 11 },
      { header: pick({ nl: 'Netwerker-ID', en: 'Networker ID' }, lang), kind: 'text', width: 12 },
      { header: pick({ nl: 'Netwerker', en: 'Networker' }, lang), kind: 'text', width: 18 },
      { header: pick({ nl: 'Cliënt-ID', en: 'Client ID' }, lang), kind: 'text', width: 10 },
      { header: pick({ nl: 'Cliënt', en: 'Client' }, lang), kind: 'text', width: 18 },
      { header: pick({ nl: 'Begeleider', en: 'Support worker' }, lang), kind: 'text', width: 16 },
      { header: pick({ nl: 'Klik', en: 'Rapport' }, lang), kind: 'integer', width: 7 },
      { header: pick({ nl: 'Contact', en: 'Contact' }, lang), kind: 'text', width: 16 },
      { header: pick({ nl: 'Motivatie', en: 'Motivation' }, lang), kind: 'integer', width: 10 },
      { header: pick({ nl: 'Belasting', en: 'Load' }, lang), kind: 'integer', width: 10 },
      { header: pick({ nl: 'Zorg veiligheid', en: 'Safety concern' }, lang), kind: 'text', width: 13 },
      { header: pick({ nl: 'Besluit', en: 'Decision' }, lang), kind: 'text', width: 16 },
      { header: pick({ nl: 'Volgende evaluatie', en: 'Next evaluation' }, lang), kind: 'date', width: 14 },
    ],
    rows: sorted.map((a) => [
      isoToSerial(a.date),
      a.networkerId,
      nameCell(byId.get(a.networkerId), a.networkerId, model.settings.privacy),
      a.clientId,
      nameCell(byId.get(a.clientId), a.clientId, model.settings.privacy),
      byId.get(a.clientId)?.supervisor ?? null,
      a.klik,
      a.frequency,
      a.motivation,
      a.load,
      yesNo(a.safety),
      a.decision ? pick(DECISIONS[a.decision], lang) : null,
      a.nextDate ? isoToSerial(a.nextDate) : null,
    ]),
    table: 'Kring_Evaluatieoverzicht',
    print: tablePrint(pick(OVERVIEW_SHEET, lang), lang),
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}
