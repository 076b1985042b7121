import * as React from 'react';
import { Dropdown, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { pick } from '../../engine/i18n';
import { LEVEL_WORDS, LEVELS } from '../../engine/loneliness/scale';
import { KringModel } from '../../engine/model';
import { showDate } from '../dates';
import { lonelinessView } from '../loneliness';
import { Features, QuestionnaireRequest } from '../ops';
import { QuestionnaireMade } from '../state';
import { groupProblems, todayIso } from '../summary';
import { ActionBar, BarHints } from './ActionBar';
import { DateField } from './DateField';
import { FeatureNotice } from './FeatureNotice';
import { HintedButton } from './HintedButton';
import { useLocale } from './Locale';
import { ProblemList } from './ProblemList';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET, ITEM_LIST } from './styles';

/** More clients measured than this: the loneliest ones here, all of them on the sheet. */
export const MAX_SCORES_SHOWN = 30;

const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: 0 },
  ...ITEM_LIST,
  figures: { display: 'grid', gridTemplateColumns: '1fr auto', gap: '2px 12px', margin: 0, fontSize: 13 },
  value: { margin: 0, fontWeight: 600, textAlign: 'right' },
  focusTarget: FOCUS_TARGET,
});

const ALL = '__all__';

export interface LonelinessProps {
  model: KringModel;
  locations: string[];
  features: Features | null;
  busy: boolean;
  result: QuestionnaireMade | null;
  onMake: (request: QuestionnaireRequest) => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Eenzaamheid: make the questionnaires for a date and location, and see the latest scores. */
export function Loneliness({ model, locations, features, busy, result, onMake, onSelectCell }: LonelinessProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.loneliness;
  const [date, setDate] = React.useState(todayIso);
  const [location, setLocation] = React.useState(ALL);
  const resultRef = useFocusOnNew(result?.round);
  const loc = location !== ALL && locations.includes(location) ? location : null;
  const view = React.useMemo(() => lonelinessView(model, loc), [model, loc]);
  const options: IDropdownOption[] = [{ key: ALL, text: t.allLocations }, ...locations.map((l) => ({ key: l, text: l }))];
  const problems = result ? groupProblems(result.problems) : null;
  const shown = view.latest.slice(0, MAX_SCORES_SHOWN);

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="loneliness" data-date={date}>
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      <FeatureNotice features={features} uses={['pageLayout']} id="kring-loneliness-features" />
      <DateField label={t.date} value={date} onChange={setDate} testId="loneliness-date" />
      {locations.length > 0 && <Dropdown label={t.location} options={options} selectedKey={loc ?? ALL} onChange={(_, o) => o && setLocation(String(o.key))} data-testid="loneliness-location" />}
      <ActionBar view="loneliness" testId="loneliness-bar">
        <HintedButton primary hintElsewhere text={t.button} hint={t.hint} hintId="kring-loneliness-hint" icon="DocumentSet" onClick={() => onMake({ date, location: loc })} disabled={busy} testId="kring-questionnaires" />
      </ActionBar>
      <BarHints hints={[{ id: 'kring-loneliness-hint', text: t.hint }]} />
      {result && (
        <section aria-label={t.button} data-testid="loneliness-result">
          <div ref={resultRef} tabIndex={-1} role="status" className={classes.focusTarget} data-testid="loneliness-verdict" data-round={result.round} data-blocked={result.blocked} data-forms={result.forms} data-sheet={result.sheet ?? ''}>
            <MessageBar messageBarType={result.blocked ? MessageBarType.error : MessageBarType.success} isMultiline role="none">
              {result.blocked ? t.blocked(problems!.errors.length) : t.made(result.forms, result.sheet ?? showDate(result.date, lang))}
            </MessageBar>
          </div>
          {problems && problems.errors.length > 0 && (
            <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-loneliness-problems" />
          )}
          {problems && problems.warnings.length > 0 && (
            <ProblemList heading={t.warningsHeading(problems.warnings.length)} severity="warning" problems={problems.warnings} onSelectCell={onSelectCell} idPrefix="kring-loneliness-problems" />
          )}
        </section>
      )}
      <section aria-labelledby="kring-loneliness-scores" data-testid="loneliness-scores" data-count={view.latest.length}>
        <Text block as="h3" variant="mediumPlus" id="kring-loneliness-scores" className={classes.heading} styles={{ root: { marginBottom: 6 } }}>
          {t.scoresHeading}
        </Text>
        {view.latest.length === 0 ? (
          <Text as="p" className={classes.p}>
            {t.noScores}
          </Text>
        ) : (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text as="p" className={classes.p}>
              {t.measured(view.latest.length, view.measurements)}
            </Text>
            <dl className={classes.figures} aria-label={t.levels} data-testid="loneliness-levels">
              {LEVELS.map((level) => (
                <React.Fragment key={level}>
                  <dt>{pick(LEVEL_WORDS[level], lang)}</dt>
                  <dd className={classes.value} data-level={level}>
                    {view.levels[level]}
                  </dd>
                </React.Fragment>
              ))}
            </dl>
            <ul className={classes.list} aria-labelledby="kring-loneliness-scores">
              {shown.map(({ clientId, name, measurement: m }) => (
                <li key={clientId} className={classes.item} data-client={clientId} data-total={m.score!.total}>
                  {name} ({clientId})
                  <span className={classes.meta}>{t.latest(m.score!.total, pick(LEVEL_WORDS[m.score!.level], lang), showDate(m.date, lang))}</span>
                </li>
              ))}
            </ul>
            {view.latest.length > shown.length && (
              <Text as="p" variant="small" className={classes.p}>
                {t.more(view.latest.length - shown.length)}
              </Text>
            )}
          </Stack>
        )}
        <Text block as="p" variant="small" className={classes.p} styles={{ root: { marginTop: 6 } }}>
          {t.source}
        </Text>
      </section>
    </Stack>
  );
}
