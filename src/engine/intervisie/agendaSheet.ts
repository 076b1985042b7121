/**
 * The sheet Intervisie <date>: a meeting document. A head (date, who attends, the theme, knowledge
 * shared), then per begeleider their items in order, each with room for notes, an action, who
 * does it and "klaar". The mark column that lets the next agenda find an item is not printed.
 */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { SheetDef } from '../schema';
import { clientLabel } from '../sheets/labels';
import { relabel } from '../privacy/printout';
import { columnsFor, OUTPUT_TAB_COLOR, outputColumn, rowOf } from '../sheets/outputs';
import { Cell, SheetSpec } from '../workbook';
import { INTERVISIE_PREFIX } from '../evaluation/form';
import { AgendaItem, KNOWLEDGE } from './agenda';

/** The agenda's columns; what is typed under the last four (and the head) is kept when the agenda of a date is made again. */
export const AGENDA_COLUMNS = [
  outputColumn('supervisor', 'Begeleider', 'Support worker', 'text', 14),
  outputColumn('item', 'Agendapunt', 'Item', 'text', 18),
  outputColumn('networker', 'Netwerker', 'Networker', 'text', 13),
  outputColumn('client', 'Cliënt', 'Client', 'text', 13),
  outputColumn('reason', 'Reden', 'Reason', 'text', 42),
  outputColumn('notes', 'Notities', 'Notes', 'text', 28, true),
  outputColumn('action', 'Actie', 'Action', 'text', 18, true),
  outputColumn('owner', 'Wie', 'Who', 'text', 9, true),
  outputColumn('done', 'Klaar', 'Done', 'text', 7, true),
  outputColumn('key', 'Kenmerk', 'Mark', 'text', 10),
];
export const EDITABLE_KEYS = AGENDA_COLUMNS.filter((c) => c.editable).map((c) => c.key);
const KEY_COLUMN = AGENDA_COLUMNS.findIndex((c) => c.key === 'key');
export const DONE_WORDS = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

/** The columns as the reader matches them in an agenda (earlier agendas had only the first six). */
export const AGENDA_DEF: SheetDef = {
  key: 'intervisie',
  ...INTERVISIE_PREFIX,
  synonyms: [],
  intro: { nl: '', en: '' },
  columns: AGENDA_COLUMNS.map((c) => ({ key: c.key, nl: c.nl, en: c.en, synonyms: [], kind: c.kind, width: c.width, required: c.key === 'supervisor' || c.key === 'item' })),
};

/** The meeting's head: the labels in column A, what is typed beside them in column B. */
export const HEAD_FIELDS = [
  { key: 'attendees', nl: 'Aanwezig', en: 'Attendees' },
  { key: 'theme', nl: 'Thema', en: 'Theme' },
  { key: 'knowledge', nl: 'Gedeelde kennis', en: 'Knowledge shared' },
] as const;
export type HeadKey = (typeof HEAD_FIELDS)[number]['key'];
export type AgendaHead = Partial<Record<HeadKey, Cell>>;

export function intervisieSheetName(date: string, lang: Lang): string {
  // dd-mm-jjjj, as dates are written everywhere else; sheets named the ISO way are still read.
  return `${pick(INTERVISIE_PREFIX, lang)} ${displayDate(date)}`;
}

const ITEM_WORDS = {
  concern: { nl: 'Veiligheidssignaal (open)', en: 'Safety concern (open)' },
  fixed: { nl: 'Veiligheid (vast agendapunt)', en: 'Safety (fixed item)' },
  stopped: { nl: 'Netwerker gestopt', en: 'Networker stopped' },
  pairing: { nl: 'Koppeling', en: 'Pairing' },
  training: { nl: 'Training', en: 'Training' },
  wentWell: { nl: 'Wat ging goed (deel het)', en: 'What went well (share it)' },
  action: { nl: 'Open actie', en: 'Open action' },
};

/** The row that identifies an agenda line from one agenda to the next: its begeleider and mark. */
export const rowIdentity = (supervisor: string, key: string) => `${supervisor.trim().toLowerCase()}\u0000${key}`;

