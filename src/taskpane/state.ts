/**
 * The pane's state and how it changes: a pure reducer, so the components stay thin and the
 * logic is testable without a DOM.
 */
import { RunOutcome } from '../engine/commands';
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { SafetyConcern } from '../engine/model';
import { Bilingual } from '../engine/i18n';
import { KringModel } from '../engine/model';
import { hasErrors, Problem } from '../engine/problems';
import { outcomeCounts } from '../engine/summary';
import { Decision } from '../engine/pairing/readBack';
import { ErrorKind } from './errors';
import { DecideOutcome } from './ops';
import {
  EvaluationResult,
  evaluationResult,
  EvaluationsProcessed,
  evaluationsProcessed,
  IntervisieResult,
  intervisieResult,
  MapsResult,
  mapsResult,
  onSuggestionsSheet,
  PairingRound,
  pairingRound,
  Processed,
  QuestionnaireMade,
  questionnaireMade,
  ResultsMade,
  resultsMade,
  SettingsSaved,
} from './results';
import { networkData, NetworkData } from './networks';
import { summarize, WorkbookSummary } from './summary';

export type OpName =
  | 'loading'
  | 'check'
  | 'createInputSheets'
  | 'openSample'
  | 'selectCell'
  | 'suggest'
  | 'processDecisions'
  | 'maps'
  | 'overview'
  | 'evaluate'
  | 'processEvaluations'
  | 'intervisie'
  | 'results'
  | 'questionnaire'
  | 'saveSettings';

/** The step shown (a tab), in the order of the method. */
export type View = 'check' | 'pairing' | 'maps' | 'evaluate' | 'intervisie' | 'loneliness' | 'intake' | 'results' | 'settings';
export const VIEWS: readonly View[] = ['check', 'pairing', 'maps', 'evaluate', 'intervisie', 'loneliness', 'intake', 'results', 'settings'];

export * from './results';

export interface Busy {
  op: OpName;
  /** The operation can be cancelled until it reports its last step (the write). */
  cancellable?: boolean;
  /** The user pressed Cancel; the operation stops at its next step. */
  cancelling?: boolean;
  /** The current step's label from the engine, when it reported one. */
  label?: Bilingual;
  step?: number;
  total?: number;
}

export type Notice = { kind: 'created'; count: number } | { kind: 'sampleOpened'; count: number; filled: number } | { kind: 'nothingCreated' } | { kind: 'cancelled' };

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
  view: View;
  pairing: PairingRound | null;
  /** The decision per suggestion (by pairKey) as it stands in Koppelvoorstellen. */
  decisions: Record<string, Decision>;
  /** Suggestions whose decision is being written. */
  saving: Record<string, true>;
  /** Why the last decision could not be written (the suggestion is no longer in the sheet). */
  decisionProblems: Problem[];
  processed: Processed | null;
  /** Suggestions whose decision was processed (by key, with the register's name): final in the pane. */
  final: Record<string, string>;
  /** The clients, their maps and the settings, as last read: the Netwerkkaarten preview. */
  networks: NetworkData | null;
  maps: MapsResult | null;
  /** The model and the evaluation answers as last read: Evalueren, Intervisie and Instellingen. */
  model: KringModel | null;
  answers: EvaluationAnswers[];
  /** The safety concerns as the engine last found them (register, unprocessed forms, agendas). */
  concerns: SafetyConcern[] | null;
  /** The pane's language as chosen in the settings (null: Office's); undefined until the workbook was read. */
  language: 'nl' | 'en' | null | undefined;
  evaluation: EvaluationResult | null;
  evaluationsProcessed: EvaluationsProcessed | null;
  intervisie: IntervisieResult | null;
  results: ResultsMade | null;
  questionnaire: QuestionnaireMade | null;
  settingsSaved: SettingsSaved | null;
  /** Counts results of pairing and processing, so each new one can take the focus. */
  seq: number;
}

