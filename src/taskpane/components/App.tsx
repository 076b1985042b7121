import * as React from 'react';
import { DefaultButton, IPivotStyles, mergeStyleSets, Pivot, PivotItem, PrimaryButton, Stack, Text, ThemeProvider } from '@fluentui/react';
import { Lang } from '../../engine/i18n';
import { KringOps } from '../ops';
import { View, VIEWS } from '../state';
import { stringsFor } from '../strings';
import { useKring } from '../useKring';
import { ActionBar, backToActionBar, BarHints, BusyContext, focusAfterDismiss } from './ActionBar';
import { BusyIndicator } from './BusyIndicator';
import { CheckResult } from './CheckResult';
import { ErrorBar } from './ErrorBar';
import { FeatureNotice } from './FeatureNotice';
import { Header } from './Header';
import { LocaleContext } from './Locale';
import { NoticeBar } from './NoticeBar';
import { Overview } from './Overview';
import { Evaluate, Intake, Intervisie, Loneliness, Maps, Pairing, PrivacyActions, Results, SettingsPanel } from './steps';
import { Welcome } from './Welcome';

const classes = mergeStyleSets({
  root: { minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  main: { padding: 12, minWidth: 0 },
  live: { margin: 0 },
  panel: { minWidth: 0 },
});

/**
 * Narrower tabs than Fluent's, wrapping onto a second row in a narrow pane: every step stays in
 * sight and reachable with the arrow keys (no overflow menu to find).
 */
const PIVOT_STYLES: Partial<IPivotStyles> = {
  root: { display: 'flex', flexWrap: 'wrap', whiteSpace: 'normal', rowGap: 2 },
  link: { padding: '0 6px', marginRight: 2 },
  linkIsSelected: { padding: '0 6px', marginRight: 2 },
};

const tabId = (view: string) => `kring-tab-${view}`;
const panelId = (view: string) => `kring-panel-${view}`;

export interface AppProps {
  ops: KringOps;
  lang: Lang;
}

/**
 * Kring's task pane. Everything it does to the workbook goes through `ops`. It speaks `lang`
 * (Office's language) unless the workbook's settings choose a language.
 */
export function App({ ops, lang: officeLang }: AppProps): React.ReactElement {
  const { state, actions } = useKring(ops);
  const lang = state.language ?? officeLang;
  const locale = React.useMemo(() => ({ lang, strings: stringsFor(lang) }), [lang]);
  const { strings } = locale;
  const busy = state.busy !== null;
  const features = React.useMemo(() => ops.features(), [ops]);
  const busyInfo = React.useMemo(() => ({ busy: state.busy, view: state.view, onCancel: actions.cancel }), [state.busy, state.view, actions.cancel]);
  return (
    <LocaleContext.Provider value={locale}>
      <BusyContext.Provider value={busyInfo}>
        <ThemeProvider className={classes.root} lang={lang} data-testid="kring-pane">
          <Header />
          <Stack as="main" tokens={{ childrenGap: 12 }} className={classes.main}>
            {state.error && <ErrorBar error={state.error} onDismiss={() => { actions.dismissError(); focusAfterDismiss(); }} />}
            {state.notice && <NoticeBar notice={state.notice} onDismiss={() => { actions.dismissNotice(); focusAfterDismiss(); }} />}
            {/* With the steps shown, progress and Cancel sit in the step's action bar. */}
            {state.busy && state.screen !== 'overview' && <BusyIndicator busy={state.busy} onCancel={actions.cancel} />}
            {state.screen === 'unknown' && (
              <DefaultButton text={strings.retry} onClick={actions.refresh} disabled={busy} iconProps={{ iconName: 'Refresh' }} styles={{ root: { alignSelf: 'flex-start' } }} />
            )}
            {state.screen === 'welcome' && <Welcome disabled={busy} onCreateInputSheets={actions.createInputSheets} onOpenSample={actions.openSample} onRefresh={actions.refresh} />}
            {state.screen === 'overview' && state.summary && (
              <>
                <Overview summary={state.summary} disabled={busy} onOpenSample={actions.openSample} />
                {/* The steps of the method; the panels stay mounted so a result keeps its place. */}
                <Pivot
                  aria-label={strings.nav.label}
                  headersOnly
                  selectedKey={state.view}
                  onLinkClick={(item) => item?.props.itemKey && actions.setView(item.props.itemKey as View)}
                  getTabId={(key) => tabId(key)}
                  overflowBehavior="none"
                  styles={PIVOT_STYLES}
                  data-testid="kring-steps"
                >
                  {VIEWS.map((view) => (
                    <PivotItem key={view} itemKey={view} headerText={strings.nav[view]} headerButtonProps={{ 'aria-controls': panelId(view) }} />
                  ))}
                </Pivot>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('check')} aria-labelledby={tabId('check')} hidden={state.view !== 'check'} className={classes.panel}>
                  <Stack tokens={{ childrenGap: 12 }}>
                    <ActionBar view="check" testId="check-bar">
                      <PrimaryButton
                        text={strings.check.button}
                        onClick={actions.check}
                        disabled={busy}
                        aria-describedby="kring-check-hint"
                        iconProps={{ iconName: 'CheckList' }}
                        data-testid="kring-check"
                      />
                    </ActionBar>
                    <BarHints hints={[{ id: 'kring-check-hint', text: strings.check.hint }]} />
                    {state.checked && <CheckResult problems={state.checked} onSelectCell={actions.selectCell} />}
                  </Stack>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('pairing')} aria-labelledby={tabId('pairing')} hidden={state.view !== 'pairing'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  <FeatureNotice features={features} uses={['dataValidation']} id="kring-pairing-features" spaced />
                  <Pairing
                    state={state}
                    locations={state.summary.locations}
                    busy={busy}
                    onSuggest={actions.suggest}
                    onDecide={actions.setDecision}
                    onProcess={actions.processDecisions}
                    onSelectCell={actions.selectCell}
                  />
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('maps')} aria-labelledby={tabId('maps')} hidden={state.view !== 'maps'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  <FeatureNotice features={features} uses={['chartSeries', 'chartLabels', 'pageLayout']} id="kring-maps-features" spaced />
                  {state.networks && <Maps networks={state.networks} result={state.maps} busy={busy} onMakeMap={actions.makeMap} onOverview={actions.makeOverview} onSelectCell={actions.selectCell} />}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('evaluate')} aria-labelledby={tabId('evaluate')} hidden={state.view !== 'evaluate'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  {state.model && (
                    <Evaluate
                      model={state.model}
                      answers={state.answers}
                      locations={state.summary.locations}
                      features={features}
                      busy={busy}
                      result={state.evaluation}
                      processed={state.evaluationsProcessed}
                      onEvaluate={actions.evaluate}
                      onProcess={actions.processEvaluations}
                      onSelectCell={actions.selectCell}
                    />
                  )}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('intervisie')} aria-labelledby={tabId('intervisie')} hidden={state.view !== 'intervisie'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  {state.model && (
                    <Intervisie model={state.model} answers={state.answers} concerns={state.concerns} features={features} busy={busy} result={state.intervisie} onMake={actions.intervisie} onSelectCell={actions.selectCell} />
                  )}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('loneliness')} aria-labelledby={tabId('loneliness')} hidden={state.view !== 'loneliness'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  {state.model && (
                    <Loneliness model={state.model} locations={state.summary.locations} features={features} busy={busy} result={state.questionnaire} onMake={actions.makeQuestionnaires} onSelectCell={actions.selectCell} />
                  )}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('intake')} aria-labelledby={tabId('intake')} hidden={state.view !== 'intake'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  {state.model && <Intake ops={ops} model={state.model} locations={state.summary.locations} busy={busy} onChanged={actions.refresh} onSelectCell={actions.selectCell} />}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('results')} aria-labelledby={tabId('results')} hidden={state.view !== 'results'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  <FeatureNotice features={features} uses={['chartSeries', 'pageLayout']} id="kring-results-features" spaced />
                  {state.model && (
                    <Results model={state.model} answers={state.answers} active={state.view === 'results'} busy={busy} result={state.results} onMake={actions.makeResults} onSelectCell={actions.selectCell} />
                  )}
                  </React.Suspense>
                </div>
                <div role="tabpanel" onKeyDown={backToActionBar} id={panelId('settings')} aria-labelledby={tabId('settings')} hidden={state.view !== 'settings'} className={classes.panel}>
                  <React.Suspense fallback={null}>
                  {state.model && (
                    <SettingsPanel
                      settings={state.model.settings}
                      language={state.language ?? null}
                      busy={busy}
                      saved={state.settingsSaved}
                      onSave={actions.saveSettings}
                      onLanguage={actions.setLanguage}
                      onSelectCell={actions.selectCell}
                    />
                  )}
                  {state.model && <PrivacyActions ops={ops} features={features} clients={state.model.clients} busy={busy} onChanged={actions.refresh} onSelectCell={actions.selectCell} />}
                  </React.Suspense>
                </div>
              </>
            )}
            <p role="status" aria-live="polite" className={classes.live} data-testid="kring-selected">
              {state.selected ? <Text variant="small">{strings.check.selectedCell(state.selected.sheet, state.selected.address)}</Text> : null}
            </p>
          </Stack>
        </ThemeProvider>
      </BusyContext.Provider>
    </LocaleContext.Provider>
  );
}
