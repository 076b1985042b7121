import * as React from 'react';
import { ActionBar } from './ActionBar';
import { HintedButton } from './HintedButton';
import { FontIcon, getTheme, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { EvaluationAnswers } from '../../engine/evaluation/answers';
import { pick } from '../../engine/i18n';
import { KringModel, pairKey, SafetyConcern } from '../../engine/model';
import { showDate } from '../dates';
import { agendaGroups } from '../evaluation';
import { Features } from '../ops';
import { IntervisieResult } from '../state';
import { groupProblems, todayIso } from '../summary';
import { DateField } from './DateField';
import { FeatureNotice } from './FeatureNotice';
import { ProblemList } from './ProblemList';
import { useLocale } from './Locale';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET } from './styles';

const theme = getTheme();
const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  groups: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 10 },
  group: { padding: '6px 10px', background: theme.palette.neutralLighterAlt, borderLeft: '3px solid #1F7A6D', minWidth: 0 },
  items: { margin: '4px 0 0', paddingLeft: 18, display: 'flex', flexDirection: 'column', gap: 4, fontSize: 13, overflowWrap: 'anywhere' },
  safety: { fontWeight: 600 },
  none: { margin: '4px 0 0', fontSize: 13, fontStyle: 'italic' },
  safetyIcon: { marginRight: 6, color: theme.palette.redDark },
  reason: { display: 'block', color: theme.palette.neutralSecondary, fontSize: 12 },
  focusTarget: FOCUS_TARGET,
});

export interface IntervisieProps {
  model: KringModel;
  answers: EvaluationAnswers[];
  /** The concerns as the engine found them (agendas included), when known. */
  concerns: SafetyConcern[] | null;
  features: Features | null;
  busy: boolean;
  result: IntervisieResult | null;
  onMake: (date: string) => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Intervisie: a date, the agenda per begeleider (safety always first), and the sheet. */
export function Intervisie({ model, answers, concerns, features, busy, result, onMake, onSelectCell }: IntervisieProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.intervisie;
  const [date, setDate] = React.useState(todayIso);
  const groups = React.useMemo(() => agendaGroups(model, answers, date, concerns), [model, answers, date, concerns]);
  const resultRef = useFocusOnNew(result?.round);
  const problems = result ? groupProblems(result.problems) : null;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="intervisie">
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      <FeatureNotice features={features} uses={['pageLayout']} id="kring-intervisie-features" />
      <DateField label={t.date} value={date} onChange={setDate} testId="intervisie-date" />
      <ActionBar view="intervisie" testId="intervisie-bar">
        <HintedButton primary text={t.button} hint={t.hint} hintId="kring-intervisie-hint" icon="Group" onClick={() => onMake(date)} disabled={busy} testId="kring-intervisie" />
      </ActionBar>
      {result && (
        <section aria-label={t.button} data-testid="intervisie-result">
          <div
            ref={resultRef}
            tabIndex={-1}
            role="status"
            className={classes.focusTarget}
            data-testid="intervisie-verdict"
            data-round={result.round}
            data-blocked={result.blocked}
            data-sheet={result.sheet ?? ''}
          >
            <MessageBar messageBarType={result.blocked ? MessageBarType.error : MessageBarType.success} isMultiline role="none">
              {result.blocked ? t.blocked(problems!.errors.length) : t.made(result.sheet ?? `${strings.nav.intervisie} ${result.date}`)}
            </MessageBar>
          </div>
          {problems && problems.errors.length > 0 && (
            <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-intervisie-problems" />
          )}
        </section>
      )}

      <section aria-labelledby="kring-agenda-heading" data-testid="agenda">
        <Text block as="h3" variant="mediumPlus" id="kring-agenda-heading" className={classes.heading}>
          {t.previewHeading(showDate(date, lang))}
        </Text>
        <Text block as="p" variant="small" className={classes.p} styles={{ root: { marginBottom: 8 } }}>
          {t.previewNote}
        </Text>
        {groups.length === 0 ? (
          <Text as="p" className={classes.p}>
            {t.noSupervisors}
          </Text>
        ) : (
          <ul className={classes.groups}>
            {groups.map((g, i) => {
              const id = `kring-agenda-${i}`;
              return (
                <li key={g.supervisor ?? '-'} className={classes.group} data-testid="agenda-group" data-supervisor={g.supervisor ?? ''} data-items={g.items.length}>
                  <Text block as="h4" variant="medium" id={id} className={classes.heading} styles={{ root: { fontWeight: 600 } }}>
                    {g.supervisor ?? strings.evaluate.noSupervisor} <span style={{ fontWeight: 400 }}>({t.count(g.items.length + 1)})</span>
                  </Text>
                  <ol className={classes.items} aria-labelledby={id}>
                    {g.items.filter((item) => item.flag === 'concern').map((item, k) => (
                      <li key={`concern-${item.networkerId}-${k}`} data-item="concern" data-networker={item.networkerId} data-client={item.clientId} className={classes.safety}>
                        <FontIcon iconName="Shield" className={classes.safetyIcon} aria-hidden="true" />
                        {t.concern}
                        <span className={classes.reason} style={{ fontWeight: 400 }}>
                          {pick(item.reason, lang)}
                        </span>
                      </li>
                    ))}
                    <li data-item="safety" className={classes.safety}>
                      <FontIcon iconName="Shield" className={classes.safetyIcon} aria-hidden="true" />
                      {t.safety}
                      <span className={classes.reason} style={{ fontWeight: 400 }}>
                        {t.safetyText}
                      </span>
                    </li>
                    {g.items.filter((item) => item.flag !== 'concern').map((item, k) => (
                      <li key={`${pairKey(item.networkerId, item.clientId)}\u0000${item.flag}\u0000${k}`} data-item={item.flag} data-networker={item.networkerId} data-client={item.clientId}>
                        {item.flag === 'untrained'
                          ? t.training
                          : item.flag === 'action'
                            ? t.openAction
                            : `${item.flag === 'wentWell' ? `${t.wentWell}: ` : ''}${t.pairing(`${item.networkerName} (${item.networkerId})`, `${item.clientName} (${item.clientId})`)}`}
                        <span className={classes.reason}>{pick(item.reason, lang)}</span>
                      </li>
                    ))}
                  </ol>
                  {/* Not a numbered agenda item: a note that there is nothing else to discuss. */}
                  {g.items.length === 0 && (
                    <p className={classes.none} data-item="none">
                      {t.nothing}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Stack>
  );
}
