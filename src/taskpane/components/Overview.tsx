import * as React from 'react';
import { DefaultButton, getTheme, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { WorkbookSummary } from '../summary';
import { StatusStrings, statusStrings } from '../statusStrings';
import { Explanations } from './Explanations';
import { useLocale } from './Locale';

const theme = getTheme();
const classes = mergeStyleSets({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    gap: 8,
    margin: 0,
  },
  item: {
    margin: 0,
    padding: '8px 10px',
    background: theme.palette.neutralLighterAlt,
    borderLeft: `3px solid #1F7A6D`,
  },
  label: { margin: 0, color: theme.palette.neutralSecondary, fontSize: 12 },
  value: { margin: 0, fontSize: 20, fontWeight: 600 },
  valueSmall: { margin: 0, fontSize: 14, fontWeight: 600, paddingTop: 4 },
});

export interface OverviewProps {
  summary: WorkbookSummary;
  disabled?: boolean;
  /** Offered while the input sheets have no clients yet: fills them with the sample. */
  onOpenSample?: () => void;
}

/** The workbook at a glance: clients, active netwerkers, active pairings, open decisions, evaluations due, problems. */
export function Overview({ summary, disabled, onOpenSample }: OverviewProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const s = strings.overview;
  const help = statusStrings(lang);
  const problems = summary.errors || summary.warnings ? s.problemsCount(summary.errors, summary.warnings) : s.problemsNone;
  const items: { key: keyof StatusStrings['overviewExplain']; label: string; value: string; small?: boolean }[] = [
    { key: 'clients', label: s.clients, value: String(summary.clients) },
    { key: 'networkers', label: s.networkers, value: String(summary.networkers) },
    { key: 'pairings', label: s.activePairings, value: String(summary.activePairings) },
    { key: 'decisions', label: s.openDecisions, value: String(summary.openDecisions) },
    { key: 'due', label: s.evaluationsDue, value: String(summary.evaluationsDue) },
    { key: 'concerns', label: s.openConcerns, value: String(summary.openConcerns) },
    { key: 'problems', label: s.problems, value: problems, small: summary.errors + summary.warnings > 0 },
  ];
  return (
    <section aria-labelledby="kring-overview-heading">
      <Text as="h2" variant="large" id="kring-overview-heading" styles={{ root: { margin: '0 0 8px' } }}>
        {s.heading}
      </Text>
      <dl className={classes.list}>
        {items.map((item) => (
          <div className={classes.item} key={item.key} data-stat={item.key}>
            <dt className={classes.label}>{item.label}</dt>
            <dd className={item.small ? classes.valueSmall : classes.value}>{item.value}</dd>
          </div>
        ))}
      </dl>
      <Explanations summary={help.overviewHelp} items={items.map((item) => ({ key: item.key, label: item.label, text: help.overviewExplain[item.key] }))} testId="overview-help" />
      {summary.clients === 0 && onOpenSample && (
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
          <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="overview-empty">
            {s.empty}
          </MessageBar>
          <DefaultButton
            text={strings.welcome.openSample}
            onClick={onOpenSample}
            disabled={disabled}
            aria-describedby="kring-overview-sample-hint"
            iconProps={{ iconName: 'OpenFile' }}
            styles={{ root: { alignSelf: 'flex-start' } }}
          />
          <Text as="p" variant="small" id="kring-overview-sample-hint" styles={{ root: { margin: 0 } }}>
            {strings.welcome.openSampleHint}
          </Text>
        </Stack>
      )}
    </section>
  );
}
