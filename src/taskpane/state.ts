/**
 * The pane's state and how it changes: a pure reducer, so the components stay thin and the
 * logic is testable without a DOM.
 */
import { RunOutcome } from '../engine/commands';
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { Bilingual } from '../engine/i18n';
import { KringModel } from '../engine/model';
import { Suggestion } from '../engine/pairing/types';
import { hasErrors, Problem } from '../engine/problems';
import { normKey } from '../engine/read/normalize';
import { MAP_SHEET_PREFIX, OVERVIEW_NAME } from '../engine/sheets/networkSheets';
import { OUTPUT_NAMES } from '../engine/sheets/outputs';
import { Decision, decisionKey } from '../engine/sheets/readBack';
import { ErrorKind } from './errors';
import { DecideOutcome } from './ops';
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
  | 'saveSettings';

/** The step shown (a tab), in the order of the method. */
export type View = 'check' | 'pairing' | 'maps' | 'evaluate' | 'intervisie' | 'settings';
export const VIEWS: readonly View[] = ['check', 'pairing', 'maps', 'evaluate', 'intervisie', 'settings'];

/** A suggestion with the names the pane shows. */
export interface SuggestionView extends Suggestion {
  key: string;
  networkerName: string;
  clientName: string;
  location: string | null;
}

export interface UnmatchedView {
  clientId: string;
  clientName: string;
  location: string | null;
  reason: Bilingual;
}

/** The outcome of the last "Maak koppelvoorstellen". */
export interface PairingRound {
  /** Counts the rounds, so the pane can move focus to a new result. */
  round: number;
  /** Errors in the input stopped the round; nothing was written. */
  blocked: boolean;
  /** When blocked, every problem of the input; else the warnings about Kring's own sheets (e.g. a decision word it did not know). */
  problems: Problem[];
  suggestions: SuggestionView[];
  unmatched: UnmatchedView[];
  /** Names by client ID (for alternatives). */
  names: Record<string, string>;
  location: string | null;
}

/** The outcome of the last "Verwerk besluiten". */
export interface Processed {
  round: number;
  added: number;
  remembered: number;
  register: string;
  warnings: Problem[];
  /** Errors in the input stopped it; nothing was written. */
  blocked: Problem[];
}

/** The outcome of the last "Maak netwerkkaart" or "Netwerkoverzicht". */
export interface MapsResult {
  round: number;
  kind: 'map' | 'overview';
  /** The client of "Maak netwerkkaart". */
  clientId: string | null;
  /** Errors in the input stopped it; nothing was written. */
  blocked: boolean;
  /** When blocked, every problem of the input; else the command's own warnings (e.g. a client without a map). */
  problems: Problem[];
  /** The overview sheet written, as named in the workbook. */
  overview: string | null;
  /** Netwerkkaart sheets written. */
  mapSheets: string[];
}

/** The outcome of the last "Maak evaluatieformulieren". */
export interface EvaluationResult {
  round: number;
  /** Errors in the input stopped it; nothing was written. */
  blocked: boolean;
  problems: Problem[];
  date: string;
  /** The Evaluatie sheet written, as named in the workbook. */
  sheet: string | null;
  /** Forms on it. */
  forms: number;
}

export interface EndedView {
  networkerId: string;
  clientId: string;
  networkerName: string;
  clientName: string;
  date: string;
}

/** The outcome of the last "Verwerk evaluaties". */
export interface EvaluationsProcessed {
  round: number;
  ended: EndedView[];
  register: string;
  /** Accepted suggestions of Koppelvoorstellen that went into the register at the same time. */
  added: number;
  /** Errors in the input stopped it; nothing was written. */
  blocked: Problem[];
  warnings: Problem[];
}

/** The outcome of the last "Maak intervisie-agenda". */
export interface IntervisieResult {
  round: number;
  blocked: boolean;
  problems: Problem[];
  date: string;
  sheet: string | null;
}

/** The outcome of the last "Opslaan" of the settings. */
export interface SettingsSaved {
  round: number;
  sheet: string | null;
  /** Settings that could not be saved (their row is missing in the sheet). */
  warnings: Problem[];
}

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

