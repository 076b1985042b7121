/** Runs the pane's operations one at a time and keeps the pane's state (see state.ts). */
import * as React from 'react';
import { errorCode, errorKind } from './errors';
import { KringOps, ProgressListener } from './ops';
import { Action, initialState, OpName, PaneState, reducer } from './state';

export interface KringActions {
  refresh(): void;
  check(): void;
  createInputSheets(): void;
  openSample(): void;
  selectCell(sheet: string, address: string): void;
  dismissError(): void;
  dismissNotice(): void;
}

export function useKring(ops: KringOps): { state: PaneState; actions: KringActions } {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const running = React.useRef(false);
  const mounted = React.useRef(true);

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
