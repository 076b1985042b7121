/**
 * What earlier intervisie agendas hold, so each meeting follows up the last: actions not marked
 * done, concerns marked done (which closes them everywhere), notes per item, the meeting's head.
 */
import { cellText, parseBoolean } from '../read/cells';
import { normKey } from '../read/normalize';
import { eachRow, locateTable } from '../read/table';
import { AgendaClosing } from '../safety/state';
import { Cell, RawSheet } from '../workbook';
import { INTERVISIE_SHEET, sheetDate } from '../evaluation/form';
import { AGENDA_DEF, AgendaHead, EDITABLE_KEYS, HEAD_FIELDS, rowIdentity } from './agendaSheet';

/** An action written in an earlier agenda and not marked done there or later. */
export interface CarriedAction {
  key: string;
  /** The date of the agenda it was agreed in. */
  date: string;
  supervisor: string;
  action: string;
  owner: string | null;
  notes: string | null;
  /** The item it was agreed under, as that agenda said it. */
  about: string | null;
  networkerLabel: string | null;
  clientLabel: string | null;
  networkerId: string;
  clientId: string;
}

/** One line of an agenda as typed, with its editable cells. */
export interface AgendaLine {
  date: string;
  sheet: string;
  identity: string;
  /** The editable cells (notes, action, owner, done) by key, as typed. */
  typed: Partial<Record<string, Cell>>;
}

export interface AgendaMemory {
  closings: AgendaClosing[];
  openActions: CarriedAction[];
  lines: AgendaLine[];
  heads: Map<string, AgendaHead>;
}

/** "Klaar": ja, x, klaar, gedaan, done … (an unknown word is not done: an action must not vanish). */
export function isDone(cell: Cell): boolean {
  const b = parseBoolean(cell);
  if (b.ok) return b.value === true;
  return ['klaar', 'gedaan', 'done', 'afgehandeld', 'handled', 'ok', 'v'].includes(normKey(String(cell))) || String(cell).trim() === '✓';
}

export function readAgendas(raw: RawSheet[]): AgendaMemory {
  const memory: AgendaMemory = { closings: [], openActions: [], lines: [], heads: new Map() };
  const actions = new Map<string, CarriedAction & { done: boolean }>();
  const sheets = raw.map((s) => ({ s, date: sheetDate(INTERVISIE_SHEET, s.name) })).filter((x): x is { s: RawSheet; date: string } => !!x.date).sort((a, b) => a.date.localeCompare(b.date));
  for (const { s, date } of sheets) {
    memory.heads.set(date, readHead(s));
    const table = locateTable(s, AGENDA_DEF, []);
    if (!table || !table.columns.has('notes')) continue;
    eachRow(table, [], (row) => {
      const supervisor = row.text('supervisor') ?? '';
      // Agendas before the mark column are matched by their first four columns.
      const key = row.text('key') ?? ['item', 'networker', 'client'].map((k) => row.text(k) ?? '').join('|');
      const typed: Partial<Record<string, Cell>> = {};
      for (const k of EDITABLE_KEYS) {
        const v = row.cell(k);
        if (v !== null && v !== '') typed[k] = v;
      }
      memory.lines.push({ date, sheet: s.name, identity: rowIdentity(supervisor, key), typed });
      const done = isDone(row.cell('done'));
      const action = row.text('action');
      if (done && key.startsWith('KRING-SAFE:')) memory.closings.push({ key, on: date, action });
      if (!action) return;
      const actionKey = key.startsWith('KRING-ACT:') ? key : `KRING-ACT:${date}:${key}`;
      const id = rowIdentity(supervisor, actionKey);
      const earlier = actions.get(id);
      if (earlier) {
        earlier.done ||= done;
        return;
      }
      actions.set(id, {
        key: actionKey, date: actionKey.startsWith(`KRING-ACT:${date}`) ? date : actionKey.slice('KRING-ACT:'.length, 'KRING-ACT:'.length + 10),
        supervisor, action, owner: row.text('owner'), notes: row.text('notes'),
        about: key.startsWith('KRING-ACT:') ? null : row.text('reason'),
        networkerLabel: row.text('networker'), clientLabel: row.text('client'), networkerId: '', clientId: '', done,
      });
    });
  }
  memory.openActions = [...actions.values()].filter((a) => !a.done).map(({ done: _done, ...a }) => a);
  return memory;
}

/** The head's values: what is typed in column B beside the labels Aanwezig, Thema, Gedeelde kennis. */
function readHead(sheet: RawSheet): AgendaHead {
  const head: AgendaHead = {};
  for (const cells of sheet.rows.slice(0, 8)) {
    const labelAt = cells.findIndex((c) => typeof c === 'string' && HEAD_FIELDS.some((f) => normKey(f.nl) === normKey(c) || normKey(f.en) === normKey(c)));
    if (labelAt < 0) continue;
    const field = HEAD_FIELDS.find((f) => normKey(f.nl) === normKey(String(cells[labelAt])) || normKey(f.en) === normKey(String(cells[labelAt])))!;
    const value = cells[labelAt + 1] ?? null;
    if (cellText(value)) head[field.key] = value;
  }
  return head;
}