export type Notice = { kind: 'created' | 'sampleOpened'; count: number } | { kind: 'nothingCreated' } | { kind: 'cancelled' };

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
  /** The decision per suggestion (by decisionKey) as it stands in Koppelvoorstellen. */
  decisions: Record<string, Decision>;
  /** Suggestions whose decision is being written. */
  saving: Record<string, true>;
  /** Why the last decision could not be written (the suggestion is no longer in the sheet). */
  decisionProblems: Problem[];
  processed: Processed | null;
  /** The clients, their maps and the settings, as last read: the Netwerkkaarten preview. */
  networks: NetworkData | null;
  maps: MapsResult | null;
  /** The model and the evaluation answers as last read: Evalueren, Intervisie and Instellingen. */
  model: KringModel | null;
  answers: EvaluationAnswers[];
  /** The pane's language as chosen in the settings (null: Office's); undefined until the workbook was read. */
  language: 'nl' | 'en' | null | undefined;
  evaluation: EvaluationResult | null;
  evaluationsProcessed: EvaluationsProcessed | null;
  intervisie: IntervisieResult | null;
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
  | { type: 'settingsSaved'; outcome: RunOutcome }
  | { type: 'language'; language: 'nl' | 'en' | null }
  | { type: 'wrote'; op: 'createInputSheets' | 'openSample'; outcome: RunOutcome }
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
  networks: null,
  maps: null,
  model: null,
  answers: [],
  language: undefined,
  evaluation: null,
  evaluationsProcessed: null,
  intervisie: null,
  settingsSaved: null,
  seq: 0,
};

const SUGGESTIONS_KEYS = [OUTPUT_NAMES.suggestions.nl, OUTPUT_NAMES.suggestions.en, ...OUTPUT_NAMES.suggestions.synonyms].map(normKey);

/** A problem about the decisions in Koppelvoorstellen (the input's own warnings belong to Controleren). */
function onSuggestionsSheet(p: Problem): boolean {
  return SUGGESTIONS_KEYS.includes(normKey(p.sheet));
}

/** The pane's view of a "Maak koppelvoorstellen" outcome. */
export function pairingRound(outcome: RunOutcome, location: string | null, round: number): { round: PairingRound; decisions: Record<string, Decision> } {
  const clients = outcome.read?.model.clients ?? [];
  const byId = new Map(clients.map((c) => [c.id, c]));
  const names: Record<string, string> = {};
  for (const c of clients) names[c.id] = c.name || c.id;
  const name = (id: string) => names[id] ?? id;
  const blocked = hasErrors(outcome.problems) || !outcome.suggest;
  const suggest = outcome.suggest;
  const decisions: Record<string, Decision> = {};
  for (const d of outcome.typedDecisions ?? []) decisions[decisionKey(d.networkerId, d.clientId)] = d.decision;
  return {
    round: {
      round,
      blocked,
      problems: blocked ? outcome.problems : outcome.problems.filter((p) => p.severity === 'warning' && onSuggestionsSheet(p)),
      suggestions: (suggest?.suggestions ?? []).map((s) => ({
        ...s,
        key: decisionKey(s.networkerId, s.clientId),
        networkerName: name(s.networkerId),
        clientName: name(s.clientId),
        location: byId.get(s.clientId)?.location ?? null,
      })),
      unmatched: (suggest?.unmatched ?? []).map((u) => ({ ...u, clientName: name(u.clientId), location: byId.get(u.clientId)?.location ?? null })),
      names,
      location,
    },
    decisions,
  };
}

/** How many listed suggestions are accepted and rejected. */
export function decisionCounts(state: Pick<PaneState, 'pairing' | 'decisions'>): { accepted: number; rejected: number; open: number } {
  const counts = { accepted: 0, rejected: 0, open: 0 };
  for (const s of state.pairing?.suggestions ?? []) counts[state.decisions[s.key] ?? 'open']++;
  return counts;
}

const OVERVIEW_KEYS = [OVERVIEW_NAME.nl, OVERVIEW_NAME.en].map(normKey);
const MAP_PREFIXES = [MAP_SHEET_PREFIX.nl, MAP_SHEET_PREFIX.en].map(normKey);

/** The pane's view of a "Maak netwerkkaart" or "Netwerkoverzicht" outcome. */
export function mapsResult(outcome: RunOutcome, kind: 'map' | 'overview', clientId: string | null, round: number): MapsResult {
  const blocked = hasErrors(outcome.problems);
  const input = new Set(outcome.read?.problems ?? []);
  return {
    round,
    kind,
    clientId,
    blocked,
    problems: blocked ? outcome.problems : outcome.problems.filter((p) => p.severity === 'warning' && !input.has(p)),
    overview: outcome.sheets.find((s) => OVERVIEW_KEYS.includes(normKey(s))) ?? null,
    mapSheets: outcome.sheets.filter((s) => MAP_PREFIXES.some((p) => normKey(s).startsWith(p))),
  };
}

const EVALUATION_KEYS = /^(?:evaluatie|evaluation) \d{4}-\d{2}-\d{2}$/i;
const INTERVISIE_KEYS = /^(?:intervisie|peer consultation) \d{4}-\d{2}-\d{2}$/i;

