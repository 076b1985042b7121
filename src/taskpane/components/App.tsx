import * as React from 'react';
import { DefaultButton, mergeStyleSets, PrimaryButton, Stack, Text, ThemeProvider } from '@fluentui/react';
import { Lang } from '../../engine/i18n';
import { KringOps } from '../ops';
import { stringsFor } from '../strings';
import { useKring } from '../useKring';
import { BusyIndicator } from './BusyIndicator';
import { CheckResult } from './CheckResult';
import { ErrorBar } from './ErrorBar';
import { Header } from './Header';
import { LocaleContext } from './Locale';
import { NoticeBar } from './NoticeBar';
import { Overview } from './Overview';
import { Welcome } from './Welcome';

const classes = mergeStyleSets({
  root: { minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  main: { padding: 12, minWidth: 0 },
  live: { margin: 0 },
});

export interface AppProps {
  ops: KringOps;
  lang: Lang;
}

/** Kring's task pane. Everything it does to the workbook goes through `ops`. */
export function App({ ops, lang }: AppProps): React.ReactElement {
  const locale = React.useMemo(() => ({ lang, strings: stringsFor(lang) }), [lang]);
  const { strings } = locale;
  const { state, actions } = useKring(ops);
  const busy = state.busy !== null;
  return (
    <LocaleContext.Provider value={locale}>
      <ThemeProvider className={classes.root} lang={lang} data-testid="kring-pane">
        <Header />
        <Stack as="main" tokens={{ childrenGap: 12 }} className={classes.main}>
          {state.error && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
          {state.notice && <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />}
          {state.busy && <BusyIndicator busy={state.busy} />}
          {state.screen === 'unknown' && (
            <DefaultButton text={strings.retry} onClick={actions.refresh} disabled={busy} iconProps={{ iconName: 'Refresh' }} styles={{ root: { alignSelf: 'flex-start' } }} />
          )}
          {state.screen === 'welcome' && (
            <Welcome disabled={busy} onCreateInputSheets={actions.createInputSheets} onOpenSample={actions.openSample} onRefresh={actions.refresh} />
          )}
          {state.screen === 'overview' && state.summary && (
            <>
              <Overview summary={state.summary} />
              <Stack tokens={{ childrenGap: 4 }}>
                <PrimaryButton
                  text={strings.check.button}
                  onClick={actions.check}
                  disabled={busy}
                  aria-describedby="kring-check-hint"
                  iconProps={{ iconName: 'CheckList' }}
                  data-testid="kring-check"
                  styles={{ root: { alignSelf: 'flex-start' } }}
                />
                <Text as="p" variant="small" id="kring-check-hint" styles={{ root: { margin: 0 } }}>
                  {strings.check.hint}
                </Text>
              </Stack>
              {state.checked && <CheckResult problems={state.checked} onSelectCell={actions.selectCell} />}
            </>
          )}
          <p role="status" aria-live="polite" className={classes.live} data-testid="kring-selected">
            {state.selected ? <Text variant="small">{strings.check.selectedCell(state.selected.sheet, state.selected.address)}</Text> : null}
          </p>
        </Stack>
      </ThemeProvider>
    </LocaleContext.Provider>
  );
}
