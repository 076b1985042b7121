/** Runs the pane's operations one at a time and keeps the pane's state (see state.ts). */
import * as React from 'react';
import { errorCode, errorKind } from './errors';
import { decisionKey, Decision } from '../engine/sheets/readBack';
import { KringOps, Pair, ProgressListener } from './ops';
import { Action, initialState, OpName, PaneState, reducer, View } from './state';

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
  /** "Maak netwerkkaart": the client's map sheet at the date and the one before (the latest two with null). */
  makeMap(clientId: string, date: string | null): void;
  /** "Netwerkoverzicht": the figures of all clients. */
  makeOverview(): void;
}

export function useKring(ops: KringOps): { state: PaneState; actions: KringActions } {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const running = React.useRef(false);
  const mounted = React.useRef(true);
  /** Decisions still being written; the operations that read Koppelvoorstellen wait for them. */
  const decisionsWritten = React.useRef<Promise<void>>(Promise.resolve());

  const send = React.useCallback((action: Action) => {
    if (mounted.current) dispatch(action);
  }, []);

  /** Runs one operation unless another one is running; turns a thrown error into a message. */
  const run = React.useCallback(
    (op: OpName, body: (progress: ProgressListener) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      send({ type: 'start', op });
      const progress: ProgressListener = (step, total, label) => send({ type: 'progress', step, total, label });
      body(progress)
        .then(() => send({ type: 'done' }))
        .catch((error: unknown) => {
          // Details for whoever opens the developer tools; the pane shows plain language only.
          console.warn(`Kring: ${op} failed${errorCode(error) ? ` (${errorCode(error)})` : ''}`, error);
          send({ type: 'failed', error: errorKind(error) });
        })
        .finally(() => {
          running.current = false;
        });
    },
    [send],
  );

  const actions = React.useMemo<KringActions>(() => {
    const read = (list: boolean) => (progress: ProgressListener) =>
      ops.check(progress).then((outcome) => send({ type: 'read', outcome, list }));
    const write = (op: 'createInputSheets' | 'openSample') =>
      run(op, async (progress) => {
        const outcome = await ops[op](progress);
        send({ type: 'wrote', op, outcome });
        send({ type: 'start', op: 'loading' });
        await read(false)(progress);
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
        run('suggest', async (progress) => {
          await decisionsWritten.current;
          const outcome = await ops.suggest(location, progress);
          send({ type: 'suggested', outcome, location });
        }),
      setDecision(pair, decision) {
        const key = decisionKey(pair.networkerId, pair.clientId);
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
        run('processDecisions', async (progress) => {
          await decisionsWritten.current;
          const outcome = await ops.processDecisions(progress);
          send({ type: 'processed', outcome });
          if (outcome.sheets.length) {
            // The register changed: the workbook at a glance follows.
            send({ type: 'start', op: 'loading' });
            await read(false)(progress);
          }
        }),
      makeMap: (clientId, date) =>
        run('maps', async (progress) => {
          const outcome = await ops.maps([clientId], date, progress);
          send({ type: 'mapped', outcome, kind: 'map', clientId });
        }),
      makeOverview: () =>
        run('overview', async (progress) => {
          const outcome = await ops.maps([], null, progress);
          send({ type: 'mapped', outcome, kind: 'overview', clientId: null });
        }),
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
