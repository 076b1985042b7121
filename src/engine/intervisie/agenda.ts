/** The intervisie agenda: per begeleider the pairings that need attention, with safety always on it. */
import { displayDate } from '../dates';
import { Bilingual, Lang, pick } from '../i18n';
import { KringModel, Pairing } from '../model';
import { mapFigures, networkMaps } from '../networks/figures';
import { clientLabel } from '../sheets/labels';
import { columnsFor, OUTPUT_TAB_COLOR, outputColumn, rowOf } from '../sheets/outputs';
import { Cell, SheetSpec } from '../workbook';
import { EvaluationAnswers, isFilledIn } from '../evaluation/answers';
import { evaluationTiming } from '../evaluation/timing';
import { INTERVISIE_PREFIX } from '../evaluation/form';
import { supervisorOf } from '../evaluation/sheets';

export const NO_SUPERVISOR = { nl: '(geen begeleider)', en: '(no support worker)' };

export type FlagKind = 'safety' | 'klik' | 'motivation' | 'network' | 'capacity' | 'overdue' | KnowledgeKind;

/** Items for knowledge sharing rather than attention: what went well, and a begeleider still to be trained. */
export type KnowledgeKind = 'wentWell' | 'untrained';
const KNOWLEDGE: readonly FlagKind[] = ['wentWell', 'untrained'];

export interface AgendaItem {
  supervisor: string;
  networkerId: string;
  clientId: string;
  flag: FlagKind;
  reason: Bilingual;
}

const fmt = (iso: string) => displayDate(iso);

export function intervisieAgenda(model: KringModel, answers: EvaluationAnswers[], date: string, lang: Lang = 'nl'): { items: AgendaItem[]; supervisors: string[] } {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const maps = networkMaps(model.contacts);
  const active = model.pairings.filter((p) => p.status === 'active');
  const load = new Map<string, number>();
  for (const p of active) load.set(p.networkerId, (load.get(p.networkerId) ?? 0) + 1);
  const none = pick(NO_SUPERVISOR, lang);
  const items: AgendaItem[] = [];
  for (const p of active) {
    const supervisor = supervisorOf(p, byId) ?? none;
    const add = (flag: FlagKind, reason: Bilingual) => items.push({ supervisor, networkerId: p.networkerId, clientId: p.clientId, flag, reason });
    const own = answers
      .filter((a) => isFilledIn(a) && a.networkerId === p.networkerId && a.clientId === p.clientId && a.date <= date && (!p.start || a.date >= p.start))
      .sort((a, b) => a.date.localeCompare(b.date));
    const latest = own[own.length - 1];
    const before = own[own.length - 2];
    if (latest?.safety) add('safety', { nl: `zorgen over veiligheid (evaluatie ${fmt(latest.date)})`, en: `safety concerns (evaluation ${fmt(latest.date)})` });
    if (latest?.klik !== null && latest?.klik !== undefined && latest.klik <= 2) add('klik', { nl: `weinig klik: ${latest.klik} van 5`, en: `poor rapport: ${latest.klik} of 5` });
    if (latest?.motivation != null && before?.motivation != null && latest.motivation < before.motivation) {
      add('motivation', { nl: `motivatie netwerker daalt: ${before.motivation} → ${latest.motivation}`, en: `networker's motivation falls: ${before.motivation} → ${latest.motivation}` });
    }
    const clientMaps = (maps.get(p.clientId) ?? []).filter((m) => m.date !== null && m.date <= date);
    const atStart = [...clientMaps].reverse().find((m) => !p.start || (m.date as string) <= p.start);
    const now = clientMaps[clientMaps.length - 1];
    if (atStart && now && now !== atStart) {
      const a = mapFigures(atStart, model.settings).size;
      const b = mapFigures(now, model.settings).size;
      if (b <= a) add('network', { nl: `netwerk niet gegroeid sinds de start (${a} → ${b})`, en: `network has not grown since the start (${a} → ${b})` });
    }
    const capacity = byId.get(p.networkerId)?.capacity ?? 0;
    if ((load.get(p.networkerId) ?? 0) > capacity) {
      add('capacity', { nl: `netwerker boven capaciteit (${load.get(p.networkerId)} van ${capacity})`, en: `networker over capacity (${load.get(p.networkerId)} of ${capacity})` });
    }
    const timing = evaluationTiming(p, own, date, model.settings.evaluationOverdueWeeks);
    if (timing.state === 'overdue') {
      add('overdue', {
        nl: `evaluatie te laat: ${timing.weeks} weken sinds ${latest ? 'de vorige evaluatie' : 'de start'}`,
        en: `evaluation overdue: ${timing.weeks} weeks since ${latest ? 'the previous evaluation' : 'the start'}`,
      });
    }
  }
  items.push(...knowledgeItems(model, answers, date, active, (p) => supervisorOf(p, byId) ?? none));
  const supervisors = [
    ...new Set([
      ...model.supervisors.map((s) => s.name),
      ...active.map((p) => supervisorOf(p, byId) ?? none),
    ]),
  ].sort((a, b) => (a === none ? 1 : b === none ? -1 : a.localeCompare(b)));
  return { items, supervisors };
}

