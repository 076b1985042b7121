/** Runs the pane's operations one at a time and keeps the pane's state (see state.ts). */
import * as React from 'react';
import { errorCode, errorKind } from './errors';
import { Settings } from '../engine/model';
import { pairKey } from '../engine/model';
import { Decision } from '../engine/pairing/readBack';
import { Cancelled, EvaluationRequest, isCancelled, KringOps, Pair, ProgressListener, QuestionnaireRequest } from './ops';
import { Action, initialState, OpName, PaneState, reducer, View } from './state';
import { mainSheet, MainSheetOf } from './mainSheet';
import { todayIso } from './summary';

export interface KringActions {
  refresh(): void;
  check(): void;
  createInputSheets(): void;
  openSample(): void;
  selectCell(sheet: string, address: string): void;
  dismissError(): void;
  dismissNotice(): void;
  setView(view: View): void;
  /** "Maak koppelvoorstellen" for one location, or all with null. */
  suggest(location: string | null): void;
  /** Writes a suggestion's decision to the sheet; decisions are written one after the other, in click order. */
  setDecision(pair: Pair, decision: Decision): void;
  processDecisions(): void;
  /** "Maak netwerkkaart": the client's map sheet on the chosen measurement dates (the latest two with null). */
  makeMap(clientId: string, dates: string[] | null): void;
  /** "Netwerkoverzicht": the figures of all clients. */
  makeOverview(): void;
  /** "Maak evaluatieformulieren" for a date and scope. */
  evaluate(request: EvaluationRequest): void;
  /** "Verwerk evaluaties": evaluation decisions (and Koppelvoorstellen) into the register. */
  processEvaluations(): void;
  /** "Maak intervisie-agenda" for a date. */
  intervisie(date: string): void;
  /** "Maak resultaten": Begeleidersoverzicht and Resultaten. */
  makeResults(): void;
  /** "Maak vragenlijsten" for a date and a location (null: all). */
  makeQuestionnaires(request: QuestionnaireRequest): void;
  /** "Opslaan": the settings into the sheet Instellingen. */
  saveSettings(settings: Settings): void;
  /** Switches the pane's language at once and saves it (with the settings as last read). */
  setLanguage(language: 'nl' | 'en' | null): void;
  /** Stops the running operation before it writes. */
  cancel(): void;
}

/** Operations that can take a while and write: they get a Cancel button until they start writing. */
const CANCELLABLE: ReadonlySet<OpName> = new Set<OpName>(['suggest', 'processDecisions', 'maps', 'overview', 'evaluate', 'processEvaluations', 'intervisie', 'results', 'questionnaire']);

