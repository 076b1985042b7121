/**
 * The retention period (AVG art. 5(1)(e)): what is older than the setting Bewaartermijn — ended
 * pairings, rejections, evaluation sheets and questionnaires, measurements of network, competences
 * and loneliness that a later one of the same client replaced, handled safety concerns and
 * intervisie agendas — listed by `kring check` and removed by `kring retention` like an erasure,
 * with a log. A client's latest measurement stays: it is their current picture, not history. An
 * open safety concern always stays; exclusions (the lasting safeguard after a concern) are not
 * touched.
 */
import { readEvaluations } from '../evaluation/answers';
import { EVALUATION_SHEET, INTERVISIE_SHEET, sheetDate } from '../evaluation/form';
import { formSheetDate } from '../forms/form';
import { Bilingual, pick } from '../i18n';
import { AGENDA_DEF } from '../intervisie/agendaSheet';
import { readAgendas } from '../intervisie/memory';
import { LONELINESS_FORM } from '../loneliness/kind';
import { SafetyConcern } from '../model';
import { Problem } from '../problems';
import { findSheet, ReadResult, todayIso } from '../read';
import { idKey, parseDate, parseId } from '../read/cells';
import { normKey } from '../read/normalize';
import { locateTable } from '../read/table';
import { RunOptions, RunOutcome, startRun } from '../run';
import { SETTINGS_SHEET, SheetKey, sheetDef } from '../schema';
import { concernKey, formConcerns } from '../safety/concerns';
import { concernsNow } from '../safety/state';
import { REJECTIONS_DEF } from '../sheets/outputs';
import { Cell, ColumnKind, RawSheet, WorkbookGateway } from '../workbook';
import { applyFootprints, finishErasure, readKringSheets } from './erase';
import { SheetFootprint } from './gather';
import { isKringKey } from './words';

/** The day `years` years before `today` (ISO); what is dated before it is past the period. */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

const isoOf = (cell: Cell): string | null => {
  const p = parseDate(cell);
  return p.ok ? p.value : null;
};

const WHAT: Record<string, Bilingual> = {
  pairings: { nl: 'beëindigde koppelingen', en: 'ended pairings' },
  rejections: { nl: 'afwijzingen', en: 'rejections' },
  measurements: { nl: 'metingen die een latere meting van dezelfde cliënt verving', en: 'measurements a later one of the same client replaced' },
  sheet: { nl: 'een blad met formulieren', en: 'a sheet of forms' },
  agenda: { nl: 'een intervisie-agenda', en: 'a peer consultation agenda' },
  concerns: { nl: 'afgehandelde veiligheidssignalen (open signalen blijven altijd staan)', en: 'handled safety concerns (open concerns always stay)' },
};

function footprint(sheet: RawSheet, header: number, rows: number[], kinds: ColumnKind[], what: Bilingual, treatment: SheetFootprint['treatment'] = 'edit'): SheetFootprint {
  return { sheet, what, header, rows, cells: [], kinds, treatment };
}

function kindsOf(sheet: RawSheet, table: NonNullable<ReturnType<typeof locateTable>>): ColumnKind[] {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const kinds: ColumnKind[] = Array.from({ length: width }, (_, j) => (sheet.rows.some((r) => typeof r[j] === 'number') ? 'number' : 'text'));
  for (const col of table.def.columns) {
    const at = table.columns.get(col.key);
    if (at) kinds[at.index] = col.kind === 'date' || col.kind === 'integer' ? col.kind : col.kind === 'text' ? 'text' : 'number';
  }
  return kinds;
}

