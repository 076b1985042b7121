/** Writing the register Veiligheidssignalen: new concerns appended, handled ones closed; every other cell kept. */
import { Lang, pick } from '../i18n';
import { SafetyConcern } from '../model';
import { findSheet } from '../read';
import { isoToSerial } from '../read/cells';
import { SOURCE_WORDS, STATUS_LABELS } from '../read/safety';
import { locateTable } from '../read/table';
import { appendToRegisterSheet } from '../registers';
import { sheetDef } from '../schema';
import { CellUpdate, RawSheet, WorkbookGateway } from '../workbook';

/** A concern closed in an intervisie agenda: the register row it closes, when, and the action agreed. */
export interface Closing {
  concern: SafetyConcern;
  on: string;
  action: string | null;
}

/** Appends the concerns to Veiligheidssignalen, creating the sheet when the workbook has none. */
export async function recordConcerns(gateway: WorkbookGateway, raw: RawSheet[], concerns: SafetyConcern[], lang: Lang) {
  return appendToRegisterSheet(gateway, raw, {
    register: 'safety',
    rows: concerns.map((c) => ({
      date: c.date ? isoToSerial(c.date) : null,
      about: c.about,
      with: c.with,
      supervisor: c.supervisor,
      text: c.text,
      source: pick(SOURCE_WORDS[c.source], lang),
      status: pick(STATUS_LABELS[c.status], lang),
      action: c.action,
      handledOn: c.handledOn ? isoToSerial(c.handledOn) : null,
    })),
    // Two colleagues processing the same forms at once still record each concern once.
    skipKeys: ['about', 'with', 'date'],
  }, lang);
}

/** Sets status afgehandeld, the date and (when the register has none yet) the action of closed concerns. */
export async function closeConcerns(gateway: WorkbookGateway, raw: RawSheet[], closings: Closing[], lang: Lang): Promise<string[]> {
  const def = sheetDef('safety');
  const sheet = findSheet(raw, def);
  const table = sheet ? locateTable(sheet, def, []) : null;
  if (!sheet || !table) return [];
  const updates: CellUpdate[] = [];
  for (const { concern, on, action } of closings) {
    if (concern.origin.sheet !== sheet.name) continue;
    const set = (key: string, value: string | number, kind: CellUpdate['kind']) => {
      const column = table.columns.get(key);
      if (column) updates.push({ row: concern.origin.row, column: sheet.firstColumn + column.index, value, kind });
    };
    set('status', pick(STATUS_LABELS.handled, lang), 'text');
    if (!concern.handledOn) set('handledOn', isoToSerial(on), 'date');
    if (!concern.action && action) set('action', action, 'text');
  }
  if (!updates.length) return [];
  await gateway.updateCells(sheet.name, updates);
  return [sheet.name];
}
