import * as React from 'react';
import { HintedButton } from './HintedButton';
import { ActionButton, Dropdown, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { Lang, pick } from '../../engine/i18n';
import { Problem } from '../../engine/problems';
import { Decision } from '../../engine/pairing/readBack';
import { Pair } from '../ops';
import { decisionCounts, PaneState } from '../state';
import { groupProblems } from '../summary';
import { ActionBar, BarHints } from './ActionBar';
import { OutcomeProblems, ProblemList } from './ProblemList';
import { SuggestionCard } from './SuggestionCard';
import { useLocale } from './Locale';
import { useFocusOnNew } from './useFocusOnNew';
import { statusStrings } from '../statusStrings';
import { FOCUS_TARGET } from './styles';

/** More suggestions than this: the first ones here, the rest in the sheet. */
export const MAX_SUGGESTIONS_SHOWN = 200;

const classes = mergeStyleSets({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: 8,
  },
  unmatched: {
    margin: 0,
    paddingLeft: 18,
    fontSize: 13,
    display: 'flex',
    flexDirection: 'column',
    gap: 4,
    overflowWrap: 'anywhere',
  },
  p: { margin: 0 },
  reasons: { margin: '4px 0', paddingLeft: 18 },
  focusTarget: FOCUS_TARGET,
});

const ALL = '__all__';

/** "Koppelvoorstellen, rij 5: " before a reason, so the user finds the cell. */
function problemPlace(p: Problem, lang: Lang): string {
  return p.row !== null ? `${p.sheet}, ${lang === 'nl' ? 'rij' : 'row'} ${p.row}: ` : `${p.sheet}: `;
}