/** Rows of a measurement sheet dated before the cutoff, unless the date is the client's latest there. */
function oldMeasurements(raw: RawSheet[], key: SheetKey, cutoff: string): SheetFootprint | null {
  const sheet = findSheet(raw, sheetDef(key));
  const table = sheet && locateTable(sheet, sheetDef(key), []);
  const idAt = table?.columns.get('clientId')?.index;
  const dateAt = table?.columns.get('date')?.index;
  if (!sheet || !table || idAt === undefined || dateAt === undefined) return null;
  const latest = new Map<string, string>();
  const body = sheet.rows.map((r, i) => ({ i, id: i > table.headerIndex ? parseId(r[idAt] ?? null) : null, date: isoOf(r[dateAt] ?? null) }));
  for (const b of body) if (b.id && b.date && (latest.get(idKey(b.id)) ?? '') < b.date) latest.set(idKey(b.id), b.date);
  const rows = body.filter((b) => b.id && b.date && b.date < cutoff && latest.get(idKey(b.id))! > b.date).map((b) => b.i);
  return rows.length ? footprint(sheet, table.headerIndex, rows, kindsOf(sheet, table), WHAT.measurements) : null;
}

/** Rows of a register whose date column is before the cutoff (and, for pairings, that ended). */
function oldRegisterRows(sheet: RawSheet | undefined, def: Parameters<typeof locateTable>[1], dateKey: string, ended: boolean, cutoff: string, what: Bilingual): SheetFootprint | null {
  const table = sheet && locateTable(sheet, def, []);
  const dateAt = table?.columns.get(dateKey)?.index;
  if (!sheet || !table || dateAt === undefined) return null;
  const statusAt = table.columns.get('status')?.index;
  const rows: number[] = [];
  sheet.rows.forEach((r, i) => {
    if (i <= table.headerIndex) return;
    const date = isoOf(r[dateAt] ?? null);
    const status = statusAt === undefined ? '' : normKey(String(r[statusAt] ?? ''));
    if (date && date < cutoff && (!ended || ['beeindigd', 'ended', 'gestopt', 'afgesloten', 'stopped'].includes(status))) rows.push(i);
  });
  return rows.length ? footprint(sheet, table.headerIndex, rows, kindsOf(sheet, table), what) : null;
}

/** Sheets dated before the cutoff that go whole: evaluation, questionnaire and intervisie agenda sheets. */
function oldSheets(raw: RawSheet[], cutoff: string): SheetFootprint[] {
  const out: SheetFootprint[] = [];
  for (const sheet of raw) {
    const formDate = sheetDate(EVALUATION_SHEET, sheet.name) ?? formSheetDate(LONELINESS_FORM, sheet.name);
    const agendaDate = sheetDate(INTERVISIE_SHEET, sheet.name);
    // A sheet already emptied by an earlier clean-up holds no form or agenda any more.
    const forms = sheet.rows.some((r) => r.some(isKringKey));
    const whole = (what: Bilingual) => out.push(footprint(sheet, -1, sheet.rows.map((_, i) => i), [], what, 'own'));
    if (formDate && formDate < cutoff && forms) whole(WHAT.sheet);
    else if (agendaDate && agendaDate < cutoff && locateTable(sheet, AGENDA_DEF, [])) whole(WHAT.agenda);
  }
  return out;
}

/**
 * Rows of Veiligheidssignalen handled before the cutoff (by the handled date, else the concern's
 * own date). Open concerns always stay: safety comes first. Handled counts as Kring sees it, the
 * register or a "klaar" in an agenda, so an agenda that goes never leaves its concern open again.
 */
function oldConcerns(raw: RawSheet[], read: ReadResult, cutoff: string, gone: Set<string>): SheetFootprint | null {
  const def = sheetDef('safety');
  const sheet = findSheet(raw, def);
  const table = sheet && locateTable(sheet, def, []);
  if (!sheet || !table) return null;
  const now = concernsNow(read.model, [], 'nl', readAgendas(raw).closings);
  // A "ja" on a form that stays would come back as an open concern without its register row.
  const kept = raw.filter((s) => !gone.has(s.name));
  const raised = new Set(formConcerns({ ...read.model, concerns: [] }, readEvaluations(kept), 'nl').map(concernKey));
  // Neither date known: its age is unknown, so it stays.
  const old = (c: SafetyConcern) => c.status === 'handled' && (c.handledOn ?? c.date ?? cutoff) < cutoff;
  const rows = now.filter((c) => old(c) && c.origin.sheet === sheet.name && !raised.has(concernKey(c))).map((c) => c.origin.row - sheet.firstRow);
  return rows.length ? footprint(sheet, table.headerIndex, rows, kindsOf(sheet, table), WHAT.concerns) : null;
}

