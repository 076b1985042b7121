import * as React from 'react';
import { ActionBar, BarHints } from './ActionBar';
import { HintedButton } from './HintedButton';
import { Dropdown, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { EvaluationAnswers } from '../../engine/evaluation/answers';
import { KringModel, pairKey } from '../../engine/model';
import { showDate } from '../dates';
import { evaluationScope, supervisorsOf } from '../evaluation';
import { EvaluationRequest, Features } from '../ops';
import { EvaluationResult, EvaluationsProcessed } from '../state';
import { groupProblems, todayIso } from '../summary';
import { DateField } from './DateField';
import { FeatureNotice } from './FeatureNotice';
import { OutcomeProblems, ProblemList } from './ProblemList';
import { useLocale } from './Locale';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET, ITEM_LIST } from './styles';

/** More pairings in scope than this: the first ones here, the rest on the sheet. */
export const MAX_SCOPE_SHOWN = 40;

const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: 0 },
  ...ITEM_LIST,
  ended: { margin: '4px 0 0', paddingLeft: 18 },
  focusTarget: FOCUS_TARGET,
});

const ALL = '__all__';

export interface EvaluateProps {
  model: KringModel;
  answers: EvaluationAnswers[];
  locations: string[];
  features: Features | null;
  busy: boolean;
  result: EvaluationResult | null;
  processed: EvaluationsProcessed | null;
  onEvaluate: (request: EvaluationRequest) => void;
  onProcess: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Evalueren: a date and a scope, the pairings that get a form, make the forms, process their decisions. */
export function Evaluate({ model, answers, locations, features, busy, result, processed, onEvaluate, onProcess, onSelectCell }: EvaluateProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.evaluate;
  const [date, setDate] = React.useState(todayIso);
  const [location, setLocation] = React.useState(ALL);
  const [supervisor, setSupervisor] = React.useState(ALL);
  const resultRef = useFocusOnNew(result?.round);
  const processedRef = useFocusOnNew(processed?.round);

  // A choice that disappeared from the workbook falls back to all.
  const loc = location !== ALL && locations.includes(location) ? location : null;
  const supervisors = React.useMemo(() => supervisorsOf(model), [model]);
  const sup = supervisor !== ALL && supervisors.includes(supervisor) ? supervisor : null;
  const scope = React.useMemo(() => evaluationScope(model, answers, date, loc, sup), [model, answers, date, loc, sup]);
  const shown = scope.slice(0, MAX_SCOPE_SHOWN);
  const locationOptions: IDropdownOption[] = [{ key: ALL, text: t.allLocations }, ...locations.map((l) => ({ key: l, text: l }))];
  const supervisorOptions: IDropdownOption[] = [{ key: ALL, text: t.allSupervisors }, ...supervisors.map((s) => ({ key: s, text: s }))];
  const problems = result ? groupProblems(result.problems) : null;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="evaluate" data-date={date}>
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      <FeatureNotice features={features} uses={['dataValidation', 'pageLayout']} id="kring-evaluate-features" />
      <DateField label={t.date} value={date} onChange={setDate} testId="evaluate-date" />
      {locations.length > 0 && <Dropdown label={t.location} options={locationOptions} selectedKey={loc ?? ALL} onChange={(_, o) => o && setLocation(String(o.key))} data-testid="evaluate-location" />}
      {supervisors.length > 0 && (
        <Dropdown label={t.supervisor} options={supervisorOptions} selectedKey={sup ?? ALL} onChange={(_, o) => o && setSupervisor(String(o.key))} data-testid="evaluate-supervisor" />
      )}

      <ActionBar view="evaluate" testId="evaluate-bar">
        <HintedButton
          primary
          hintElsewhere
          text={t.button}
          hint={t.hint}
          hintId="kring-evaluate-hint"
          icon="DocumentSet"
          onClick={() => onEvaluate({ date, location: loc, supervisor: sup })}
          disabled={busy}
          testId="kring-evaluate"
        />
        <HintedButton
          hintElsewhere
          text={t.process}
          hint={t.processHint}
          hintId="kring-process-evaluations-hint"
          icon="Completed"
          onClick={onProcess}
          disabled={busy}
          testId="kring-process-evaluations"
        />
      </ActionBar>
      <BarHints
        hints={[
          { id: 'kring-evaluate-hint', text: t.hint },
          { id: 'kring-process-evaluations-hint', text: t.processHint },
        ]}
      />
      {result && (
        <section aria-label={t.button} data-testid="evaluate-result">
          <Stack tokens={{ childrenGap: 10 }}>
            <div
              ref={resultRef}
              tabIndex={-1}
              role="status"
              className={classes.focusTarget}
              data-testid="evaluate-verdict"
              data-round={result.round}
              data-blocked={result.blocked}
              data-forms={result.forms}
              data-sheet={result.sheet ?? ''}
            >
              {result.blocked ? (
                <MessageBar messageBarType={MessageBarType.error} isMultiline role="none">
                  {t.blocked(problems!.errors.length)}
                </MessageBar>
              ) : (
                <MessageBar messageBarType={MessageBarType.success} isMultiline role="none">
                  {t.made(result.forms, result.sheet ?? `${strings.nav.evaluate} ${showDate(result.date, lang)}`)}
                </MessageBar>
              )}
            </div>
            {problems && problems.errors.length > 0 && (
              <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-evaluate-problems" />
            )}
            {problems && problems.warnings.length > 0 && (
              <ProblemList heading={t.warningsHeading(problems.warnings.length)} severity="warning" problems={problems.warnings} onSelectCell={onSelectCell} idPrefix="kring-evaluate-problems" />
            )}
          </Stack>
        </section>
      )}

      {processed && (
        <section aria-label={t.process} data-testid="evaluations-processed">
          <div ref={processedRef} tabIndex={-1} role="status" className={classes.focusTarget} data-round={processed.round} data-ended={processed.ended.length}>
            {processed.blocked.length ? (
              <MessageBar messageBarType={MessageBarType.error} isMultiline role="none">
                {strings.check.hasErrors(processed.blocked.filter((p) => p.severity === 'error').length, 0)}
              </MessageBar>
            ) : (
              <>
              {processed.concerns.length > 0 && (
                <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline role="none" data-testid="concerns-recorded">
                  {t.concernsRecorded(processed.concerns.length)}
                  <ul className={classes.ended}>
                    {processed.concerns.map((c) => (
                      <li key={`${c.about}>${c.with ?? ''}@${c.date ?? ''}`} data-about={c.about} data-with={c.with ?? ''}>
                        {t.concernItem(`${c.aboutName} (${c.about})`, c.withName ? `${c.withName} (${c.with})` : null, showDate(c.date ?? '', lang), c.text ?? '')}
                      </li>
                    ))}
                  </ul>
                </MessageBar>
              )}
              <MessageBar messageBarType={processed.ended.length ? MessageBarType.success : MessageBarType.info} isMultiline role="none">
                {processed.ended.length ? t.ended(processed.ended.length, processed.register) : t.endedNone}
                {processed.ended.length > 0 && (
                  <ul className={classes.ended}>
                    {processed.ended.map((e) => (
                      <li key={pairKey(e.networkerId, e.clientId)} data-networker={e.networkerId} data-client={e.clientId}>
                        {t.endedItem(`${e.networkerName} (${e.networkerId})`, `${e.clientName} (${e.clientId})`, showDate(e.date, lang))}
                      </li>
                    ))}
                  </ul>
                )}
                {processed.added > 0 && ` ${t.alsoAdded(processed.added, processed.register)}`}
              </MessageBar>
              </>
            )}
          </div>
          <OutcomeProblems warnings={processed.warnings} blocked={processed.blocked} onSelectCell={onSelectCell} idPrefix="kring-evaluations-problems" />
        </section>
      )}

      <section aria-labelledby="kring-evaluate-scope" data-testid="evaluate-scope" data-count={scope.length}>
        <Text block as="h3" variant="mediumPlus" id="kring-evaluate-scope" className={classes.heading} styles={{ root: { marginBottom: 6 } }}>
          {scope.length ? t.inScope(scope.length) : t.noneInScope}
        </Text>
        {shown.length > 0 && (
          <ul className={classes.list} aria-labelledby="kring-evaluate-scope">
            {shown.map((row) => (
              <li key={pairKey(row.networkerId, row.clientId)} className={classes.item} data-networker={row.networkerId} data-client={row.clientId}>
                {t.pairing(`${row.networkerName} (${row.networkerId})`, `${row.clientName} (${row.clientId})`)}
                <span className={classes.meta}>
                  {[row.supervisor ?? t.noSupervisor, row.start ? t.since(showDate(row.start, lang)) : null, row.hasForm ? t.hasForm : null].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {scope.length > shown.length && (
          <Text as="p" variant="small" className={classes.p}>
            {t.more(scope.length - shown.length)}
          </Text>
        )}
      </section>
    </Stack>
  );
}