export interface PairingProps {
  state: Pick<PaneState, 'pairing' | 'decisions' | 'saving' | 'decisionProblems' | 'processed' | 'final'>;
  locations: string[];
  busy: boolean;
  onSuggest: (location: string | null) => void;
  onDecide: (pair: Pair, decision: Decision) => void;
  onProcess: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Koppelen: make suggestions, decide per suggestion (written to the sheet), process the decisions. */
export function Pairing({ state, locations, busy, onSuggest, onDecide, onProcess, onSelectCell }: PairingProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.pairing;
  const { pairing, decisions, saving, processed } = state;
  const [location, setLocation] = React.useState<string>(ALL);
  const [showUnmatched, setShowUnmatched] = React.useState(false);
  const resultRef = useFocusOnNew(pairing?.round);
  const processedRef = useFocusOnNew(processed?.round);

  const options: IDropdownOption[] = React.useMemo(() => [{ key: ALL, text: t.allLocations }, ...locations.map((l) => ({ key: l, text: l }))], [locations, t.allLocations]);
  // A location that disappeared from the workbook falls back to all locations.
  const selected = location === ALL || locations.includes(location) ? location : ALL;
  const counts = decisionCounts(state);
  const shown = pairing ? pairing.suggestions.slice(0, MAX_SUGGESTIONS_SHOWN) : [];
  const problems = pairing ? groupProblems(pairing.problems) : null;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="pairing">
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      {locations.length > 0 && (
        <Dropdown label={t.location} options={options} selectedKey={selected} onChange={(_, option) => option && setLocation(String(option.key))} data-testid="pairing-location" />
      )}
      <ActionBar
        view="pairing"
        testId="pairing-bar"
        result={
          <>
            {pairing && (
              <div ref={resultRef} tabIndex={-1} role="status" className={classes.focusTarget} data-testid="pairing-verdict" data-blocked={pairing.blocked} data-round={pairing.round}>
                {pairing.blocked ? (
                  <MessageBar messageBarType={MessageBarType.error} isMultiline role="none">
                    {t.blocked(problems!.errors.length)}
                  </MessageBar>
                ) : (
                  <Text as="p" className={classes.p} data-testid="pairing-summary" styles={{ root: { fontWeight: 600 } }}>
                    {pairing.suggestions.length ? t.summary(pairing.suggestions.length, counts.accepted, counts.rejected) : t.none}
                  </Text>
                )}
              </div>
            )}
            {processed && (
              <div
                ref={processedRef}
                tabIndex={-1}
                role="status"
                data-testid="processed"
                data-round={processed.round}
                className={classes.focusTarget}
                data-added={processed.added}
                data-remembered={processed.remembered}
              >
                {processed.blocked.length ? (
                  <MessageBar messageBarType={MessageBarType.error} isMultiline role="none">
                    {strings.check.hasErrors(processed.blocked.filter((p) => p.severity === 'error').length, 0)}
                  </MessageBar>
                ) : (
                  // A mixed result is a warning, with its reasons on top; the full list stays below the cards.
                  <MessageBar
                    messageBarType={processed.warnings.length ? MessageBarType.warning : processed.added || processed.remembered ? MessageBarType.success : MessageBarType.info}
                    isMultiline
                    role="none"
                    data-testid="processed-bar"
                  >
                    {processed.warnings.length > 0 && (
                      <>
                        <strong>{t.processedWarnings(processed.warnings.length)}</strong>
                        <ul className={classes.reasons} data-testid="processed-reasons">
                          {processed.warnings.slice(0, 3).map((p, i) => (
                            <li key={i}>{problemPlace(p, lang)}{pick(p.message, lang)}</li>
                          ))}
                        </ul>
                      </>
                    )}
                    {processed.counts.length ? processed.counts.map((c) => pick(c, lang)).join(' ') : processed.added || processed.remembered ? t.processed(processed.added, processed.remembered, processed.register) : t.processedNothing}
                    {processed.added > 0 && ` ${t.again}`}
                  </MessageBar>
                )}
              </div>
            )}
          </>
        }
      >
        <HintedButton
          primary
          hintElsewhere
          text={t.button}
          hint={t.hint}
          hintId="kring-suggest-hint"
          icon="People"
          onClick={() => onSuggest(selected === ALL ? null : selected)}
          disabled={busy}
          testId="kring-suggest"
        />
        <HintedButton hintElsewhere text={t.process} hint={t.processHint} hintId="kring-process-hint" icon="AddFriend" onClick={onProcess} disabled={busy} testId="kring-process" />
      </ActionBar>
      <BarHints
        hints={[
          { id: 'kring-suggest-hint', text: t.hint },
          { id: 'kring-process-hint', text: t.processHint },
        ]}
      />

      {pairing && (
        <section aria-label={t.listLabel} data-testid="pairing-result">
          <Stack tokens={{ childrenGap: 10 }}>
            {problems && problems.errors.length > 0 && (
              <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-pairing-problems" />
            )}
            {problems && problems.warnings.length > 0 && (
              <ProblemList
                heading={pairing.blocked ? strings.check.warningsHeading(problems.warnings.length) : t.warningsHeading(problems.warnings.length)}
                severity="warning"
                problems={problems.warnings}
                onSelectCell={onSelectCell}
                idPrefix="kring-pairing-problems"
              />
            )}
            {state.decisionProblems.length > 0 && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline>
                {state.decisionProblems.map((p) => pick(p.message, lang)).join(' ')}
              </MessageBar>
            )}
            {shown.length > 3 && (
              <Text as="p" variant="small" className={classes.p} data-testid="back-to-bar-hint">
                {statusStrings(lang).backToBar}
              </Text>
            )}
            {shown.length > 0 && (
              <ul className={classes.list} aria-label={t.listLabel} data-testid="suggestions">
                {shown.map((s) => (
                  <SuggestionCard
                    key={s.key}
                    suggestion={s}
                    decision={decisions[s.key] ?? 'open'}
                    saving={Boolean(saving[s.key])}
                    disabled={busy}
                    names={pairing.names}
                    processedInto={state.final[s.key]}
                    onDecide={onDecide}
                  />
                ))}
              </ul>
            )}
            {pairing.suggestions.length > shown.length && (
              <Text as="p" variant="small" className={classes.p}>
                {t.more(pairing.suggestions.length - shown.length)}
              </Text>
            )}
            {!pairing.blocked && pairing.unmatched.length > 0 && (
              <div>
                <ActionButton
                  iconProps={{
                    iconName: showUnmatched ? 'ChevronDown' : 'ChevronRight',
                  }}
                  aria-expanded={showUnmatched}
                  aria-controls="kring-unmatched"
                  onClick={() => setShowUnmatched(!showUnmatched)}
                  data-testid="unmatched-toggle"
                  styles={{ root: { padding: 0, margin: 0 } }}
                >
                  {t.unmatchedHeading(pairing.unmatched.length)}
                </ActionButton>
                <div id="kring-unmatched" hidden={!showUnmatched}>
                  {showUnmatched && (
                    <ul className={classes.unmatched} data-testid="unmatched">
                      {pairing.unmatched.map((u) => (
                        <li key={u.clientId} data-client={u.clientId}>
                          <strong>
                            {u.clientName} ({u.clientId})
                          </strong>
                          {u.location ? `, ${u.location}` : ''}: {pick(u.reason, lang)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            )}
          </Stack>
        </section>
      )}

      {processed && (
        <section aria-label={t.process} data-testid="processed-problems">
          <OutcomeProblems warnings={processed.warnings} blocked={processed.blocked} onSelectCell={onSelectCell} idPrefix="kring-decide-problems" />
        </section>
      )}
    </Stack>
  );
}
