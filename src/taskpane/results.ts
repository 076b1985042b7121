/** What each command's outcome looks like in the pane: pure views of the engine's outcomes. */
import { RunOutcome } from '../engine/commands';
import { Bilingual } from '../engine/i18n';
import { Suggestion } from '../engine/pairing/types';
import { hasErrors, Problem } from '../engine/problems';
import { normKey } from '../engine/read/normalize';
import { MAP_SHEET_PREFIX, OVERVIEW_NAME } from '../engine/networks/sheets';
import { OUTPUT_NAMES } from '../engine/sheets/outputs';
import { pairKey } from '../engine/model';
import { Decision } from '../engine/pairing/readBack';
import { DecideOutcome } from './ops';

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
  /** What happened, in numbers (decisions processed, still open), as the command line says it. */
  counts: Bilingual[];
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
  /** Safety concerns from the forms recorded in Veiligheidssignalen now, in the begeleider's words. */
  concerns: { about: string; with: string | null; aboutName: string; withName: string | null; date: string | null; text: string | null; status: string }[];
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

/** The outcome of the last "Maak resultaten". */
export interface ResultsMade {
  round: number;
  blocked: boolean;
  problems: Problem[];
  /** Begeleidersoverzicht and Resultaten as named in the workbook, in that order. */
  sheets: string[];
}

/** The outcome of the last "Maak vragenlijsten". */
export interface QuestionnaireMade {
  round: number;
  blocked: boolean;
  problems: Problem[];
  date: string;
  forms: number;
  /** The Vragenlijst sheet as named in the workbook. */
  sheet: string | null;
}

/** The outcome of the last "Opslaan" of the settings. */
export interface SettingsSaved {
  round: number;
  sheet: string | null;
  /** Settings that could not be saved (their row is missing in the sheet). */
  warnings: Problem[];
}

const SUGGESTIONS_KEYS = [OUTPUT_NAMES.suggestions.nl, OUTPUT_NAMES.suggestions.en, ...OUTPUT_NAMES.suggestions.synonyms].map(normKey);

/** A problem about the decisions in Koppelvoorstellen (the input's own warnings belong to Controleren). */
export function onSuggestionsSheet(p: Problem): boolean {
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
  for (const d of outcome.typedDecisions ?? []) decisions[pairKey(d.networkerId, d.clientId)] = d.decision;
  return {
    round: {
      round,
      blocked,
      problems: blocked ? outcome.problems : outcome.problems.filter((p) => p.severity === 'warning' && onSuggestionsSheet(p)),
      suggestions: (suggest?.suggestions ?? []).map((s) => ({
        ...s,
        key: pairKey(s.networkerId, s.clientId),
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
export function decisionCounts(state: { pairing: PairingRound | null; decisions: Record<string, Decision> }): { accepted: number; rejected: number; open: number } {
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


/** The pane's view of a "Maak evaluatieformulieren" outcome. */
export function evaluationResult(outcome: RunOutcome, date: string, round: number): EvaluationResult {
  const blocked = hasErrors(outcome.problems);
  const input = new Set(outcome.read?.problems ?? []);
  return {
    round,
    blocked,
    problems: blocked ? outcome.problems : outcome.problems.filter((p) => p.severity === 'warning' && !input.has(p)),
    date,
    sheet: outcome.mainSheet ?? null,
    forms: outcome.evaluations?.length ?? 0,
  };
}

/** The pane's view of a "Maak intervisie-agenda" outcome. */
export function intervisieResult(outcome: RunOutcome, date: string, round: number): IntervisieResult {
  const blocked = hasErrors(outcome.problems);
  return { round, blocked, problems: blocked ? outcome.problems : [], date, sheet: outcome.mainSheet ?? null };
}

const RESULTS_SHEETS = [OUTPUT_NAMES.supervisors, OUTPUT_NAMES.results].map((n) => [n.nl, n.en, ...n.synonyms].map(normKey));

/** The pane's view of a "Maak resultaten" outcome. */
export function resultsMade(outcome: RunOutcome, round: number): ResultsMade {
  const blocked = hasErrors(outcome.problems);
  const sheets = RESULTS_SHEETS.map((keys) => outcome.sheets.find((s) => keys.includes(normKey(s)))).filter((s): s is string => Boolean(s));
  return { round, blocked, problems: blocked ? outcome.problems : [], sheets };
}

/** The pane's view of a "Maak vragenlijsten" outcome. */
export function questionnaireMade(outcome: RunOutcome, date: string, round: number): QuestionnaireMade {
  const blocked = hasErrors(outcome.problems);
  return { round, blocked, problems: outcome.problems, date, forms: outcome.questionnaires?.length ?? 0, sheet: blocked ? null : outcome.mainSheet ?? null };
}

/** The pane's view of "Verwerk evaluaties" (the decide command: evaluation decisions and Koppelvoorstellen). */
export function evaluationsProcessed(outcome: DecideOutcome, round: number): EvaluationsProcessed {
  const blocked = hasErrors(outcome.problems) && !outcome.decisions;
  const names = new Map((outcome.read?.model.clients ?? []).map((c) => [c.id, c.name || c.id]));
  const input = new Set(outcome.read?.problems ?? []);
  return {
    round,
    ended: outcome.ended.map((e) => ({ ...e, networkerName: names.get(e.networkerId) ?? e.networkerId, clientName: names.get(e.clientId) ?? e.clientId })),
    concerns: (outcome.recordedConcerns ?? []).map((c) => ({
      about: c.about, with: c.with, aboutName: names.get(c.about) ?? c.about, withName: c.with ? names.get(c.with) ?? c.with : null, date: c.date, text: c.text, status: c.status,
    })),
    register: outcome.register,
    added: outcome.added,
    blocked: blocked ? outcome.problems : [],
    warnings: blocked ? [] : outcome.problems.filter((p) => p.severity === 'warning' && !input.has(p)),
  };
}

