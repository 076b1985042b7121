/**
 * The pane's state and how it changes: a pure reducer, so the components stay thin and the
 * logic is testable without a DOM.
 */
import { RunOutcome } from '../engine/commands';
import { Bilingual } from '../engine/i18n';
import { Problem } from '../engine/problems';
import { ErrorKind } from './errors';
import { summarize, WorkbookSummary } from './summary';

export type OpName = 'loading' | 'check' | 'createInputSheets' | 'openSample' | 'selectCell';

export interface Busy {
  op: OpName;
  /** The current step's label from the engine, when it reported one. */
  label?: Bilingual;
  step?: number;
  total?: number;
}

export type Notice = { kind: 'created' | 'sampleOpened'; count: number } | { kind: 'nothingCreated' };

export interface PaneState {
  /**
   * Which screen: reading the workbook, the welcome screen, the workbook at a glance, or
   * 'unknown' when the workbook could not be read (then only "try again" is offered).
   */
  screen: 'loading' | 'welcome' | 'overview' | 'unknown';
  busy: Busy | null;
  error: ErrorKind | null;
  summary: WorkbookSummary | null;
  /** Problems of the last "Controleer werkmap"; null until the user checked. */
  checked: Problem[] | null;
  notice: Notice | null;
  selected: { sheet: string; address: string } | null;
}

export type Action =
  | { type: 'start'; op: OpName }
  | { type: 'progress'; step: number; total: number; label: Bilingual }
  | { type: 'read'; outcome: RunOutcome; list: boolean }
  | { type: 'wrote'; op: 'createInputSheets' | 'openSample'; outcome: RunOutcome }
  | { type: 'selected'; sheet: string; address: string }
  | { type: 'failed'; error: ErrorKind }
  | { type: 'done' }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' };

export const initialState: PaneState = {
  screen: 'loading',
  busy: { op: 'loading' },
  error: null,
  summary: null,
  checked: null,
  notice: null,
  selected: null,
};

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'start':
      return {
        ...state,
        busy: { op: action.op },
        error: null,
        notice: action.op === 'check' || action.op === 'selectCell' ? null : state.notice,
        selected: action.op === 'selectCell' ? state.selected : null,
      };
    case 'progress':
      return state.busy ? { ...state, busy: { ...state.busy, label: action.label, step: action.step, total: action.total } } : state;
    case 'read': {
      if (!action.outcome.read) return { ...state, busy: null };
      const summary = summarize(action.outcome.read);
      return {
        ...state,
        busy: null,
        summary,
        screen: summary.hasInputSheets ? 'overview' : 'welcome',
        checked: action.list ? action.outcome.problems : null,
      };
    }
    case 'wrote': {
      const count = action.outcome.sheets.length;
      const notice: Notice =
        action.op === 'openSample' ? { kind: 'sampleOpened', count } : count ? { kind: 'created', count } : { kind: 'nothingCreated' };
      return { ...state, notice, checked: null };
    }
    case 'selected':
      return { ...state, busy: null, selected: { sheet: action.sheet, address: action.address } };
    case 'failed':
      return { ...state, busy: null, error: action.error, screen: state.screen === 'loading' ? 'unknown' : state.screen };
    case 'done':
      return { ...state, busy: null };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