export type Action =
  | { type: 'start'; op: OpName; cancellable?: boolean }
  | { type: 'progress'; step: number; total: number; label: Bilingual }
  | { type: 'read'; outcome: RunOutcome; list: boolean; openDecisions?: number; answers?: EvaluationAnswers[]; today?: string }
  | { type: 'cancelRequested' }
  | { type: 'cancelled' }
  | { type: 'evaluated'; outcome: RunOutcome; date: string }
  | { type: 'evaluationsProcessed'; outcome: DecideOutcome }
  | { type: 'intervisieMade'; outcome: RunOutcome; date: string }
  | { type: 'resultsMade'; outcome: RunOutcome }
  | { type: 'questionnaireMade'; outcome: RunOutcome; date: string }
  | { type: 'settingsSaved'; outcome: RunOutcome }
  | { type: 'language'; language: 'nl' | 'en' | null }
  | { type: 'wrote'; op: 'createInputSheets' | 'openSample'; outcome: RunOutcome & { filled?: number } }
  | { type: 'selected'; sheet: string; address: string }
  | { type: 'failed'; error: ErrorKind }
  | { type: 'done' }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' }
  | { type: 'view'; view: View }
  | { type: 'suggested'; outcome: RunOutcome; location: string | null }
  | { type: 'decisionSaving'; key: string }
  | { type: 'decisionSaved'; key: string; decision: Decision }
  | { type: 'decisionFailed'; key: string; problems: Problem[]; error?: ErrorKind }
  | { type: 'processed'; outcome: DecideOutcome }
  | { type: 'mapped'; outcome: RunOutcome; kind: 'map' | 'overview'; clientId: string | null };

export const initialState: PaneState = {
  screen: 'loading',
  busy: { op: 'loading' },
  error: null,
  summary: null,
  checked: null,
  notice: null,
  selected: null,
  view: 'check',
  pairing: null,
  decisions: {},
  saving: {},
  decisionProblems: [],
  processed: null,
  final: {},
  networks: null,
  maps: null,
  model: null,
  answers: [],
  concerns: null,
  language: undefined,
  evaluation: null,
  evaluationsProcessed: null,
  intervisie: null,
  results: null,
  questionnaire: null,
  settingsSaved: null,
  seq: 0,
};

/**
 * The workbook at a glance after one decision was written: the open decisions as last read from
 * Koppelvoorstellen, changed by exactly that one write (never estimated from the pane's list).
 */
