/**
 * The sheet a command's result is on, shown to the user after the command (so nobody hunts through
 * the tabs for it). The engine names it (`RunOutcome.mainSheet`); the pane does not parse sheet names.
 */
import { RunOutcome } from '../engine/commands';
import { DecideOutcome } from './ops';

export type MainSheetOf =
  | { op: 'createInputSheets' | 'openSample'; outcome: RunOutcome }
  | { op: 'suggest'; outcome: RunOutcome }
  | { op: 'processDecisions' | 'processEvaluations'; outcome: DecideOutcome }
  | { op: 'maps'; outcome: RunOutcome; kind: 'map' | 'overview' }
  | { op: 'evaluate' | 'intervisie'; outcome: RunOutcome; date: string }
  | { op: 'results' | 'questionnaire'; outcome: RunOutcome };

/** The main sheet a command wrote or changed, or null when it changed nothing worth showing. */
export function mainSheet(of: MainSheetOf): string | null {
  const { outcome } = of;
  if (!outcome.sheets.length) return null;
  // Sheets added from the pane (input sheets, the sample): the first one.
  if (of.op === 'createInputSheets' || of.op === 'openSample') return outcome.mainSheet ?? outcome.sheets[0];
  return outcome.mainSheet ?? null;
}