/**
 * Knowledge sharing (method step 6): per pairing what went well in its latest evaluation of the
 * last `evaluationOverdueWeeks` weeks, and a begeleider who is not trained but supervises pairings.
 */
function knowledgeItems(model: KringModel, answers: EvaluationAnswers[], date: string, active: Pairing[], supervisor: (p: Pairing) => string): AgendaItem[] {
  const items: AgendaItem[] = [];
  const recent = (d: string) => d <= date && (Date.parse(date) - Date.parse(d)) / (7 * 86400000) <= model.settings.evaluationOverdueWeeks;
  for (const p of active) {
    const latest = answers
      .filter((a) => isFilledIn(a) && a.networkerId === p.networkerId && a.clientId === p.clientId && recent(a.date) && typeof a.raw.wentWell === 'string' && a.raw.wentWell.trim())
      .sort((a, b) => a.date.localeCompare(b.date))
      .pop();
    if (!latest) continue;
    const text = String(latest.raw.wentWell).trim();
    items.push({ supervisor: supervisor(p), networkerId: p.networkerId, clientId: p.clientId, flag: 'wentWell', reason: { nl: `${text} (evaluatie ${fmt(latest.date)})`, en: `${text} (evaluation ${fmt(latest.date)})` } });
  }
  for (const s of model.supervisors) {
    if (s.trained !== false) continue;
    const count = active.filter((p) => supervisor(p).toLowerCase() === s.name.toLowerCase()).length;
    if (!count) continue;
    items.push({
      supervisor: s.name, networkerId: '', clientId: '', flag: 'untrained',
      reason: { nl: `nog niet getraind voor netwerkwerk, wel ${count} actieve ${count === 1 ? 'koppeling' : 'koppelingen'}: plan de training`, en: `not yet trained for network work, but ${count} active ${count === 1 ? 'pairing' : 'pairings'}: plan the training` },
    });
  }
  return items;
}

/** The agenda's columns; notes typed under Notities are kept when the agenda of a date is made again (keyed by the first four). */
export const AGENDA_COLUMNS = [
  outputColumn('supervisor', 'Begeleider', 'Support worker', 'text', 18),
  outputColumn('item', 'Agendapunt', 'Item', 'text', 28),
  outputColumn('networker', 'Netwerker', 'Networker', 'text', 18),
  outputColumn('client', 'Cliënt', 'Client', 'text', 18),
  outputColumn('reason', 'Reden', 'Reason', 'text', 48),
  outputColumn('notes', 'Notities', 'Notes', 'text', 40, true),
];

export function intervisieSheetName(date: string, lang: Lang): string {
  // dd-mm-jjjj, as dates are written everywhere else; sheets named the ISO way are still read.
  return `${pick(INTERVISIE_PREFIX, lang)} ${displayDate(date)}`;
}

export function intervisieSheet(model: KringModel, agenda: { items: AgendaItem[]; supervisors: string[] }, date: string, lang: Lang): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const label = (id: string) => clientLabel(byId.get(id), id, model.settings.privacy);
  const rows: Cell[][] = [];
  const pageBreaks: number[] = [];
  const headerRow = 2;
  for (const supervisor of agenda.supervisors) {
    if (rows.length) pageBreaks.push(headerRow + 1 + rows.length);
    const own = agenda.items.filter((i) => i.supervisor === supervisor);
    const attention = own.filter((i) => !KNOWLEDGE.includes(i.flag));
    // Nothing else to discuss is a note with the fixed item, not an agenda item of its own.
    const nothingElse = attention.length ? '' : pick({ nl: ' Verder vraagt geen koppeling aandacht.', en: ' No other pairing needs attention.' }, lang);
    const row = (item: string, reason: string, pair?: AgendaItem) =>
      rowOf(AGENDA_COLUMNS, { supervisor, item, networker: pair ? label(pair.networkerId) : null, client: pair ? label(pair.clientId) : null, reason });
    rows.push(row(pick({ nl: 'Veiligheid (vast agendapunt)', en: 'Safety (fixed item)' }, lang), pick({ nl: 'Zijn er zorgen over veiligheid in een koppeling? Spreek af wat nodig is.', en: 'Are there worries about safety in any pairing? Agree on what is needed.' }, lang) + nothingElse));
    for (const item of attention) rows.push(row(pick({ nl: 'Koppeling', en: 'Pairing' }, lang), pick(item.reason, lang), item));
    for (const item of own.filter((i) => i.flag === 'untrained')) rows.push(row('Training', pick(item.reason, lang)));
    for (const item of own.filter((i) => i.flag === 'wentWell')) rows.push(row(pick({ nl: 'Wat ging goed (deel het)', en: 'What went well (share it)' }, lang), pick(item.reason, lang), item));
  }
  const title = `${pick({ nl: 'Intervisie', en: 'Peer consultation' }, lang)} ${fmt(date)}`;
  return {
    name: intervisieSheetName(date, lang),
    role: 'output',
    preamble: [title],
    columns: columnsFor(AGENDA_COLUMNS, lang),
    rows,
    table: 'Kring_Intervisie',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, header: title, footer: pick({ nl: 'Pagina &P — afgedrukt &D', en: 'Page &P — printed &D' }, lang), pageBreaks, repeatRows: headerRow },
  };
}