export function intervisieSheet(model: KringModel, agenda: { items: AgendaItem[]; supervisors: string[] }, date: string, lang: Lang, head: AgendaHead = {}): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const label = (id: string) => (id ? clientLabel(byId.get(id), id, model.settings.privacy) : null);
  const rows: Cell[][] = [];
  for (const supervisor of agenda.supervisors) {
    const own = agenda.items.filter((i) => i.supervisor === supervisor);
    const attention = own.filter((i) => !KNOWLEDGE.includes(i.flag) && i.flag !== 'concern' && i.flag !== 'action');
    const concerns = own.filter((i) => i.flag === 'concern');
    // Nothing else to discuss is a note with the fixed item, not an agenda item of its own.
    const nothingElse = attention.length || concerns.length ? '' : pick({ nl: ' Verder vraagt geen koppeling aandacht.', en: ' No other pairing needs attention.' }, lang);
    const row = (item: string, reason: string, key: string, pair?: AgendaItem) =>
      rowOf(AGENDA_COLUMNS, {
        supervisor, item, reason, key,
        // A carried action keeps its people, shown as the setting says now.
        networker: pair?.carried ? relabel(pair.carried.networkerLabel, model.clients, model.settings.privacy) : pair ? label(pair.networkerId) : null,
        client: pair?.carried ? relabel(pair.carried.clientLabel, model.clients, model.settings.privacy) : pair ? label(pair.clientId) : null,
        action: pair?.carried?.action ?? null,
        owner: pair?.carried?.owner ?? null,
      });
    for (const item of concerns) rows.push(row(pick(ITEM_WORDS.concern, lang), pick(item.reason, lang), item.key, item));
    rows.push(row(pick(ITEM_WORDS.fixed, lang), pick({ nl: 'Zijn er (nieuwe) zorgen over veiligheid in een koppeling of bij een cliënt? Spreek af wat nodig is.', en: 'Are there (new) worries about safety in any pairing or with any client? Agree on what is needed.' }, lang) + nothingElse, 'KRING-AGENDA:safety'));
    for (const item of attention) rows.push(row(pick(item.flag === 'stopped' ? ITEM_WORDS.stopped : ITEM_WORDS.pairing, lang), pick(item.reason, lang), item.key, item));
    for (const item of own.filter((i) => i.flag === 'untrained')) rows.push(row(pick(ITEM_WORDS.training, lang), pick(item.reason, lang), item.key));
    for (const item of own.filter((i) => i.flag === 'wentWell')) rows.push(row(pick(ITEM_WORDS.wentWell, lang), pick(item.reason, lang), item.key, item));
    for (const item of own.filter((i) => i.flag === 'action')) rows.push(row(pick(ITEM_WORDS.action, lang), pick(item.reason, lang), item.key, item));
  }
  const title = `${pick({ nl: 'Intervisie', en: 'Peer consultation' }, lang)} ${displayDate(date)}`;
  const headRow = (f: (typeof HEAD_FIELDS)[number]) => [head[f.key] ?? null];
  // Every text column wraps, so the reason is whole on paper and the rows grow to fit; Klaar takes ja / nee.
  const columns = columnsFor(AGENDA_COLUMNS, lang).map((c, j) => {
    const key = AGENDA_COLUMNS[j].key;
    return key === 'done' ? { ...c, list: DONE_WORDS[lang] } : key === 'key' ? c : { ...c, wrap: true };
  });
  const preamble = [title, ...HEAD_FIELDS.map((f) => pick(f, lang))];
  const headerRow = preamble.length + 1;
  return {
    name: intervisieSheetName(date, lang),
    role: 'output',
    preamble,
    columns,
    rows,
    // Excel wants table names unique in the workbook, and every meeting has an agenda of its own.
    table: `Kring_Intervisie_${date.replace(/-/g, '')}`,
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    blocks: [{ at: { row: 1, column: 1 }, rows: HEAD_FIELDS.map(headRow), formats: ['text'], editable: [true], inputFill: '#FFF2CC' }],
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      header: title,
      footer: pick({ nl: 'Pagina &P — afgedrukt &D', en: 'Page &P — printed &D' }, lang),
      repeatRows: headerRow,
      // The mark column is for Kring, not for the page.
      area: { row: 0, column: 0, rows: headerRow + 1 + Math.max(1, rows.length), columns: KEY_COLUMN },
    },
  };
}