/** The pane's view of a "Maak evaluatieformulieren" outcome. */
export function evaluationResult(outcome: RunOutcome, date: string, round: number): EvaluationResult {
  const blocked = hasErrors(outcome.problems);
  const input = new Set(outcome.read?.problems ?? []);
  return {
    round,
    blocked,
    problems: blocked ? outcome.problems : outcome.problems.filter((p) => p.severity === 'warning' && !input.has(p)),
    date,
    sheet: outcome.evaluations?.[0]?.sheet ?? outcome.sheets.find((s) => EVALUATION_KEYS.test(s.trim())) ?? null,
    forms: outcome.evaluations?.length ?? 0,
  };
}

/** The pane's view of a "Maak intervisie-agenda" outcome. */
export function intervisieResult(outcome: RunOutcome, date: string, round: number): IntervisieResult {
  const blocked = hasErrors(outcome.problems);
  return { round, blocked, problems: blocked ? outcome.problems : [], date, sheet: outcome.sheets.find((s) => INTERVISIE_KEYS.test(s.trim())) ?? null };
}

/** The pane's view of "Verwerk evaluaties" (the decide command: evaluation decisions and Koppelvoorstellen). */
export function evaluationsProcessed(outcome: DecideOutcome, round: number): EvaluationsProcessed {
  const blocked = hasErrors(outcome.problems) && !outcome.decisions;
  const names = new Map((outcome.read?.model.clients ?? []).map((c) => [c.id, c.name || c.id]));
  const input = new Set(outcome.read?.problems ?? []);
  return {
    round,
    ended: outcome.ended.map((e) => ({ ...e, networkerName: names.get(e.networkerId) ?? e.networkerId, clientName: names.get(e.clientId) ?? e.clientId })),
    register: outcome.register,
    added: outcome.added,
    blocked: blocked ? outcome.problems : [],
    warnings: blocked ? [] : outcome.problems.filter((p) => p.severity === 'warning' && !input.has(p)),
  };
}

/** The workbook at a glance with the open decisions as they now stand in Koppelvoorstellen. */
function withOpenDecisions(summary: WorkbookSummary | null, pairing: PairingRound | null, decisions: Record<string, Decision>): WorkbookSummary | null {
  // The sheet holds this round's suggestions and the decided rows kept from earlier rounds.
  const keys = new Set([...(pairing?.suggestions ?? []).map((s) => s.key), ...Object.keys(decisions)]);
  return summary && { ...summary, openDecisions: [...keys].filter((k) => (decisions[k] ?? 'open') === 'open').length };
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
      const summary = summarize(action.outcome.read, { openDecisions: action.openDecisions, answers, today: action.today });
      return {
        ...state,
        busy: null,
        summary,
        model,
        answers,
        language: model.settings.language,
        networks: networkData(model),
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
    case 'view':
      return { ...state, view: action.view };
    case 'suggested': {
      const { round, decisions } = pairingRound(action.outcome, action.location, state.seq + 1);
      // A round stopped by errors writes nothing: the decisions in the sheet stay as they were.
      return round.blocked
        ? { ...state, seq: round.round, pairing: round }
        : { ...state, seq: round.round, pairing: round, decisions, saving: {}, summary: withOpenDecisions(state.summary, round, decisions) };
    }
    case 'decisionSaving':
      return { ...state, saving: { ...state.saving, [action.key]: true }, decisionProblems: [] };
    case 'decisionSaved': {
      const decisions = { ...state.decisions, [action.key]: action.decision };
      return { ...state, saving: without(state.saving, action.key), decisions, summary: withOpenDecisions(state.summary, state.pairing, decisions) };
    }
    case 'decisionFailed':
      return { ...state, saving: without(state.saving, action.key), decisionProblems: action.problems, error: action.error ?? state.error };
    case 'processed': {
      const { outcome } = action;
      const blocked = hasErrors(outcome.problems) && !outcome.decisions;
      return {
        ...state,
        seq: state.seq + 1,
        processed: {
          round: state.seq + 1,
          added: outcome.added,
          remembered: outcome.remembered,
          register: outcome.register,
          warnings: blocked ? [] : outcome.problems.filter((p) => p.severity === 'warning' && onSuggestionsSheet(p)),
          blocked: blocked ? outcome.problems : [],
        },
      };
    }
    case 'evaluated':
      return { ...state, seq: state.seq + 1, evaluation: evaluationResult(action.outcome, action.date, state.seq + 1) };
    case 'evaluationsProcessed':
      return { ...state, seq: state.seq + 1, evaluationsProcessed: evaluationsProcessed(action.outcome, state.seq + 1) };
    case 'intervisieMade':
      return { ...state, seq: state.seq + 1, intervisie: intervisieResult(action.outcome, action.date, state.seq + 1) };
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
