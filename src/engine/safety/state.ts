/** Where each safety concern stands now: the register, forms not yet processed, and "done" marked in an agenda. */
import { Lang } from '../i18n';
import { KringModel, SafetyConcern } from '../model';
import { EvaluationAnswers, readEvaluations } from '../evaluation/answers';
import { readAgendas } from '../intervisie/memory';
import { RawSheet } from '../workbook';
import { allConcerns, concernItemKey } from './concerns';

/** A concern marked done in an intervisie agenda (the agenda's date, the action written beside it). */
export interface AgendaClosing {
  key: string;
  on: string;
  action: string | null;
}

/** The earliest agenda closing per concern mark. */
function closingsByKey(closings: readonly AgendaClosing[]): Map<string, AgendaClosing> {
  const closed = new Map<string, AgendaClosing>();
  for (const c of [...closings].sort((a, b) => a.on.localeCompare(b.on))) if (!closed.has(c.key.toUpperCase())) closed.set(c.key.toUpperCase(), c);
  return closed;
}

/** Every concern with its status as it stands: handled in the register or in any agenda closes it everywhere. */
export function concernsNow(model: KringModel, answers: readonly EvaluationAnswers[], lang: Lang, closings: readonly AgendaClosing[]): SafetyConcern[] {
  const closed = closingsByKey(closings);
  return allConcerns(model, answers, lang).map((c) => {
    const closing = c.status === 'open' ? closed.get(concernItemKey(c).toUpperCase()) : undefined;
    return closing ? { ...c, status: 'handled', handledOn: c.handledOn ?? closing.on, action: c.action ?? closing.action } : c;
  });
}

/** The register's rows that an agenda closed but that still say open: the cells to set. */
export function registerClosings(model: KringModel, closings: readonly AgendaClosing[]): { concern: SafetyConcern; on: string; action: string | null }[] {
  const closed = closingsByKey(closings);
  const out: { concern: SafetyConcern; on: string; action: string | null }[] = [];
  for (const c of model.concerns) {
    const closing = c.status === 'open' ? closed.get(concernItemKey(c).toUpperCase()) : undefined;
    if (closing) out.push({ concern: c, on: closing.on, action: closing.action });
  }
  return out;
}

/** The concerns as they stand in this workbook: its register, its forms not yet processed, its agendas. */
export function currentConcerns(raw: RawSheet[], model: KringModel, lang: Lang): SafetyConcern[] {
  return concernsNow(model, readEvaluations(raw), lang, readAgendas(raw).closings);
}