function afterDecision(summary: WorkbookSummary | null, before: Decision, after: Decision): WorkbookSummary | null {
  const delta = (after === 'open' ? 1 : 0) - (before === 'open' ? 1 : 0);
  return summary && delta ? { ...summary, openDecisions: Math.max(0, summary.openDecisions + delta) } : summary;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'start':
      return {
        ...state,
        busy: { op: action.op, cancellable: action.cancellable || undefined },
        error: null,
        notice: action.op === 'check' || action.op === 'selectCell' || state.notice?.kind === 'cancelled' ? null : state.notice,
        selected: action.op === 'selectCell' ? state.selected : null,
        processed: action.op === 'suggest' || action.op === 'processDecisions' ? null : state.processed,
        decisionProblems: action.op === 'suggest' || action.op === 'processDecisions' ? [] : state.decisionProblems,
        maps: action.op === 'maps' || action.op === 'overview' ? null : state.maps,
        evaluation: action.op === 'evaluate' ? null : state.evaluation,
        evaluationsProcessed: action.op === 'processEvaluations' ? null : state.evaluationsProcessed,
        intervisie: action.op === 'intervisie' ? null : state.intervisie,
        results: action.op === 'results' ? null : state.results,
        questionnaire: action.op === 'questionnaire' ? null : state.questionnaire,
        settingsSaved: action.op === 'saveSettings' ? null : state.settingsSaved,
      };
    case 'progress':
      return state.busy ? { ...state, busy: { ...state.busy, label: action.label, step: action.step, total: action.total } } : state;
    case 'cancelRequested':
      return state.busy?.cancellable ? { ...state, busy: { ...state.busy, cancelling: true } } : state;
    case 'cancelled':
      return { ...state, busy: null, notice: { kind: 'cancelled' } };
    case 'read': {
      if (!action.outcome.read) return { ...state, busy: null };
      const answers = action.answers ?? state.answers;
      const model = action.outcome.read.model;
      const summary = summarize(action.outcome.read, { openDecisions: action.openDecisions, answers, today: action.today, concerns: action.outcome.safety });
      return {
        ...state,
        busy: null,
        summary,
        model,
        answers,
        concerns: action.outcome.safety ?? null,
        language: model.settings.language,
        networks: networkData(model),
        screen: summary.hasInputSheets ? 'overview' : 'welcome',
        checked: action.list ? action.outcome.problems : null,
      };
    }
    case 'wrote': {
      const count = action.outcome.sheets.length;
      const notice: Notice =
        action.op === 'openSample' ? { kind: 'sampleOpened', count: count - (action.outcome.filled ?? 0), filled: action.outcome.filled ?? 0 } : count ? { kind: 'created', count } : { kind: 'nothingCreated' };
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
    case 'view':
      return { ...state, view: action.view };
    case 'suggested': {
      const { round, decisions } = pairingRound(action.outcome, action.location, state.seq + 1);
      // A round stopped by errors writes nothing: the decisions in the sheet stay as they were.
      return round.blocked
        ? { ...state, seq: round.round, pairing: round }
        : { ...state, seq: round.round, pairing: round, decisions, saving: {}, final: {} };
    }
    case 'decisionSaving':
      return { ...state, saving: { ...state.saving, [action.key]: true }, decisionProblems: [] };
    case 'decisionSaved': {
      const decisions = { ...state.decisions, [action.key]: action.decision };
      return { ...state, saving: without(state.saving, action.key), decisions, summary: afterDecision(state.summary, state.decisions[action.key] ?? 'open', action.decision) };
    }
    case 'decisionFailed':
      return { ...state, saving: without(state.saving, action.key), decisionProblems: action.problems, error: action.error ?? state.error };
    case 'processed': {
      const { outcome } = action;
      const blocked = hasErrors(outcome.problems) && !outcome.decisions;
      const final = { ...state.final };
      // Every decided suggestion went into the register or the rejection list: it cannot change any more here.
      if (!blocked) for (const s of state.pairing?.suggestions ?? []) if ((state.decisions[s.key] ?? 'open') !== 'open') final[s.key] = outcome.register;
      return {
        ...state,
        seq: state.seq + 1,
        final,
        processed: {
          round: state.seq + 1,
          added: outcome.added,
          remembered: outcome.remembered,
          register: outcome.register,
          warnings: blocked ? [] : outcome.problems.filter((p) => p.severity === 'warning' && onSuggestionsSheet(p)),
          blocked: blocked ? outcome.problems : [],
          counts: blocked ? [] : outcomeCounts(outcome),
        },
      };
    }
    case 'evaluated':
      return { ...state, seq: state.seq + 1, evaluation: evaluationResult(action.outcome, action.date, state.seq + 1) };
    case 'evaluationsProcessed':
      return { ...state, seq: state.seq + 1, evaluationsProcessed: evaluationsProcessed(action.outcome, state.seq + 1) };
    case 'intervisieMade':
      return { ...state, seq: state.seq + 1, intervisie: intervisieResult(action.outcome, action.date, state.seq + 1) };
    case 'questionnaireMade':
      return { ...state, seq: state.seq + 1, questionnaire: questionnaireMade(action.outcome, action.date, state.seq + 1) };
    case 'resultsMade':
      return { ...state, seq: state.seq + 1, results: resultsMade(action.outcome, state.seq + 1) };
    case 'settingsSaved':
      return {
        ...state,
        seq: state.seq + 1,
        settingsSaved: { round: state.seq + 1, sheet: action.outcome.sheets[0] ?? null, warnings: action.outcome.problems.filter((p) => p.severity === 'warning') },
      };
    case 'language':
      return { ...state, language: action.language };
    case 'mapped':
      return { ...state, seq: state.seq + 1, maps: mapsResult(action.outcome, action.kind, action.clientId, state.seq + 1), networks: action.outcome.read ? networkData(action.outcome.read.model) : state.networks };
  }
}
