/** The workbook at a glance, from what the engine read. Pure; the components only show it. */
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { evaluationTiming } from '../engine/evaluation/timing';
import { KringModel, SafetyConcern } from '../engine/model';
import { ReadResult } from '../engine/read';
import { Problem } from '../engine/problems';
import { SheetKey } from '../engine/schema';
import { normKey } from '../engine/read/normalize';

export interface WorkbookSummary {
  /** The workbook has Kring's required input sheet (Cliënten). */
  hasInputSheets: boolean;
  clients: number;
  /** Active clients with the role netwerker or beide. */
  networkers: number;
  activePairings: number;
  /** Rows of Koppelvoorstellen whose decision is still open. */
  openDecisions: number;
  /** Active pairings without a filled-in evaluation in the last `evaluationOverdueWeeks` weeks. */
  evaluationsDue: number;
  /** Safety concerns still open (the register, forms not yet processed, agendas). */
  openConcerns: number;
  /** The clients' locations, each once, sorted (for choosing a location). */
  locations: string[];
  errors: number;
  warnings: number;
}

const INPUT_KEYS: SheetKey[] = ['clients'];

/** What the overview needs beside the model: read from Kring's own sheets. */
export interface SummaryExtras {
  openDecisions?: number;
  answers?: readonly EvaluationAnswers[];
  /** ISO date of today. */
  today?: string;
  /** The concerns as the engine found them (RunOutcome.safety). */
  concerns?: readonly SafetyConcern[];
}

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The active pairings that are due for an evaluation on `today`: no filled-in evaluation in the
 * last `evaluationOverdueWeeks` weeks, counted from the last evaluation or else from the start
 * (a pairing without a start date is due).
 */
export function evaluationsDue(model: KringModel, answers: readonly EvaluationAnswers[], today: string): { networkerId: string; clientId: string }[] {
  return model.pairings
    .filter((p) => p.status === 'active')
    .filter((p) => evaluationTiming(p, answers, today, model.settings.evaluationOverdueWeeks).needed)
    .map((p) => ({ networkerId: p.networkerId, clientId: p.clientId }));
}

export function summarize(read: ReadResult, extras: SummaryExtras = {}): WorkbookSummary {
  const { model, problems } = read;
  return {
    hasInputSheets: INPUT_KEYS.every((key) => Boolean(model.sheetNames[key])),
    clients: model.clients.length,
    networkers: model.clients.filter((c) => c.active && (c.role === 'networker' || c.role === 'both')).length,
    activePairings: model.pairings.filter((p) => p.status === 'active').length,
    openDecisions: extras.openDecisions ?? 0,
    evaluationsDue: evaluationsDue(model, extras.answers ?? [], extras.today ?? todayIso()).length,
    openConcerns: (extras.concerns ?? model.concerns).filter((c) => c.status === 'open').length,
    locations: locationsOf(model.clients),
    ...countProblems(problems),
  };
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Errors and warnings apart, each in the engine's order. */
export function groupProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

/** Each location once (the first spelling; the engine compares locations the same way), sorted as people read them. */
export function locationsOf(clients: readonly { location: string | null }[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of clients) {
    const location = c.location?.trim();
    if (location && !byKey.has(normKey(location))) byKey.set(normKey(location), location);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }));
}