/** Everything past the retention period, per sheet; none when no period is set. */
export function retentionFootprints(raw: RawSheet[], read: ReadResult, today: string): SheetFootprint[] {
  const years = read.model.settings.retentionYears;
  if (!years) return [];
  const cutoff = retentionCutoff(today, years);
  const out: (SheetFootprint | null)[] = [
    oldRegisterRows(findSheet(raw, sheetDef('pairings')), sheetDef('pairings'), 'end', true, cutoff, WHAT.pairings),
    oldRegisterRows(findSheet(raw, REJECTIONS_DEF), REJECTIONS_DEF, 'date', false, cutoff, WHAT.rejections),
    oldMeasurements(raw, 'contacts', cutoff),
    oldMeasurements(raw, 'competences', cutoff),
    oldMeasurements(raw, 'loneliness', cutoff),
  ];
  const sheets = oldSheets(raw, cutoff);
  out.push(oldConcerns(raw, read, cutoff, new Set(sheets.map((fp) => fp.sheet.name))), ...sheets);
  return out.filter((fp): fp is SheetFootprint => fp !== null);
}

/** What `kring check` and the pane say: per sheet, how many rows (or the whole sheet) are past the period. */
export function retentionProblems(raw: RawSheet[], read: ReadResult, today: string): Problem[] {
  const years = read.model.settings.retentionYears;
  return retentionFootprints(raw, read, today).map((fp) => ({
    severity: 'warning' as const,
    sheet: fp.sheet.name,
    row: null,
    column: null,
    message: fp.treatment === 'own'
      ? { nl: `Dit blad is ouder dan de bewaartermijn van ${years} jaar. Verwijder het met kring retention (of Bewaartermijn toepassen in het taakvenster).`, en: `This sheet is older than the retention period of ${years} years. Remove it with kring retention (or Apply retention period in the task pane).` }
      : { nl: `${fp.rows.length} rij(en) ${pick(fp.what, 'nl')} ouder dan de bewaartermijn van ${years} jaar. Verwijder ze met kring retention (of Bewaartermijn toepassen in het taakvenster).`, en: `${fp.rows.length} row(s) of ${pick(fp.what, 'en')} older than the retention period of ${years} years. Remove them with kring retention (or Apply retention period in the task pane).` },
  }));
}

/** `kring retention`: removes what is past the period, like an erasure, with a log line per sheet. */
export async function runRetention(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const { raw, read, outcome, blocked } = await startRun(gateway, 'retention', options, 2);
  if (blocked) return outcome;
  const today = options.today ?? todayIso();
  const fps = retentionFootprints(await readKringSheets(gateway, raw), read, today);
  if (!read.model.settings.retentionYears) {
    outcome.problems = [...outcome.problems, { severity: 'warning', sheet: findSheet(raw, SETTINGS_SHEET)?.name ?? pick(SETTINGS_SHEET, outcome.lang), row: null, column: null, message: { nl: 'Er is geen bewaartermijn ingesteld (Bewaartermijn (jaren) in Instellingen); er is niets verwijderd.', en: 'No retention period is set (Retention period (years) in Settings); nothing was removed.' } }];
    return outcome;
  }
  outcome.retention = [];
  if (!fps.length) return outcome;
  const done = await applyFootprints(gateway, fps, (c) => c);
  const own = fps.filter((fp) => fp.treatment === 'own').map((fp) => fp.sheet.name);
  outcome.retention = fps.map((fp) => ({ sheet: fp.sheet.name, rows: fp.rows.length }));
  options.progress?.(2, 2, { nl: 'Overzichten opnieuw maken', en: 'Remaking the overviews' });
  return finishErasure(gateway, options, outcome, done, 'retention', null, own);
}
