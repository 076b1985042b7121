import * as React from 'react';
import { Dropdown, getTheme, IDropdownOption, mergeStyleSets, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { formatNumber } from '../../engine/dates';
import { EvaluationAnswers } from '../../engine/evaluation/answers';
import { pick } from '../../engine/i18n';
import { KringModel } from '../../engine/model';
import { Outcomes } from '../../engine/results/outcomes';
import { SUPERVISOR_FLAGS } from '../../engine/results/supervisors';
import { changeSentence } from '../../engine/loneliness/outcomes';
import { showDate } from '../dates';
import { ResultsMade } from '../state';
import { locationsOf, medianChart, ResultsPreview, resultsPreview } from '../resultsPreview';
import { groupProblems, todayIso } from '../summary';
import { ActionBar } from './ActionBar';
import { HintedButton } from './HintedButton';
import { useLocale } from './Locale';
import { ProblemList } from './ProblemList';
import { useFocusOnNew } from './useFocusOnNew';
import { FOCUS_TARGET } from './styles';

const theme = getTheme();
const classes = mergeStyleSets({
  p: { margin: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  svg: { display: 'block', width: '100%', maxWidth: 360, height: 'auto', background: '#FFFFFF' },
  figures: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 8, rowGap: 2, fontSize: 13 },
  value: { margin: 0, fontWeight: 600, textAlign: 'right' },
  attention: { margin: '4px 0 0', paddingLeft: 18, fontSize: 13, overflowWrap: 'anywhere' },
  flag: { display: 'block', color: theme.palette.neutralSecondary, fontSize: 12 },
  focusTarget: FOCUS_TARGET,
});

const ORGANISATION = '\u0000organisation';

export interface ResultsProps {
  model: KringModel;
  answers: EvaluationAnswers[];
  /** The step is shown: only then is the preview computed (it reads every map and evaluation). */
  active: boolean;
  busy: boolean;
  result: ResultsMade | null;
  onMake: () => void;
  onSelectCell: (sheet: string, address: string) => void;
}

/** Resultaten: a preview of what the method achieved (organisation or one location) and the two sheets. */
export function Results({ model, answers, active, busy, result, onMake, onSelectCell }: ResultsProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.results;
  const locations = React.useMemo(() => locationsOf(model), [model]);
  const [scopeKey, setScopeKey] = React.useState<string>(ORGANISATION);
  const location = scopeKey !== ORGANISATION && locations.includes(scopeKey) ? scopeKey : null;
  const preview = React.useMemo(() => (active ? resultsPreview(model, answers, todayIso(), location, lang) : null), [active, model, answers, location, lang]);
  const resultRef = useFocusOnNew(result?.round);
  const problems = result ? groupProblems(result.problems) : null;
  const options: IDropdownOption[] = [{ key: ORGANISATION, text: t.organisation }, ...locations.map((l) => ({ key: l, text: l }))];
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="results">
      <Text as="p" className={classes.p}>
        {t.intro}
      </Text>
      <ActionBar view="results" testId="results-bar">
        <HintedButton primary text={t.button} hint={t.hint} hintId="kring-results-hint" icon="BarChartVertical" onClick={onMake} disabled={busy} testId="kring-results" />
      </ActionBar>
      {result && (
        <section aria-label={t.button} data-testid="results-result">
          <div ref={resultRef} tabIndex={-1} role="status" className={classes.focusTarget} data-testid="results-verdict" data-round={result.round} data-blocked={result.blocked} data-sheets={result.sheets.join('|')}>
            <MessageBar messageBarType={result.blocked ? MessageBarType.error : MessageBarType.success} isMultiline role="none">
              {result.blocked ? t.blocked(problems!.errors.length) : t.made(result.sheets.join(` ${t.and} `), result.sheets.length)}
            </MessageBar>
          </div>
          {problems && problems.errors.length > 0 && (
            <ProblemList heading={strings.check.errorsHeading(problems.errors.length)} severity="error" problems={problems.errors} onSelectCell={onSelectCell} idPrefix="kring-results-problems" />
          )}
        </section>
      )}

      <Dropdown label={t.scope} options={options} selectedKey={location ?? ORGANISATION} onChange={(_, option) => option && setScopeKey(String(option.key))} data-testid="results-scope" />
      {preview && <PreviewSection preview={preview} scope={location ?? t.organisation} location={location} />}
    </Stack>
  );
}

