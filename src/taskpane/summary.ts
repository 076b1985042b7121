/** The workbook at a glance, from what the engine read. Pure; the components only show it. */
import { ReadResult } from '../engine/read';
import { Problem } from '../engine/problems';
import { SheetKey } from '../engine/schema';

export interface WorkbookSummary {
  /** The workbook has Kring's required input sheet (Cliënten). */
  hasInputSheets: boolean;
  clients: number;
  /** Active clients with the role netwerker or beide. */
  networkers: number;
  activePairings: number;
  errors: number;
  warnings: number;
}

const INPUT_KEYS: SheetKey[] = ['clients'];

export function summarize(read: ReadResult): WorkbookSummary {
  const { model, problems } = read;
  return {
    hasInputSheets: INPUT_KEYS.every((key) => Boolean(model.sheetNames[key])),
    clients: model.clients.length,
    networkers: model.clients.filter((c) => c.active && (c.role === 'networker' || c.role === 'both')).length,
    activePairings: model.pairings.filter((p) => p.status === 'active').length,
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