export function useKring(ops: KringOps): { state: PaneState; actions: KringActions } {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const running = React.useRef(false);
  const mounted = React.useRef(true);
  const cancelRequested = React.useRef(false);
  /** Decisions still being written; the operations that read Koppelvoorstellen wait for them. */
  const decisionsWritten = React.useRef<Promise<void>>(Promise.resolve());
  /** The settings as last read, for saving the language alone. */
  const lastSettings = React.useRef<Settings | null>(null);
  lastSettings.current = state.model?.settings ?? null;

  const send = React.useCallback((action: Action) => {
    if (mounted.current) dispatch(action);
  }, []);

  /**
   * Runs one operation unless another one is running; turns a thrown error into a message. The
   * body gets two progress listeners: `progress` for the command itself, which throws
   * `Cancelled` once the user pressed Cancel (the engine reports progress before it writes, so
   * nothing is written), and `quiet` for what follows the write (re-reading the workbook), which
   * is never cancelled.
   */
  const run = React.useCallback(
    (op: OpName, body: (progress: ProgressListener, quiet: ProgressListener) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      cancelRequested.current = false;
      send({ type: 'start', op, cancellable: CANCELLABLE.has(op) });
      const quiet: ProgressListener = (step, total, label) => send({ type: 'progress', step, total, label });
      const progress: ProgressListener = (step, total, label) => {
        if (cancelRequested.current) throw new Cancelled();
        quiet(step, total, label);
      };
      body(progress, quiet)
        .then(() => send({ type: 'done' }))
        .catch((error: unknown) => {
          if (isCancelled(error)) {
            send({ type: 'cancelled' });
            return;
          }
          // Details for whoever opens the developer tools; the pane shows plain language only.
          console.warn(`Kring: ${op} failed${errorCode(error) ? ` (${errorCode(error)})` : ''}`, error);
          send({ type: 'failed', error: errorKind(error) });
        })
        .finally(() => {
          running.current = false;
          cancelRequested.current = false;
        });
    },
    [send],
  );

  const actions = React.useMemo<KringActions>(() => {
    const read = (list: boolean) => (progress: ProgressListener) =>
      ops.check(progress).then((outcome) => send({ type: 'read', outcome, list, openDecisions: outcome.openDecisions, answers: outcome.answers, today: todayIso() }));
    /** Activates the sheet with the command's result (through selecting its A1); a failure here never fails the command. */
    const show = async (of: MainSheetOf) => {
      const sheet = mainSheet(of);
      if (!sheet) return;
      try {
        await ops.selectCell(sheet, 'A1');
      } catch (error: unknown) {
        console.warn('Kring: could not show the sheet', sheet, error);
      }
    };
    /** After a write: the workbook at a glance (and what the steps show) follows. */
    const reread = async (quiet: ProgressListener) => {
      send({ type: 'start', op: 'loading' });
      await read(false)(quiet);
    };
    const write = (op: 'createInputSheets' | 'openSample') =>
      run(op, async (progress, quiet) => {
        const outcome = await ops[op](progress);
        send({ type: 'wrote', op, outcome });
        await show({ op, outcome });
        await reread(quiet);
      });
    const save = (settings: Settings) =>
      run('saveSettings', async (_progress, quiet) => {
        const outcome = await ops.saveSettings(settings);
        send({ type: 'settingsSaved', outcome });
        await reread(quiet);
      });
    return {
      refresh: () => run('loading', read(false)),
      check: () => run('check', read(true)),
      createInputSheets: () => write('createInputSheets'),
      openSample: () => write('openSample'),
      selectCell: (sheet, address) =>
        run('selectCell', async () => {
          await ops.selectCell(sheet, address);
          send({ type: 'selected', sheet, address });
        }),
      dismissError: () => send({ type: 'dismissError' }),
      dismissNotice: () => send({ type: 'dismissNotice' }),
      setView: (view) => send({ type: 'view', view }),
      suggest: (location) =>
        run('suggest', async (progress, quiet) => {
          await decisionsWritten.current;
          const outcome = await ops.suggest(location, progress);
          send({ type: 'suggested', outcome, location });
          await show({ op: 'suggest', outcome });
          // The counts at a glance come from the workbook as written, never from the pane's list.
          if (outcome.sheets.length) await reread(quiet);
        }),
      setDecision(pair, decision) {
        const key = pairKey(pair.networkerId, pair.clientId);
        send({ type: 'decisionSaving', key });
        const write = async () => {
          try {
            const outcome = await ops.setDecision(pair, decision);
            const errors = outcome.problems.filter((p) => p.severity === 'error');
            send(errors.length ? { type: 'decisionFailed', key, problems: errors } : { type: 'decisionSaved', key, decision });
          } catch (error: unknown) {
            console.warn(`Kring: setDecision failed${errorCode(error) ? ` (${errorCode(error)})` : ''}`, error);
            send({ type: 'decisionFailed', key, problems: [], error: errorKind(error) });
          }
        };
        decisionsWritten.current = decisionsWritten.current.then(write);
      },
      processDecisions: () =>
        run('processDecisions', async (progress, quiet) => {
          await decisionsWritten.current;
          const outcome = await ops.processDecisions(progress);
          send({ type: 'processed', outcome });
          await show({ op: 'processDecisions', outcome });
          // The register changed: the workbook at a glance follows.
          if (outcome.sheets.length) await reread(quiet);
        }),
      makeMap: (clientId, dates) =>
        run('maps', async (progress) => {
          const outcome = await ops.maps([clientId], dates, progress);
          send({ type: 'mapped', outcome, kind: 'map', clientId });
          await show({ op: 'maps', outcome, kind: 'map' });
        }),
      makeOverview: () =>
        run('overview', async (progress) => {
          const outcome = await ops.maps([], null, progress);
          send({ type: 'mapped', outcome, kind: 'overview', clientId: null });
          await show({ op: 'maps', outcome, kind: 'overview' });
        }),
      evaluate: (request) =>
        run('evaluate', async (progress, quiet) => {
          const outcome = await ops.evaluate(request, progress);
          send({ type: 'evaluated', outcome, date: request.date });
          await show({ op: 'evaluate', outcome, date: request.date });
          // The forms are part of what Intervisie and the overview read.
          if (outcome.sheets.length) await reread(quiet);
        }),
      processEvaluations: () =>
        run('processEvaluations', async (progress, quiet) => {
          await decisionsWritten.current;
          const outcome = await ops.processDecisions(progress);
          send({ type: 'evaluationsProcessed', outcome });
          await show({ op: 'processEvaluations', outcome });
          if (outcome.sheets.length) await reread(quiet);
        }),
      intervisie: (date) =>
        run('intervisie', async (progress) => {
          const outcome = await ops.intervisie(date, progress);
          send({ type: 'intervisieMade', outcome, date });
          await show({ op: 'intervisie', outcome, date });
        }),
      makeQuestionnaires: (request) =>
        run('questionnaire', async (progress, quiet) => {
          const outcome = await ops.questionnaire(request, progress);
          send({ type: 'questionnaireMade', outcome, date: request.date });
          await show({ op: 'questionnaire', outcome });
          // The ticks read back are measurements: the scores shown follow them.
          if (outcome.sheets.length) await reread(quiet);
        }),
      makeResults: () =>
        run('results', async (progress) => {
          const outcome = await ops.results(progress);
          send({ type: 'resultsMade', outcome });
          await show({ op: 'results', outcome });
        }),
      saveSettings: save,
      setLanguage(language) {
        send({ type: 'language', language });
        const settings = lastSettings.current;
        if (settings) save({ ...settings, language });
      },
      cancel() {
        cancelRequested.current = true;
        send({ type: 'cancelRequested' });
      },
    };
  }, [ops, run, send]);

  React.useEffect(() => {
    mounted.current = true;
    actions.refresh();
    return () => {
      mounted.current = false;
    };
  }, [actions]);

  return { state, actions };
}
