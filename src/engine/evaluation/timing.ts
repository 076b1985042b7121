/**
 * When a pairing's next interim evaluation falls: from its last filled-in evaluation, else from
 * its start. The one rule behind "Evaluaties nodig", the intervisie's overdue item and the
 * results' due / overdue counts.
 */
import { weeksBetween } from '../dates';
import { EvaluationAnswers, isFilledIn } from './answers';
import { Pairing } from '../model';

/** Weeks before the overdue limit in which an evaluation counts as due soon. */
export const DUE_SOON_WEEKS = 4;

export interface EvaluationTiming {
  /** Filled-in evaluations of this pairing since its start, oldest first, up to `today`. */
  done: EvaluationAnswers[];
  /** The last evaluation's date, else the start; null when neither is known. */
  since: string | null;
  weeks: number | null;
  /** overdue: more than `overdueWeeks` since; due: within DUE_SOON_WEEKS of that (or nothing known). */
  state: 'ok' | 'due' | 'overdue';
  /** The interval has passed (`overdueWeeks` or more since), or nothing is known: a form is needed now. */
  needed: boolean;
}

/** `answers`: the pair's evaluations (others are ignored). */
export function evaluationTiming(p: Pairing, answers: readonly EvaluationAnswers[], today: string, overdueWeeks: number): EvaluationTiming {
  const done = answers
    .filter((a) => a.networkerId === p.networkerId && a.clientId === p.clientId && a.date <= today && (!p.start || a.date >= p.start) && isFilledIn(a))
    .sort((a, b) => a.date.localeCompare(b.date));
  const since = done.length ? done[done.length - 1].date : p.start;
  if (!since) return { done, since: null, weeks: null, state: 'due', needed: true };
  const weeks = weeksBetween(since, today);
  const state = weeks > overdueWeeks ? 'overdue' : weeks >= overdueWeeks - DUE_SOON_WEEKS ? 'due' : 'ok';
  return { done, since, weeks, state, needed: weeks >= overdueWeeks };
}