/** The preview of one scope: the median chart, the key figures, the begeleiders with a flag. */
function PreviewSection({ preview, scope, location }: { preview: ResultsPreview; scope: string; location: string | null }): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.results;
  const o = preview.outcomes;
  const last = o.networks[o.networks.length - 1];
  const lastEval = o.evaluations[o.evaluations.length - 1];
  const lonely = o.loneliness.points[o.loneliness.points.length - 1];
  const number = (x: number | null | undefined) => (x === null || x === undefined ? t.notYet : formatNumber(x, lang));
  const figures: [string, string][] = [
    [strings.nav.maps, t.measured(o.networks.length)],
    [t.activePairings, String(preview.activePairings)],
    [t.verySmall, last ? `${formatNumber(last.verySmallShare * 100, lang, 0)}%` : t.notYet],
    [t.klik, number(lastEval?.klik)],
    [t.motivation, number(lastEval?.motivation)],
    // Loneliness next to the network: does a bigger network mean feeling less alone?
    [t.veryLonely, lonely ? `${formatNumber(lonely.veryLonelyShare * 100, lang, 0)}%` : t.notYet],
    [t.lonelinessMedian, number(lonely?.median)],
  ];

  return (
    <section aria-labelledby="kring-results-preview" data-testid="results-preview" data-location={location ?? ''}>
      <Text block as="h3" variant="mediumPlus" id="kring-results-preview" className={classes.heading}>
        {t.previewHeading(scope)}
      </Text>
      <Text block as="p" variant="small" className={classes.p} styles={{ root: { marginBottom: 8 } }}>
        {t.previewNote}
      </Text>
      <MedianChart outcomes={o} />
      <Text block as="h4" variant="medium" className={classes.heading} styles={{ root: { fontWeight: 600, margin: '8px 0 4px' } }}>
        {t.figures}
      </Text>
      <dl className={classes.figures} data-testid="results-figures">
        {figures.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt>{label}</dt>
            <dd className={classes.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {o.loneliness.change.measuredTwice > 0 && (
        <Text block as="p" className={classes.p} styles={{ root: { fontSize: 13, marginTop: 6 } }} data-testid="results-loneliness">
          {pick(changeSentence(o.loneliness.change), lang)}
        </Text>
      )}
      <Text block as="h4" variant="medium" className={classes.heading} styles={{ root: { fontWeight: 600, margin: '8px 0 0' } }}>
        {t.attentionHeading}
      </Text>
      {preview.attention.length === 0 ? (
        <Text as="p" className={classes.p} styles={{ root: { fontSize: 13 } }}>
          {t.noAttention}
        </Text>
      ) : (
        <ul className={classes.attention} data-testid="results-attention">
          {preview.attention.map((s) => (
            <li key={s.name} data-supervisor={s.name} data-flags={s.flags.join(' ')}>
              {s.name}
              <span className={classes.flag}>{s.flags.map((f) => pick(SUPERVISOR_FLAGS[f], lang)).join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
      <Text block as="p" variant="small" className={classes.p} styles={{ root: { marginTop: 6 } }}>
        {t.sheetNote}
      </Text>
    </section>
  );
}

/** The median network size per measurement date as a small line chart; one image with every value in its name. */
function MedianChart({ outcomes }: { outcomes: Outcomes }): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.results;
  if (!outcomes.networks.length) {
    return (
      <Text as="p" className={classes.p} data-testid="results-chart-empty">
        {t.noMaps}
      </Text>
    );
  }
  const chart = medianChart(outcomes);
  const label = t.chartLabel(chart.points.map((p) => t.point(showDate(p.date, lang), formatNumber(p.value, lang))).join('; '));
  // With many dates only the first and last carry a date below the axis.
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${chart.width} ${chart.height}`} className={classes.svg} data-testid="results-chart" data-points={chart.points.length}>
      <text x={4} y={13} fontSize={12} fontWeight={600} fill="#323130">
        {t.chartTitle}
      </text>
      {/* The value axis from 0: a faint line at the largest median, labelled, and the zero line. */}
      <line x1={24} x2={chart.width - 4} y1={chart.top} y2={chart.top} stroke="#EDEBE9" strokeWidth={1} />
      <line x1={24} x2={chart.width - 4} y1={chart.baseline} y2={chart.baseline} stroke="#A6A6A6" strokeWidth={1} />
      <text x={20} y={chart.top + 4} fontSize={10} textAnchor="end" fill="#605E5C">
        {formatNumber(chart.max, lang)}
      </text>
      <text x={20} y={chart.baseline + 4} fontSize={10} textAnchor="end" fill="#605E5C">
        0
      </text>
      <polyline fill="none" stroke="#1F7A6D" strokeWidth={2} points={chart.points.map((p) => `${p.x},${p.y}`).join(' ')} />
      {chart.points.map((p, i) => (
        <g key={p.date} data-testid="results-chart-point" data-date={p.date} data-value={p.value}>
          <circle cx={p.x} cy={p.y} r={3.5} fill="#1F7A6D" />
          <text x={p.x} y={p.y - 7} fontSize={11} textAnchor="middle" fill="#323130">
            {formatNumber(p.value, lang)}
          </text>
          {p.labelled && (
            <text x={p.x} y={chart.baseline + 16} fontSize={10.5} textAnchor={i === 0 && chart.points.length > 1 ? 'start' : i === chart.points.length - 1 && chart.points.length > 1 ? 'end' : 'middle'} fill="#605E5C">
              {showDate(p.date, lang)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
