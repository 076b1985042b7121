/**
 * The sheet a command's result is on, shown to the user after the command (so nobody hunts through
 * the tabs for it). Pure: from the outcome as the pane already reads it.
 */
import { RunOutcome } from '../engine/commands';
import { normKey } from '../engine/read/normalize';
import { OUTPUT_NAMES } from '../engine/sheets/outputs';
import { DecideOutcome } from './ops';
import { evaluationResult, intervisieResult, mapsResult, resultsMade } from './results';

const SUGGESTIONS = [OUTPUT_NAMES.suggestions.nl, OUTPUT_NAMES.suggestions.en, ...OUTPUT_NAMES.suggestions.synonyms].map(normKey);

export type MainSheetOf =
  | { op: 'createInputSheets' | 'openSample'; outcome: RunOutcome }
  | { op: 'suggest'; outcome: RunOutcome }
  | { op: 'processDecisions' | 'processEvaluations'; outcome: DecideOutcome }
  | { op: 'maps'; outcome: RunOutcome; kind: 'map' | 'overview' }
  | { op: 'evaluate' | 'intervisie'; outcome: RunOutcome; date: string }
  | { op: 'results'; outcome: RunOutcome };

/** The main sheet a command wrote or changed, or null when it changed nothing worth showing. */
export function mainSheet(of: MainSheetOf): string | null {
  const { outcome } = of;
  if (!outcome.sheets.length) return null;
  switch (of.op) {
    case 'createInputSheets':
    case 'openSample':
      return outcome.sheets[0];
    case 'suggest':
      return outcome.sheets.find((s) => SUGGESTIONS.includes(normKey(s))) ?? null;
    case 'processDecisions':
    case 'processEvaluations':
      // The register, when rows were added or ended.
      return of.outcome.added || of.outcome.ended.length ? of.outcome.register : null;
    case 'maps': {
      const result = mapsResult(outcome, of.kind, null, 0);
      return of.kind === 'map' ? (result.mapSheets[0] ?? result.overview) : result.overview;
    }
    case 'evaluate':
      return evaluationResult(outcome, of.date, 0).sheet;
    case 'intervisie':
      return intervisieResult(outcome, of.date, 0).sheet;
    case 'results': {
      // Resultaten, the page for a management meeting; else Begeleidersoverzicht.
      const sheets = resultsMade(outcome, 0).sheets;
      return sheets[sheets.length - 1] ?? null;
    }
  }
}
